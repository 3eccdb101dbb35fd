#pragma once
// A group drawn as a cluster: a rounded box behind its members, with the group's name.

#include "core/Model.h"
#include "layouts/Drawing.h"

#include <QGraphicsItem>

namespace speelveld::gui {

class GroupItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    GroupItem(const Group& group, const ClusterDrawing& cluster);

    int type() const override { return Type; }
    Id groupId() const { return id_; }
    /// Returns whether the box changed.
    bool setBox(const Rect& box);
    QRectF box() const { return box_; }

    /// Whether at this view scale the box is only its fill (its name would be under 4 pixels).
    bool isFillOnlyAt(qreal viewScale) const;
    /// The view scale below which every group box is only its fill.
    static qreal fillOnlyBelowScale();
    /// Drawn as a fill in the relation layer's picture (RelationLayer::PictureItems) instead of by this item.
    void setInPicture(bool inPicture);
    bool isInPicture() const { return inPicture_; }
    /// The fill as this item would paint it (its opacity included).
    QColor fillColour() const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Id id_;
    QString name_;
    QRectF box_;
    bool inPicture_ = false;
};

} // namespace speelveld::gui
