#pragma once
// A project: its snapshots (the network at a date or under a scenario name) and which one is shown.

#include "Network.h"
#include "RoleClarity.h"

#include <string>
#include <vector>

namespace speelveld {

/// The whole network at a date or under a scenario name ("Delft 2010", "what if ...").
struct Snapshot {
    Id id = 0;
    std::string name;
    std::string date; ///< ISO date or empty
    std::string description;
    Network network;
    bool operator==(const Snapshot&) const = default;
};

/// What one `.speelveld` file holds.
struct Project {
    std::string title;
    std::string description;
    std::vector<Snapshot> snapshots;
    std::size_t current = 0; ///< index into snapshots of the one shown first
    /// Which roles may not be held together in one domain (RC1); the user edits it per project.
    RoleConflictTable conflicts = RoleConflictTable::defaults();

    /// The snapshot with this name, or nullptr.
    const Snapshot* findSnapshot(const std::string& name) const;
    Snapshot* findSnapshot(const std::string& name);

    bool operator==(const Project&) const = default;
};

} // namespace speelveld
