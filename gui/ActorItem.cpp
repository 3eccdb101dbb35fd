#include "ActorItem.h"

#include "gui/Labels.h"
#include "gui/MapScene.h"
#include "gui/Theme.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <limits>

namespace speelveld::gui {

namespace {
constexpr qreal kBlockBelowPixels = 5;
} // namespace

ActorItem::ActorItem(const Actor& actor, Size size)
    : id_(actor.id), kind_(actor.kind), name_(qs(actor.name)), size_(size.width, size.height)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(2);
    setToolTip(toolTipFor(actor));
    setCursor(Qt::OpenHandCursor);
    updateBlockFill();
}

QString ActorItem::toolTipFor(const Actor& actor)
{
    return qs(actor.name) + QStringLiteral("\n") + label(actor.kind) +
           (actor.description.empty() ? QString() : QStringLiteral("\n") + qs(actor.description));
}

bool ActorItem::shows(const Actor& actor) const
{
    return actor.kind == kind_ && actor.name == name_.toStdString() && toolTip() == toolTipFor(actor);
}

void ActorItem::setSize(Size size)
{
    if (QSizeF(size.width, size.height) != size_) {
        prepareGeometryChange();
        size_ = QSizeF(size.width, size.height);
    }
}

void ActorItem::updateBlockFill() { blockFill_ = measureFill_.value_or(styleFor(kind_).fill).darker(125); }

void ActorItem::setActor(const Actor& actor)
{
    prepareGeometryChange();
    kind_ = actor.kind;
    name_ = qs(actor.name);
    setToolTip(toolTipFor(actor));
    updateBlockFill();
    update();
}

void ActorItem::setMeasureFill(std::optional<QColor> fill)
{
    if (fill == measureFill_) {
        return;
    }
    measureFill_ = fill;
    updateBlockFill();
    update();
}

void ActorItem::setSpotlit(bool spotlit)
{
    if (spotlit == spotlit_) {
        return;
    }
    spotlit_ = spotlit;
    update();
}

bool ActorItem::isBlockAt(qreal viewScale) const
{
    return viewScale < blockBelowScale(); // one formula, so MapScene's "everything is a block" agrees exactly
}

qreal ActorItem::blockBelowScale() const
{
    const qreal side = scale() * std::min(size_.width(), size_.height());
    return side > 0 ? kBlockBelowPixels / side : std::numeric_limits<qreal>::infinity();
}

void ActorItem::setInPicture(bool inPicture)
{
    inPicture_ = inPicture;
    // No contents: the view skips the item when it paints (a paint call each cost ~2 µs at 10,000 actors),
    // but the scene still finds it under the mouse.
    setFlag(ItemHasNoContents, inPicture_ && !isSelected());
}

QColor ActorItem::blockColour() const
{
    QColor colour = spotlit_ ? spotlightColour() : blockFill_;
    colour.setAlphaF(static_cast<float>(colour.alphaF() * opacity()));
    return colour;
}

QRectF ActorItem::box() const { return {-size_.width() / 2, -size_.height() / 2, size_.width(), size_.height()}; }

QRectF ActorItem::boundingRect() const { return box().adjusted(-3, -3, 3, 3); }

QPainterPath ActorItem::shape() const { return shapePath(styleFor(kind_).shape, box()); }

void ActorItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    draw(*painter, (option->state & QStyle::State_Selected) != 0, widget != nullptr);
}

void ActorItem::paintInPicture(QPainter& painter) const
{
    const QTransform toPicture = painter.worldTransform();
    const qreal opacity = painter.opacity();
    painter.setWorldTransform(sceneTransform() * toPicture);
    painter.setOpacity(opacity * effectiveOpacity());
    draw(painter, isSelected(), true);
    painter.setWorldTransform(toPicture);
    painter.setOpacity(opacity);
}

void ActorItem::draw(QPainter& painter, bool selected, bool onScreen) const
{
    const KindStyle style = styleFor(kind_);
    const bool marked = selected || spotlit_;
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter.worldTransform());
    // A few pixels wide on screen (10,000 actors in view): a plain block in the kind's colour. Its outline
    // and shape cannot be seen there, and they cost several times as much. Exports always get the shape.
    if (onScreen && lod * std::min(size_.width(), size_.height()) < kBlockBelowPixels) {
        const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillRect(box(), marked ? spotlightColour() : blockFill_);
        painter.setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    painter.setPen(
        QPen(marked ? spotlightColour() : style.stroke, marked ? style.strokeWidth + 1.6 : style.strokeWidth));
    painter.setBrush(measureFill_.value_or(style.fill));
    painter.drawPath(shapePath(style.shape, box()));
    // Labels are unreadable below ~4 pixels; skip them when zoomed far out (and keep zooming fluid).
    if (lod * mapFont().pixelSize() < 4) {
        return;
    }
    painter.setPen(textColour());
    painter.setFont(mapFont());
    painter.drawText(box(), Qt::AlignCenter | Qt::TextWordWrap, name_);
}

QVariant ActorItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemSelectedHasChanged && inPicture_) {
        setFlag(ItemHasNoContents, !isSelected());
        // An item without contents is not repainted: the view would keep showing it as selected.
        if (scene() != nullptr) {
            scene()->update(sceneBoundingRect());
        }
    }
    if (change == ItemPositionHasChanged) {
        if (auto* map = dynamic_cast<MapScene*>(scene())) {
            map->actorItemMoved(this);
        }
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace speelveld::gui
