#include "GroupItem.h"

#include "gui/Labels.h"
#include "gui/Theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace speelveld::gui {

GroupItem::GroupItem(const Group& group, const ClusterDrawing& cluster) : id_(group.id), name_(qs(group.name))
{
    setZValue(0);
    setBox(cluster.box);
}

bool GroupItem::setBox(const Rect& box)
{
    const QRectF next(box.x, box.y, box.width, box.height);
    if (next == box_) {
        return false; // a drag refits every move: an unchanged box must not repaint its area
    }
    prepareGeometryChange();
    box_ = next;
    return true;
}

bool GroupItem::isFillOnlyAt(qreal viewScale) const { return viewScale < fillOnlyBelowScale(); }

qreal GroupItem::fillOnlyBelowScale() { return 4.0 / mapFont().pixelSize(); }

void GroupItem::setInPicture(bool inPicture)
{
    inPicture_ = inPicture;
    setFlag(ItemHasNoContents, inPicture); // the view then skips it (see ActorItem::setInPicture)
}

QColor GroupItem::fillColour() const
{
    QColor colour = clusterFill();
    colour.setAlphaF(static_cast<float>(colour.alphaF() * opacity()));
    return colour;
}

QRectF GroupItem::boundingRect() const { return box_.adjusted(-2, -2, 2, 2); }

void GroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/, QWidget* widget)
{
    // Far zoomed out on screen (name under 4 pixels, as for actors) the dashes and the name cannot be seen: the
    // box's fill alone, at a fraction of the cost (hundreds of groups at the overview of 10,000 actors).
    // Exports always get the whole drawing.
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (widget != nullptr && isFillOnlyAt(lod)) {
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(box_, clusterFill());
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    painter->setPen(QPen(clusterStroke(), 1.5, Qt::DashLine));
    painter->setBrush(clusterFill());
    painter->drawRoundedRect(box_, 12, 12);
    QFont font = mapFont();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(clusterStroke().darker(130));
    // The box is as wide as the members need; a longer name is shortened rather than spilling over.
    const QRectF labelArea = box_.adjusted(10, 4, -10, 0);
    const QString shown = QFontMetricsF(font).elidedText(name_, Qt::ElideRight, labelArea.width());
    painter->drawText(labelArea, Qt::AlignLeft | Qt::AlignTop, shown);
}

} // namespace speelveld::gui
