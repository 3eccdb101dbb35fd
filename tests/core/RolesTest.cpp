#include "core/Roles.h"

#include <doctest/doctest.h>

using namespace speelveld;

// Gemeente --commissions(wmo)--> Aanbieder --funds--> Initiatief ; an explicit role: Gemeente is regisseur in wmo.
TEST_CASE("roles come from explicit statements and from relations, and say which is which")
{
    Network network;
    const Id wmo = network.addDomain({0, "Wmo"});
    const Id gemeente = network.addActor({.kind = ActorKind::Municipality, .name = "Gemeente"});
    const Id aanbieder = network.addActor({.kind = ActorKind::Provider, .name = "Aanbieder"});
    const Id initiatief = network.addActor({.kind = ActorKind::ResidentInitiative, .name = "Initiatief"});
    const Id role = network.addRole({0, gemeente, wmo, RoleType::Director});
    const Id contract = network.addRelation(
        {.source = gemeente, .target = aanbieder, .type = RelationType::Commissions, .domain = wmo});
    const Id funding = network.addRelation({.source = aanbieder, .target = initiatief, .type = RelationType::Funds});
    network.addRelation({.source = aanbieder, .target = initiatief, .type = RelationType::Informs});

    const auto held = heldRoles(network);
    REQUIRE(held.size() == 4);
    CHECK(held[0] == HeldRole{gemeente, wmo, RoleType::Director, role, 0});
    CHECK(held[0].explicitlyStated());
    CHECK(held[1] == HeldRole{gemeente, wmo, RoleType::Commissioner, 0, contract});
    CHECK(held[2] == HeldRole{aanbieder, wmo, RoleType::Contractor, 0, contract});
    CHECK(held[3] == HeldRole{aanbieder, 0, RoleType::Funder, 0, funding});
    CHECK_FALSE(held[3].explicitlyStated());
}

TEST_CASE("which relation types imply which roles")
{
    CHECK(impliedRoles(RelationType::Commissions).source == RoleType::Commissioner);
    CHECK(impliedRoles(RelationType::Commissions).target == RoleType::Contractor);
    CHECK(impliedRoles(RelationType::Supervises).source == RoleType::Supervisor);
    CHECK(impliedRoles(RelationType::RefersTo).source == RoleType::Gatekeeper);
    CHECK_FALSE(impliedRoles(RelationType::Informs).source.has_value());
    CHECK_FALSE(impliedRoles(RelationType::AccountableTo).target.has_value());
}
