#pragma once
// What a diagram export can print below the map: the main measures per actor as a table, and the governance
// mode with the role-clarity findings in words. The same sentences as the findings panel.

#include "core/Metrics.h"
#include "gui/PrintedTable.h"

#include <QSizeF>
#include <optional>
#include <string>

class QPainter;

namespace speelveld::gui {

/// The notes of one network, already in words (the interface language).
struct MapNotes {
    std::optional<PrintedTable> table; ///< nullopt: nothing to print (no metrics)
    QString tableCaption;              ///< which measures the table holds
    QString governance;                ///< "Governance mode: … (heuristic)"
    QString governanceText;            ///< why, with the figures
    QString findingsHeading;           ///< "Role-clarity findings (6)"
    QStringList findings;              ///< "RC1 role conflict: …", one per finding
};

/// Which of the notes to print.
struct NotesChoice {
    bool table = false;
    bool findings = false;
    bool any() const { return table || findings; }
};

/// The notes of a network from its metrics.
MapNotes mapNotes(const MetricsResult& m, const Network& network);

/// The actors (name and kind) with the measures whose keys (of measureColumns()) are given, in that order.
PrintedTable measuresTable(const MetricsResult& m, const Network& network, const std::vector<std::string>& keys);
/// The measures a diagram's table shows: in- and out-degree, betweenness, closeness, PageRank, role clarity.
std::vector<std::string> diagramMeasureKeys();

/// The space the chosen notes take when they may use `width` (points); the width may come out larger when
/// the table needs it.
QSizeF notesSize(const MapNotes& notes, NotesChoice choice, qreal width);
/// Paints the chosen notes with the top-left corner at `origin`, laid out as notesSize measured them.
void paintNotes(QPainter& painter, const QPointF& origin, const MapNotes& notes, NotesChoice choice, qreal width);

} // namespace speelveld::gui
