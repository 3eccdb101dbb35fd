#include "ThinLines.h"

#include <QSemaphore>
#include <QThreadPool>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    std::uint32_t argb = 0; ///< the same colour in one word, for the blends four at a time
};

Paint paintOf(const QColor& colour)
{
    const auto alpha = static_cast<std::uint32_t>(colour.alpha());
    const std::uint32_t red = static_cast<std::uint32_t>(colour.red()) * alpha / 255;
    const std::uint32_t green = static_cast<std::uint32_t>(colour.green()) * alpha / 255;
    const std::uint32_t blue = static_cast<std::uint32_t>(colour.blue()) * alpha / 255;
    return {(red << 16) | blue, (alpha << 16) | green, 255 - alpha, (alpha << 24) | (red << 16) | (green << 8) | blue};
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

#if defined(__SSE2__)
/// Each 16-bit channel c of `channels` times its inverse alpha, divided by 255 and rounded as `blended` does.
inline __m128i scaled(__m128i channels, __m128i inverse)
{
    const __m128i product = _mm_mullo_epi16(channels, inverse);
    return _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(product, _mm_srli_epi16(product, 8)), _mm_set1_epi16(0x80)), 8);
}

/// `blended` for four pixels, each with its own paint: the same bits, in a few instructions for all four.
inline void blendFour(std::uint32_t* pixels, const Paint& p0, const Paint& p1, const Paint& p2, const Paint& p3)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i four = _mm_loadu_si128(reinterpret_cast<const __m128i*>(pixels));
    const auto lane = [](std::uint32_t inverse) { return static_cast<short>(inverse); };
    const __m128i low = scaled(_mm_unpacklo_epi8(four, zero),
                               _mm_set_epi16(lane(p1.inverse), lane(p1.inverse), lane(p1.inverse), lane(p1.inverse),
                                             lane(p0.inverse), lane(p0.inverse), lane(p0.inverse), lane(p0.inverse)));
    const __m128i high = scaled(_mm_unpackhi_epi8(four, zero),
                                _mm_set_epi16(lane(p3.inverse), lane(p3.inverse), lane(p3.inverse), lane(p3.inverse),
                                              lane(p2.inverse), lane(p2.inverse), lane(p2.inverse), lane(p2.inverse)));
    const __m128i colours = _mm_set_epi32(static_cast<int>(p3.argb), static_cast<int>(p2.argb),
                                          static_cast<int>(p1.argb), static_cast<int>(p0.argb));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(pixels), _mm_add_epi8(_mm_packus_epi16(low, high), colours));
}
#endif

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
    std::vector<Coverage> areaGroups;
    std::vector<std::vector<DeviceBlock>> areas; ///< per area group
    /// Each band's lines, in the groups' order, by value: a band reads them one after the other (through an
    /// index, 215,000 reads from all over 3 MB missed the cache and took a fifth of the time). In two parts, the
    /// first and second half of all lines, as two threads prepare them: a band reads the first part's, then the
    /// second's.
    std::array<std::vector<std::vector<DeviceLine>>, 2> linesOfBand;
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

/// Counts pixels `first`..`last` (major coordinates) of a line, pixel m at index `start` + its minor coordinate
/// times `width` (along x) or `start` + its minor coordinate (along y), and `start` moving one pixel (along x) or
/// one row (along y) a step. The fixed-point coordinate is stepped and the index found from it at every pixel: a
/// shift (and a multiply) besides the count. Stepping the index by the change of row instead took a fifth more
/// here, and multiplying the step out at every pixel three times as much.
template <bool AlongX>
void countRun(std::uint16_t* of, std::ptrdiff_t start, const DeviceLine& line, int first, int last,
              std::ptrdiff_t width)
{
    std::int64_t n = line.minor + (first - line.first) * line.slope;
    std::ptrdiff_t index = start;
    for (int m = first; m <= last; ++m) {
        if constexpr (AlongX) {
            ++of[index + static_cast<std::ptrdiff_t>(n >> kFraction) * width];
            ++index;
        } else {
            ++of[index + static_cast<std::ptrdiff_t>(n >> kFraction)];
            index += width;
        }
        n += line.slope;
    }
}

