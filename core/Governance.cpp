#include "Governance.h"

#include "Roles.h"

#include <algorithm>
#include <map>
#include <set>

namespace speelveld {

Governance inferGovernance(const Network& network)
{
    Governance result;
    GovernanceEvidence& e = result.evidence;
    const auto& actors = network.actors();
    e.actors = actors.size();
    if (actors.size() < 2) {
        result.rule = "none";
        return result;
    }
    std::map<Id, std::set<Id>> neighbours;
    std::map<Id, std::set<Id>> membersOf;
    for (const Relation& relation : network.relations()) {
        if (relation.source == relation.target) {
            continue;
        }
        neighbours[relation.source].insert(relation.target);
        neighbours[relation.target].insert(relation.source);
        if (relation.type == RelationType::MemberOf) {
            membersOf[relation.target].insert(relation.source);
        }
    }
    // A body "delivers" when it is commissioned or executes, or receives referrals of clients.
    std::set<Id> delivers;
    for (const HeldRole& role : heldRoles(network)) {
        if (role.type == RoleType::Contractor || role.type == RoleType::Executor) {
            delivers.insert(role.actor);
        }
    }
    for (const Relation& relation : network.relations()) {
        if (relation.type == RelationType::RefersTo) {
            delivers.insert(relation.target);
        }
    }

    const auto n = static_cast<double>(actors.size());
    std::size_t ties = 0;
    std::size_t top = 0;
    for (const Actor& actor : actors) {
        const std::size_t degree = neighbours[actor.id].size();
        ties += degree;
        if (degree > top) {
            top = degree;
            e.mostCentral = actor.id;
        }
    }
    e.density = static_cast<double>(ties) / (n * (n - 1)); // ties counts each pair twice
    e.mostCentralReach = static_cast<double>(top) / (n - 1);
    if (actors.size() > 2) {
        double spread = 0;
        for (const Actor& actor : actors) {
            spread += static_cast<double>(top - neighbours[actor.id].size());
        }
        e.degreeCentralisation = spread / ((n - 1) * (n - 2));
    }
    for (const Actor& actor : actors) {
        const std::size_t members = membersOf[actor.id].size();
        if (members >= kMinimumMembers && !delivers.contains(actor.id) && members > e.members) {
            e.administrativeBody = actor.id;
            e.members = members;
        }
    }

    if (e.administrativeBody != 0) {
        result.mode = GovernanceMode::AdministrativeOrganisation;
        result.rule = "nao";
    } else if (e.mostCentralReach >= kLeadReach && e.degreeCentralisation >= kLeadCentralisation) {
        result.mode = GovernanceMode::LeadOrganisation;
        result.rule = "lead";
    } else if (e.density >= kSharedDensity && e.degreeCentralisation < kSharedCentralisation) {
        result.mode = GovernanceMode::Shared;
        result.rule = "shared";
    } else {
        result.mode = GovernanceMode::Unclear;
        result.rule = "none";
    }
    return result;
}

} // namespace speelveld
