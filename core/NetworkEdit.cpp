#include "NetworkEdit.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace speelveld {

namespace {

/// The order in which entities may be put back: what others refer to comes first.
int dependencyRank(Entity entity)
{
    switch (entity) {
    case Entity::Domain:
        return 0;
    case Entity::Actor:
        return 1;
    case Entity::Relation:
        return 2;
    case Entity::Role:
        return 3;
    case Entity::Decision:
        return 4;
    case Entity::Group:
        return 5;
    }
    return 6;
}

template <typename T> std::unordered_map<Id, std::size_t> positions(const std::vector<T>& items)
{
    std::unordered_map<Id, std::size_t> result;
    result.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        result.emplace(items[i].id, i);
    }
    return result;
}

std::unordered_map<Id, std::size_t> positionsOf(const Network& network, Entity entity)
{
    switch (entity) {
    case Entity::Actor:
        return positions(network.actors());
    case Entity::Domain:
        return positions(network.domains());
    case Entity::Role:
        return positions(network.roles());
    case Entity::Relation:
        return positions(network.relations());
    case Entity::Decision:
        return positions(network.decisions());
    case Entity::Group:
        return positions(network.groups());
    }
    return {};
}

} // namespace

NetworkEdit NetworkEdit::record(Network& network, const std::function<void(Network&)>& edit)
{
    NetworkEdit result;
    std::map<std::pair<Entity, Id>, std::size_t> seen;
    // Places in the order before the edit, taken when a kind is first touched: later places shift as the
    // edit removes things, and undo must put each entity back where it was before all of them.
    std::map<Entity, std::unordered_map<Id, std::size_t>> originalPlaces;
    {
        // The first time an entity is about to change, its state then is its state before the edit.
        auto subscription = network.subscribe([&](const Change& change, Phase phase) {
            if (phase != Phase::Before) {
                return;
            }
            if (!seen.emplace(std::pair{change.entity, change.id}, result.slots_.size()).second) {
                return;
            }
            auto before = network.find(change.entity, change.id);
            if (before) {
                auto places = originalPlaces.find(change.entity);
                if (places == originalPlaces.end()) {
                    places = originalPlaces.emplace(change.entity, positionsOf(network, change.entity)).first;
                }
                before->second = places->second.at(change.id);
            }
            result.slots_.push_back({change.entity, change.id, std::move(before), {}});
        });
        try {
            edit(network);
        } catch (...) {
            for (auto& slot : result.slots_) {
                slot.after = network.find(slot.entity, slot.id);
            }
            restore(network, result.slots_, true);
            throw;
        }
    }
    for (auto& slot : result.slots_) {
        slot.after = network.find(slot.entity, slot.id);
    }
    // An entity added and removed again, or changed and changed back, did not change.
    std::erase_if(result.slots_, [](const Slot& slot) {
        if (!slot.before || !slot.after) {
            return !slot.before && !slot.after;
        }
        return slot.before->first == slot.after->first && slot.before->second == slot.after->second;
    });
    return result;
}

void NetworkEdit::undo(Network& network) const { restore(network, slots_, true); }
void NetworkEdit::redo(Network& network) const { restore(network, slots_, false); }

void NetworkEdit::restore(Network& network, const std::vector<Slot>& slots, bool toBefore)
{
    auto target = [toBefore](const Slot& slot) { return toBefore ? slot.before : slot.after; };
    // 1. Remove what must not be there; what refers to others goes first, so no cascade removes more.
    std::vector<const Slot*> removals;
    std::vector<const Slot*> inserts;
    std::vector<const Slot*> replaces;
    for (const auto& slot : slots) {
        const bool present = network.find(slot.entity, slot.id).has_value();
        const auto wanted = target(slot);
        if (!wanted && present) {
            removals.push_back(&slot);
        } else if (wanted && !present) {
            inserts.push_back(&slot);
        } else if (wanted) {
            replaces.push_back(&slot);
        }
    }
    std::stable_sort(removals.begin(), removals.end(), [](const Slot* a, const Slot* b) {
        return dependencyRank(a->entity) > dependencyRank(b->entity);
    });
    for (const Slot* slot : removals) {
        if (network.find(slot->entity, slot->id)) {
            network.remove(slot->entity, slot->id);
        }
    }
    // 2. Put back what is missing, referred-to first, and within a kind from the front: inserting at the old
    // places in ascending order rebuilds the old order exactly.
    std::stable_sort(inserts.begin(), inserts.end(), [&](const Slot* a, const Slot* b) {
        const int ra = dependencyRank(a->entity);
        const int rb = dependencyRank(b->entity);
        return ra != rb ? ra < rb : target(*a)->second < target(*b)->second;
    });
    for (const Slot* slot : inserts) {
        const auto wanted = target(*slot);
        network.insert(wanted->first, wanted->second);
    }
    // 3. Overwrite what changed, now that everything it refers to is back.
    for (const Slot* slot : replaces) {
        const auto wanted = target(*slot);
        const auto now = network.find(slot->entity, slot->id);
        if (!now) {
            network.insert(wanted->first, wanted->second);
        } else if (now->first != wanted->first) {
            network.replace(wanted->first);
        }
    }
}

std::vector<Id> NetworkEdit::actors() const
{
    std::vector<Id> ids;
    for (const auto& slot : slots_) {
        if (slot.entity == Entity::Actor) {
            ids.push_back(slot.id);
        }
    }
    return ids;
}

} // namespace speelveld
