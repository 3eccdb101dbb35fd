#pragma once
// Every relation on the canvas as plain data (no item per relation: 100,000 items make the canvas stall),
// with how each is shown. The RelationLayers draw from it; MapScene changes it.

#include "core/Network.h"
#include "gui/RelationShape.h"

#include <QString>
#include <optional>
#include <unordered_map>
#include <vector>

namespace speelveld::gui {

/// One relation on the canvas.
struct RelationEntry {
    Id id = 0;
    Id source = 0;
    Id target = 0;
    RelationType type = RelationType::Commissions;
    int strength = 3;
    QString toolTip;
    RelationShape shape;
    bool spotlit = false; ///< "show me": over a band in the spotlight colour
    bool faded = false;   ///< "show me" picks out others: drawn faint
    bool hidden = false;  ///< not drawn at all (presentation mode)
    bool lifted = false;  ///< follows an actor being dragged: drawn by the overlay, not the cached layer
};

/// The relations of one drawing, by position and by id.
class RelationSet {
public:
    /// Replaces the entries with the drawing's relations that exist in `network`, in the drawing's order.
    void reset(const Network& network, const Drawing& drawing);

    std::vector<RelationEntry>& entries() { return entries_; }
    const std::vector<RelationEntry>& entries() const { return entries_; }
    RelationEntry* find(Id relation);
    const RelationEntry* find(Id relation) const;

    /// How many shown relations reach into `area` (decides how much detail a view can afford).
    std::size_t countIn(const QRectF& area) const;

    /// The shown relation whose line passes within `tolerance` of `point`, topmost first.
    std::optional<Id> at(QPointF point, qreal tolerance) const;

private:
    std::vector<RelationEntry> entries_;
    std::unordered_map<Id, std::size_t> index_;
};

} // namespace speelveld::gui
