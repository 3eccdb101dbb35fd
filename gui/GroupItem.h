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
    void setBox(const Rect& box);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Id id_;
    QString name_;
    QRectF box_;
};

} // namespace speelveld::gui
