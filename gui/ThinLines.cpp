#include "ThinLines.h"

#include <QSemaphore>
#include <QThreadPool>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace speelveld::gui {

namespace {

/// Rows per band: 32 rows of a 1280-pixel image are 160 KiB, and their counts (see Counts) 80 KiB: well inside a
/// core's cache.
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

/// Fixed-point coordinates: 16 bits of fraction. A long line then steps with an integer add per pixel instead
/// of a double one (whose 4-cycle latency bound the loop), and every band computes the same pixels for it.
constexpr int kFraction = 16;
constexpr double kOne = 1 << kFraction;

/// A line in image pixels, already clipped to the drawing's area: sampled once per pixel along its longer
/// (major) axis at pixel centres; the other (minor) coordinate of pixel `first` is `minor`, and changes by
/// `slope` per pixel.
struct DeviceLine {
    std::int64_t minor = 0;
    std::int64_t slope = 0;
    int first = 0;
    int last = 0;
    bool alongX = true;
    std::uint32_t group = 0;
};

/// A block in image pixels: columns and rows, inclusive.
struct DeviceBlock {
    int left, top, right, bottom;
    std::uint32_t paint;
};

/// How a group's colour blends onto a pixel it covers n times (n = 1..255; more count as 255). Blending a
/// colour of alpha a n times over d gives c·(1 − (1 − a)ⁿ) + d·(1 − a)ⁿ: one blend of the colour at that alpha.
using Coverage = std::array<Paint, 256>;

Coverage coverageOf(const QColor& colour)
{
    Coverage paints;
    const double alpha = colour.alphaF();
    paints[0] = paintOf(QColor(0, 0, 0, 0));
    paints[1] = paintOf(colour); // exactly the single blend
    for (std::size_t n = 2; n < paints.size(); ++n) {
        QColor stronger = colour;
        stronger.setAlpha(static_cast<int>(std::lround(255 * (1 - std::pow(1 - alpha, static_cast<double>(n))))));
        paints[n] = paintOf(stronger);
    }
    return paints;
}

/// Everything to draw, ready for the bands.
struct Work {
    std::uint32_t* bits = nullptr;
    qsizetype stride = 0;
    QRect area;
    std::vector<Coverage> groups;
    std::vector<Paint> paints; ///< of the blocks
    std::vector<DeviceBlock> blocks;
    /// Each band's lines, in the groups' order, by value: a band reads them one after the other (through an
    /// index, 215,000 reads from all over 3 MB missed the cache and took a fifth of the time).
    std::vector<std::vector<DeviceLine>> linesOfBand;
    std::vector<std::vector<std::uint32_t>> blocksOfBand;
};

/// How often each pixel of one band is covered by the lines of one group, so that a pixel many lines of a
/// colour cross (near a hub: hundreds) is blended once. 9 million pixels of lines at the overview of
/// 10,000 actors cover 2.1 million pixel-and-colour pairs. Rows of the area's width plus a column either side,
/// where a steep line's last step may land when rounding puts it a hair outside the area (not drawn).
struct Counts {
    std::vector<std::uint16_t> of;
    int width = 0;
};

/// The row (along x) or column (along y) of a line's pixel at major coordinate `m`.
inline int minorAt(const DeviceLine& line, int m)
{
    return static_cast<int>((line.minor + (m - line.first) * line.slope) >> kFraction);
}

/// Counts pixels `first`..`last` (major coordinates) of a line, the first at `at`: a step moves `major` counts
/// on, and `minor` more each time the minor coordinate grows by one.
void countRun(std::uint16_t* at, const DeviceLine& line, int first, int last, std::ptrdiff_t major,
              std::ptrdiff_t minor)
{
    std::int64_t n = line.minor + (first - line.first) * line.slope;
    auto previous = static_cast<int>(n >> kFraction);
    std::ptrdiff_t index = 0;
    for (int m = first; m <= last; ++m) {
        ++at[index];
        n += line.slope;
        const auto next = static_cast<int>(n >> kFraction);
        index += major + (next - previous) * minor;
        previous = next;
    }
}

/// Counts the pixels of `line` within rows `top`..`bottom` of the band. The loops step an index: a pixel costs
/// an add and a shift besides its count (where computing each index afresh cost three times as much here).
void countLine(const Work& work, const DeviceLine& line, int top, int bottom, Counts& counts)
{
    const int left = work.area.left();
    const std::ptrdiff_t width = counts.width;
    std::uint16_t* const of = counts.of.data();
    if (line.alongX) {
        int first = std::max(line.first, left);
        int last = std::min(line.last, work.area.right());
        if (line.slope != 0) {
            // The columns whose row falls in the band: estimated (in doubles until clamped, as a nearly level
            // line gives far-off figures), then made exact at both ends; rows only grow or only shrink.
            const double a = (top * kOne - static_cast<double>(line.minor)) / static_cast<double>(line.slope);
            const double b = ((bottom + 1) * kOne - static_cast<double>(line.minor)) / static_cast<double>(line.slope);
            first = static_cast<int>(std::max<double>(first, line.first + std::floor(std::min(a, b)) - 1));
            last = static_cast<int>(std::min<double>(last, line.first + std::ceil(std::max(a, b)) + 1));
        }
        auto outside = [&](int m) {
            const int row = minorAt(line, m);
            return row < top || row > bottom;
        };
        while (first <= last && outside(first)) {
            ++first;
        }
        while (last >= first && outside(last)) {
            --last;
        }
        if (first > last) {
            return;
        }
        const int row = minorAt(line, first);
        countRun(of + (row - top) * width + (first - left + 1), line, first, last, 1, width);
    } else {
        const int first = std::max(line.first, top);
        const int last = std::min(line.last, bottom);
        if (first > last) {
            return;
        }
        const int column = minorAt(line, first);
        countRun(of + (first - top) * width + (column - left + 1), line, first, last, width, 1);
    }
}

/// Blends the counted pixels of one group onto the band's rows and clears the counts.
void blendCounts(const Work& work, const Coverage& coverage, int top, int bottom, Counts& counts)
{
    const int width = work.area.width();
    for (int y = top; y <= bottom; ++y) {
        std::uint16_t* const of = counts.of.data() + static_cast<std::ptrdiff_t>(y - top) * counts.width;
        // The margins: nothing to draw there.
        of[0] = 0;
        of[width + 1] = 0;
        std::uint32_t* const row = work.bits + y * work.stride + work.area.left() - 1;
        int x = 1;
        // Most counts are 0: skip them eight at a time.
        for (; x + 8 <= width + 1; x += 8) {
            std::uint64_t four[2];
            std::memcpy(four, of + x, sizeof four);
            if ((four[0] | four[1]) == 0) {
                continue;
            }
            for (int i = x; i < x + 8; ++i) {
                if (of[i] != 0) {
                    row[i] = blended(row[i], coverage[std::min<std::uint16_t>(of[i], 255)]);
                    of[i] = 0;
                }
            }
        }
        for (; x <= width; ++x) {
            if (of[x] != 0) {
                row[x] = blended(row[x], coverage[std::min<std::uint16_t>(of[x], 255)]);
                of[x] = 0;
            }
        }
    }
}

void drawBand(const Work& work, std::size_t band, Counts& counts)
{
    const int top = work.area.top() + static_cast<int>(band) * kBandRows;
    const int bottom = std::min(top + kBandRows - 1, work.area.bottom());
    const std::vector<DeviceLine>& lines = work.linesOfBand[band];
    // Group by group, in order: which colour ends on top where lines cross stays the same.
    for (std::size_t i = 0; i < lines.size();) {
        const std::uint32_t group = lines[i].group;
        for (; i < lines.size() && lines[i].group == group; ++i) {
            countLine(work, lines[i], top, bottom, counts);
        }
        blendCounts(work, work.groups[group], top, bottom, counts);
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
        Counts counts{std::vector<std::uint16_t>(static_cast<std::size_t>(work.area.width() + 2) * kBandRows),
                      work.area.width() + 2};
        for (std::size_t band = from; band < bands; band += step) {
            drawBand(work, band, counts);
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

/// The line from (x0, y0) to (x1, y1), image pixels, as the bands step it.
DeviceLine deviceLine(double x0, double y0, double x1, double y1, std::uint32_t group)
{
    const double dx = x1 - x0;
    const double dy = y1 - y0;
    DeviceLine line;
    line.group = group;
    line.alongX = std::abs(dx) >= std::abs(dy);
    // Along the longer axis: the major coordinate m, the minor one n = n0 + (m - m0) * slope.
    const double m0 = line.alongX ? x0 : y0;
    const double m1 = line.alongX ? x1 : y1;
    const double n0 = line.alongX ? y0 : x0;
    const double first = std::ceil(std::min(m0, m1) - 0.5);
    const double last = std::floor(std::max(m0, m1) - 0.5);
    if (first > last) { // shorter than a pixel: one pixel where it is
        line.alongX = true;
        line.first = line.last = static_cast<int>(std::floor((x0 + x1) / 2));
        line.minor = static_cast<std::int64_t>(std::floor((y0 + y1) / 2) * kOne) + (1 << (kFraction - 1));
        return line;
    }
    double slope = 0; // 0 for a point: then the longer axis is x
    if (line.alongX && dx != 0) {
        slope = dy / dx;
    } else if (!line.alongX) {
        slope = dx / dy;
    }
    line.first = static_cast<int>(first);
    line.last = static_cast<int>(last);
    line.minor = std::llround((n0 + (first + 0.5 - m0) * slope) * kOne);
    line.slope = std::llround(slope * kOne);
    return line;
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
        const auto index = static_cast<std::uint32_t>(work.groups.size());
        work.groups.push_back(coverageOf(group.colour));
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
            const DeviceLine device = deviceLine(x0, y0, x1, y1, index);
            // The bands of the rows it is drawn in (as the bands compute them).
            const int from = device.alongX ? minorAt(device, device.first) : device.first;
            const int to = device.alongX ? minorAt(device, device.last) : device.last;
            for (std::size_t band = bandOf(std::min(from, to)); band <= bandOf(std::max(from, to)); ++band) {
                work.linesOfBand[band].push_back(device);
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
