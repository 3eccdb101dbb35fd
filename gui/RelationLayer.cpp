#include "RelationLayer.h"

#include "gui/MapView.h"
#include "gui/RelationSet.h"
#include "gui/Theme.h"
#include "gui/ThinLines.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QPainter>
#include <QSemaphore>
#include <QStyleOptionGraphicsItem>
#include <QThreadPool>
#include <QWidget>
#include <array>
#include <cmath>
#include <functional>
#include <optional>

namespace speelveld::gui {

namespace {
/// Up to this many relations in view are drawn in full detail (Delft has 46; 2,400 curved, dashed and
/// antialiased relations took 80–150 ms a frame here).
constexpr std::size_t kDetailBudget = 1000;
/// Below this many relations a picture is not worth its memory: drawing them is as fast as a blit.
constexpr std::size_t kCacheFrom = 1000;
/// Arrowheads smaller than this many pixels cannot be read on screen.
constexpr qreal kReadableArrow = 3.0;
constexpr int kCoarseAlpha = 150;
/// A picture that took longer than this to draw is stretched during a zoom gesture rather than drawn at every
/// step, and drawn aside when the gesture pauses (at a working zoom drawing it takes a few milliseconds; at the
/// overview of 10,000 actors, tens).
qint64 slowPictureMs = 10;

/// Runs `first` on a free thread of Qt's global pool while `second` runs here (both here when none is free), and
/// returns when both are done.
void bothAtOnce(const std::function<void()>& first, const std::function<void()>& second)
{
    QSemaphore done;
    if (QThreadPool::globalInstance()->tryStart([&] {
            first();
            done.release();
        })) {
        second();
        done.acquire();
    } else {
        first();
        second();
    }
}

/// The thread pictures are drawn aside on: one, of its own, so that Qt's global pool (the metrics' too) is
/// never kept waiting. Never deleted: a picture still being drawn at exit must not be waited for then.
QThreadPool& asidePool()
{
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(1);
        return created;
    }();
    return *pool;
}

/// Runs `paint` on a thread of Qt's global pool and waits for it; runs it here when the pool is busy.
/// Why: Qt 6.4's raster engine hands every fill of more than ~96 spans to that pool and waits on a semaphore
/// (qdrawhelper.cpp, QT_THREAD_PARALLEL_FILLS) unless it already runs on a pool thread. Thin lines are
/// thousands of such fills: 87,000 of them took 600–1,000 ms in the GUI thread here and ~30 ms on a pool thread.
void paintOnPoolThread(const std::function<void()>& paint)
{
    bothAtOnce(paint, [] {});
}
} // namespace

/// A picture drawn on another thread after a zoom gesture pauses (see paintCached). The layer and the drawing
/// thread share it: `layer` is read and written on the GUI thread only (null once the layer lets it go), the
/// picture and its cost are written by the drawing thread under the mutex.
struct RelationLayer::Aside {
    RelationLayer* layer = nullptr;
    const QWidget* widget = nullptr;
    QTransform transform;
    quint64 generation = 0;
    QMutex mutex;
    QImage image;
    qint64 costMs = 0;
    bool ready = false;
};

void RelationLayer::setSlowPictureMs(qint64 ms) { slowPictureMs = ms; }

RelationLayer::~RelationLayer() { dropAside(); }

RelationLayer::RelationLayer(const RelationSet& relations, Part part) : relations_(relations), part_(part)
{
    setZValue(part == Part::Settled ? 1 : 1.5);
    setFlag(ItemUsesExtendedStyleOption); // for exposedRect: a pan draws only the strip it uncovers
    setAcceptedMouseButtons(Qt::NoButton);
    relationsChanged();
}

bool RelationLayer::draws(const RelationEntry& entry) const
{
    return !entry.hidden && entry.lifted == (part_ == Part::Lifted);
}

