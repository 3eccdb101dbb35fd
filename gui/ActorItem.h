#pragma once
// One actor on the canvas: its kind's shape and colour, and its name inside.

#include "core/Model.h"
#include "layouts/Drawing.h"

#include <QColor>
#include <QGraphicsItem>
#include <optional>

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

    /// Fills the actor with a measure's colour instead of its kind's (nullopt: the kind's colour again).
    void setMeasureFill(std::optional<QColor> fill);
    /// "Show me": drawn with a thick outline in the spotlight colour.
    void setSpotlit(bool spotlit);

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
    std::optional<QColor> measureFill_;
    bool spotlit_ = false;
};

} // namespace speelveld::gui
