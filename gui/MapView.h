#pragma once
// The canvas: zoom with the wheel or Ctrl +/-, fit with Ctrl+0, pan by dragging the background.

#include <QGraphicsView>
#include <QTimer>

namespace speelveld::gui {

class MapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);

    qreal zoom() const { return transform().m11(); }

    /// True from a zoom step (wheel, Ctrl +/-) until zooming pauses: slow pictures are then shown stretched,
    /// and drawn afresh at the new scale when the gesture pauses.
    bool isZooming() const { return zooming_; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitMap();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void zoomBy(qreal factor);
    void endZoom();

    bool zooming_ = false;
    /// fitMap() came before the view had its size (a file opened before the window is shown): fit again once it
    /// has one, or a map with stored places would open as a speck in a corner.
    bool fitPending_ = false;
    QTimer zoomPause_;
};

} // namespace speelveld::gui