template <typename Visit> void RelationLayer::forEachDrawn(Visit visit) const
{
    // The lifted layer looks only at the lifted relations: a drag step of a hub then reads its 800, not 100,000.
    if (part_ == Part::Lifted) {
        for (std::size_t index : relations_.liftedIndices()) {
            if (const RelationEntry& entry = relations_.entries()[index]; draws(entry)) {
                visit(entry);
            }
        }
        return;
    }
    for (const auto& entry : relations_.entries()) {
        if (draws(entry)) {
            visit(entry);
        }
    }
}

void RelationLayer::relationsChanged()
{
    QRectF bounds;
    forEachDrawn([&](const RelationEntry& entry) { bounds = bounds.united(entry.shape.bounds); });
    if (bounds != bounds_) {
        prepareGeometryChange();
        bounds_ = bounds;
    }
    invalidateCache();
}

void RelationLayer::invalidateCache()
{
    cacheValid_ = false;
    ++generation_;
    dropAside();
    update();
}

void RelationLayer::dropAside()
{
    if (aside_ != nullptr) {
        aside_->layer = nullptr; // its drawing thread may still finish; nobody is told then
        aside_.reset();
    }
}

std::optional<RelationLayer::ThinPicture> RelationLayer::thinPicture(const QTransform& toDevice,
                                                                     const QWidget& widget) const
{
    if (detailFor(toDevice, widget) != Detail::Coarse) {
        return std::nullopt;
    }
    const QRectF area = toDevice.inverted().mapRect(QRectF(widget.rect()));
    ThinPicture picture;
    const bool anyLit = !gatherPicture(area, QStyleOptionGraphicsItem::levelOfDetailFromTransform(toDevice),
                                       picture.lines, picture.items)
                             .empty();
    if (picture.items.actorsInFull || anyLit) {
        return std::nullopt;
    }
    return picture;
}

bool RelationLayer::startAside(const QTransform& toDevice, const QWidget& widget)
{
    auto picture = thinPicture(toDevice, widget);
    if (!picture) {
        return false;
    }
    drawAside(toDevice, widget, std::move(*picture));
    return true;
}

void RelationLayer::drawAside(const QTransform& toDevice, const QWidget& widget, ThinPicture picture)
{
    dropAside();
    auto aside = std::make_shared<Aside>();
    aside->layer = this;
    aside->widget = &widget;
    aside->transform = toDevice;
    aside->generation = generation_;
    aside_ = aside;
    const qreal ratio = widget.devicePixelRatioF();
    const QSize pixels = (QSizeF(widget.size()) * ratio).toSize();
    // What is drawn there was copied here first (lines, blocks, fills): the map may change while it is drawn.
    asidePool().start([aside, picture = std::move(picture), pixels, ratio, toDevice] {
        // At the normal priority: at idle priority (SCHED_IDLE) the metrics, computed on both cores for seconds
        // after a large map opens, kept the half-resolution picture on screen until they were done.
        QElapsedTimer cost;
        cost.start();
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        drawThinLines(image, toDevice * QTransform::fromScale(ratio, ratio), picture.lines, picture.items.blocks,
                      image.rect(), picture.items.areas);
        {
            const QMutexLocker lock(&aside->mutex);
            aside->image = std::move(image);
            aside->costMs = cost.elapsed();
            aside->ready = true;
        }
        QCoreApplication* const application = QCoreApplication::instance();
        if (application == nullptr) { // the program is ending
            return;
        }
        QMetaObject::invokeMethod(
            application,
            [weak = std::weak_ptr<Aside>(aside)] {
                if (const auto shown = weak.lock(); shown != nullptr && shown->layer != nullptr) {
                    shown->layer->update();
                }
            },
            Qt::QueuedConnection);
    });
}

