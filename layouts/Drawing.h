#pragma once
// What a layout returns and what the canvas and every exporter draw from: positions, sizes, edge routes,
// cluster boxes. Units are points, y grows downwards. It knows nothing of Graphviz or Qt.

#include "core/Model.h"

#include <string>
#include <vector>

namespace speelveld {

/// Width and height in points.
struct Size {
    double width = 0;
    double height = 0;
    bool operator==(const Size&) const = default;
};

/// An axis-aligned box in points.
struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    bool contains(Point point) const;
    bool contains(const Rect& other) const;
    Rect united(const Rect& other) const;
    bool operator==(const Rect&) const = default;
};

/// Where an actor is drawn.
struct NodeDrawing {
    Id actor = 0;
    Point centre;
    Size size;
    Rect box() const { return {centre.x - size.width / 2, centre.y - size.height / 2, size.width, size.height}; }
};

/// How a relation is drawn: a cubic Bézier path (start, then three points per segment).
struct EdgeDrawing {
    Id relation = 0;
    std::vector<Point> path;
    Point arrowTip; ///< where the arrowhead's point goes (for directed relations), past the path's end
};

/// The box drawn around a group's members, with its label's top-left corner.
struct ClusterDrawing {
    Id group = 0;
    Rect box;
    Point labelPosition;
};

/// A whole laid-out network.
struct Drawing {
    std::string engine; ///< which layout made it ("neato", "stored" for positions from the project)
    std::vector<NodeDrawing> nodes;
    std::vector<EdgeDrawing> edges;
    std::vector<ClusterDrawing> clusters;
    Rect bounds; ///< contains every node, edge point and cluster box

    const NodeDrawing* node(Id actor) const;
};

} // namespace speelveld
