#include "Drawing.h"

#include <algorithm>

namespace speelveld {

namespace {
// Boxes are built by adding and subtracting coordinates; allow for the rounding that leaves behind.
constexpr double kTolerance = 1e-6;
} // namespace

bool Rect::contains(Point point) const
{
    return point.x >= x - kTolerance && point.x <= x + width + kTolerance && point.y >= y - kTolerance &&
           point.y <= y + height + kTolerance;
}

bool Rect::contains(const Rect& other) const
{
    return contains(Point{other.x, other.y}) && contains(Point{other.x + other.width, other.y + other.height});
}

Rect Rect::united(const Rect& other) const
{
    const double left = std::min(x, other.x);
    const double top = std::min(y, other.y);
    const double right = std::max(x + width, other.x + other.width);
    const double bottom = std::max(y + height, other.y + other.height);
    return {left, top, right - left, bottom - top};
}

const NodeDrawing* Drawing::node(Id actor) const
{
    auto it = std::find_if(nodes.begin(), nodes.end(), [actor](const NodeDrawing& n) { return n.actor == actor; });
    return it == nodes.end() ? nullptr : &*it;
}

} // namespace speelveld
