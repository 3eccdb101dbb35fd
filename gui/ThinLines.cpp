#include "ThinLines.h"

#include <QSemaphore>
#include <QThreadPool>
#include <algorithm>
#include <cmath>
#include <cstdint>

namespace speelveld::gui {

namespace {

/// Rows per band: 32 rows of a 1280-pixel image are 160 KiB, well inside a core's cache.
constexpr int kBandRows = 32;

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

/// A premultiplied colour split into channel pairs (red and blue, alpha and green) for blending two at once.
struct Paint {
    std::uint32_t rb = 0;
    std::uint32_t ag = 0;
    std::uint32_t inverse = 255;
};

Paint paintOf(const QColor& colour)
{
    const auto alpha = static_cast<std::uint32_t>(colour.alpha());
    const std::uint32_t red = static_cast<std::uint32_t>(colour.red()) * alpha / 255;
    const std::uint32_t green = static_cast<std::uint32_t>(colour.green()) * alpha / 255;
    const std::uint32_t blue = static_cast<std::uint32_t>(colour.blue()) * alpha / 255;
    return {(red << 16) | blue, (alpha << 16) | green, 255 - alpha};
}

/// Source over destination, premultiplied. By value: the paint is then known not to change as pixels are
/// written (through a reference the compiler reloaded it after every pixel).
inline std::uint32_t blended(std::uint32_t pixel, Paint paint)
{
    std::uint32_t rb = (pixel & 0x00ff00ffU) * paint.inverse;
    std::uint32_t ag = ((pixel >> 8) & 0x00ff00ffU) * paint.inverse;
    rb = ((rb + ((rb >> 8) & 0x00ff00ffU) + 0x00800080U) >> 8) & 0x00ff00ffU;
    ag = ((ag + ((ag >> 8) & 0x00ff00ffU) + 0x00800080U) >> 8) & 0x00ff00ffU;
    return (rb + paint.rb) | ((ag + paint.ag) << 8);
}

/// A line in image pixels, already clipped to the drawing's area.
struct DeviceLine {
    float x0, y0, x1, y1;
    std::uint32_t paint;
};

/// A block in image pixels: columns and rows, inclusive.
struct DeviceBlock {
    int left, top, right, bottom;
    std::uint32_t paint;
};

/// Everything to draw, ready for the bands.
struct Work {
    std::uint32_t* bits = nullptr;
    qsizetype stride = 0;
    QRect area;
    std::vector<Paint> paints;
    std::vector<DeviceLine> lines;
    std::vector<DeviceBlock> blocks;
    std::vector<std::vector<std::uint32_t>> linesOfBand;
    std::vector<std::vector<std::uint32_t>> blocksOfBand;
};

/// Samples a line once per pixel along its longer axis, at pixel centres, so that every band computes the same
/// pixels for it whatever part of it the band holds; writes those within `top`..`bottom` (rows).
void drawLine(const Work& work, const DeviceLine& line, int top, int bottom)
{
    const Paint paint = work.paints[line.paint];
    std::uint32_t* const bits = work.bits;
    const qsizetype stride = work.stride;
    const int left = work.area.left();
    const int right = work.area.right();
    const double dx = double(line.x1) - line.x0;
    const double dy = double(line.y1) - line.y0;
    auto plot = [&](int x, int y) {
        if (x >= left && x <= right && y >= top && y <= bottom) {
            bits[y * stride + x] = blended(bits[y * stride + x], paint);
        }
    };
    const bool alongX = std::abs(dx) >= std::abs(dy);
    // Along the longer axis: the major coordinate m, the minor one n = n0 + (m - m0) * slope.
    const double m0 = alongX ? line.x0 : line.y0;
    const double m1 = alongX ? line.x1 : line.y1;
    const double n0 = alongX ? line.y0 : line.x0;
    double slope = 0; // 0 for a point: then the longer axis is x
    if (alongX && dx != 0) {
        slope = dy / dx;
    } else if (!alongX) {
        slope = dx / dy;
    }
    double first = std::ceil(std::min(m0, m1) - 0.5);
    double last = std::floor(std::max(m0, m1) - 0.5);
    if (first > last) { // shorter than a pixel: one pixel where it is
        plot(static_cast<int>(std::floor((line.x0 + line.x1) / 2)),
             static_cast<int>(std::floor((line.y0 + line.y1) / 2)));
        return;
    }
    if (alongX) {
        // Only the columns whose row falls in the band.
        if (slope != 0) {
            const double a = m0 + (top - n0) / slope - 0.5;
            const double b = m0 + (bottom + 1 - n0) / slope - 0.5;
            first = std::max(first, std::floor(std::min(a, b)));
            last = std::min(last, std::ceil(std::max(a, b)));
        }
        first = std::max<double>(first, left);
        last = std::min<double>(last, right);
        // Coordinates are not negative here (clipped to the image), so truncating is flooring.
        double n = n0 + (first + 0.5 - m0) * slope;
        for (int m = static_cast<int>(first); m <= static_cast<int>(last); ++m, n += slope) {
            const int row = static_cast<int>(n);
            if (row >= top && row <= bottom) {
                std::uint32_t& pixel = bits[row * stride + m];
                pixel = blended(pixel, paint);
            }
        }
    } else {
        first = std::max<double>(first, top);
        last = std::min<double>(last, bottom);
        double n = n0 + (first + 0.5 - m0) * slope;
        for (int m = static_cast<int>(first); m <= static_cast<int>(last); ++m, n += slope) {
            const int column = static_cast<int>(n);
            if (column >= left && column <= right) {
                std::uint32_t& pixel = bits[m * stride + column];
                pixel = blended(pixel, paint);
            }
        }
    }
}

void drawBand(const Work& work, std::size_t band)
{
    const int top = work.area.top() + static_cast<int>(band) * kBandRows;
    const int bottom = std::min(top + kBandRows - 1, work.area.bottom());
    for (std::uint32_t index : work.linesOfBand[band]) {
        drawLine(work, work.lines[index], top, bottom);
    }
    for (std::uint32_t index : work.blocksOfBand[band]) {
        const DeviceBlock& block = work.blocks[index];
        const Paint paint = work.paints[block.paint];
        for (int y = std::max(block.top, top); y <= std::min(block.bottom, bottom); ++y) {
            std::uint32_t* row = work.bits + y * work.stride;
            for (int x = block.left; x <= block.right; ++x) {
                row[x] = blended(row[x], paint);
            }
        }
    }
}

/// Runs the odd bands on a free thread of Qt's pool and the even ones here (all here when none is free).
void drawBands(const Work& work)
{
    const std::size_t bands = work.linesOfBand.size();
    auto some = [&](std::size_t from, std::size_t step) {
        for (std::size_t band = from; band < bands; band += step) {
            drawBand(work, band);
        }
    };
    QSemaphore done;
    if (bands > 1 && QThreadPool::globalInstance()->tryStart([&] {
            some(1, 2);
            done.release();
        })) {
        some(0, 2);
        done.acquire();
    } else {
        some(0, 1);
    }
}

} // namespace

void drawThinLines(QImage& image, const QTransform& toImage, const std::vector<ThinLineGroup>& groups,
                   const std::vector<Block>& blocks, const QRect& clip)
{
    Work work;
    work.area = clip.intersected(image.rect());
    if (work.area.isEmpty() || image.format() != QImage::Format_ARGB32_Premultiplied) {
        return;
    }
    work.bits = reinterpret_cast<std::uint32_t*>(image.bits());
    work.stride = image.bytesPerLine() / 4;
    const std::size_t bands = static_cast<std::size_t>((work.area.height() + kBandRows - 1) / kBandRows);
    work.linesOfBand.resize(bands);
    work.blocksOfBand.resize(bands);
    auto bandOf = [&](double row) {
        return static_cast<std::size_t>(
            std::clamp<double>(std::floor((row - work.area.top()) / kBandRows), 0, static_cast<double>(bands - 1)));
    };
    // Pixel centres lie at +0.5: the box of the centres, so that every sample is inside.
    const QRectF box(work.area.left(), work.area.top(), work.area.width() - 1e-6, work.area.height() - 1e-6);
    for (const ThinLineGroup& group : groups) {
        if (group.lines.empty()) {
            continue;
        }
        const auto paint = static_cast<std::uint32_t>(work.paints.size());
        work.paints.push_back(paintOf(group.colour));
        for (const QLineF& line : group.lines) {
            const QPointF a = toImage.map(line.p1());
            const QPointF b = toImage.map(line.p2());
            double x0 = a.x();
            double y0 = a.y();
            double x1 = b.x();
            double y1 = b.y();
            if (!clipToBox(x0, y0, x1, y1, box)) {
                continue;
            }
            const auto index = static_cast<std::uint32_t>(work.lines.size());
            work.lines.push_back({static_cast<float>(x0), static_cast<float>(y0), static_cast<float>(x1),
                                  static_cast<float>(y1), paint});
            for (std::size_t band = bandOf(std::min(y0, y1)); band <= bandOf(std::max(y0, y1)); ++band) {
                work.linesOfBand[band].push_back(index);
            }
        }
    }
    for (const Block& block : blocks) {
        const QRectF rect = toImage.mapRect(block.rect);
        // Pixels whose centres are inside, and at least one.
        const int left = static_cast<int>(std::round(rect.left()));
        const int top = static_cast<int>(std::round(rect.top()));
        const DeviceBlock device{
            std::max(left, work.area.left()), std::max(top, work.area.top()),
            std::min(std::max(left, static_cast<int>(std::round(rect.right())) - 1), work.area.right()),
            std::min(std::max(top, static_cast<int>(std::round(rect.bottom())) - 1), work.area.bottom()),
            static_cast<std::uint32_t>(work.paints.size())};
        if (device.left > device.right || device.top > device.bottom) {
            continue;
        }
        work.paints.push_back(paintOf(block.colour));
        const auto index = static_cast<std::uint32_t>(work.blocks.size());
        work.blocks.push_back(device);
        for (std::size_t band = bandOf(device.top); band <= bandOf(device.bottom); ++band) {
            work.blocksOfBand[band].push_back(index);
        }
    }
    drawBands(work);
}

} // namespace speelveld::gui