/// Counts the pixels of `line` within rows `top`..`bottom` of the band (see countRun).
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
        // Row r of the band is at (r - top) * width, its column c at c - left + 1 (after the margin).
        countRun<true>(of, (first - left + 1) - static_cast<std::ptrdiff_t>(top) * width, line, first, last, width);
    } else {
        const int first = std::max(line.first, top);
        const int last = std::min(line.last, bottom);
        if (first > last) {
            return;
        }
        countRun<false>(of, (first - top) * width + (1 - left), line, first, last, width);
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
        // Most counts are 0: skip them eight at a time. Where one is not, all eight are blended, those with none
        // by coverage[0], which leaves a pixel as it is: cheaper than a branch that cannot be predicted.
        for (; x + 8 <= width + 1; x += 8) {
            std::uint64_t four[2];
            std::memcpy(four, of + x, sizeof four);
            if ((four[0] | four[1]) == 0) {
                continue;
            }
            const Paint* paint[8];
            for (int i = 0; i < 8; ++i) {
                paint[i] = &coverage[std::min<std::uint16_t>(of[x + i], 255)];
            }
            std::memset(of + x, 0, 8 * sizeof *of);
#if defined(__SSE2__)
            blendFour(row + x, *paint[0], *paint[1], *paint[2], *paint[3]);
            blendFour(row + x + 4, *paint[4], *paint[5], *paint[6], *paint[7]);
#else
            for (int i = 0; i < 8; ++i) {
                row[x + i] = blended(row[x + i], *paint[i]);
            }
#endif
        }
        for (; x <= width; ++x) {
            if (of[x] != 0) {
                row[x] = blended(row[x], coverage[std::min<std::uint16_t>(of[x], 255)]);
                of[x] = 0;
            }
        }
    }
}

/// Draws the area groups within the band's rows: each rectangle adds one at its left edge and takes one off
/// after its right edge, and a running sum along the row gives every pixel its count (a row costs its width,
/// however many rectangles cover it).
void drawAreas(const Work& work, int top, int bottom, Counts& counts)
{
    const int left = work.area.left();
    const int width = work.area.width();
    for (std::size_t group = 0; group < work.areas.size(); ++group) {
        bool any = false;
        for (const DeviceBlock& rect : work.areas[group]) {
            for (int y = std::max(rect.top, top); y <= std::min(rect.bottom, bottom); ++y) {
                std::uint16_t* const of = counts.of.data() + static_cast<std::ptrdiff_t>(y - top) * counts.width;
                ++of[rect.left - left + 1];
                --of[rect.right - left + 2]; // at most the margin after the last column; modulo 2^16, as the sum
                any = true;
            }
        }
        if (!any) {
            continue;
        }
        for (int y = top; y <= bottom; ++y) {
            std::uint16_t* const of = counts.of.data() + static_cast<std::ptrdiff_t>(y - top) * counts.width;
            std::uint16_t sum = 0;
            for (int x = 1; x <= width; ++x) {
                sum = static_cast<std::uint16_t>(sum + of[x]);
                of[x] = sum;
            }
        }
        blendCounts(work, work.areaGroups[group], top, bottom, counts); // clears the margins, with the rest
    }
}

