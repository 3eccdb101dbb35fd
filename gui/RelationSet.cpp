#include "RelationSet.h"

#include "core/Network.h"
#include "gui/Labels.h"
#include "gui/Theme.h"

#include <QPainterPathStroker>

namespace speelveld::gui {

std::optional<QColor> RelationEntry::bandColour() const
{
    if (!spotlit) {
        return std::nullopt;
    }
    return band.isValid() ? band : spotlightColour();
}

void RelationSet::reset(const Network& network, const Drawing& drawing)
{
    entries_.clear();
    index_.clear();
    lifted_.clear();
    entries_.reserve(drawing.edges.size());
    index_.reserve(drawing.edges.size());
    for (const auto& edge : drawing.edges) {
        if (const Relation* relation = network.relation(edge.relation)) {
            index_[relation->id] = entries_.size();
            entries_.push_back(entryFor(*relation, edge));
        }
    }
}

RelationEntry RelationSet::entryFor(const Relation& relation, const EdgeDrawing& route)
{
    RelationEntry entry;
    entry.id = relation.id;
    entry.source = relation.source;
    entry.target = relation.target;
    entry.type = relation.type;
    entry.strength = relation.strength;
    entry.note = relation.note;
    entry.toolTip =
        label(relation.type) + (relation.note.empty() ? QString() : QStringLiteral("\n") + qs(relation.note));
    entry.shape = relationShape(route, relation.type, relation.strength);
    return entry;
}

RelationSet::Changes
RelationSet::update(const Network& network, const Drawing& drawing,
                    const std::function<bool(const RelationEntry& entry, const EdgeDrawing& route)>& keepsShape)
{
    Changes changes;
    std::vector<RelationEntry> old = std::move(entries_);
    std::vector<bool> kept(old.size(), false);
    std::vector<std::pair<Id, std::size_t>> placed; // new to the index, or back in it after leaving
    entries_.clear();
    entries_.reserve(drawing.edges.size());
    // The index is changed in place: rebuilt, its 100,000 nodes were as many allocations.
    for (const auto& edge : drawing.edges) {
        const Relation* relation = network.relation(edge.relation);
        if (relation == nullptr) {
            continue;
        }
        const auto was = index_.find(relation->id);
        RelationEntry* before = was == index_.end() ? nullptr : &old[was->second];
        if (before == nullptr || before->source != relation->source || before->target != relation->target) {
            changes.added.push_back(relation->id);
            placed.emplace_back(relation->id, entries_.size());
            entries_.push_back(entryFor(*relation, edge));
            continue;
        }
        kept[was->second] = true;
        was->second = entries_.size();
        if (before->type == relation->type && before->strength == relation->strength &&
            before->note == relation->note) {
            if (!keepsShape(*before, edge)) {
                before->shape = relationShape(edge, relation->type, relation->strength);
            }
            entries_.push_back(std::move(*before));
        } else {
            RelationEntry entry = entryFor(*relation, edge);
            entry.lifted = before->lifted;
            entries_.push_back(std::move(entry));
        }
    }
    for (std::size_t i = 0; i < old.size(); ++i) {
        if (!kept[i]) {
            index_.erase(old[i].id);
            old[i].shape = {};
            changes.removed.push_back(std::move(old[i]));
        }
    }
    for (const auto& [id, position] : placed) {
        index_[id] = position;
    }
    lifted_.clear();
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (entries_[i].lifted) {
            lifted_.push_back(i);
        }
    }
    return changes;
}

void RelationSet::lift(RelationEntry& entry)
{
    if (!entry.lifted) {
        entry.lifted = true;
        lifted_.push_back(static_cast<std::size_t>(&entry - entries_.data()));
    }
}

bool RelationSet::settleAll()
{
    for (std::size_t index : lifted_) {
        entries_[index].lifted = false;
    }
    const bool any = !lifted_.empty();
    lifted_.clear();
    return any;
}

RelationEntry* RelationSet::find(Id relation)
{
    const auto it = index_.find(relation);
    return it == index_.end() ? nullptr : &entries_[it->second];
}

const RelationEntry* RelationSet::find(Id relation) const
{
    const auto it = index_.find(relation);
    return it == index_.end() ? nullptr : &entries_[it->second];
}

std::size_t RelationSet::countIn(const QRectF& area, std::size_t limit) const
{
    std::size_t count = 0;
    for (const auto& entry : entries_) {
        count += !entry.hidden && entry.shape.bounds.intersects(area) ? 1 : 0;
        if (count > limit) {
            break;
        }
    }
    return count;
}

std::optional<Id> RelationSet::at(QPointF point, qreal tolerance) const
{
    const QRectF probe(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance);
    QPainterPathStroker stroker;
    stroker.setWidth(2 * tolerance);
    // Later entries are drawn on top, so they are found first.
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
        if (it->hidden || !it->shape.bounds.intersects(probe)) {
            continue;
        }
        if (stroker.createStroke(it->shape.path).contains(point) ||
            it->shape.arrow.containsPoint(point, Qt::OddEvenFill)) {
            return it->id;
        }
    }
    return std::nullopt;
}

} // namespace speelveld::gui
