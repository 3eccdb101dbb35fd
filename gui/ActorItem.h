#pragma once
// One actor on the canvas: its kind's shape and colour, and its name inside.

#include "core/Model.h"
#include "layouts/Drawing.h"

#include <QGraphicsItem>

namespace speelveld::gui {

class ActorItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    ActorItem(const Actor& actor, Size size);

    int type() const override { return Type; }
    Id actorId() const { return id_; }
    const QString& name() const { return name_; }
    ActorKind kind() const { return kind_; }

    /// Follows a change of the actor (name, kind) without moving it.
    void setActor(const Actor& actor);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    QRectF box() const;
    Id id_;
    ActorKind kind_;
    QString name_;
    QSizeF size_;
};

} // namespace speelveld::gui
