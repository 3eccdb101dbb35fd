#pragma once
// Pushing overlapping actors apart while keeping the arrangement: presentation mode pulls a map together
// and pushes it apart again, to make room for large type without laying the map out anew.

#include "layouts/Drawing.h"

#include <vector>

namespace speelveld {

/// Moves nodes apart until no two boxes, grown by `gap` on every side, overlap: each overlapping pair is
/// pushed apart along the axis on which it lies apart the most (in box sizes), so what was left of, right of,
/// above or below another stays so. Deterministic. Quadratic in
/// the number of nodes: meant for maps one can read, up to a few hundred actors. Returns whether it got there.
bool removeOverlaps(std::vector<NodeDrawing>& nodes, double gap, int maxRounds = 400);

} // namespace speelveld
