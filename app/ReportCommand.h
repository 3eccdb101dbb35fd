#pragma once
// `speelveld report`: the PDF report of one snapshot (map, governance mode, findings, measures), no window.

#include <QString>

namespace speelveld::app {

struct ReportRequest {
    QString file;
    QString output;
    QString snapshot; ///< empty: the project's current one
    QString title;    ///< empty: the project's title
    QString layout;   ///< empty: stored positions, or chosen by size
};

/// Writes the report; messages go to stderr. Returns an exit code (Commands.h).
int runReport(const ReportRequest& request);

} // namespace speelveld::app
