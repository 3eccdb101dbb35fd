#pragma once
// How each actor kind and relation type looks, in one place, for the canvas, the legend and every export.

#include "core/Model.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QRectF>

namespace speelveld::gui {

/// The outline an actor kind is drawn with; shapes as well as colours tell kinds apart (colour blindness).
enum class NodeShape { RoundedRect, Rect, Ellipse, Diamond, Hexagon, Octagon, Parallelogram };

/// Fill, outline and shape of one actor kind.
struct KindStyle {
    QColor fill;
    QColor stroke;
    NodeShape shape = NodeShape::RoundedRect;
    qreal strokeWidth = 1.4;
};

/// Colour, dash pattern and arrowhead of one relation type.
struct RelationStyle {
    QColor colour;
    Qt::PenStyle dash = Qt::SolidLine;
    qreal width = 1.5;
    bool arrow = true;
};

/// Which looks the map has: the editing ones, or high contrast for a projector (presentation mode), with black
/// outlines and text, bold labels and the Okabe–Ito palette for relations. Exports always use the standard looks.
enum class MapLooks { Standard, Projector };
/// Switches every style below; a scene shows the new looks once its items are drawn again (showDrawing).
void setMapLooks(MapLooks looks);
MapLooks mapLooks();

KindStyle styleFor(ActorKind kind);
RelationStyle styleFor(RelationType type);

/// The pen a relation of this type and strength (1..5) is drawn with.
QPen relationPen(RelationType type, int strength);

/// The font of labels on the map: DejaVu Sans in pixels, so SVG (72 dpi) and screen agree.
QFont mapFont();

/// The outline of a shape filling `rect`.
QPainterPath shapePath(NodeShape shape, const QRectF& rect);

/// How much wider and taller than its label a shape must be for the label to fit inside.
QSizeF shapeAllowance(NodeShape shape);

/// Colours of the map outside the items.
QColor backgroundColour();
QColor textColour();
QColor clusterFill();
QColor clusterStroke();

/// A sequential colour for a measure's value scaled to 0..1: light to dark blue, readable with black text and
/// distinct for every kind of colour blindness (it varies in lightness, not in hue).
QColor measureColour(double share);

/// The outline of relations and actors picked out by "show me", and how faint the rest becomes.
QColor spotlightColour();
constexpr qreal kFadedOpacity = 0.15;

} // namespace speelveld::gui
