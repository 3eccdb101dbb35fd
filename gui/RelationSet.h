#pragma once
// Every relation on the canvas as plain data (no item per relation: 100,000 items make the canvas stall),
// with how each is shown. The RelationLayers draw from it; MapScene changes it.

#include "core/Network.h"
#include "gui/RelationShape.h"

#include <QColor>
#include <QString>
#include <functional>
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
    std::string note;
    QString toolTip;
    RelationShape shape;
    bool spotlit = false; ///< "show me": over a band in the spotlight colour, or in `band` when it is valid
    QColor band;          ///< a lit relation's own band colour (a comparison marks added, removed, changed)
    bool faded = false;   ///< "show me" picks out others: drawn faint
    bool hidden = false;  ///< not drawn at all (presentation mode)
    bool lifted = false;  ///< follows an actor being dragged: drawn by the overlay, not the cached layer

    /// The colour of the band under a lit relation (nullopt when it is not lit).
    std::optional<QColor> bandColour() const;
};

/// The relations of one drawing, by position and by id.
class RelationSet {
public:
    /// Replaces the entries with the drawing's relations that exist in `network`, in the drawing's order.
    void reset(const Network& network, const Drawing& drawing);

    /// What `update` changed: the relations that left (with their ends) and those that came.
    struct Changes {
        std::vector<RelationEntry> removed; ///< without their shapes
        std::vector<Id> added;
    };
    /// Like reset, but keeps the entries of relations that did not change, and their shapes where `keepsShape`
    /// says the entry's shape is still the one the new route gives (making 100,000 shapes took ~150 ms).
    /// A relation whose ends changed counts as removed and added.
    Changes update(const Network& network, const Drawing& drawing,
                   const std::function<bool(const RelationEntry& entry, const EdgeDrawing& route)>& keepsShape);

    std::vector<RelationEntry>& entries() { return entries_; }
    const std::vector<RelationEntry>& entries() const { return entries_; }
    RelationEntry* find(Id relation);
    const RelationEntry* find(Id relation) const;

    /// Marks an entry as following a drag (drawn by the lifted layer). The lifted ones are listed apart.
    void lift(RelationEntry& entry);
    /// Puts every lifted entry back; whether there were any.
    bool settleAll();
    /// Where the lifted entries are in entries(), in the order they were lifted.
    const std::vector<std::size_t>& liftedIndices() const { return lifted_; }

    /// How many shown relations reach into `area` (decides how much detail a view can afford), counting no
    /// further than `limit` + 1 (so a view of the whole map does not look at all 100,000).
    std::size_t countIn(const QRectF& area, std::size_t limit = SIZE_MAX) const;

    /// The shown relation whose line passes within `tolerance` of `point`, topmost first.
    std::optional<Id> at(QPointF point, qreal tolerance) const;

private:
    static RelationEntry entryFor(const Relation& relation, const EdgeDrawing& route);

    std::vector<RelationEntry> entries_;
    std::unordered_map<Id, std::size_t> index_;
    std::vector<std::size_t> lifted_;
};

} // namespace speelveld::gui
