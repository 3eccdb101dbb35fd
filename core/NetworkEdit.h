#pragma once
// One user edit of a network, kept as the state of every entity it touched before and after. Undo and redo
// put those states back exactly (same ids, same order), whatever the edit was: an actor removed with its
// relations, roles, RACI lines and group memberships comes back whole.

#include "Network.h"

#include <functional>
#include <optional>
#include <vector>

namespace speelveld {

class NetworkEdit {
public:
    /// Runs `edit` on `network` and records what it changed. When `edit` throws, what it changed so far is
    /// put back and the exception goes on to the caller: the network is as it was.
    static NetworkEdit record(Network& network, const std::function<void(Network&)>& edit);

    void undo(Network& network) const;
    void redo(Network& network) const;

    /// True when the edit changed nothing (the caller then need not keep it).
    bool empty() const { return slots_.empty(); }

    /// The actors the edit added, changed or removed.
    std::vector<Id> actors() const;

private:
    struct Slot {
        Entity entity = Entity::Actor;
        Id id = 0;
        std::optional<std::pair<EntityValue, std::size_t>> before;
        std::optional<std::pair<EntityValue, std::size_t>> after;
    };

    static void restore(Network& network, const std::vector<Slot>& slots, bool toBefore);

    std::vector<Slot> slots_;
};

} // namespace speelveld
