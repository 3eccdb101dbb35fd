#pragma once
// One relation on the canvas: a Bézier path in its type's colour and dash pattern, with an arrowhead.

#include "core/Model.h"
#include "layouts/Drawing.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace speelveld::gui {

class RelationItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    RelationItem(const Relation& relation, const EdgeDrawing& route);

    int type() const override { return Type; }
    Id relationId() const { return id_; }
    RelationType relationType() const { return type_; }

    /// Follows a new route (after a layout, or while an end is dragged).
    void setRoute(const EdgeDrawing& route);

    /// "Show me": drawn over a wide band in the spotlight colour.
    void setSpotlit(bool spotlit);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Id id_;
    RelationType type_;
    int strength_;
    QPainterPath path_;
    QPolygonF arrow_;
    bool spotlit_ = false;
};

} // namespace speelveld::gui
