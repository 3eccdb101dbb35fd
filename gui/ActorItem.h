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

    /// Follows a change of the actor (name, kind, description) without moving it.
    void setActor(const Actor& actor);
    /// Whether it shows the actor as it is (name, kind, description).
    bool shows(const Actor& actor) const;
    /// The size it is drawn at (as laid out, before a measure's scale).
    void setSize(Size size);
    QSizeF size() const { return size_; }

    /// Fills the actor with a measure's colour instead of its kind's (nullopt: the kind's colour again).
    void setMeasureFill(std::optional<QColor> fill);
    /// "Show me": drawn with a thick outline in the spotlight colour.
    void setSpotlit(bool spotlit);

    /// Whether it is a plain block at this view scale (fewer than a few pixels across).
    bool isBlockAt(qreal viewScale) const;
    /// The view scale below which this actor is a block (isBlockAt).
    qreal blockBelowScale() const;
    /// The canvas's relation picture shows this actor as a block: the item then draws nothing itself, unless
    /// it is selected (it draws its marked block over the picture's). It still takes the mouse as before.
    void setInPicture(bool inPicture);
    bool isInPicture() const { return inPicture_; }
    /// The block the far-zoomed-out canvas shows, in scene coordinates, and its colour (opacity included).
    QRectF sceneBlock() const { return mapRectToScene(box()); }
    QColor blockColour() const;
    /// Draws the actor as the canvas shows it at the painter's scale, for the relation picture (the painter is
    /// set to the scene's transform to the picture; the item's own position and opacity are applied here).
    void paintInPicture(QPainter& painter) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    static QString toolTipFor(const Actor& actor);
    QRectF box() const;
    void draw(QPainter& painter, bool selected, bool onScreen) const;
    void updateBlockFill();
    Id id_;
    ActorKind kind_;
    QString name_;
    QSizeF size_;
    std::optional<QColor> measureFill_;
    bool spotlit_ = false;
    bool inPicture_ = false;
    QColor blockFill_; ///< the fill darkened, as blocks show it (darker() costs a colour-space round trip)
};

} // namespace speelveld::gui
