#include "MapView.h"

#include "gui/MapScene.h"

#include <QWheelEvent>

namespace speelveld::gui {

namespace {
constexpr qreal kStep = 1.25;
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 8.0;
/// A zoom gesture ends when no step came for this long (wheel notches come every 10–50 ms while it turns).
constexpr int kZoomPauseMs = 150;
} // namespace

MapView::MapView(QWidget* parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // Every item sets the pen, brush and font it draws with and puts back what else it changes, so the view
    // need not save and restore the painter around each of 10,000 actors (it did, for about 1 µs each).
    setOptimizationFlag(DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    zoomPause_.setSingleShot(true);
    zoomPause_.setInterval(kZoomPauseMs);
    connect(&zoomPause_, &QTimer::timeout, this, &MapView::endZoom);
}

void MapView::endZoom()
{
    zoomPause_.stop();
    if (zooming_) {
        zooming_ = false;
        viewport()->update();
    }
}

void MapView::paintEvent(QPaintEvent* event)
{
    fitPending_ = false; // painted at its final size: what the user sees from now on is theirs to change
    // The scene learns the scale it is about to be drawn at, except during a zoom gesture: then what the
    // stretched picture shows must stay as it was.
    if (auto* map = dynamic_cast<MapScene*>(scene()); map != nullptr && !zooming_) {
        map->setViewScale(zoom());
    }
    QGraphicsView::paintEvent(event);
}

void MapView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    fitPending_ = false;
    zooming_ = true;
    zoomPause_.start();
    scale(target / zoom(), target / zoom());
}

void MapView::zoomIn() { zoomBy(kStep); }
void MapView::zoomOut() { zoomBy(1 / kStep); }

void MapView::fitMap()
{
    fitPending_ = fitPending_ || !isVisible();
    endZoom();
    if (auto* map = dynamic_cast<MapScene*>(scene())) {
        fitInView(map->mapRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
        if (zoom() > 1.5) { // a tiny map is not blown up beyond readable-and-sharp
            resetTransform();
            scale(1.5, 1.5);
            centerOn(map->mapRect().center());
        }
    }
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (fitPending_ && isVisible()) {
        fitMap();
    }
}

void MapView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (fitPending_) {
        fitMap();
    }
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(kStep, delta / 120.0));
    event->accept();
}

} // namespace speelveld::gui