bool RelationLayer::drawPreview(const QTransform& toDevice, const QWidget& widget)
{
    if (cacheWidget_ != &widget || cacheCostMs_ <= 2 * slowPictureMs) {
        return false;
    }
    auto picture = thinPicture(toDevice, widget);
    if (!picture) {
        return false;
    }
    // Half the resolution: half the length of every line to count, a quarter of the pixels to blend.
    const qreal ratio = widget.devicePixelRatioF();
    const QTransform half = toDevice * QTransform::fromScale(0.5, 0.5);
    const QSize pixels = (QSizeF(widget.size()) * ratio / 2).toSize().expandedTo(QSize(1, 1));
    if (cache_.size() != pixels || cache_.format() != QImage::Format_ARGB32_Premultiplied) {
        cache_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    }
    cache_.setDevicePixelRatio(ratio);
    cache_.fill(Qt::transparent);
    drawThinLines(cache_, half * QTransform::fromScale(ratio, ratio), picture->lines, picture->items.blocks,
                  cache_.rect(), picture->items.areas);
    cacheTransform_ = half; // shown stretched (paintScaled) until the sharp one is in place
    cacheWidget_ = &widget;
    cacheValid_ = true;
    cacheDetail_ = Detail::Coarse;
    stretchedTo_ = toDevice;
    drawAside(toDevice, widget, std::move(*picture));
    return true;
}

void RelationLayer::adoptAside(const QWidget& widget)
{
    if (aside_ == nullptr) {
        return;
    }
    {
        const QMutexLocker lock(&aside_->mutex);
        if (!aside_->ready) {
            return;
        }
        if (aside_->generation == generation_ && aside_->widget == &widget) {
            cache_ = std::move(aside_->image);
            cacheTransform_ = aside_->transform;
            cacheWidget_ = &widget;
            cacheValid_ = true;
            cacheCostMs_ = aside_->costMs;
            cacheDetail_ = Detail::Coarse;
            ++adopted_;
        }
    }
    dropAside();
}

QRectF RelationLayer::boundingRect() const { return bounds_; }

QPainterPath RelationLayer::shape() const { return {}; }

bool RelationLayer::keepsPicture() const { return part_ == Part::Settled && relations_.entries().size() >= kCacheFrom; }

RelationLayer::Detail RelationLayer::detailFor(const QTransform& toDevice, const QWidget& widget) const
{
    const QRectF view = toDevice.inverted().mapRect(QRectF(widget.rect()));
    return relations_.countIn(view, kDetailBudget) <= kDetailBudget ? Detail::Screen : Detail::Coarse;
}

void RelationLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    // Without a widget the scene is rendered for an export: every relation in full detail.
    if (widget == nullptr) {
        draw(*painter, option->exposedRect, Detail::Full, 1.0);
        return;
    }
    if (relations_.entries().size() < kCacheFrom) {
        // A small map: drawn straight onto the view, as fast as any picture of it and exactly as exported.
        const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        draw(*painter, option->exposedRect, detailFor(painter->worldTransform(), *widget), lod);
        return;
    }
    if (part_ == Part::Settled) {
        paintCached(*painter, *option, *widget);
        return;
    }
    paintDirect(*painter, *option, *widget);
}

void RelationLayer::paintDirect(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget) const
{
    const QTransform toDevice = painter.worldTransform();
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(toDevice);
    const Detail detail = detailFor(toDevice, widget);
    const QRect exposed = toDevice.mapRect(option.exposedRect).toAlignedRect().intersected(widget.rect());
    if (exposed.isEmpty()) {
        return;
    }
    // Drawn into a picture of the exposed area on a pool thread (see paintOnPoolThread), then copied.
    const qreal ratio = widget.devicePixelRatioF();
    // Its memory is used again from step to step of a drag (new, it was ~1,000 pages to map and clear).
    QImage& image = scratch_;
    if (const QSize size = (QSizeF(exposed.size()) * ratio).toSize(); image.size() != size) {
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    }
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    paintOnPoolThread([&] {
        QPainter into(&image);
        into.setRenderHints(painter.renderHints());
        into.setOpacity(painter.opacity());
        into.setWorldTransform(toDevice * QTransform::fromTranslate(-exposed.left(), -exposed.top()));
        draw(into, option.exposedRect, detail, lod, &image, image.rect());
    });
    painter.save();
    painter.resetTransform();
    painter.setOpacity(1);
    painter.drawImage(exposed.topLeft(), image);
    painter.restore();
}

