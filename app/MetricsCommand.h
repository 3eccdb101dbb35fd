#pragma once
// `speelveld metrics`: every measure, the role-clarity findings and the governance mode, as a table, CSV, JSON
// or an Excel workbook.

#include <QString>

namespace speelveld::app {

struct MetricsRequest {
    QString file;
    QString snapshot;                         ///< empty: the current one
    QString format = QStringLiteral("table"); ///< table, csv, json or xlsx (xlsx needs an output)
    QString output;                           ///< empty: standard output
    bool undirected = false;
    bool weighted = false;
    bool findings = false; ///< csv: the findings table instead of the measures
    long long pivots = -1; ///< -1: automatic; 0: exact; k: sampled betweenness from k pivots
    QString conflicts;     ///< a role-conflict table file; empty: the project's own
};

int runMetrics(const MetricsRequest& request);

} // namespace speelveld::app
