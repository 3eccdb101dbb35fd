#include "RoleClarity.h"

#include "Roles.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace speelveld {

namespace {

std::pair<RoleType, RoleType> ordered(RoleType a, RoleType b) { return a <= b ? std::pair{a, b} : std::pair{b, a}; }

void appendUnique(std::vector<Id>& ids, Id id)
{
    if (id != 0 && std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
    }
}

bool commissionsOrFunds(const Relation& r)
{
    return r.type == RelationType::Commissions || r.type == RelationType::Funds;
}

/// Everything the checks look up more than once, built in one pass over the network.
class Index {
public:
    explicit Index(const Network& network) : network_(network)
    {
        for (const Relation& r : network.relations()) {
            pairs_.insert({r.source, r.target, r.type});
            if (r.type == RelationType::CollaboratesWith) {
                pairs_.insert({r.target, r.source, r.type});
            }
        }
        for (const Group& g : network.groups()) {
            for (Id member : g.members) {
                groupsOf_[member].push_back(g.id);
            }
        }
    }

    bool has(Id source, Id target, RelationType type) const { return pairs_.contains({source, target, type}); }

    bool tiedEitherWay(Id a, Id b, RelationType type) const { return has(a, b, type) || has(b, a, type); }

    /// Same group, or one is member_of the other: "its own network" (RC6).
    bool ownNetwork(Id a, Id b) const
    {
        if (a == b || tiedEitherWay(a, b, RelationType::MemberOf)) {
            return true;
        }
        const auto ga = groupsOf_.find(a);
        const auto gb = groupsOf_.find(b);
        if (ga == groupsOf_.end() || gb == groupsOf_.end()) {
            return false;
        }
        return std::any_of(ga->second.begin(), ga->second.end(), [&](Id g) {
            return std::find(gb->second.begin(), gb->second.end(), g) != gb->second.end();
        });
    }

    const Network& network() const { return network_; }

private:
    const Network& network_;
    std::set<std::tuple<Id, Id, RelationType>> pairs_;
    std::map<Id, std::vector<Id>> groupsOf_;
};

/// Which checks apply to each actor and which of them failed, on the way to the index.
struct Tally {
    std::map<Id, std::set<Check>> applies;
    std::map<Id, std::set<Check>> failed;

