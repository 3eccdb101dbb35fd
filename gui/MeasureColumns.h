#pragma once
// The per-actor measures as columns: a stable key (CSV, JSON), a title and an explanation in the interface
// language, and how to read the value. The metrics table, the CLI and the exports all use this one list.

#include "core/Metrics.h"

#include <QString>
#include <functional>
#include <vector>

namespace speelveld::gui {

struct MeasureColumn {
    const char* key;     ///< machine name, never translated: "betweenness"
    QString title;       ///< "Betweenness"
    QString explanation; ///< one sentence a director understands
    int decimals;        ///< how many to show; 0 for counts
    std::function<double(const MetricsResult&, std::size_t row)> value;
};

/// Every per-actor measure, in the order the table shows them.
std::vector<MeasureColumn> measureColumns();

} // namespace speelveld::gui
