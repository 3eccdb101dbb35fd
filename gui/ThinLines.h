#pragma once
// One-pixel lines and small blocks written straight into an image. Qt's raster engine blends a thin line pixel
// run by pixel run through its span functions, ~50 ns each: 87,000 relations at the overview took 200–400 ms a
// frame. The far-zoomed-out canvas needs only plain, unantialiased, translucent lines and blocks.
// The image is drawn in bands of rows, each band all at once while it sits in the processor's cache, and the
// bands are shared between two threads: a long line written in one go touches a new cache line every pixel
// (9 million pixels took ~100 ms that way here, ~1 ns a pixel in bands). Within a band the lines of one colour
// are first counted per pixel and then blended once per pixel with the colour as often laid over itself:
// where hundreds of lines meet (a hub) that is one blend, not hundreds, and a pixel shows what the lines one
// by one would give (to the rounding of the last bit).

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QRectF>
#include <QTransform>
#include <vector>

namespace speelveld::gui {

/// Lines of one colour (alpha respected), in scene coordinates.
struct ThinLineGroup {
    QColor colour;
    std::vector<QLineF> lines;
};

/// A filled rectangle in scene coordinates (alpha respected), at least one pixel on the image.
struct Block {
    QRectF rect;
    QColor colour;
};

/// Filled rectangles of one colour (alpha respected), in scene coordinates. Where n of them overlap, a pixel
/// shows the colour laid n times, as the lines do: group boxes at the overview (a hundred boxes, each as large as
/// a quarter of the view, were ~30 million pixels of translucent fills a frame).
struct AreaGroup {
    QColor colour;
    std::vector<QRectF> rects;
};

/// What a map's picture shows besides the relations: group boxes as fills under them, actors as blocks over them.
struct PictureItems {
    std::vector<AreaGroup> areas;
    std::vector<Block> blocks;
    bool actorsInFull = false; ///< some actors are painted in full too (during a drag), which takes a painter
};

/// Draws the areas, then the groups' lines one pixel wide, group after group, then the blocks over them, onto a
/// Format_ARGB32_Premultiplied image (other formats are left alone), mapped by `toImage` to image pixels and
/// clipped to `clip` (image pixels). The bands are drawn on two threads, this one and a helper of its own.
void drawThinLines(QImage& image, const QTransform& toImage, const std::vector<ThinLineGroup>& groups,
                   const std::vector<Block>& blocks, const QRect& clip, const std::vector<AreaGroup>& areas = {});

} // namespace speelveld::gui