void drawBand(const Work& work, std::size_t band, Counts& counts)
{
    const int top = work.area.top() + static_cast<int>(band) * kBandRows;
    const int bottom = std::min(top + kBandRows - 1, work.area.bottom());
    drawAreas(work, top, bottom, counts);
    const std::vector<DeviceLine>& first = work.linesOfBand[0][band];
    const std::vector<DeviceLine>& second = work.linesOfBand[1][band];
    const std::size_t count = first.size() + second.size();
    const auto line = [&](std::size_t i) -> const DeviceLine& {
        return i < first.size() ? first[i] : second[i - first.size()];
    };
    // Group by group, in order: which colour ends on top where lines cross stays the same.
    for (std::size_t i = 0; i < count;) {
        const std::uint32_t group = line(i).group;
        for (; i < count && line(i).group == group; ++i) {
            countLine(work, line(i), top, bottom, counts);
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

/// Runs `part(1, 2)` on a thread of its own and `part(0, 2)` here, and waits for both.
/// Why a pool of its own: Qt's global pool is also the metrics' (its tasks may take seconds), and its threads are
/// counted busy a moment after they finish, so a second call straight after the first found none free and drew
/// everything on one thread (frames of 20 and 45 ms in turn). This thread waits on nothing, so queueing behind
/// another drawing's half is short.
void inTwo(const std::function<void(std::size_t part, std::size_t parts)>& part)
{
    static QThreadPool* const helper = [] {
        auto* pool = new QThreadPool; // never deleted: a thread still waiting at exit must not be joined then
        pool->setMaxThreadCount(1);
        return pool;
    }();
    QSemaphore done;
    helper->start([&] {
        part(1, 2);
        done.release();
    });
    part(0, 2);
    done.acquire();
}

/// Draws the bands, the even ones here and the odd ones on the helper thread (see inTwo).
void drawBands(const Work& work)
{
    const std::size_t bands = work.blocksOfBand.size();
    inTwo([&](std::size_t from, std::size_t step) {
        Counts counts{std::vector<std::uint16_t>(static_cast<std::size_t>(work.area.width() + 2) * kBandRows),
                      work.area.width() + 2};
        for (std::size_t band = from; band < bands; band += step) {
            drawBand(work, band, counts);
        }
    });
}

/// std::llround without the call into the maths library (it was a tenth of preparing the lines).
inline std::int64_t rounded(double value) { return static_cast<std::int64_t>(value + (value < 0 ? -0.5 : 0.5)); }

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
    line.minor = rounded((n0 + (first + 0.5 - m0) * slope) * kOne);
    line.slope = rounded(slope * kOne);
    return line;
}

/// The pixels of a rectangle (scene) whose centres are inside it, and at least one; false when none is in `area`.
bool deviceBlock(const QTransform& toImage, const QRectF& scene, const QRect& area, DeviceBlock& device)
{
    const QRectF rect = toImage.mapRect(scene);
    const int left = static_cast<int>(std::round(rect.left()));
    const int top = static_cast<int>(std::round(rect.top()));
    device.left = std::max(left, area.left());
    device.top = std::max(top, area.top());
    device.right = std::min(std::max(left, static_cast<int>(std::round(rect.right())) - 1), area.right());
    device.bottom = std::min(std::max(top, static_cast<int>(std::round(rect.bottom())) - 1), area.bottom());
    return device.left <= device.right && device.top <= device.bottom;
}

} // namespace

void drawThinLines(QImage& image, const QTransform& toImage, const std::vector<ThinLineGroup>& groups,
                   const std::vector<Block>& blocks, const QRect& clip, const std::vector<AreaGroup>& areas)
{
    // The lists of lines keep their memory from call to call on this thread: filled afresh at every frame, they
    // grew by reallocation to ~8 MB each time.
    thread_local std::array<std::vector<std::vector<DeviceLine>>, 2> kept;
    Work work;
    work.area = clip.intersected(image.rect());
    if (work.area.isEmpty() || image.format() != QImage::Format_ARGB32_Premultiplied) {
        return;
    }
    work.linesOfBand = std::move(kept);
    work.bits = reinterpret_cast<std::uint32_t*>(image.bits());
    work.stride = image.bytesPerLine() / 4;
    const std::size_t bands = static_cast<std::size_t>((work.area.height() + kBandRows - 1) / kBandRows);
    work.blocksOfBand.resize(bands);
    auto bandOf = [&](double row) {
        return static_cast<std::size_t>(
            std::clamp<double>(std::floor((row - work.area.top()) / kBandRows), 0, static_cast<double>(bands - 1)));
    };
    // Pixel centres lie at +0.5: the box of the centres, so that every sample is inside.
    const QRectF box(work.area.left(), work.area.top(), work.area.width() - 1e-6, work.area.height() - 1e-6);
    std::vector<std::uint32_t> indexOf(groups.size());
    std::size_t total = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (!groups[i].lines.empty()) {
            indexOf[i] = static_cast<std::uint32_t>(work.groups.size());
            work.groups.push_back(coverageOf(groups[i].colour));
            total += groups[i].lines.size();
        }
    }
    // Lines first..last (counted over all groups) into the bands of one part: the halves on two threads (at the
    // overview of 10,000 actors mapping and sorting 87,000 lines took ~9 ms on one).
    const auto prepare = [&](std::vector<std::vector<DeviceLine>>& linesOfBand, std::size_t first, std::size_t last) {
        linesOfBand.resize(bands);
        for (std::vector<DeviceLine>& lines : linesOfBand) {
            lines.clear();
        }
        std::size_t at = 0; // of the group's first line
        for (std::size_t i = 0; i < groups.size(); at += groups[i].lines.size(), ++i) {
            const std::vector<QLineF>& lines = groups[i].lines;
            const auto local = [&](std::size_t index) { return std::clamp(index, at, at + lines.size()) - at; };
            const std::size_t from = local(first);
            const std::size_t to = local(last);
            for (std::size_t j = from; j < to; ++j) {
                const QPointF a = toImage.map(lines[j].p1());
                const QPointF b = toImage.map(lines[j].p2());
                double x0 = a.x();
                double y0 = a.y();
                double x1 = b.x();
                double y1 = b.y();
                const bool inside = box.contains(x0, y0) && box.contains(x1, y1); // most, at the full view
                if (!inside && !clipToBox(x0, y0, x1, y1, box)) {
                    continue;
                }
                const DeviceLine device = deviceLine(x0, y0, x1, y1, indexOf[i]);
                // The bands of the rows it is drawn in (as the bands compute them).
                const int top = device.alongX ? minorAt(device, device.first) : device.first;
                const int bottom = device.alongX ? minorAt(device, device.last) : device.last;
                for (std::size_t band = bandOf(std::min(top, bottom)); band <= bandOf(std::max(top, bottom)); ++band) {
                    linesOfBand[band].push_back(device);
                }
            }
        }
    };
    inTwo([&](std::size_t part, std::size_t parts) {
        prepare(work.linesOfBand[part], total * part / parts, total * (part + 1) / parts);
    });
    for (const AreaGroup& group : areas) {
        std::vector<DeviceBlock> rects;
        for (const QRectF& rect : group.rects) {
            if (DeviceBlock device{}; deviceBlock(toImage, rect, work.area, device)) {
                rects.push_back(device);
            }
        }
        if (!rects.empty()) {
            work.areaGroups.push_back(coverageOf(group.colour));
            work.areas.push_back(std::move(rects));
        }
    }
    for (const Block& block : blocks) {
        DeviceBlock device{};
        if (!deviceBlock(toImage, block.rect, work.area, device)) {
            continue;
        }
        device.paint = static_cast<std::uint32_t>(work.paints.size());
        work.paints.push_back(paintOf(block.colour));
        const auto index = static_cast<std::uint32_t>(work.blocks.size());
        work.blocks.push_back(device);
        for (std::size_t band = bandOf(device.top); band <= bandOf(device.bottom); ++band) {
            work.blocksOfBand[band].push_back(index);
        }
    }
    drawBands(work);
    kept = std::move(work.linesOfBand);
}

} // namespace speelveld::gui
