#pragma once
// The canvas: zoom with the wheel or Ctrl +/-, fit with Ctrl+0, pan by dragging the background.

#include <QGraphicsView>

namespace speelveld::gui {

class MapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);

    qreal zoom() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    void fitMap();

protected:
    void wheelEvent(QWheelEvent* event) override;

private:
    void zoomBy(qreal factor);
};

} // namespace speelveld::gui
