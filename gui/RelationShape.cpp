#include "RelationShape.h"

#include "gui/Theme.h"

#include <QPainter>
#include <cmath>

namespace speelveld::gui {

RelationShape relationShape(const EdgeDrawing& route, RelationType type, int strength)
{
    RelationShape shape;
    if (route.path.empty()) {
        return shape;
    }
    QPainterPath& path = shape.path;
    path.moveTo(route.path[0].x, route.path[0].y);
    for (std::size_t i = 1; i + 2 < route.path.size(); i += 3) {
        path.cubicTo(route.path[i].x, route.path[i].y, route.path[i + 1].x, route.path[i + 1].y, route.path[i + 2].x,
                     route.path[i + 2].y);
    }
    if (styleFor(type).arrow) {
        const QPointF tip(route.arrowTip.x, route.arrowTip.y);
        QPointF from(route.path.back().x, route.path.back().y);
        if (QLineF(from, tip).length() < 1 && route.path.size() >= 2) {
            from = QPointF(route.path[route.path.size() - 2].x, route.path[route.path.size() - 2].y);
        }
        const qreal angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        const qreal length = 9 + strength;
        const qreal spread = 0.42;
        shape.arrow << tip << tip - QPointF(length * std::cos(angle - spread), length * std::sin(angle - spread))
                    << tip - QPointF(length * std::cos(angle + spread), length * std::sin(angle + spread));
        if (QLineF(from, tip).length() >= 1) {
            path.lineTo(tip - QPointF(length * 0.6 * std::cos(angle), length * 0.6 * std::sin(angle)));
        }
        shape.chord = QLineF(QPointF(route.path[0].x, route.path[0].y), tip);
    } else {
        shape.chord = QLineF(QPointF(route.path[0].x, route.path[0].y), path.currentPosition());
    }
    // The spotlight band is the pen plus 7; the widest pen is 2.4 × 1.6.
    shape.bounds = path.controlPointRect().united(shape.arrow.boundingRect()).adjusted(-8, -8, 8, 8);
    return shape;
}

void paintRelation(QPainter& painter, const RelationShape& shape, RelationType type, int strength,
                   const std::optional<QColor>& band, bool arrowhead)
{
    const QPen pen = relationPen(type, strength);
    if (band) {
        QColor under = *band;
        under.setAlpha(110);
        painter.setPen(QPen(under, pen.widthF() + 7, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shape.path);
    }
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape.path);
    if (arrowhead && !shape.arrow.isEmpty()) {
        painter.setPen(QPen(pen.color(), 1.0));
        painter.setBrush(pen.color());
        painter.drawPolygon(shape.arrow);
    }
}

} // namespace speelveld::gui
