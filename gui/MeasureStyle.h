#pragma once
// Binding actors' size and colour to a measure: the factor and colour per actor, and the scale for the legend.

#include "core/Metrics.h"
#include "gui/Legend.h"
#include "gui/MeasureColumns.h"

#include <QColor>
#include <optional>
#include <unordered_map>

namespace speelveld::gui {

struct MeasureStyle {
    std::unordered_map<Id, qreal> scales; ///< size factor per actor (absent: as laid out)
    std::unordered_map<Id, QColor> fills; ///< fill per actor (absent: the kind's colour)
    std::optional<MeasureScale> size;
    std::optional<MeasureScale> colour;
};

/// Smallest and largest size factor: the lowest value is drawn at kMinScale of its laid-out size, the highest
/// at kMaxScale; in between linearly. Equal values all get the middle.
constexpr qreal kMinScale = 0.7;
constexpr qreal kMaxScale = 1.8;

/// The style for sizing by `size` and colouring by `colour` (either may be null). An actor whose value is
/// undefined keeps its own size and colour.
MeasureStyle measureStyle(const MetricsResult& result, const MeasureColumn* size, const MeasureColumn* colour);

} // namespace speelveld::gui
