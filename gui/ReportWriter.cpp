#include "ReportWriter.h"

#include "core/UserError.h"
#include "gui/AtomicWrite.h"
#include "gui/FindingText.h"
#include "gui/Labels.h"
#include "gui/MapExporter.h"
#include "gui/MapNotes.h"
#include "gui/MapScene.h"
#include "gui/MeasureColumns.h"
#include "gui/MetricsText.h"
#include "gui/PrintedTable.h"
#include "gui/Theme.h"
#include "gui/TranslationContexts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <functional>
#include <memory>

namespace speelveld::gui {
namespace {

constexpr qreal kMargin = 50; // points: about 18 mm
constexpr qreal kFooter = 24; // the footer's band above the bottom margin
constexpr qreal kGap = 8;
constexpr qreal kMaxTextWidth = 560; // longer lines are hard to read
constexpr qreal kNameWidth = 150;    // actor names wrap beyond this in the table
constexpr qreal kMaxMapScale = 1.5;  // a small map is enlarged, but not into a poster
constexpr int kResolution = 720;     // ten device units per point

QFont titleFont() { return printFont(20, true); }
QFont headingFont() { return printFont(17, true); }
QFont subheadingFont() { return printFont(13, true); }
QFont bodyFont() { return printFont(11); }
QFont smallFont() { return printFont(9); }
QFont footerFont() { return printFont(8); }

QSizeF pageSize(QPageLayout::Orientation orientation)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    return orientation == QPageLayout::Portrait ? a4 : a4.transposed();
}

using PaintOp = std::function<void(QPainter&)>;

struct Page {
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    std::vector<PaintOp> ops;
};

/// Lays blocks out from top to bottom over pages, starting a new page when a block does not fit. Everything is
/// measured first, so the footer can say "page 3 of 7".
class Flow {
public:
    void newPage(QPageLayout::Orientation orientation)
    {
        pages_.push_back(Page{orientation, {}});
        y_ = kMargin;
    }
    QPageLayout::Orientation orientation() const { return pages_.back().orientation; }
    qreal width() const { return pageSize(orientation()).width() - 2 * kMargin; }
    qreal textWidth() const { return std::min(width(), kMaxTextWidth); }
    qreal bottom() const { return pageSize(orientation()).height() - kMargin - kFooter; }
    qreal y() const { return y_; }

    /// The top of a block of `height`: here, or on a new page when it does not fit here together with `keep`
    /// more points that belong with it (a heading and the start of its text).
    qreal place(qreal height, qreal keep = 0)
    {
        if (y_ + height + keep > bottom() && y_ > kMargin) {
            newPage(orientation());
        }
        const qreal at = y_;
        y_ += height;
        return at;
    }
    void skip(qreal height) { y_ += height; }
    void paint(PaintOp op) { pages_.back().ops.push_back(std::move(op)); }

    void paragraph(const QString& text, const QFont& font, qreal after = kGap, qreal keep = 0)
    {
        paragraph(text, font, textWidth(), after, keep);
    }
    void paragraph(const QString& text, const QFont& font, qreal width, qreal after, qreal keep)
    {
        const qreal at = place(paragraphHeight(text, font, width), keep);
        paint([=](QPainter& p) { paintParagraph(p, QPointF(kMargin, at), text, font, width); });
        skip(after);
    }
    /// A list item: the bullet in the margin of its text, so wrapped lines line up with the first.
    void bullet(const QString& text)
    {
        constexpr qreal kIndent = 12;
        const qreal width = textWidth() - kIndent;
        const qreal at = place(paragraphHeight(text, bodyFont(), width));
        paint([=](QPainter& p) {
            paintParagraph(p, QPointF(kMargin, at), QStringLiteral("•"), bodyFont(), kIndent);
            paintParagraph(p, QPointF(kMargin + kIndent, at), text, bodyFont(), width);
        });
        skip(kGap / 2);
    }
    void heading(const QString& text) { paragraph(text, headingFont(), kGap + 4, 80); }
    void subheading(const QString& text) { paragraph(text, subheadingFont(), kGap / 2, 50); }

    /// The table over as many pages as it needs, its header repeated on each; shrunk when wider than the page.
    void table(PrintedTable cells, const QFont& font, qreal maxTextWidth)
    {
        auto shared = std::make_shared<const PrintedTable>(std::move(cells));
        auto layout = std::make_shared<const TableLayout>(layoutTable(*shared, font, maxTextWidth));
        const qreal scale = std::min(1.0, width() / layout->width());
        const std::size_t rows = shared->rows.size();
        std::size_t row = 0;
        do {
            const qreal first = row < rows ? layout->rowHeights[row] * scale : 0;
            if (y_ + layout->headerHeight * scale + first > bottom() && y_ > kMargin) {
                newPage(orientation());
            }
            qreal height = layout->headerHeight * scale;
            std::size_t last = row;
            // At least one row per page, even one taller than a page.
            while (last < rows && (last == row || y_ + height + layout->rowHeights[last] * scale <= bottom())) {
                height += layout->rowHeights[last] * scale;
                ++last;
            }
            const qreal at = y_;
            paint([=](QPainter& p) {
                p.translate(kMargin, at);
                p.scale(scale, scale);
                paintTable(p, QPointF(0, 0), *shared, *layout, row, last);
            });
            y_ += height;
            row = last;
        } while (row < rows);
        skip(2 * kGap);
    }

