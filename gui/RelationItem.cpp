#include "RelationItem.h"

#include "gui/Labels.h"
#include "gui/Theme.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace speelveld::gui {

RelationItem::RelationItem(const Relation& relation, const EdgeDrawing& route)
    : id_(relation.id), type_(relation.type), strength_(relation.strength)
{
    setZValue(1);
    setToolTip(label(relation.type) + (relation.note.empty() ? QString() : QStringLiteral("\n") + qs(relation.note)));
    setRoute(route);
}

void RelationItem::setRoute(const EdgeDrawing& route)
{
    prepareGeometryChange();
    path_ = QPainterPath();
    arrow_.clear();
    if (route.path.empty()) {
        return;
    }
    path_.moveTo(route.path[0].x, route.path[0].y);
    for (std::size_t i = 1; i + 2 < route.path.size(); i += 3) {
        path_.cubicTo(route.path[i].x, route.path[i].y, route.path[i + 1].x, route.path[i + 1].y, route.path[i + 2].x,
                      route.path[i + 2].y);
    }
    if (!styleFor(type_).arrow) {
        return;
    }
    const QPointF tip(route.arrowTip.x, route.arrowTip.y);
    QPointF from(route.path.back().x, route.path.back().y);
    if (QLineF(from, tip).length() < 1 && route.path.size() >= 2) {
        from = QPointF(route.path[route.path.size() - 2].x, route.path[route.path.size() - 2].y);
    }
    const qreal angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const qreal length = 9 + strength_;
    const qreal spread = 0.42;
    arrow_ << tip << tip - QPointF(length * std::cos(angle - spread), length * std::sin(angle - spread))
           << tip - QPointF(length * std::cos(angle + spread), length * std::sin(angle + spread));
    if (QLineF(from, tip).length() >= 1) {
        path_.lineTo(tip - QPointF(length * 0.6 * std::cos(angle), length * 0.6 * std::sin(angle)));
    }
}

void RelationItem::setSpotlit(bool spotlit)
{
    spotlit_ = spotlit;
    update();
}

QRectF RelationItem::boundingRect() const
{
    return path_.boundingRect().united(arrow_.boundingRect()).adjusted(-8, -8, 8, 8);
}

QPainterPath RelationItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath outline = stroker.createStroke(path_);
    outline.addPolygon(arrow_);
    return outline;
}

void RelationItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/, QWidget* /*widget*/)
{
    const QPen pen = relationPen(type_, strength_);
    if (spotlit_) {
        QColor band = spotlightColour();
        band.setAlpha(110);
        painter->setPen(QPen(band, pen.widthF() + 7, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path_);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path_);
    if (!arrow_.isEmpty()) {
        painter->setPen(QPen(pen.color(), 1.0));
        painter->setBrush(pen.color());
        painter->drawPolygon(arrow_);
    }
}

} // namespace speelveld::gui