void RelationLayer::draw(QPainter& painter, const QRectF& area, Detail detail, qreal lod, QImage* image,
                         QRect clip) const
{
    if (detail == Detail::Coarse && image != nullptr) {
        PictureItems items;
        const LitLines lit = gatherPicture(area, lod, coarseLines_, items);
        drawCoarse(painter, *image, clip, coarseLines_, lit, items); // with the groups and blocks
        if (actorPainter_ && keepsPicture()) {
            actorPainter_(painter, area);
        }
        return;
    }
    const PictureItems items = image != nullptr ? pictureItems(area) : PictureItems{};
    if (image != nullptr && !items.areas.empty()) {
        drawThinLines(*image, painter.deviceTransform(), {}, {}, clip, items.areas);
    }
    const qreal opacity = painter.opacity();
    forEachDrawn([&](const RelationEntry& entry) {
        if (!entry.shape.bounds.intersects(area)) {
            return;
        }
        painter.setOpacity(entry.faded ? opacity * kFadedOpacity : opacity);
        const bool arrowhead = detail == Detail::Full || (9 + entry.strength) * lod >= kReadableArrow;
        paintRelation(painter, entry.shape, entry.type, entry.strength, entry.bandColour(), arrowhead);
    });
    painter.setOpacity(opacity);
    if (image != nullptr) {
        drawActors(painter, *image, clip, area, items.blocks);
    }
}

RelationLayer::LitLines RelationLayer::gatherPicture(const QRectF& area, qreal lod, std::vector<ThinLineGroup>& lines,
                                                     PictureItems& items) const
{
    // The actors and groups are read on another thread while the relations are gathered here (~2 ms each at the
    // overview of 10,000 actors); both only read the map, which does not change meanwhile.
    LitLines lit;
    bothAtOnce([&] { items = pictureItems(area); }, [&] { lit = gatherCoarse(area, lod, lines); });
    return lit;
}

PictureItems RelationLayer::pictureItems(const QRectF& area) const
{
    PictureItems items;
    if (keepsPicture() && blockSource_) {
        blockSource_(area, items);
    }
    return items;
}

void RelationLayer::drawActors(QPainter& painter, QImage& image, QRect clip, const QRectF& area,
                               const std::vector<Block>& blocks) const
{
    if (!keepsPicture()) {
        return;
    }
    if (!blocks.empty()) {
        drawThinLines(image, painter.deviceTransform(), {}, blocks, clip);
    }
    if (actorPainter_) {
        actorPainter_(painter, area);
    }
}

