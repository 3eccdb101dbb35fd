#pragma once
// The metrics of a network as text: a readable table with the findings, CSV and JSON. The CLI prints these;
// the window exports them.

#include "core/Metrics.h"

#include <QString>
#include <vector>

namespace speelveld::gui {

/// One figure of the whole network.
struct NetworkFigure {
    const char* key; ///< machine name: "density"
    QString title;   ///< in the interface language
    double value;
    int decimals;
    QString explanation; ///< one sentence a director understands
};
std::vector<NetworkFigure> networkFigures(const MetricsResult& m);

/// Says that betweenness and closeness are estimates, and how good; empty when they are exact.
QString estimateNote(const StructureResult& s);

/// Aligned columns per actor, the network figures, the governance mode and the findings in words.
QString metricsTable(const MetricsResult& m, const Network& network);
/// One row per actor, machine column names, RFC 4180, cells safe to open in a spreadsheet.
QString metricsCsv(const MetricsResult& m, const Network& network);
/// The role-clarity findings as CSV, one per row: check, the finding in words, the actors behind it
/// (separated by "; "); every cell spreadsheet-safe.
QString findingsCsv(const MetricsResult& m, const Network& network);
/// Actors, network figures, governance and findings as one JSON document.
QString metricsJson(const MetricsResult& m, const Network& network);

} // namespace speelveld::gui
