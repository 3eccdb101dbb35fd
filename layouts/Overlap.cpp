#include "Overlap.h"

#include <algorithm>
#include <cmath>

namespace speelveld {

bool removeOverlaps(std::vector<NodeDrawing>& nodes, double gap, int maxRounds)
{
    for (int round = 0; round < maxRounds; ++round) {
        bool moved = false;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            for (std::size_t j = i + 1; j < nodes.size(); ++j) {
                NodeDrawing& a = nodes[i];
                NodeDrawing& b = nodes[j];
                const double dx = b.centre.x - a.centre.x;
                const double dy = b.centre.y - a.centre.y;
                const double overlapX = (a.size.width + b.size.width) / 2 + 2 * gap - std::abs(dx);
                const double overlapY = (a.size.height + b.size.height) / 2 + 2 * gap - std::abs(dy);
                if (overlapX <= 0 || overlapY <= 0) {
                    continue;
                }
                // Apart along the axis on which they already lie apart the most, measured in box sizes: what
                // was to the right stays to the right. Half each way, a little more than needed so rounding
                // cannot leave them touching; two actors on one spot part by index, not by chance.
                const double sideways = std::abs(dx) / (a.size.width + b.size.width);
                const double upright = std::abs(dy) / (a.size.height + b.size.height);
                if (sideways >= upright) {
                    const double push = (overlapX / 2 + 0.01) * (dx > 0 || (dx == 0 && i < j) ? 1 : -1);
                    a.centre.x -= push;
                    b.centre.x += push;
                } else {
                    const double push = (overlapY / 2 + 0.01) * (dy > 0 || (dy == 0 && i < j) ? 1 : -1);
                    a.centre.y -= push;
                    b.centre.y += push;
                }
                moved = true;
            }
        }
        if (!moved) {
            return true;
        }
    }
    return false;
}

} // namespace speelveld
