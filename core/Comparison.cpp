#include "Comparison.h"

#include "ActorMeasures.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace speelveld {
namespace {

using RoleSet = std::set<std::pair<Id, RoleType>>;

std::map<Id, RoleSet> rolesByActor(const Network& network)
{
    std::map<Id, RoleSet> roles;
    for (const Role& role : network.roles()) {
        roles[role.actor].emplace(role.domain, role.type);
    }
    return roles;
}

std::vector<std::string> sorted(std::vector<std::string> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

std::vector<std::string> actorFields(const Actor& a, const Actor& b, const RoleSet& rolesA, const RoleSet& rolesB)
{
    // position and pinned are left out on purpose: moving an actor is drawing, not a change in the network.
    std::vector<std::string> fields;
    auto differs = [&fields](bool different, const char* key) {
        if (different) {
            fields.emplace_back(key);
        }
    };
    differs(a.name != b.name, "name");
    differs(a.kind != b.kind, "kind");
    differs(a.description != b.description, "description");
    differs(sorted(a.tags) != sorted(b.tags), "tags");
    differs(a.attributes != b.attributes, "attributes");
    differs(rolesA != rolesB, "roles");
    return fields;
}

/// The two ends of a relation as matching sees them: collaborates_with has no direction, so its ends are
/// put in a fixed order and A–B equals B–A.
std::pair<Id, Id> ends(const Relation& r)
{
    if (isDirected(r.type)) {
        return {r.source, r.target};
    }
    return std::minmax(r.source, r.target);
}

std::vector<std::string> relationFields(const Relation& a, const Relation& b)
{
    std::vector<std::string> fields;
    auto differs = [&fields](bool different, const char* key) {
        if (different) {
            fields.emplace_back(key);
        }
    };
    const bool sameEnds = a.type == b.type && ends(a) == ends(b);
    differs(!sameEnds && a.source != b.source, "source");
    differs(!sameEnds && a.target != b.target, "target");
    differs(a.type != b.type, "type");
    differs(a.domain != b.domain, "domain");
    differs(a.strength != b.strength, "strength");
    differs(a.trust != b.trust, "trust");
    differs(a.basis != b.basis, "basis");
    differs(a.steering != b.steering, "steering");
    differs(a.financing != b.financing, "financing");
    differs(a.validFrom != b.validFrom, "valid_from");
    differs(a.attributes != b.attributes, "attributes");
    differs(a.validTo != b.validTo, "valid_to");
    differs(a.note != b.note, "note");
    return fields;
}

void record(Id before, Id after, std::vector<std::string> fields, std::vector<EntityChange>& changed,
            std::vector<std::pair<Id, Id>>& same)
{
    if (fields.empty()) {
        same.emplace_back(before, after);
    } else {
        changed.push_back({before, after, std::move(fields)});
    }
}

void compareActors(const Network& before, const Network& after, NetworkComparison& out)
{
    const auto rolesBefore = rolesByActor(before);
    const auto rolesAfter = rolesByActor(after);
    const RoleSet none;
    auto rolesOf = [&none](const std::map<Id, RoleSet>& roles, Id id) -> const RoleSet& {
        const auto it = roles.find(id);
        return it == roles.end() ? none : it->second;
    };
    for (const Actor& a : before.actors()) {
        const Actor* b = after.actor(a.id);
        if (b == nullptr) {
            out.removedActors.push_back(a.id);
            continue;
        }
        record(a.id, b->id, actorFields(a, *b, rolesOf(rolesBefore, a.id), rolesOf(rolesAfter, a.id)),
               out.changedActors, out.sameActors);
    }
    for (const Actor& b : after.actors()) {
        if (before.actor(b.id) == nullptr) {
            out.addedActors.push_back(b.id);
        }
    }
}

void compareRelations(const Network& before, const Network& after, NetworkComparison& out)
{
    std::unordered_set<Id> matchedAfter;
    std::vector<const Relation*> leftBefore;
    for (const Relation& a : before.relations()) {
        if (const Relation* b = after.relation(a.id)) {
            matchedAfter.insert(b->id);
            record(a.id, b->id, relationFields(a, *b), out.changedRelations, out.sameRelations);
        } else {
            leftBefore.push_back(&a);
        }
    }
    // Relations without a shared id (a JSON file without relation ids, a relation deleted and drawn again)
    // still match when they tie the same two actors in the same way; queues keep the pairing in order.
    using Key = std::tuple<Id, Id, RelationType, Id>;
    auto keyOf = [](const Relation& r) { return Key{ends(r).first, ends(r).second, r.type, r.domain}; };
    std::map<Key, std::deque<const Relation*>> leftAfter;
    for (const Relation& b : after.relations()) {
        if (matchedAfter.count(b.id) == 0) {
            leftAfter[keyOf(b)].push_back(&b);
        }
    }
    for (const Relation* a : leftBefore) {
        auto it = leftAfter.find(keyOf(*a));
        if (it == leftAfter.end() || it->second.empty()) {
            out.removedRelations.push_back(a->id);
            continue;
        }
        const Relation* b = it->second.front();
        it->second.pop_front();
        matchedAfter.insert(b->id);
        record(a->id, b->id, relationFields(*a, *b), out.changedRelations, out.sameRelations);
    }
    for (const Relation& b : after.relations()) {
        if (matchedAfter.count(b.id) == 0) {
            out.addedRelations.push_back(b.id);
        }
    }
}

void sortById(NetworkComparison& c)
{
    auto byBefore = [](const EntityChange& x, const EntityChange& y) { return x.before < y.before; };
    for (auto* ids : {&c.addedActors, &c.removedActors, &c.addedRelations, &c.removedRelations}) {
        std::sort(ids->begin(), ids->end());
    }
    for (auto* pairs : {&c.sameActors, &c.sameRelations}) {
        std::sort(pairs->begin(), pairs->end());
    }
    std::sort(c.changedActors.begin(), c.changedActors.end(), byBefore);
    std::sort(c.changedRelations.begin(), c.changedRelations.end(), byBefore);
}

std::optional<double> present(double value) { return std::isnan(value) ? std::nullopt : std::optional<double>(value); }

/// Rows of a metrics result by actor id.
std::unordered_map<Id, std::size_t> rowsOf(const MetricsResult& metrics)
{
    std::unordered_map<Id, std::size_t> rows;
    for (std::size_t row = 0; row < metrics.actors.size(); ++row) {
        rows.emplace(metrics.actors[row], row);
    }
    return rows;
}

const MeasureChange* findKey(const std::vector<MeasureChange>& changes, std::string_view key)
{
    const auto it = std::find_if(changes.begin(), changes.end(), [key](const auto& c) { return c.key == key; });
    return it == changes.end() ? nullptr : &*it;
}

} // namespace

bool NetworkComparison::empty() const
{
    return addedActors.empty() && removedActors.empty() && changedActors.empty() && addedRelations.empty() &&
           removedRelations.empty() && changedRelations.empty();
}

NetworkComparison compareNetworks(const Network& before, const Network& after)
{
    NetworkComparison out;
    compareActors(before, after, out);
    compareRelations(before, after, out);
    sortById(out);
    return out;
}

std::optional<double> MeasureChange::delta() const
{
    if (!before || !after) {
        return std::nullopt;
    }
    return *after - *before;
}

const MeasureChange* ActorMetricChange::find(std::string_view key) const { return findKey(measures, key); }

const MeasureChange* MetricsComparison::find(std::string_view key) const { return findKey(network, key); }

MetricsComparison compareMetrics(const NetworkComparison& comparison, const MetricsResult& before,
                                 const MetricsResult& after)
{
    const auto rowsBefore = rowsOf(before);
    const auto rowsAfter = rowsOf(after);
    auto valueIn = [](const MetricsResult& metrics, const std::unordered_map<Id, std::size_t>& rows, Id actor,
                      const ActorMeasure& measure) -> std::optional<double> {
        const auto it = rows.find(actor);
        if (actor == 0 || it == rows.end()) {
            return std::nullopt;
        }
        return present(measure.value(metrics, it->second));
    };

    std::vector<std::pair<Id, Id>> pairs;
    for (const EntityChange& change : comparison.changedActors) {
        pairs.emplace_back(change.before, change.after);
    }
    pairs.insert(pairs.end(), comparison.sameActors.begin(), comparison.sameActors.end());
    std::sort(pairs.begin(), pairs.end());
    for (const Id id : comparison.removedActors) {
        pairs.emplace_back(id, 0);
    }
    for (const Id id : comparison.addedActors) {
        pairs.emplace_back(0, id);
    }

    MetricsComparison out;
    for (const auto& [idBefore, idAfter] : pairs) {
        ActorMetricChange row{idBefore, idAfter, {}};
        for (const ActorMeasure& measure : actorMeasures()) {
            if (!measure.label) {
                row.measures.push_back({measure.key, valueIn(before, rowsBefore, idBefore, measure),
                                        valueIn(after, rowsAfter, idAfter, measure)});
            }
        }
        out.actors.push_back(std::move(row));
    }
    for (const NetworkMeasure& measure : networkMeasures()) {
        out.network.push_back({measure.key, present(measure.value(before)), present(measure.value(after))});
    }
    return out;
}

Network alignByName(const Network& before, const Network& after)
{
    Id next = std::max(before.nextFreeId(), after.nextFreeId());
    std::map<std::string, Id> actorByName;
    std::map<std::string, Id> domainByName;
    for (const auto& actor : before.actors()) {
        actorByName.try_emplace(actor.name, actor.id);
    }
    for (const auto& domain : before.domains()) {
        domainByName.try_emplace(domain.name, domain.id);
    }
    std::map<Id, Id> actorId;
    std::map<Id, Id> domainId;
    std::set<Id> taken;
    auto claim = [&](const std::map<std::string, Id>& byName, const std::string& name) {
        const auto it = byName.find(name);
        if (it != byName.end() && taken.insert(it->second).second) {
            return it->second;
        }
        return next++;
    };
    Network aligned;
    aligned.reserveIds(next + static_cast<Id>(after.actors().size() + after.domains().size()));
    for (Domain domain : after.domains()) {
        const Id claimed = claim(domainByName, domain.name);
        domainId[domain.id] = claimed;
        domain.id = claimed;
        aligned.addDomain(std::move(domain));
    }
    for (Actor actor : after.actors()) {
        const Id claimed = claim(actorByName, actor.name);
        actorId[actor.id] = claimed;
        actor.id = claimed;
        aligned.addActor(std::move(actor));
    }
    auto domainOf = [&domainId](Id id) { return id == 0 ? Id{0} : domainId.at(id); };
    for (Role role : after.roles()) {
        role.id = 0;
        role.actor = actorId.at(role.actor);
        role.domain = domainOf(role.domain);
        aligned.addRole(role);
    }
    for (Relation relation : after.relations()) {
        relation.id = 0;
        relation.source = actorId.at(relation.source);
        relation.target = actorId.at(relation.target);
        relation.domain = domainOf(relation.domain);
        aligned.addRelation(std::move(relation));
    }
    for (Decision decision : after.decisions()) {
        decision.id = 0;
        decision.domain = domainOf(decision.domain);
        for (auto& assignment : decision.assignments) {
            assignment.actor = actorId.at(assignment.actor);
        }
        aligned.addDecision(std::move(decision));
    }
    for (Group group : after.groups()) {
        group.id = 0;
        for (Id& member : group.members) {
            member = actorId.at(member);
        }
        aligned.addGroup(std::move(group));
    }
    return aligned;
}

} // namespace speelveld
