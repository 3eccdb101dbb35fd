#include "LegendWidget.h"

#include <QPainter>

namespace speelveld::gui {

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

void LegendWidget::setContent(const LegendContent& content)
{
    content_ = content;
    updateGeometry();
    update();
}

QSize LegendWidget::sizeHint() const { return legendSize(content_).toSize() + QSize(8, 8); }

void LegendWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintLegend(painter, QPointF(4, 4), content_);
}

} // namespace speelveld::gui