RelationLayer::LitLines RelationLayer::gatherCoarse(const QRectF& area, qreal lod,
                                                    std::vector<ThinLineGroup>& lines) const
{
    // One thin straight line per relation, gathered per colour and drawn in one call each: dashes, curves,
    // widths and arrowheads cannot be told apart at this scale, and antialiasing doubles the cost.
    // One group per type and fading, in the order of the types (which colour ends on top where lines cross stays
    // the same).
    const std::vector<RelationType>& types = allRelationTypes();
    constexpr std::size_t kTypes = 16;
    std::array<std::size_t, kTypes> slot{};
    lines.resize(2 * types.size());
    for (std::size_t i = 0; i < types.size(); ++i) {
        slot[static_cast<std::size_t>(types[i]) % kTypes] = 2 * i;
        for (std::size_t faded = 0; faded < 2; ++faded) {
            ThinLineGroup& group = lines[2 * i + faded];
            group.lines.clear();
            group.colour = styleFor(types[i]).colour;
            group.colour.setAlpha(faded != 0 ? static_cast<int>(kCoarseAlpha * kFadedOpacity) : kCoarseAlpha);
        }
    }
    LitLines lit;                            // by band colour: a comparison has three
    const bool all = area.contains(bounds_); // the full view: no relation to test
    forEachDrawn([&](const RelationEntry& entry) {
        if (!all && !entry.shape.bounds.intersects(area)) {
            return;
        }
        // Shorter than a pixel: it lies under its own actors.
        const QPointF chord = entry.shape.chord.p2() - entry.shape.chord.p1();
        if (QPointF::dotProduct(chord, chord) * lod * lod < 1.0 && !entry.spotlit) {
            return;
        }
        if (const auto band = entry.bandColour()) {
            auto same = std::find_if(lit.begin(), lit.end(), [&](const auto& group) { return group.first == *band; });
            if (same == lit.end()) {
                same = lit.insert(lit.end(), {*band, {}});
            }
            same->second.push_back(entry.shape.chord);
        } else {
            lines[slot[static_cast<std::size_t>(entry.type) % kTypes] + (entry.faded ? 1 : 0)].lines.push_back(
                entry.shape.chord);
        }
    });
    return lit;
}

void RelationLayer::drawCoarse(QPainter& painter, QImage& image, QRect clip, const std::vector<ThinLineGroup>& lines,
                               const LitLines& lit, const PictureItems& items) const
{
    // The picture's group fills go under the lines and its blocks over them in the same pass, unless spotlit
    // lines come between.
    drawThinLines(image, painter.deviceTransform(), lines, lit.empty() ? items.blocks : std::vector<Block>{}, clip,
                  items.areas);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const auto& [colour, chords] : lit) {
        QColor band = colour;
        band.setAlpha(110);
        QPen pen(band, 5, Qt::SolidLine, Qt::RoundCap);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawLines(chords.data(), static_cast<int>(chords.size()));
        painter.setPen(QPen(colour.darker(130), 0));
        painter.drawLines(chords.data(), static_cast<int>(chords.size()));
    }
    if (!lit.empty()) {
        drawThinLines(image, painter.deviceTransform(), {}, items.blocks, clip);
    }
    painter.restore();
}

void RelationLayer::paintScaled(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget) const
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    // From the old picture's pixels to the new ones: back to the scene with the old transform, on with the new.
    const QTransform stretch = cacheTransform_.inverted() * painter.worldTransform();
    painter.save();
    painter.setTransform(stretch);
    painter.setOpacity(1);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QRectF(QPointF(0, 0), cache_.deviceIndependentSize()), cache_);
    painter.restore();
}

