#pragma once
// The report of one snapshot as a multi-page A4 PDF, for directors and analysts: the map with its legend, the
// governance mode, the role-clarity findings in plain language, every actor's measures, the network figures
// and what the numbers mean. In the interface language.

#include "core/Metrics.h"
#include "core/Project.h"
#include "gui/Legend.h"
#include "layouts/Layout.h"

#include <QDate>
#include <QString>
#include <optional>

namespace speelveld::gui {

class MapScene;

/// What a report is about, besides the map the scene shows.
struct ReportContent {
    QString title;        ///< the project's title
    QString snapshot;     ///< the snapshot's name
    QString snapshotDate; ///< ISO date, or empty
    QDate date;           ///< when the report is made
    const Network* network = nullptr;
    const MetricsResult* metrics = nullptr; ///< of `network`
};

/// The measures the report's table shows (keys of measureColumns()).
std::vector<std::string> reportMeasureKeys();

/// Writes the report to `path` through a temporary file that replaces `path` only when complete. The map is
/// the scene as it is (faded actors stay faded). Returns the number of pages. Throws UserError naming the file.
int writeReport(MapScene& scene, const LegendContent& legend, const ReportContent& content, const QString& path);

/// The report of one snapshot without a window: drawn as the window would (drawNetwork), with the metrics
/// computed with the project's role-conflict table. `title` empty: the project's title. Returns the number of
/// pages. Throws UserError or LayoutError.
int writeSnapshotReport(const Project& project, const Snapshot& snapshot, std::optional<LayoutEngine> engine,
                        const QString& title, const QString& path);

} // namespace speelveld::gui
