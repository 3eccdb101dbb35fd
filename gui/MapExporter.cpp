#include "MapExporter.h"

#include "core/UserError.h"
#include "gui/AtomicWrite.h"
#include "gui/MapScene.h"
#include "gui/Theme.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace speelveld::gui {
namespace {

constexpr qreal kMargin = 24;
constexpr qreal kTitleHeight = 34;

/// Where each part goes on the page, in points.
struct PageLayout {
    QSizeF page;
    QRectF title;
    QRectF map;
    QPointF legend;
    QPointF notes;
    qreal notesWidth = 0;
};

PageLayout pageLayout(const QRectF& mapRect, const LegendContent& legend, const ExportOptions& options,
                      const MapNotes& notes)
{
    PageLayout layout;
    const qreal top = kMargin + (options.title.isEmpty() ? 0 : kTitleHeight);
    const QSizeF legendArea = options.legend ? legendSize(legend) : QSizeF(0, 0);
    layout.map = QRectF(kMargin, top, mapRect.width(), mapRect.height());
    layout.legend = QPointF(layout.map.right() + kMargin, top);
    qreal width = mapRect.width() + (options.legend ? kMargin + legendArea.width() : 0);
    qreal bottom = top + std::max(mapRect.height(), legendArea.height());
    if (options.notes.any()) {
        // Below the map and legend, as wide as they are or as the table needs.
        const QSizeF area = notesSize(notes, options.notes, width);
        layout.notes = QPointF(kMargin, bottom + kMargin);
        layout.notesWidth = width;
        width = std::max(width, area.width());
        bottom += area.height() > 0 ? kMargin + area.height() : 0;
    }
    layout.title = QRectF(kMargin, kMargin, width, kTitleHeight);
    layout.page = QSizeF(std::ceil(width + 2 * kMargin), std::ceil(bottom + kMargin));
    return layout;
}

void renderSource(QPainter& painter, MapScene& scene, const QRectF& source, const QRectF& target)
{
    // Every actor in full detail, even those the canvas shows as blocks in its picture at the moment.
    const qreal viewScale = scene.viewScale();
    scene.setViewScale(0);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    scene.setViewScale(viewScale);
}

void paintPage(QPainter& painter, MapScene& scene, const QRectF& source, const PageLayout& layout,
               const LegendContent& legend, const ExportOptions& options, const MapNotes& notes)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), layout.page), backgroundColour());
    if (!options.title.isEmpty()) {
        QFont font = mapFont();
        font.setPixelSize(20);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(textColour());
        painter.drawText(layout.title, Qt::AlignLeft | Qt::AlignTop, options.title);
    }
    renderSource(painter, scene, source, layout.map);
    if (options.legend) {
        paintLegend(painter, layout.legend, legend);
    }
    if (options.notes.any()) {
        paintNotes(painter, layout.notes, notes, options.notes, layout.notesWidth);
    }
}

[[noreturn]] void failWrite(const QString& path, const QString& why)
{
    throw UserError(path.toStdString(), "", "the export could not be written (" + why.toStdString() + ")",
                    "Check the folder exists, that you may write there and that the disk is not full");
}

} // namespace

QRectF exportSource(const MapScene& scene) { return scene.mapRect().adjusted(-4, -4, 4, 4); }

void renderMap(QPainter& painter, MapScene& scene, const QRectF& target)
{
    scene.clearSelection();
    renderSource(painter, scene, exportSource(scene), target);
}

std::optional<ExportFormat> exportFormatFromKey(const QString& key)
{
    const QString lower = key.toLower();
    if (lower == QLatin1StringView("svg")) {
        return ExportFormat::Svg;
    }
    if (lower == QLatin1StringView("pdf")) {
        return ExportFormat::Pdf;
    }
    if (lower == QLatin1StringView("png")) {
        return ExportFormat::Png;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    return exportFormatFromKey(QFileInfo(name).suffix());
}

void exportMap(MapScene& scene, const LegendContent& legend, const QString& path, const ExportOptions& options,
               const MapNotes& notes)
{
    scene.clearSelection();
    const QRectF source = exportSource(scene);
    const PageLayout layout = pageLayout(source, legend, options, notes);

    writeAtomically(path, "the export", [&](QIODevice& file) {
        switch (options.format) {
        case ExportFormat::Svg: {
            QSvgGenerator generator;
            generator.setOutputDevice(&file);
            generator.setSize(layout.page.toSize());
            generator.setViewBox(QRectF(QPointF(0, 0), layout.page));
            generator.setResolution(72); // scene units are points
            generator.setTitle(options.title);
            generator.setDescription(QStringLiteral("Speelveld"));
            QPainter painter;
            if (!painter.begin(&generator)) {
                failWrite(path, QStringLiteral("SVG painter did not start"));
            }
            paintPage(painter, scene, source, layout, legend, options, notes);
            painter.end();
            break;
        }
        case ExportFormat::Pdf: {
            QPdfWriter writer(&file);
            constexpr int kResolution = 720; // ten device units per point: exact enough, still vector output
            writer.setResolution(kResolution);
            writer.setPageSize(QPageSize(layout.page, QPageSize::Point, QString(), QPageSize::ExactMatch));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setTitle(options.title);
            writer.setCreator(QStringLiteral("Speelveld"));
            QPainter painter;
            if (!painter.begin(&writer)) {
                failWrite(path, QStringLiteral("PDF painter did not start"));
            }
            painter.scale(kResolution / 72.0, kResolution / 72.0);
            paintPage(painter, scene, source, layout, legend, options, notes);
            painter.end();
            break;
        }
        case ExportFormat::Png: {
            const qreal scale = std::clamp(options.dpi, 36, 600) / 72.0;
            const QSize pixels(static_cast<int>(std::ceil(layout.page.width() * scale)),
                               static_cast<int>(std::ceil(layout.page.height() * scale)));
            if (static_cast<qint64>(pixels.width()) * pixels.height() > 400'000'000LL) {
                throw UserError(path.toStdString(), "", "the picture would be larger than 400 megapixels",
                                "Choose a lower resolution (--dpi) or export SVG or PDF");
            }
            QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
            if (image.isNull()) {
                failWrite(path, QStringLiteral("not enough memory for the picture"));
            }
            image.setDotsPerMeterX(static_cast<int>(options.dpi / 0.0254));
            image.setDotsPerMeterY(static_cast<int>(options.dpi / 0.0254));
            QPainter painter(&image);
            painter.scale(scale, scale);
            paintPage(painter, scene, source, layout, legend, options, notes);
            painter.end();
            if (!image.save(&file, "PNG")) {
                failWrite(path, QStringLiteral("PNG encoding failed"));
            }
            break;
        }
        }
    });
}

Drawing drawNetwork(const Network& network, std::optional<LayoutEngine> engine)
{
    LayoutOptions layout;
    layout.nodeSizes = MapScene::measureActors(network);
    std::optional<Drawing> drawing;
    if (!engine) {
        drawing = drawingFromPositions(network, layout);
    }
    if (!drawing) {
        layout.engine = engine.value_or(defaultEngineFor(network));
        drawing = layoutNetwork(network, layout);
    }
    return *drawing;
}

Drawing exportSnapshot(const Snapshot& snapshot, std::optional<LayoutEngine> engine, const QString& path,
                       const ExportOptions& options, const MapNotes& notes)
{
    const Drawing drawing = drawNetwork(snapshot.network, engine);
    MapScene scene;
    scene.showDrawing(snapshot.network, drawing);
    exportMap(scene, legendFor(snapshot.network), path, options, notes);
    return drawing;
}

} // namespace speelveld::gui
