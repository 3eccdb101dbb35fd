// What a map export prints besides the map (the metric table, the findings), and that it shows what the
// canvas shows: the actors a filter fades come out faded.

#include "WindowSupport.h"
#include "core/JsonFormat.h"
#include "gui/ExportDialog.h"
#include "gui/FilterPanel.h"
#include "gui/FindingText.h"
#include "gui/MainWindow.h"
#include "gui/MapExporter.h"
#include "gui/MapScene.h"
#include "gui/Theme.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QXmlStreamReader>
#include <map>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

using test::qpath;

/// Every text of an SVG in drawing order, without white space (wrapped lines split sentences anywhere).
QString svgText(const QString& file)
{
    QFile svg(file);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1StringView("text")) {
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    REQUIRE_MESSAGE(!xml.hasError(), xml.errorString().toStdString());
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

QString squeeze(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); }

/// Per fill colour of an SVG group, the opacity of each group (the product of its opacity attributes).
std::multimap<QString, double> groupOpacities(const QString& file)
{
    QFile svg(file);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    std::multimap<QString, double> opacities;
    const QRegularExpression group(QStringLiteral("<g ([^>]*)>"));
    const QRegularExpression fill(QStringLiteral("fill=\"(#[0-9a-f]{6})\""));
    const QRegularExpression opacity(QStringLiteral("(?:^|\\s)opacity=\"([0-9.]+)\""));
    for (auto groups = group.globalMatch(text); groups.hasNext();) {
        const QString attributes = groups.next().captured(1);
        const auto colour = fill.match(attributes);
        if (!colour.hasMatch()) {
            continue;
        }
        double product = 1;
        for (auto values = opacity.globalMatch(attributes); values.hasNext();) {
            product *= values.next().captured(1).toDouble();
        }
        opacities.emplace(colour.captured(1), product);
    }
    return opacities;
}

/// The places of the pixels of exactly this colour.
std::vector<QPoint> pixelsOf(const QImage& image, QColor colour)
{
    std::vector<QPoint> points;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == colour.rgb()) {
                points.emplace_back(x, y);
            }
        }
    }
    return points;
}

} // namespace

TEST_CASE("the metric table and the findings are printed below the map only when asked for")
{
    test::TempDir dir;
    const Project project = readJsonProject(test::dataFile("delft.json"));
    const Snapshot& snapshot = project.snapshots.at(project.current);
    const MetricsResult m = computeMetrics(snapshot.network, MetricsOptions{});
    const MapNotes notes = mapNotes(m, snapshot.network);
    const Drawing drawing = drawNetwork(snapshot.network, LayoutEngine::Neato);
    MapScene scene;
    scene.showDrawing(snapshot.network, drawing);

    ExportOptions options;
    options.title = QStringLiteral("Delft 2015");
    const QString plain = qpath(dir / "plain.svg");
    exportMap(scene, legendFor(snapshot.network), plain, options, notes);
    options.notes = {true, false};
    const QString table = qpath(dir / "table.svg");
    exportMap(scene, legendFor(snapshot.network), table, options, notes);
    options.notes = {false, true};
    const QString findings = qpath(dir / "findings.svg");
    exportMap(scene, legendFor(snapshot.network), findings, options, notes);

    const QString plainText = svgText(plain);
    const QString tableText = svgText(table);
    const QString findingsText = svgText(findings);
    const QString header = QStringLiteral("ActorKindIn-degreeOut-degreeBetweennessClosenessPageRankRoleclarity");
    CHECK_FALSE(plainText.contains(header));
    CHECK(tableText.contains(header));
    CHECK_FALSE(findingsText.contains(header));
    // The caption says which measures the table holds.
    CHECK(tableText.contains(squeeze(
        QStringLiteral("A selection of the measures: In-degree, Out-degree, Betweenness, Closeness, PageRank, Role "
                       "clarity."))));
    // Each actor's row: its name, its kind and its measures, as the metrics table gives them.
    for (std::size_t row = 0; row < m.actors.size(); ++row) {
        const Actor* actor = snapshot.network.actor(m.actors[row]);
        CAPTURE(actor->name);
        CHECK(tableText.contains(squeeze(QStringLiteral("%1%2")
                                             .arg(m.structure.betweennessNormalised[row], 0, 'f', 3)
                                             .arg(m.structure.closeness[row], 0, 'f', 3))));
        CHECK(tableText.contains(squeeze(QString::fromStdString(actor->name))));
    }

    const QString governance = squeeze(QStringLiteral("Governance mode: Lead organisation (heuristic)"));
    CHECK_FALSE(plainText.contains(governance));
    CHECK_FALSE(tableText.contains(governance));
    CHECK(findingsText.contains(governance));
    CHECK(findingsText.contains(squeeze(QStringLiteral("Role-clarity findings (6)"))));
    for (const Finding& finding : m.roleClarity.findings) {
        CAPTURE(describe(finding, snapshot.network).toStdString());
        CHECK(findingsText.contains(
            squeeze(checkName(finding.check) + QStringLiteral(": ") + describe(finding, snapshot.network))));
        CHECK_FALSE(plainText.contains(squeeze(describe(finding, snapshot.network))));
    }

    // The PNG grows by the notes and keeps the map where it was.
    options.format = ExportFormat::Png;
    options.dpi = 72;
    options.notes = {};
    exportMap(scene, legendFor(snapshot.network), qpath(dir / "plain.png"), options, notes);
    options.notes = {true, true};
    exportMap(scene, legendFor(snapshot.network), qpath(dir / "both.png"), options, notes);
    const QImage small(qpath(dir / "plain.png"));
    const QImage large(qpath(dir / "both.png"));
    CHECK(large.height() > small.height() + 300);
    CHECK(large.width() >= small.width());
    CHECK(large.copy(small.rect()) == small);
}

