#pragma once
// The geometry of one relation as drawn (a Bézier path and its arrowhead), and how it is painted in full
// detail: the canvas, its drag overlay and every export draw relations through these two functions.

#include "core/Model.h"
#include "layouts/Drawing.h"

#include <QLineF>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <optional>

class QPainter;

namespace speelveld::gui {

/// Where a relation is drawn, in scene coordinates.
struct RelationShape {
    QPainterPath path;
    QPolygonF arrow; ///< empty for undirected types
    QRectF bounds;   ///< path and arrowhead, with room for the widest pen and the spotlight band
    QLineF chord;    ///< from the path's start to where it ends (the arrow's tip): the far-zoomed-out drawing
};

/// The shape of a relation of this type and strength following `route`.
RelationShape relationShape(const EdgeDrawing& route, RelationType type, int strength);

/// Paints one relation in full detail: its type's pen, dash and arrowhead, over a band of `band`'s colour when
/// it has one (lit: "show me", or a change in a comparison). `arrowhead` false leaves the arrowhead out (too small
/// to read on screen).
void paintRelation(QPainter& painter, const RelationShape& shape, RelationType type, int strength,
                   const std::optional<QColor>& band, bool arrowhead = true);

} // namespace speelveld::gui