    std::vector<Page> take() { return std::move(pages_); }

private:
    std::vector<Page> pages_;
    qreal y_ = kMargin;
};

QString percent(double share) { return QLocale().toString(share * 100, 'f', 0) + QLatin1Char('%'); }

QString snapshotLine(const ReportContent& c)
{
    return c.snapshotDate.isEmpty() ? Report::tr("Snapshot: %1").arg(c.snapshot)
                                    : Report::tr("Snapshot: %1 (%2)").arg(c.snapshot, c.snapshotDate);
}

bool anythingFaded(const MapScene& scene, const Network& network)
{
    if (scene.isSpotlit()) {
        return true;
    }
    for (const Actor& actor : network.actors()) {
        if (scene.isActorFaded(actor.id)) {
            return true;
        }
    }
    return false;
}

/// Page 1: the title, the snapshot and the map with its legend, in the orientation that shows the map larger.
void titlePage(Flow& flow, MapScene& scene, const LegendContent& legend, const ReportContent& c)
{
    std::vector<std::pair<QString, QFont>> lines{
        {c.title, titleFont()},
        {snapshotLine(c), subheadingFont()},
        {Report::tr("Report made with Speelveld on %1").arg(c.date.toString(Qt::ISODate)), smallFont()}};
    if (anythingFaded(scene, *c.network)) {
        lines.emplace_back(Report::tr("Faded actors and relations were outside the filter, focus or “show me” that "
                                      "was on when the report was made. The tables hold every actor."),
                           smallFont());
    }
    const QRectF source = exportSource(scene);
    const QSizeF legendArea = legendSize(legend);
    struct Fit {
        qreal headerHeight = 0;
        qreal mapScale = 0;
        qreal legendScale = 1;
    };
    auto fit = [&](QPageLayout::Orientation orientation) {
        Fit f;
        const QSizeF page = pageSize(orientation);
        const qreal width = page.width() - 2 * kMargin;
        for (const auto& [text, font] : lines) {
            f.headerHeight += paragraphHeight(text, font, width) + kGap;
        }
        const qreal height = page.height() - 2 * kMargin - kFooter - f.headerHeight - kGap;
        f.legendScale = std::min(1.0, height / legendArea.height());
        const qreal mapWidth = width - legendArea.width() * f.legendScale - kGap;
        // Never below a sliver, even when a very wide legend leaves no room beside it.
        f.mapScale = std::max(0.05, std::min({mapWidth / source.width(), height / source.height(), kMaxMapScale}));
        return f;
    };
    const Fit portrait = fit(QPageLayout::Portrait);
    const Fit landscape = fit(QPageLayout::Landscape);
    const bool wide = landscape.mapScale > portrait.mapScale;
    const Fit f = wide ? landscape : portrait;
    flow.newPage(wide ? QPageLayout::Landscape : QPageLayout::Portrait);
    for (const auto& [text, font] : lines) {
        flow.paragraph(text, font, flow.width(), kGap, 0);
    }
    flow.skip(kGap);
    const QRectF map(kMargin, flow.y(), source.width() * f.mapScale, source.height() * f.mapScale);
    flow.paint([&scene, map](QPainter& p) { renderMap(p, scene, map); });
    const QPointF legendAt(kMargin + flow.width() - legendArea.width() * f.legendScale, flow.y());
    flow.paint([legend, legendAt, scale = f.legendScale](QPainter& p) {
        p.translate(legendAt);
        p.scale(scale, scale);
        paintLegend(p, QPointF(0, 0), legend);
    });
}

PrintedTable governanceFigures(const GovernanceEvidence& e, const Network& network)
{
    const QLocale locale;
    auto name = [&](Id id) { return network.actor(id) ? qs(network.actor(id)->name) : QString(); };
    PrintedTable table;
    table.header << Report::tr("Figure") << Report::tr("Value");
    table.numeric = {false, true};
    table.rows.push_back({Report::tr("Actors"), locale.toString(static_cast<qulonglong>(e.actors))});
    table.rows.push_back({Report::tr("Density (ties in either direction)"), locale.toString(e.density, 'f', 2)});
    table.rows.push_back({Report::tr("Degree centralisation"), locale.toString(e.degreeCentralisation, 'f', 2)});
    table.rows.push_back({Report::tr("The actor with the most ties"), name(e.mostCentral)});
    table.rows.push_back({Report::tr("Share of the others it is tied to"), percent(e.mostCentralReach)});
    if (e.administrativeBody != 0) {
        table.rows.push_back({Report::tr("Coordinating body"), name(e.administrativeBody)});
        table.rows.push_back({Report::tr("Its members"), locale.toString(static_cast<qulonglong>(e.members))});
    }
    return table;
}

void governancePages(Flow& flow, const ReportContent& c)
{
    flow.newPage(QPageLayout::Portrait);
    flow.heading(Report::tr("Governance mode"));
    flow.subheading(Report::tr("%1 (heuristic)").arg(governanceName(c.metrics->governance.mode)));
    flow.paragraph(governanceExplanation(c.metrics->governance, *c.network), bodyFont(), 2 * kGap);
    flow.subheading(Report::tr("The figures behind it"));
    flow.table(governanceFigures(c.metrics->governance.evidence, *c.network), bodyFont(), 300);
    flow.subheading(Report::tr("The three modes (Provan & Kenis 2008)"));
    flow.paragraph(Report::tr("Shared governance: the members steer the network together and no one is in charge. "
                              "It works best in a small, dense network with much trust."),
                   bodyFont());
    flow.paragraph(Report::tr("Lead organisation: one member, often the largest or the one that pays, takes the "
                              "decisions and coordinates the others. Efficient, but the others may feel less "
                              "ownership."),
                   bodyFont());
    flow.paragraph(Report::tr("Network administrative organisation: a separate body, set up to coordinate, that the "
                              "members belong to and that does not deliver services itself. Suits larger networks "
                              "that need steering."),
                   bodyFont());
    flow.paragraph(Report::tr("How Speelveld decides: first it looks for a coordinating body that at least three "
                              "actors are members of and that delivers nothing itself; then for one actor tied to at "
                              "least half of the others in a centralised network (degree centralisation 0.4 or "
                              "more); then for a dense network (density 0.25 or more) that no actor dominates. "
                              "When none fits, it says so. docs/METRICS.md has the details."),
                   smallFont());
}

void findingsPages(Flow& flow, const ReportContent& c)
{
    const RoleClarityResult& clarity = c.metrics->roleClarity;
    flow.newPage(QPageLayout::Portrait);
    flow.heading(Report::tr("Role-clarity findings"));
    flow.paragraph(Report::tr("Role clarity index of the network: %1 (1 means every check that applies is passed). "
                              "Number of findings: %2.")
                       .arg(QLocale().toString(clarity.networkIndex, 'f', 2))
                       .arg(clarity.findings.size()),
                   bodyFont(), 2 * kGap);
    QStringList clear;
    for (int number = static_cast<int>(Check::RoleConflict); number <= static_cast<int>(Check::AccountabilityGap);
         ++number) {
        const auto check = static_cast<Check>(number);
        std::vector<const Finding*> found;
        for (const Finding& finding : clarity.findings) {
            if (finding.check == check) {
                found.push_back(&finding);
            }
        }
        if (found.empty()) {
            clear << checkName(check);
            continue;
        }
        flow.subheading(QStringLiteral("%1 (%2)").arg(checkName(check)).arg(found.size()));
        flow.paragraph(checkExplanation(check), smallFont(), kGap, 30);
        for (const Finding* finding : found) {
            flow.bullet(describe(*finding, *c.network));
        }
        flow.skip(kGap);
    }
    if (clarity.findings.empty()) {
        flow.paragraph(Report::tr("No findings: every role-clarity check passed."), bodyFont());
    } else if (!clear.isEmpty()) {
        flow.paragraph(Report::tr("No findings for: %1.").arg(clear.join(QStringLiteral(", "))), bodyFont());
    }
}

void measuresPages(Flow& flow, const ReportContent& c)
{
    PrintedTable table = measuresTable(*c.metrics, *c.network, reportMeasureKeys());
    const qreal width = layoutTable(table, smallFont(), kNameWidth).width();
    flow.newPage(width > pageSize(QPageLayout::Portrait).width() - 2 * kMargin ? QPageLayout::Landscape
                                                                               : QPageLayout::Portrait);
    flow.heading(Report::tr("Measures per actor"));
    flow.paragraph(Report::tr("Every actor with the main measures; “What these numbers mean” below explains each. "
                              "The metrics table (Metrics menu, or speelveld metrics) holds more."),
                   smallFont());
    flow.table(std::move(table), smallFont(), kNameWidth);

    flow.newPage(QPageLayout::Portrait);
    flow.heading(Report::tr("The network as a whole"));
    PrintedTable figures;
    figures.header << Report::tr("Figure") << Report::tr("Value") << Report::tr("What it means");
    figures.numeric = {false, true, false};
    for (const NetworkFigure& figure : networkFigures(*c.metrics)) {
        figures.rows.push_back(
            {figure.title, QLocale().toString(figure.value, 'f', figure.decimals), figure.explanation});
    }
    flow.table(std::move(figures), smallFont(), 330);
    const QString note = estimateNote(c.metrics->structure);
    if (!note.isEmpty()) {
        flow.paragraph(note, smallFont());
    }

    flow.heading(Report::tr("What these numbers mean"));
    const std::vector<std::string> keys = reportMeasureKeys();
    for (const MeasureColumn& column : measureColumns()) {
        if (std::find(keys.begin(), keys.end(), column.key) != keys.end()) {
            flow.paragraph(column.title + QStringLiteral(": ") + column.explanation, bodyFont(), kGap / 2);
        }
    }
    flow.skip(kGap);
    flow.paragraph(Report::tr("docs/METRICS.md gives the formula and the source of every measure."), smallFont());
}

void paintFooter(QPainter& painter, QPageLayout::Orientation orientation, const ReportContent& c, int page, int pages)
{
    const QSizeF size = pageSize(orientation);
    const qreal y = size.height() - kMargin - kFooter + 10;
    const qreal width = size.width() - 2 * kMargin;
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.6));
    painter.drawLine(QPointF(kMargin, y - 4), QPointF(kMargin + width, y - 4));
    painter.setFont(footerFont());
    painter.setPen(textColour());
    const QString number = Report::tr("Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF metrics(footerFont());
    const qreal numberWidth = metrics.horizontalAdvance(number) + 2;
    const QString left = metrics.elidedText(c.title + QStringLiteral(" · ") + snapshotLine(c), Qt::ElideMiddle,
                                            width - numberWidth - 20);
    painter.drawText(QRectF(kMargin, y, width, kFooter), Qt::AlignLeft | Qt::AlignTop, left);
    painter.drawText(QRectF(kMargin, y, width, kFooter), Qt::AlignRight | Qt::AlignTop, number);
}

