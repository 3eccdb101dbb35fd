#include "ThinLines.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace speelveld::gui {

namespace {

/// Liang–Barsky: shortens the segment to the box; false when nothing of it is inside.
bool clipToBox(double& x0, double& y0, double& x1, double& y1, const QRectF& box)
{
    const double dx = x1 - x0;
    const double dy = y1 - y0;
    double t0 = 0;
    double t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 - box.left(), box.right() - x0, y0 - box.top(), box.bottom() - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) {
                return false;
            }
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) {
            t0 = std::max(t0, t);
        } else {
            t1 = std::min(t1, t);
        }
        if (t0 > t1) {
            return false;
        }
    }
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 = x0 + t0 * dx;
    y0 = y0 + t0 * dy;
    return true;
}

} // namespace

void drawThinLines(QImage& image, const QTransform& toImage, const std::vector<QLineF>& lines, QColor colour,
                   const QRect& clip)
{
    const QRect area = clip.intersected(image.rect());
    if (area.isEmpty() || lines.empty() || image.format() != QImage::Format_ARGB32_Premultiplied) {
        return;
    }
    const std::uint32_t alpha = static_cast<std::uint32_t>(colour.alpha());
    const std::uint32_t inverse = 255 - alpha;
    const std::uint32_t red = static_cast<std::uint32_t>(colour.red()) * alpha / 255;
    const std::uint32_t green = static_cast<std::uint32_t>(colour.green()) * alpha / 255;
    const std::uint32_t blue = static_cast<std::uint32_t>(colour.blue()) * alpha / 255;
    // Premultiplied source over destination, per channel pair (red and blue, alpha and green) at once.
    const std::uint32_t sourceRb = (red << 16) | blue;
    const std::uint32_t sourceAg = (alpha << 16) | green;
    auto* bits = reinterpret_cast<std::uint32_t*>(image.bits());
    const qsizetype stride = image.bytesPerLine() / 4;
    auto plot = [&](int x, int y) {
        std::uint32_t& pixel = bits[y * stride + x];
        std::uint32_t rb = (pixel & 0x00ff00ffU) * inverse;
        std::uint32_t ag = ((pixel >> 8) & 0x00ff00ffU) * inverse;
        rb = ((rb + ((rb >> 8) & 0x00ff00ffU) + 0x00800080U) >> 8) & 0x00ff00ffU;
        ag = ((ag + ((ag >> 8) & 0x00ff00ffU) + 0x00800080U) >> 8) & 0x00ff00ffU;
        pixel = (rb + sourceRb) | ((ag + sourceAg) << 8);
    };
    // Pixel centres lie at +0.5: clip to the centres' box so every plotted pixel is inside.
    const QRectF box(area.left(), area.top(), area.width() - 1e-6, area.height() - 1e-6);
    for (const QLineF& line : lines) {
        const QPointF a = toImage.map(line.p1());
        const QPointF b = toImage.map(line.p2());
        double x0 = a.x();
        double y0 = a.y();
        double x1 = b.x();
        double y1 = b.y();
        if (!clipToBox(x0, y0, x1, y1, box)) {
            continue;
        }
        // A digital differential analyser along the longer axis: one pixel per step.
        const double dx = x1 - x0;
        const double dy = y1 - y0;
        const int steps = static_cast<int>(std::max(std::abs(dx), std::abs(dy)));
        const double sx = steps > 0 ? dx / steps : 0;
        const double sy = steps > 0 ? dy / steps : 0;
        double x = x0;
        double y = y0;
        for (int i = 0; i <= steps; ++i) {
            plot(std::clamp(static_cast<int>(x), area.left(), area.right()),
                 std::clamp(static_cast<int>(y), area.top(), area.bottom()));
            x += sx;
            y += sy;
        }
    }
}

} // namespace speelveld::gui
