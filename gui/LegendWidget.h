#pragma once
// The legend panel beside the canvas.

#include "gui/Legend.h"

#include <QWidget>

namespace speelveld::gui {

class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);
    void setContent(const LegendContent& content);
    const LegendContent& content() const { return content_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    LegendContent content_;
};

} // namespace speelveld::gui