    void apply(Id actor, Check check) { applies[actor].insert(check); }
    void fail(Id actor, Check check)
    {
        applies[actor].insert(check);
        failed[actor].insert(check);
    }
};

void roleConflicts(const Network& network, const RoleConflictTable& table, std::vector<Finding>& out, Tally& tally)
{
    // (actor, domain) -> role -> relations implying it (an explicit role adds no relation).
    std::map<std::pair<Id, Id>, std::map<RoleType, std::vector<Id>>> held;
    for (const HeldRole& role : heldRoles(network)) {
        auto& relations = held[{role.actor, role.domain}][role.type];
        appendUnique(relations, role.fromRelation);
        tally.apply(role.actor, Check::RoleConflict);
    }
    for (const auto& [where, roles] : held) {
        const auto [actor, domain] = where;
        for (auto a = roles.begin(); a != roles.end(); ++a) {
            for (auto b = std::next(a); b != roles.end(); ++b) {
                if (!table.conflicts(a->first, b->first)) {
                    continue;
                }
                Finding f{Check::RoleConflict, "", actor, domain, 0, {actor}, {}, {a->first, b->first}, 0};
                for (const auto* relations : {&a->second, &b->second}) {
                    for (Id id : *relations) {
                        appendUnique(f.relations, id);
                        const Relation* r = network.relation(id);
                        appendUnique(f.actors, r->source == actor ? r->target : r->source);
                    }
                }
                out.push_back(std::move(f));
                tally.fail(actor, Check::RoleConflict);
            }
        }
    }
}

/// Whether the principals act through one shared regional body: one regional body R such that every
/// other principal is a member of R (R itself may or may not be a principal).
bool throughSharedRegion(const Index& index, const std::vector<Id>& principals)
{
    for (const Actor& region : index.network().actors()) {
        if (region.kind != ActorKind::RegionalBody) {
            continue;
        }
        const bool all = std::all_of(principals.begin(), principals.end(), [&](Id p) {
            return p == region.id || index.has(p, region.id, RelationType::MemberOf);
        });
        if (all) {
            return true;
        }
    }
    return false;
}

void multiplePrincipals(const Index& index, std::vector<Finding>& out, Tally& tally, std::map<Id, ActorClarity>& actors)
{
    // (agent, domain) -> principals in order of first relation, and the relations.
    std::map<std::pair<Id, Id>, std::pair<std::vector<Id>, std::vector<Id>>> steered;
    for (const Relation& r : index.network().relations()) {
        if (commissionsOrFunds(r) && r.source != r.target) {
            auto& [principals, relations] = steered[{r.target, r.domain}];
            appendUnique(principals, r.source);
            relations.push_back(r.id);
            tally.apply(r.target, Check::MultiplePrincipals);
        }
    }
    for (const auto& [where, steering] : steered) {
        const auto& [principals, relations] = steering;
        const auto [agent, domain] = where;
        ActorClarity& clarity = actors[agent];
        clarity.principals = std::max(clarity.principals, static_cast<int>(principals.size()));
        if (principals.size() < 2 || throughSharedRegion(index, principals)) {
            continue;
        }
        Finding f{Check::MultiplePrincipals,
                  "",
                  agent,
                  domain,
                  0,
                  {agent},
                  relations,
                  {},
                  static_cast<double>(principals.size())};
        f.actors.insert(f.actors.end(), principals.begin(), principals.end());
        out.push_back(std::move(f));
        tally.fail(agent, Check::MultiplePrincipals);
    }
}

void decisionRights(const Network& network, std::vector<Finding>& out, Tally& tally, RoleClarityResult& result)
{
    int clear = 0;
    for (const Decision& d : network.decisions()) {
        std::vector<Id> accountable;
        std::vector<Id> involved;
        for (const RaciAssignment& a : d.assignments) {
            if (a.raci == Raci::Accountable) {
                appendUnique(accountable, a.actor);
            }
            if (a.raci == Raci::Accountable || a.raci == Raci::Responsible) {
                appendUnique(involved, a.actor);
            }
        }
        const bool ok = accountable.size() == 1;
        clear += ok ? 1 : 0;
        for (Id actor : involved) {
            ok ? tally.apply(actor, Check::DecisionRights) : tally.fail(actor, Check::DecisionRights);
        }
        if (!ok) {
            // An orphan shows who does the work (Responsible); a contested one who claims the right.
            out.push_back({Check::DecisionRights,
                           accountable.empty() ? "orphan" : "contested",
                           0,
                           d.domain,
                           d.id,
                           accountable.empty() ? involved : accountable,
                           {},
                           {},
                           0});
        }
    }
    result.decisions = static_cast<int>(network.decisions().size());
    result.decisionsWithOneAccountable =
        result.decisions == 0 ? 1.0 : static_cast<double>(clear) / static_cast<double>(result.decisions);
}

bool steersOnHow(const Relation& r)
{
    return r.steering == SteeringFocus::Process || r.steering == SteeringFocus::Input;
}

void steeringOnHow(const Network& network, std::vector<Finding>& out, Tally& tally, std::map<Id, ActorClarity>& actors)
{
    std::map<Id, std::pair<int, std::vector<Id>>> incoming; // agent -> (all commissions, the "how" ones)
    for (const Relation& r : network.relations()) {
        if (r.type == RelationType::Commissions && r.source != r.target) {
            auto& [all, how] = incoming[r.target];
            ++all;
            if (steersOnHow(r)) {
                how.push_back(r.id);
            }
            tally.apply(r.target, Check::SteeringOnHow);
        }
    }
    for (const auto& [agent, counts] : incoming) {
        const auto& [all, how] = counts;
        const double share = static_cast<double>(how.size()) / static_cast<double>(all);
        actors[agent].steeringOnHow = share;
        if (share <= 0.5) {
            continue;
        }
        Finding f{Check::SteeringOnHow, "", agent, 0, 0, {agent}, how, {}, share};
        for (Id id : how) {
            appendUnique(f.actors, network.relation(id)->source);
        }
        out.push_back(std::move(f));
        tally.fail(agent, Check::SteeringOnHow);
    }
}

void contractWithoutRelationship(const Index& index, std::vector<Finding>& out, Tally& tally)
{
    for (const Relation& r : index.network().relations()) {
        if (r.type != RelationType::Commissions || r.source == r.target) {
            continue;
        }
        const bool related = index.tiedEitherWay(r.source, r.target, RelationType::CollaboratesWith) ||
                             index.tiedEitherWay(r.source, r.target, RelationType::Informs);
        const bool lowTrust = r.trust >= 1 && r.trust <= 2;
        if (related && !lowTrust) {
            tally.apply(r.source, Check::ContractWithoutRelationship);
            tally.apply(r.target, Check::ContractWithoutRelationship);
            continue;
        }
        out.push_back({Check::ContractWithoutRelationship,
                       related ? "low_trust" : "no_relationship",
                       r.target,
                       r.domain,
                       0,
                       {r.target, r.source},
                       {r.id},
                       {},
                       static_cast<double>(r.trust)});
        tally.fail(r.source, Check::ContractWithoutRelationship);
        tally.fail(r.target, Check::ContractWithoutRelationship);
    }
}

void volumeIncentive(const Network& network, const Index& index, std::vector<Finding>& out, Tally& tally)
{
    const std::vector<HeldRole> held = heldRoles(network);
    // (contractor, domain) -> per-unit commissions
    std::map<std::pair<Id, Id>, std::vector<const Relation*>> perUnit;
    std::set<std::pair<Id, Id>> capped;
    for (const Relation& r : network.relations()) {
        if (r.type != RelationType::Commissions || r.source == r.target) {
            continue;
        }
        if (r.financing == Financing::PerUnit) {
            perUnit[{r.target, r.domain}].push_back(&r);
        }
        if (r.financing == Financing::CappedBudget) {
            capped.insert({r.target, r.domain});
        }
    }
    for (const auto& [where, commissions] : perUnit) {
        const auto [agent, domain] = where;
        tally.apply(agent, Check::VolumeIncentive);
        auto finding = [&, &commissions = commissions, agent = agent, domain = domain](const char* variant) {
            Finding f{Check::VolumeIncentive, variant, agent, domain, 0, {agent}, {}, {}, 0};
            for (const Relation* r : commissions) {
                appendUnique(f.actors, r->source);
                f.relations.push_back(r->id);
            }
            return f;
        };
        Finding gate = finding("gatekeeper");
        bool gatekeeper = false;
        for (const HeldRole& role : held) {
            if (role.actor == agent && role.domain == domain && role.type == RoleType::Gatekeeper) {
                gatekeeper = true;
                appendUnique(gate.relations, role.fromRelation);
            }
        }
        Finding self = finding("self_referral");
        bool selfReferral = false;
        for (const Relation& r : network.relations()) {
            if (r.type == RelationType::RefersTo && r.target == agent && index.ownNetwork(r.source, agent)) {
                selfReferral = true;
                appendUnique(self.actors, r.source);
                appendUnique(self.relations, r.id);
            }
        }
        const bool uncapped = !capped.contains(where);
        for (auto [fires, f] : {std::pair{gatekeeper, gate}, {selfReferral, self}, {uncapped, finding("uncapped")}}) {
            if (fires) {
                out.push_back(std::move(f));
                tally.fail(agent, Check::VolumeIncentive);
            }
        }
    }
}

void accountabilityGap(const Index& index, std::vector<Finding>& out, Tally& tally)
{
    std::map<Id, std::pair<std::vector<Id>, std::vector<Id>>> principalsOf; // agent -> (principals, relations)
    for (const Relation& r : index.network().relations()) {
        if (commissionsOrFunds(r) && r.source != r.target) {
            auto& [principals, relations] = principalsOf[r.target];
            appendUnique(principals, r.source);
            relations.push_back(r.id);
        }
    }
    for (const auto& [agent, steering] : principalsOf) {
        const auto& [principals, relations] = steering;
        const bool accounts = std::any_of(principals.begin(), principals.end(), [&, agent = agent](Id p) {
            return index.has(agent, p, RelationType::AccountableTo);
        });
        if (accounts) {
            tally.apply(agent, Check::AccountabilityGap);
            continue;
        }
        Finding f{Check::AccountabilityGap, "", agent, 0, 0, {agent}, relations, {}, 0};
        f.actors.insert(f.actors.end(), principals.begin(), principals.end());
        out.push_back(std::move(f));
        tally.fail(agent, Check::AccountabilityGap);
    }
}

} // namespace

