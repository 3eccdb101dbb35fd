#pragma once
// The legend of a map: the actor kinds and relation types it shows. Painted the same in the window's
// legend panel and in every export.

#include "core/Network.h"

#include <QSizeF>
#include <QString>
#include <optional>
#include <vector>

class QPainter;
class QPointF;

namespace speelveld::gui {

/// A measure that actors' size or colour is bound to, and the range of its values.
struct MeasureScale {
    QString title;
    double low = 0;
    double high = 0;
    int decimals = 2;
    bool operator==(const MeasureScale&) const = default;
};

/// What a legend lists: the kinds and types present in a network, in the model's order, and the measures
/// that size and colour the actors.
struct LegendContent {
    std::vector<ActorKind> kinds;
    std::vector<RelationType> types;
    bool groups = false;
    std::optional<MeasureScale> size;
    std::optional<MeasureScale> colour;
};

LegendContent legendFor(const Network& network);

/// The space the legend needs, in the same units as the map (points).
QSizeF legendSize(const LegendContent& content);

/// Paints the legend with its top-left corner at `origin`.
void paintLegend(QPainter& painter, const QPointF& origin, const LegendContent& content);

} // namespace speelveld::gui
