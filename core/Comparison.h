#pragma once
// What differs between two networks: two snapshots ("Delft 2010" against "Delft 2015") or a what-if fork
// against its origin. The map colours added, removed and changed actors and relations from it; the metrics
// comparison table shows how each measure moved.

#include "Metrics.h"
#include "Network.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace speelveld {

/// One entity present on both sides whose data differs.
struct EntityChange {
    Id before = 0; ///< its id in the earlier network
    Id after = 0;  ///< its id in the later one (the same id unless a relation was matched by its ends)
    /// What differs, as Speelveld JSON field keys, in a fixed order. Actors: name, kind, description, tags,
    /// attributes, roles. Relations: source, target, type, domain, strength, trust, basis, steering,
    /// financing, valid_from, valid_to, note.
    std::vector<std::string> fields;
    bool operator==(const EntityChange&) const = default;
};

/// The differences between two networks.
///
/// Matching: actors match by id (the JSON loader gives one text id the same Id in every snapshot, and a fork
/// copies the ids). Relations match by id first; those left over on both sides then match by
/// (source, target, type, domain), one to one in the order the networks hold them; for collaborates_with,
/// which has no direction, the two ends may be either way round.
///
/// What counts as a change: see EntityChange::fields. An actor's roles are its explicitly stated roles, as a
/// set of (domain, role type); roles a relation implies change with that relation and show up there. Tags
/// are a set: reordering them is no change. Position and pinning are not compared at all: moving an actor on
/// the map says nothing about the governance network.
struct NetworkComparison {
    std::vector<Id> addedActors;                  ///< ids in `after`, ascending
    std::vector<Id> removedActors;                ///< ids in `before`, ascending
    std::vector<EntityChange> changedActors;      ///< by `before` id
    std::vector<std::pair<Id, Id>> sameActors;    ///< matched and unchanged (before, after), by `before` id
    std::vector<Id> addedRelations;               ///< ids in `after`, ascending
    std::vector<Id> removedRelations;             ///< ids in `before`, ascending
    std::vector<EntityChange> changedRelations;   ///< by `before` id
    std::vector<std::pair<Id, Id>> sameRelations; ///< matched and unchanged (before, after), by `before` id

    /// True when nothing was added, removed or changed.
    bool empty() const;
    bool operator==(const NetworkComparison&) const = default;
};

/// Compares `before` with `after`.
NetworkComparison compareNetworks(const Network& before, const Network& after);

/// `after` with its actors and domains renumbered to the ids of same-named ones in `before` (the first of
/// each name), and everything else given fresh ids that `before` does not use; references follow. For
/// comparing two separately made files, whose ids mean nothing to each other (two JSON files number their
/// actors in order of appearance). Actors whose name occurs in `before` more than once match the first.
Network alignByName(const Network& before, const Network& after);

/// One measure on both sides.
struct MeasureChange {
    std::string_view key;         ///< an ActorMeasure or NetworkMeasure key (ActorMeasures.h)
    std::optional<double> before; ///< absent: the actor is not in that network, or the value is undefined (NaN)
    std::optional<double> after;
    /// after − before, when both are present.
    std::optional<double> delta() const;
    bool operator==(const MeasureChange&) const = default;
};

/// Every per-actor measure of one actor, before and after.
struct ActorMetricChange {
    Id before = 0; ///< 0 for an added actor
    Id after = 0;  ///< 0 for a removed actor
    /// One entry per measure in actorMeasures() order, leaving out labels (component and community numbers),
    /// whose differences mean nothing.
    std::vector<MeasureChange> measures;
    /// The entry for `key`, or nullptr.
    const MeasureChange* find(std::string_view key) const;
};

/// How the metrics moved between two networks.
struct MetricsComparison {
    /// Matched actors, then removed ones, then added ones, each by id.
    std::vector<ActorMetricChange> actors;
    /// The network figures of networkMeasures(), in that order.
    std::vector<MeasureChange> network;
    /// The network figure for `key`, or nullptr.
    const MeasureChange* find(std::string_view key) const;
};

/// Lines up the metrics of the two networks that `comparison` compared; `before` and `after` must have been
/// computed on those networks (actors missing from a result get no values).
MetricsComparison compareMetrics(const NetworkComparison& comparison, const MetricsResult& before,
                                 const MetricsResult& after);

} // namespace speelveld
