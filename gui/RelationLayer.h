#pragma once
// All relations of the map drawn by one item, with level of detail on screen: full detail (the type's pen,
// dashes, arrowheads) when few are in view, thin straight lines per colour when many are. Exports always get
// full detail. The settled layer keeps what it drew as a picture of the viewport, so panning, dragging and
// repaints of other items blit it instead of drawing 100,000 relations again; the lifted layer draws the few
// relations of actors being dragged on top of it, so a drag does not redraw the picture. When actors are too small
// to be more than blocks, the picture holds them too (see setBlockSource), so a frame does not paint 10,000 items;
// so it does the fills of group boxes too small to show their names.
// During a zoom gesture of a MapView (MapView::isZooming) a picture that was slow to draw is shown scaled, and
// drawn afresh on another thread when the gesture pauses ("aside": the stretched one stays until it is ready). A
// very slow one (the overview of 10,000 actors) is drawn at half the resolution first whenever it is drawn afresh,
// and sharp aside: the window is not held up for the whole picture.

#include "gui/ThinLines.h"

#include <QGraphicsItem>
#include <QImage>
#include <QTransform>
#include <functional>
#include <memory>
#include <optional>
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
    ~RelationLayer() override;
    RelationLayer(const RelationLayer&) = delete;
    RelationLayer& operator=(const RelationLayer&) = delete;

    int type() const override { return Type; }

    /// Call after routes or looks of this layer's relations changed: new bounds, a fresh picture.
    void relationsChanged();
    /// Drops the cached picture, so the next paint draws afresh.
    void invalidateCache();
    /// Whether this layer keeps a picture on screen (the settled layer of a map of 1,000 relations or more).
    bool keepsPicture() const;
    /// Whether a sharp picture is being drawn on another thread, to replace the stretched one on screen.
    bool isDrawingAside() const { return aside_ != nullptr; }
    /// How many pictures drawn aside this layer has put on screen.
    int adoptedAside() const { return adopted_; }
    /// Pictures that took longer than this to draw are stretched during a zoom gesture and drawn aside when it
    /// pauses; those that took twice as long get a preview at half the resolution whenever they are drawn
    /// afresh, and are drawn aside. Tests set -1 to see that happen on a small map.
    static void setSlowPictureMs(qint64 ms);

    /// Adds to `items` the groups and actors within a scene area that the picture is to show.
    using BlockSource = std::function<void(const QRectF& area, PictureItems& items)>;
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
    /// Lit relations' chords by band colour (a comparison has three), drawn wider over the others.
    using LitLines = std::vector<std::pair<QColor, std::vector<QLineF>>>;
    bool draws(const RelationEntry& entry) const;
    /// Calls `visit` with each relation this layer draws, in drawing order.
    template <typename Visit> void forEachDrawn(Visit visit) const;
    Detail detailFor(const QTransform& toDevice, const QWidget& widget) const;
    /// Draws this layer's relations that reach into `area` (scene). Coarse drawing writes into `image`,
    /// the painter's device, within `clip` (its pixels).
    void draw(QPainter& painter, const QRectF& area, Detail detail, qreal lod, QImage* image = nullptr,
              QRect clip = {}) const;
    /// Draws gathered thin lines (see gatherCoarse), lit ones over them, and the picture's groups and actors.
    void drawCoarse(QPainter& painter, QImage& image, QRect clip, const std::vector<ThinLineGroup>& lines,
                    const LitLines& lit, const PictureItems& items) const;
    /// The thin lines of the relations within `area` (scene) into `lines`, one group per type and fading; returns
    /// the lit ones, by band colour (drawn wider, over the others).
    LitLines gatherCoarse(const QRectF& area, qreal lod, std::vector<ThinLineGroup>& lines) const;
    /// gatherCoarse and pictureItems at once, on two threads when a pool thread is free.
    LitLines gatherPicture(const QRectF& area, qreal lod, std::vector<ThinLineGroup>& lines, PictureItems& items) const;
    /// The groups and actors the picture shows within `area` (scene); none unless this layer keeps a picture.
    PictureItems pictureItems(const QRectF& area) const;
    /// Draws the picture's actors into `image`, the painter's device, within `clip` (its pixels): `blocks`, then
    /// the actors it shows in full within `area` (scene).
    void drawActors(QPainter& painter, QImage& image, QRect clip, const QRectF& area,
                    const std::vector<Block>& blocks) const;
    /// Shows the picture drawn at another scale, stretched to this one (during a zoom gesture).
    void paintScaled(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget) const;
    void paintCached(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget);
    void paintDirect(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget) const;
    struct Aside;
    /// Everything a picture of thin lines draws, gathered (a copy: it may be drawn on another thread).
    struct ThinPicture {
        std::vector<ThinLineGroup> lines;
        PictureItems items;
    };
    /// The picture for `toDevice` as thin lines, fills and blocks; nullopt when it is more (full detail, lit
    /// relations or actors painted in full: those take a painter, which only this thread may use).
    std::optional<ThinPicture> thinPicture(const QTransform& toDevice, const QWidget& widget) const;
    /// Starts drawing the picture for `toDevice` on another thread; false when it is not thin lines only.
    bool startAside(const QTransform& toDevice, const QWidget& widget);
    void drawAside(const QTransform& toDevice, const QWidget& widget, ThinPicture picture);
    /// When the last whole picture was slow to draw, draws one at half the resolution as the kept picture (shown
    /// stretched) and the sharp one aside; false when it did not.
    bool drawPreview(const QTransform& toDevice, const QWidget& widget);
    /// Takes a picture drawn aside as the kept one, once it is ready, if it still shows what is on the map.
    void adoptAside(const QWidget& widget);
    void dropAside();

    const RelationSet& relations_;
    Part part_;
    QRectF bounds_;
    QImage cache_;
    mutable QImage scratch_; ///< the lifted layer's drawing, kept for its memory
    /// The lines drawCoarse draws, kept with their memory: 87,000 lines were as many pushes onto fresh lists.
    mutable std::vector<ThinLineGroup> coarseLines_;
    QTransform cacheTransform_;
    Detail cacheDetail_ = Detail::Screen;
    const QWidget* cacheWidget_ = nullptr;
    bool cacheValid_ = false;
    qint64 cacheCostMs_ = 0; ///< how long the last whole picture took to draw
    std::shared_ptr<Aside> aside_;
    QTransform stretchedTo_; ///< where the last frame of a zoom gesture showed the stretched picture
    quint64 generation_ = 0; ///< counts invalidations: a picture drawn aside for older contents is dropped
    int adopted_ = 0;
    BlockSource blockSource_;
    ActorPainter actorPainter_;
};

} // namespace speelveld::gui
