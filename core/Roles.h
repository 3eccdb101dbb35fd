#pragma once
// Roles as the UI shows them: the ones stated explicitly and the ones relations imply.

#include "Network.h"

#include <optional>
#include <vector>

namespace speelveld {

/// One role an actor holds, and where it comes from.
struct HeldRole {
    Id actor = 0;
    Id domain = 0; ///< 0: the implying relation names no domain
    RoleType type = RoleType::NetworkMember;
    Id fromRole = 0;     ///< the explicit Role, or 0
    Id fromRelation = 0; ///< the implying Relation, or 0
    bool explicitlyStated() const { return fromRole != 0; }
    bool operator==(const HeldRole&) const = default;
};

/// The role a relation implies for its source and for its target, if any
/// (commissions: commissioner and contractor; funds: funder; supervises: supervisor; refers_to: gatekeeper;
/// advises: advisor; member_of: network member).
struct ImpliedRoles {
    std::optional<RoleType> source;
    std::optional<RoleType> target;
};
ImpliedRoles impliedRoles(RelationType type);

/// Every role held in the network: explicit ones first, then implied ones in relation order.
std::vector<HeldRole> heldRoles(const Network& network);

} // namespace speelveld
