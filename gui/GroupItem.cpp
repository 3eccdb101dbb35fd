#include "GroupItem.h"

#include "gui/Labels.h"
#include "gui/Theme.h"

#include <QPainter>

namespace speelveld::gui {

GroupItem::GroupItem(const Group& group, const ClusterDrawing& cluster) : id_(group.id), name_(qs(group.name))
{
    setZValue(0);
    setBox(cluster.box);
}

void GroupItem::setBox(const Rect& box)
{
    prepareGeometryChange();
    box_ = QRectF(box.x, box.y, box.width, box.height);
}

QRectF GroupItem::boundingRect() const { return box_.adjusted(-2, -2, 2, 2); }

void GroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/, QWidget* /*widget*/)
{
    painter->setPen(QPen(clusterStroke(), 1.5, Qt::DashLine));
    painter->setBrush(clusterFill());
    painter->drawRoundedRect(box_, 12, 12);
    QFont font = mapFont();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(clusterStroke().darker(130));
    painter->drawText(box_.adjusted(10, 4, -10, 0), Qt::AlignLeft | Qt::AlignTop, name_);
}

} // namespace speelveld::gui
