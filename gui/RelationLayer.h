#pragma once
// All relations of the map drawn by one item, with level of detail on screen: full detail (the type's pen,
// dashes, arrowheads) when few are in view, thin straight lines per colour when many are. Exports always get
// full detail. The settled layer keeps what it drew as a picture of the viewport, so panning, dragging and
// repaints of other items blit it instead of drawing 100,000 relations again; the lifted layer draws the few
// relations of actors being dragged on top of it, so a drag does not redraw the picture. When actors are too small
// to be more than blocks, the picture holds them too (see setBlockSource), so a frame does not paint 10,000 items.
// During a zoom gesture of a MapView (MapView::isZooming) a picture that was slow to draw is shown scaled, and
// drawn afresh when the gesture pauses.

#include "gui/ThinLines.h"

#include <QGraphicsItem>
#include <QImage>
#include <QTransform>
#include <functional>
#include <vector>

namespace speelveld::gui {

class RelationSet;
struct RelationEntry;

class RelationLayer : public QGraphicsItem {
public:
    enum { Type = UserType + 4 };
    /// Which relations a layer draws: those not lifted (cached), or those lifted by a drag.
    enum class Part { Settled, Lifted };

    RelationLayer(const RelationSet& relations, Part part);

    int type() const override { return Type; }

    /// Call after routes or looks of this layer's relations changed: new bounds, a fresh picture.
    void relationsChanged();
    /// Drops the cached picture, so the next paint draws afresh.
    void invalidateCache();
    /// Whether this layer keeps a picture on screen (the settled layer of a map of 1,000 relations or more).
    bool keepsPicture() const;

    /// Adds to `blocks` the actors within a scene area that the picture is to show as blocks, over the relations.
    using BlockSource = std::function<void(const QRectF& area, std::vector<Block>& blocks)>;
    /// Where the picture finds the actors it shows (settled layer only; none by default).
    void setBlockSource(BlockSource source) { blockSource_ = std::move(source); }
    /// Paints, over the blocks, the actors within a scene area that the picture shows in full (during a drag,
    /// so a move repaints only the picture, the dragged relations and the dragged actors); the painter maps
    /// the scene to the picture.
    using ActorPainter = std::function<void(QPainter& painter, const QRectF& area)>;
    void setActorPainter(ActorPainter painter) { actorPainter_ = std::move(painter); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override; ///< empty: the mouse finds relations through MapScene, by geometry
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    enum class Detail { Full, Screen, Coarse };
    bool draws(const RelationEntry& entry) const;
    /// Calls `visit` with each relation this layer draws, in drawing order.
    template <typename Visit> void forEachDrawn(Visit visit) const;
    Detail detailFor(const QTransform& toDevice, const QWidget& widget) const;
    /// Draws this layer's relations that reach into `area` (scene). Coarse drawing writes into `image`,
    /// the painter's device, within `clip` (its pixels).
    void draw(QPainter& painter, const QRectF& area, Detail detail, qreal lod, QImage* image = nullptr,
              QRect clip = {}) const;
    void drawCoarse(QPainter& painter, QImage& image, QRect clip, const QRectF& area, qreal lod) const;
    /// Draws the picture's actors within `area` (scene) into `image`, the painter's device, within `clip`
    /// (its pixels): blocks, then the actors it shows in full.
    void drawActors(QPainter& painter, QImage& image, QRect clip, const QRectF& area) const;
    /// Shows the picture drawn at another scale, stretched to this one (during a zoom gesture).
    void paintScaled(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget) const;
    void paintCached(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget);
    void paintDirect(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget) const;

    const RelationSet& relations_;
    Part part_;
    QRectF bounds_;
    QImage cache_;
    mutable QImage scratch_; ///< the lifted layer's drawing, kept for its memory
    QTransform cacheTransform_;
    Detail cacheDetail_ = Detail::Screen;
    const QWidget* cacheWidget_ = nullptr;
    bool cacheValid_ = false;
    qint64 cacheCostMs_ = 0; ///< how long the last whole picture took to draw
    BlockSource blockSource_;
    ActorPainter actorPainter_;
};

} // namespace speelveld::gui
