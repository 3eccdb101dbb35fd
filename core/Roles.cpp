#include "Roles.h"

namespace speelveld {

ImpliedRoles impliedRoles(RelationType type)
{
    switch (type) {
    case RelationType::Commissions:
        return {RoleType::Commissioner, RoleType::Contractor};
    case RelationType::Funds:
        return {RoleType::Funder, std::nullopt};
    case RelationType::Supervises:
        return {RoleType::Supervisor, std::nullopt};
    case RelationType::RefersTo:
        return {RoleType::Gatekeeper, std::nullopt};
    case RelationType::Advises:
        return {RoleType::Advisor, std::nullopt};
    case RelationType::MemberOf:
        return {RoleType::NetworkMember, std::nullopt};
    case RelationType::AccountableTo:
    case RelationType::CollaboratesWith:
    case RelationType::Informs:
    case RelationType::DependsOn:
        break;
    }
    return {};
}

std::vector<HeldRole> heldRoles(const Network& network)
{
    std::vector<HeldRole> held;
    for (const auto& role : network.roles()) {
        held.push_back({role.actor, role.domain, role.type, role.id, 0});
    }
    for (const auto& relation : network.relations()) {
        const ImpliedRoles implied = impliedRoles(relation.type);
        if (implied.source) {
            held.push_back({relation.source, relation.domain, *implied.source, 0, relation.id});
        }
        if (implied.target) {
            held.push_back({relation.target, relation.domain, *implied.target, 0, relation.id});
        }
    }
    return held;
}

} // namespace speelveld
