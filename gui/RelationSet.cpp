#include "RelationSet.h"

#include "core/Network.h"
#include "gui/Labels.h"

#include <QPainterPathStroker>

namespace speelveld::gui {

void RelationSet::reset(const Network& network, const Drawing& drawing)
{
    entries_.clear();
    index_.clear();
    entries_.reserve(drawing.edges.size());
    index_.reserve(drawing.edges.size());
    for (const auto& edge : drawing.edges) {
        const Relation* relation = network.relation(edge.relation);
        if (relation == nullptr) {
            continue;
        }
        RelationEntry entry;
        entry.id = relation->id;
        entry.source = relation->source;
        entry.target = relation->target;
        entry.type = relation->type;
        entry.strength = relation->strength;
        entry.toolTip =
            label(relation->type) + (relation->note.empty() ? QString() : QStringLiteral("\n") + qs(relation->note));
        entry.shape = relationShape(edge, relation->type, relation->strength);
        index_[entry.id] = entries_.size();
        entries_.push_back(std::move(entry));
    }
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

std::size_t RelationSet::countIn(const QRectF& area) const
{
    std::size_t count = 0;
    for (const auto& entry : entries_) {
        count += !entry.hidden && entry.shape.bounds.intersects(area) ? 1 : 0;
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