[[noreturn]] void failWrite(const QString& path, const QString& why)
{
    throw UserError(path.toStdString(), "", "the report could not be written (" + why.toStdString() + ")",
                    "Check the folder exists, that you may write there and that the disk is not full");
}

} // namespace

std::vector<std::string> reportMeasureKeys()
{
    return {"in_degree",   "out_degree", "betweenness", "closeness",    "pagerank",
            "eigenvector", "core",       "constraint",  "articulation", "role_clarity"};
}

int writeReport(MapScene& scene, const LegendContent& legend, const ReportContent& content, const QString& path)
{
    Flow flow;
    titlePage(flow, scene, legend, content);
    governancePages(flow, content);
    findingsPages(flow, content);
    measuresPages(flow, content);
    const std::vector<Page> pages = flow.take();

    const int count = static_cast<int>(pages.size());
    writeAtomically(path, "the report", [&](QIODevice& file) {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(pages.front().orientation);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(content.title + QStringLiteral(" — ") + content.snapshot);
        writer.setCreator(QStringLiteral("Speelveld"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            failWrite(path, QStringLiteral("PDF painter did not start"));
        }
        for (int index = 0; index < count; ++index) {
            const Page& page = pages[static_cast<std::size_t>(index)];
            // A new orientation applies from the next page on.
            if (index > 0 && (!writer.setPageOrientation(page.orientation) || !writer.newPage())) {
                failWrite(path, QStringLiteral("a new page could not be started"));
            }
            painter.resetTransform();
            painter.scale(kResolution / 72.0, kResolution / 72.0);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            for (const PaintOp& op : page.ops) {
                painter.save();
                op(painter);
                painter.restore();
            }
            paintFooter(painter, page.orientation, content, index + 1, count);
        }
        painter.end();
    });
    return count;
}

int writeSnapshotReport(const Project& project, const Snapshot& snapshot, std::optional<LayoutEngine> engine,
                        const QString& title, const QString& path)
{
    const Network& network = snapshot.network;
    const Drawing drawing = drawNetwork(network, engine);
    MapScene scene;
    scene.showDrawing(network, drawing);
    MetricsOptions options;
    options.conflicts = project.conflicts;
    const MetricsResult metrics = computeMetrics(network, options);
    ReportContent content;
    content.title = !title.isEmpty()         ? title
                    : !project.title.empty() ? qs(project.title)
                                             : Report::tr("Speelveld report");
    content.snapshot = qs(snapshot.name);
    content.snapshotDate = qs(snapshot.date);
    content.date = QDate::currentDate();
    content.network = &network;
    content.metrics = &metrics;
    return writeReport(scene, legendFor(network), content, path);
}

} // namespace speelveld::gui