void RelationLayer::paintCached(QPainter& painter, const QStyleOptionGraphicsItem& option, const QWidget& widget)
{
    adoptAside(widget);
    const QTransform toDevice = painter.worldTransform();
    const auto* view = qobject_cast<const MapView*>(widget.parentWidget());
    const bool stretchable = cacheValid_ && cacheWidget_ == &widget && cacheCostMs_ > slowPictureMs &&
                             toDevice.type() <= QTransform::TxScale &&
                             (toDevice.m11() != cacheTransform_.m11() || toDevice.m22() != cacheTransform_.m22());
    if (stretchable && view != nullptr && view->isZooming()) {
        stretchedTo_ = toDevice;
        paintScaled(painter, option, widget);
        return;
    }
    // The gesture paused where its last step left the view: the stretched picture stays on screen while the sharp
    // one is drawn aside, so that the pause does not hold the window up (~30 ms at the overview of 10,000 actors:
    // a step of a gesture picked up again would wait that long).
    // While it is drawn, a pan keeps it coming and shows the stretched picture moved; it is scrolled when it lands.
    const bool asideAtThisScale =
        aside_ != nullptr && aside_->transform.m11() == toDevice.m11() && aside_->transform.m22() == toDevice.m22();
    if (stretchable && (asideAtThisScale || (toDevice == stretchedTo_ && startAside(toDevice, widget)))) {
        paintScaled(painter, option, widget);
        return;
    }
    const qreal ratio = widget.devicePixelRatioF();
    const QSize pixels = (QSizeF(widget.size()) * ratio).toSize();
    const QRect viewRect = widget.rect();
    const qreal dx = toDevice.dx() - cacheTransform_.dx();
    const qreal dy = toDevice.dy() - cacheTransform_.dy();
    const bool sameScale = cacheValid_ && cacheWidget_ == &widget && cache_.size() == pixels &&
                           toDevice.type() <= QTransform::TxScale && toDevice.m11() == cacheTransform_.m11() &&
                           toDevice.m22() == cacheTransform_.m22();
    // A pan moves the picture by whole pixels: keep what is still in view and draw only the uncovered strips.
    const bool scrolled = sameScale && dx == std::round(dx) && dy == std::round(dy) &&
                          std::abs(dx) < viewRect.width() && std::abs(dy) < viewRect.height();
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(toDevice);
    // A picture that was slow to draw the last time (the overview of a large map): at half the resolution now,
    // shown stretched, and sharp from another thread a moment later, so that the window is not held up for it.
    if (!scrolled && drawPreview(toDevice, widget)) {
        paintScaled(painter, option, widget);
        return;
    }
    if (!scrolled) {
        dropAside(); // what it draws is out of date
        QElapsedTimer cost;
        cost.start();
        cacheDetail_ = detailFor(toDevice, widget);
        if (cache_.size() != pixels || cache_.format() != QImage::Format_ARGB32_Premultiplied) {
            cache_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied); // else its memory is used again
        }
        cache_.setDevicePixelRatio(ratio);
        cache_.fill(Qt::transparent);
        paintOnPoolThread([&] {
            QPainter into(&cache_);
            into.setRenderHints(painter.renderHints());
            into.setWorldTransform(toDevice);
            draw(into, toDevice.inverted().mapRect(QRectF(viewRect)), cacheDetail_, lod, &cache_, cache_.rect());
        });
        cacheCostMs_ = cost.elapsed();
    } else if (dx != 0 || dy != 0) {
        QImage moved(pixels, QImage::Format_ARGB32_Premultiplied);
        moved.setDevicePixelRatio(ratio);
        moved.fill(Qt::transparent);
        paintOnPoolThread([&] {
            QPainter into(&moved);
            into.setCompositionMode(QPainter::CompositionMode_Source);
            into.drawImage(QPointF(dx, dy), cache_);
            into.setCompositionMode(QPainter::CompositionMode_SourceOver);
            into.setRenderHints(painter.renderHints());
            const QRegion uncovered = QRegion(viewRect) - QRect(static_cast<int>(dx), static_cast<int>(dy),
                                                                viewRect.width(), viewRect.height());
            for (const QRect& strip : uncovered) {
                into.resetTransform();
                into.setClipRect(strip);
                into.setWorldTransform(toDevice);
                const QRect pixelsOfStrip = QTransform::fromScale(ratio, ratio).mapRect(QRectF(strip)).toAlignedRect();
                draw(into, toDevice.inverted().mapRect(QRectF(strip)), cacheDetail_, lod, &moved, pixelsOfStrip);
            }
        });
        cache_ = std::move(moved);
    }
    cacheTransform_ = toDevice;
    cacheWidget_ = &widget;
    cacheValid_ = true;

    const QRect exposed = toDevice.mapRect(option.exposedRect).toAlignedRect().intersected(viewRect);
    painter.save();
    painter.resetTransform();
    painter.setOpacity(1);
    painter.drawImage(QRectF(exposed), cache_,
                      QRectF(QPointF(exposed.topLeft()) * ratio, QSizeF(exposed.size()) * ratio));
    painter.restore();
}

} // namespace speelveld::gui