TEST_CASE("an export from the window shows the actors a filter fades faded, as on screen")
{
    test::TempDir dir;
    MainWindow window;
    test::openAndWait(window, test::dataFile("delft.json"));
    ExportOptions options;
    options.format = ExportFormat::Png;
    options.dpi = 72;
    options.legend = false;
    REQUIRE_FALSE(window.exportMapTo(qpath(dir / "all.png"), options).has_value());

    // Providers only: every other actor fades.
    QListWidget* kinds = window.filterPanel()->kindsList();
    for (int i = 0; i < kinds->count(); ++i) {
        if (kinds->item(i)->data(Qt::UserRole).toInt() == static_cast<int>(ActorKind::Provider)) {
            kinds->item(i)->setCheckState(Qt::Checked);
        }
    }
    const Id municipality = window.network().actors().front().id;
    REQUIRE(window.network().actor(municipality)->kind == ActorKind::Municipality);
    REQUIRE(window.scene()->isActorFaded(municipality));
    REQUIRE_FALSE(window.exportMapTo(qpath(dir / "filtered.png"), options).has_value());

    const QImage all(qpath(dir / "all.png"));
    const QImage filtered(qpath(dir / "filtered.png"));
    REQUIRE(all.size() == filtered.size());
    const QColor fill = styleFor(ActorKind::Municipality).fill;
    const auto full = pixelsOf(all, fill);
    REQUIRE(full.size() > 100);
    CHECK(pixelsOf(filtered, fill).empty());
    // Where the municipality was drawn in its colour it is now nearly as light as the paper behind it.
    std::size_t faint = 0;
    for (const QPoint& point : full) {
        faint += qGray(filtered.pixel(point)) > qGray(fill.rgb()) + 0.6 * (255 - qGray(fill.rgb())) ? 1 : 0;
    }
    CHECK(faint > full.size() * 9 / 10);
    // The providers the filter keeps come out as before.
    const QColor provider = styleFor(ActorKind::Provider).fill;
    const auto kept = pixelsOf(all, provider);
    REQUIRE(kept.size() > 100);
    CHECK(pixelsOf(filtered, provider).size() >= kept.size() * 95 / 100);

    // In SVG the faded actor's shapes carry the canvas's opacity; the kept ones are drawn in full.
    options.format = ExportFormat::Svg;
    REQUIRE_FALSE(window.exportMapTo(qpath(dir / "filtered.svg"), options).has_value());
    const auto opacities = groupOpacities(qpath(dir / "filtered.svg"));
    REQUIRE(opacities.count(fill.name()) > 0);
    REQUIRE(opacities.count(provider.name()) > 0);
    for (const auto& [colour, opacity] : opacities) {
        if (colour == fill.name()) {
            CHECK(opacity == doctest::Approx(kFadedOpacity));
        } else if (colour == provider.name()) {
            CHECK(opacity == 1.0);
        }
    }

    // The table and findings come from the window's metrics.
    options.notes = {true, true};
    REQUIRE_FALSE(window.exportMapTo(qpath(dir / "notes.svg"), options).has_value());
    CHECK(svgText(qpath(dir / "notes.svg")).contains(squeeze(QStringLiteral("Role-clarity findings (6)"))));
    const auto error = window.exportMapTo(qpath(dir / "missing" / "map.svg"), options);
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("map.svg: the export could not be written")));
}

TEST_CASE("the export dialog offers the title, legend, table, findings and a resolution for PNG only")
{
    ExportOptions initial;
    initial.format = ExportFormat::Svg;
    initial.title = QStringLiteral("Delft 2015");
    ExportDialog svg(initial);
    CHECK(svg.titleField()->text() == QStringLiteral("Delft 2015"));
    CHECK(svg.legendBox()->isChecked());
    CHECK_FALSE(svg.tableBox()->isChecked());
    CHECK_FALSE(svg.dpiField()->isEnabled());
    svg.titleField()->setText(QStringLiteral("  Speelveld Delft  "));
    svg.legendBox()->setChecked(false);
    svg.tableBox()->setChecked(true);
    svg.findingsBox()->setChecked(true);
    const ExportOptions chosen = svg.options();
    CHECK(chosen.format == ExportFormat::Svg);
    CHECK(chosen.title == QStringLiteral("Speelveld Delft"));
    CHECK_FALSE(chosen.legend);
    CHECK(chosen.notes.table);
    CHECK(chosen.notes.findings);

    initial.format = ExportFormat::Png;
    ExportDialog png(initial);
    CHECK(png.dpiField()->isEnabled());
    png.dpiField()->setValue(300);
    CHECK(png.options().dpi == 300);
    CHECK(png.options().format == ExportFormat::Png);
}
