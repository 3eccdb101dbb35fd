#pragma once
// Which actors and relations a filter or a focus keeps visible. The map fades the rest where it stands, so a
// filter never moves anything; this only decides what is in and what is out.

#include "Metrics.h"
#include "Network.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace speelveld {

/// Keep actors whose value of one per-actor measure lies in [min, max], both ends included.
struct MetricRange {
    std::string measure; ///< a key of actorMeasureKeys() (ActorMeasures.h): "in_degree", "betweenness", ...
    double min = 0;
    double max = 0;
    bool operator==(const MetricRange&) const = default;
};

/// What to keep. Every criterion is optional (empty: no criterion); criteria combine with AND, the values
/// within one criterion with OR.
///
/// An actor passes when
///  - kinds: its kind is one of them;
///  - tags: it has one of the tags (exact text);
///  - search: its name, description or one of its tags contains the text, ignoring case (ASCII and the
///    Latin letters with accents, é = É; other text is compared as written);
///  - ranges: its value lies within every range; an actor the metrics have no row for, or whose value is
///    undefined (NaN, as constraint is for an isolated actor), is out. Without metrics, ranges are ignored;
///  - domains: it holds an explicitly stated role in one of the domains, or has a relation of any type in
///    one of them (which also covers the roles relations imply).
///
/// A relation passes when
///  - relationTypes: its type is one of them;
///  - domains: its domain is one of them (a relation without a domain is out);
///  - and both its ends are kept.
///
/// Focus: the focus actor and every actor within focusSteps steps of it, counting steps along relations that
/// pass relationTypes and domains, in either direction. The walk goes through actors the actor criteria leave
/// out (they are not shown, but they still connect); the actors it reaches must pass the actor criteria to be
/// kept, except the focus actor itself, which is always kept. A focus on an actor that is not in the network
/// keeps nothing.
struct FilterSpec {
    std::set<ActorKind> kinds;
    std::set<RelationType> relationTypes;
    std::set<Id> domains;
    std::set<std::string> tags;
    std::string search;
    std::vector<MetricRange> ranges;
    std::optional<Id> focus;
    int focusSteps = 1; ///< 0: the focus actor alone; negative counts as 0

    /// False when no criterion is set: everything is kept.
    bool active() const;
    bool operator==(const FilterSpec&) const = default;
};

/// The ids a filter keeps.
struct Visibility {
    std::unordered_set<Id> actors;
    std::unordered_set<Id> relations;
};

/// Applies a filter. `metrics`, computed on this network, may be null; metric ranges are then ignored.
/// Throws std::invalid_argument when a range names a measure that does not exist (a programming mistake:
/// offer the user actorMeasureKeys()).
Visibility applyFilter(const Network& network, const FilterSpec& spec, const MetricsResult* metrics);

/// True when `text` contains `part`, ignoring case as FilterSpec::search does.
bool containsIgnoringCase(std::string_view text, std::string_view part);

} // namespace speelveld
