#include "MeasureStyle.h"

#include "gui/Theme.h"

#include <algorithm>
#include <cmath>

namespace speelveld::gui {

namespace {

/// Each actor's value as a share of the range (0 lowest, 1 highest; 0.5 when all are equal), and the range.
std::unordered_map<Id, double> shares(const MetricsResult& result, const MeasureColumn& column, MeasureScale& scale)
{
    std::vector<double> values(result.actors.size());
    double low = INFINITY;
    double high = -INFINITY;
    for (std::size_t row = 0; row < values.size(); ++row) {
        values[row] = column.value(result, row);
        if (std::isfinite(values[row])) {
            low = std::min(low, values[row]);
            high = std::max(high, values[row]);
        }
    }
    scale = {column.title, std::isfinite(low) ? low : 0, std::isfinite(high) ? high : 0, column.decimals};
    std::unordered_map<Id, double> share;
    for (std::size_t row = 0; row < values.size(); ++row) {
        if (std::isfinite(values[row])) {
            share[result.actors[row]] = high > low ? (values[row] - low) / (high - low) : 0.5;
        }
    }
    return share;
}

} // namespace

MeasureStyle measureStyle(const MetricsResult& result, const MeasureColumn* size, const MeasureColumn* colour)
{
    MeasureStyle style;
    if (size != nullptr) {
        style.size.emplace();
        for (const auto& [id, share] : shares(result, *size, *style.size)) {
            style.scales[id] = kMinScale + (kMaxScale - kMinScale) * share;
        }
    }
    if (colour != nullptr) {
        style.colour.emplace();
        for (const auto& [id, share] : shares(result, *colour, *style.colour)) {
            style.fills[id] = measureColour(share);
        }
    }
    return style;
}

} // namespace speelveld::gui
