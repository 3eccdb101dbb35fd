#include "MapNotes.h"

#include "gui/FindingText.h"
#include "gui/Labels.h"
#include "gui/MeasureColumns.h"
#include "gui/TranslationContexts.h"

#include <QPainter>
#include <cmath>

namespace speelveld::gui {
namespace {

constexpr qreal kGap = 24;           // between the table and the findings
constexpr qreal kLine = 6;           // between paragraphs
constexpr qreal kMaxTextWidth = 640; // lines longer than this are hard to read
constexpr qreal kMinTextWidth = 320;
constexpr qreal kNameWidth = 190; // actor names wrap beyond this

QFont headingFont() { return printFont(14, true); }
QFont bodyFont() { return printFont(12); }
QFont tableFont() { return printFont(11); }
QFont captionFont() { return printFont(10); }

QString tableHeading() { return Measures::tr("Main measures per actor"); }

/// Where the blocks go, relative to the notes' top-left corner.
struct NotesLayout {
    std::optional<TableLayout> table;
    QPointF findings;
    qreal textWidth = 0;
    QSizeF size;
};

qreal tableBlockHeight(const MapNotes& notes, const TableLayout& table)
{
    return paragraphHeight(tableHeading(), headingFont(), table.width()) + kLine +
           paragraphHeight(notes.tableCaption, captionFont(), table.width()) + kLine +
           table.height(0, table.rowHeights.size());
}

qreal findingsBlockHeight(const MapNotes& notes, qreal width)
{
    qreal height = paragraphHeight(notes.governance, headingFont(), width) + kLine +
                   paragraphHeight(notes.governanceText, bodyFont(), width) + 2 * kLine +
                   paragraphHeight(notes.findingsHeading, headingFont(), width) + kLine;
    for (const QString& finding : notes.findings) {
        height += paragraphHeight(finding, bodyFont(), width) + kLine / 2;
    }
    return height;
}

NotesLayout layoutNotes(const MapNotes& notes, NotesChoice choice, qreal width)
{
    NotesLayout layout;
    qreal tableWidth = 0;
    qreal tableHeight = 0;
    if (choice.table && notes.table) {
        layout.table = layoutTable(*notes.table, tableFont(), kNameWidth);
        tableWidth = layout.table->width();
        tableHeight = tableBlockHeight(notes, *layout.table);
    }
    width = std::max(width, tableWidth);
    if (!choice.findings || !notes.table) {
        layout.size = QSizeF(tableWidth, tableHeight);
        return layout;
    }
    // Beside the table when there is room for readable lines, else below it.
    const bool beside = tableWidth > 0 && width - tableWidth - kGap >= kMinTextWidth;
    layout.textWidth =
        std::min(kMaxTextWidth, beside ? width - tableWidth - kGap : std::max(width, kMinTextWidth + kGap));
    layout.findings = beside ? QPointF(tableWidth + kGap, 0) : QPointF(0, tableHeight > 0 ? tableHeight + kGap : 0);
    const qreal findingsHeight = findingsBlockHeight(notes, layout.textWidth);
    layout.size = QSizeF(std::max(tableWidth, layout.findings.x() + layout.textWidth),
                         std::max(tableHeight, layout.findings.y() + findingsHeight));
    return layout;
}

} // namespace

std::vector<std::string> diagramMeasureKeys()
{
    return {"in_degree", "out_degree", "betweenness", "closeness", "pagerank", "role_clarity"};
}

PrintedTable measuresTable(const MetricsResult& m, const Network& network, const std::vector<std::string>& keys)
{
    const std::vector<MeasureColumn> all = measureColumns();
    std::vector<MeasureColumn> columns;
    for (const std::string& key : keys) {
        for (const MeasureColumn& column : all) {
            if (key == column.key) {
                columns.push_back(column);
            }
        }
    }
    PrintedTable table;
    table.numeric.assign(2 + columns.size(), true);
    table.numeric[0] = table.numeric[1] = false;
    table.header << Measures::tr("Actor") << Measures::tr("Kind");
    for (const MeasureColumn& column : columns) {
        table.header << column.title;
    }
    for (std::size_t row = 0; row < m.actors.size(); ++row) {
        const Actor* actor = network.actor(m.actors[row]);
        QStringList cells{actor ? qs(actor->name) : QString(), actor ? label(actor->kind) : QString()};
        for (const MeasureColumn& column : columns) {
            const double value = column.value(m, row);
            cells << (std::isnan(value) ? QString() : QString::number(value, 'f', column.decimals));
        }
        table.rows.push_back(cells);
    }
    return table;
}

MapNotes mapNotes(const MetricsResult& m, const Network& network)
{
    MapNotes notes;
    const std::vector<std::string> keys = diagramMeasureKeys();
    notes.table = measuresTable(m, network, keys);
    QStringList titles = notes.table->header.mid(2);
    notes.tableCaption = Measures::tr("A selection of the measures: %1. The metrics table (Metrics menu, or "
                                      "speelveld metrics) and the report hold them all; docs/METRICS.md explains "
                                      "each.")
                             .arg(titles.join(QStringLiteral(", ")));
    notes.governance = Findings::tr("Governance mode: %1 (heuristic)").arg(governanceName(m.governance.mode));
    notes.governanceText = governanceExplanation(m.governance, network);
    const auto& findings = m.roleClarity.findings;
    notes.findingsHeading = findings.empty()
                                ? Findings::tr("No role-clarity findings: every check passed.")
                                : Findings::tr("Role-clarity findings (%1)").arg(static_cast<int>(findings.size()));
    for (const Finding& finding : findings) {
        notes.findings << QStringLiteral("• ") + checkName(finding.check) + QStringLiteral(": ") +
                              describe(finding, network);
    }
    return notes;
}

QSizeF notesSize(const MapNotes& notes, NotesChoice choice, qreal width)
{
    return layoutNotes(notes, choice, width).size;
}

void paintNotes(QPainter& painter, const QPointF& origin, const MapNotes& notes, NotesChoice choice, qreal width)
{
    const NotesLayout layout = layoutNotes(notes, choice, width);
    if (layout.table) {
        const qreal tableWidth = layout.table->width();
        QPointF at = origin;
        at.ry() += paintParagraph(painter, at, tableHeading(), headingFont(), tableWidth) + kLine;
        at.ry() += paintParagraph(painter, at, notes.tableCaption, captionFont(), tableWidth) + kLine;
        paintTable(painter, at, *notes.table, *layout.table, 0, notes.table->rows.size());
    }
    if (layout.textWidth > 0) {
        const qreal w = layout.textWidth;
        QPointF at = origin + layout.findings;
        at.ry() += paintParagraph(painter, at, notes.governance, headingFont(), w) + kLine;
        at.ry() += paintParagraph(painter, at, notes.governanceText, bodyFont(), w) + 2 * kLine;
        at.ry() += paintParagraph(painter, at, notes.findingsHeading, headingFont(), w) + kLine;
        for (const QString& finding : notes.findings) {
            at.ry() += paintParagraph(painter, at, finding, bodyFont(), w) + kLine / 2;
        }
    }
}

} // namespace speelveld::gui
