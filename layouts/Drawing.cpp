#include "Drawing.h"

#include <algorithm>

namespace speelveld {

bool Rect::contains(Point point) const
{
    return point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height;
}

bool Rect::contains(const Rect& other) const
{
    return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
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
