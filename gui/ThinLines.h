#pragma once
// One-pixel lines written straight into an image. Qt's raster engine blends a thin line pixel run by pixel
// run through its span functions, ~50 ns each: 87,000 relations at the overview took 200–400 ms a frame.
// The far-zoomed-out canvas needs only plain, unantialiased, translucent lines, and those cost ~5 ns a pixel.

#include <QImage>
#include <QLineF>
#include <QTransform>
#include <vector>

namespace speelveld::gui {

/// Draws `lines` (scene coordinates, mapped by `toImage` to image pixels) one pixel wide in `colour`
/// (alpha respected) onto a Format_ARGB32_Premultiplied image, clipped to `clip` (image pixels).
void drawThinLines(QImage& image, const QTransform& toImage, const std::vector<QLineF>& lines, QColor colour,
                   const QRect& clip);

} // namespace speelveld::gui