RoleConflictTable RoleConflictTable::defaults()
{
    RoleConflictTable table;
    table.add(RoleType::Commissioner, RoleType::Contractor);
    table.add(RoleType::Gatekeeper, RoleType::Contractor);
    table.add(RoleType::Supervisor, RoleType::Executor);
    table.add(RoleType::Supervisor, RoleType::Contractor);
    table.add(RoleType::Funder, RoleType::Contractor);
    return table;
}

void RoleConflictTable::add(RoleType a, RoleType b)
{
    const auto pair = ordered(a, b);
    const auto at = std::lower_bound(pairs_.begin(), pairs_.end(), pair);
    if (at == pairs_.end() || *at != pair) {
        pairs_.insert(at, pair);
    }
}

void RoleConflictTable::remove(RoleType a, RoleType b) { std::erase(pairs_, ordered(a, b)); }

bool RoleConflictTable::conflicts(RoleType a, RoleType b) const
{
    return std::binary_search(pairs_.begin(), pairs_.end(), ordered(a, b));
}

RoleClarityResult assessRoleClarity(const Network& network, const RoleConflictTable& conflicts)
{
    RoleClarityResult result;
    for (const Actor& actor : network.actors()) {
        result.actors[actor.id] = {};
    }
    const Index index(network);
    Tally tally;
    std::vector<Finding>& out = result.findings;
    roleConflicts(network, conflicts, out, tally);
    multiplePrincipals(index, out, tally, result.actors);
    decisionRights(network, out, tally, result);
    steeringOnHow(network, out, tally, result.actors);
    contractWithoutRelationship(index, out, tally);
    volumeIncentive(network, index, out, tally);
    accountabilityGap(index, out, tally);

    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.check, a.subject, a.decision, a.domain, a.variant) <
               std::tie(b.check, b.subject, b.decision, b.domain, b.variant);
    });

    double sum = 0;
    int counted = 0;
    for (auto& [id, clarity] : result.actors) {
        const auto applies = tally.applies.find(id);
        if (applies == tally.applies.end()) {
            continue;
        }
        const auto failed = tally.failed.find(id);
        clarity.applicable = static_cast<int>(applies->second.size());
        clarity.passed =
            clarity.applicable - (failed == tally.failed.end() ? 0 : static_cast<int>(failed->second.size()));
        clarity.index = static_cast<double>(clarity.passed) / static_cast<double>(clarity.applicable);
        sum += clarity.index;
        ++counted;
    }
    result.networkIndex = counted == 0 ? 1.0 : sum / counted;
    return result;
}

} // namespace speelveld
