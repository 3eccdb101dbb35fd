#include "core/Model.h"

#include <doctest/doctest.h>

using namespace speelveld;

TEST_CASE("every enumeration value has a key that reads back as itself")
{
    for (ActorKind kind : allActorKinds()) {
        CHECK(actorKindFromKey(toKey(kind)) == kind);
    }
    for (RoleType role : allRoleTypes()) {
        CHECK(roleTypeFromKey(toKey(role)) == role);
    }
    for (RelationType type : allRelationTypes()) {
        CHECK(relationTypeFromKey(toKey(type)) == type);
    }
    CHECK(allActorKinds().size() == 14);
    CHECK(allRoleTypes().size() == 10);
    CHECK(allRelationTypes().size() == 10);
    CHECK(toKey(ActorKind::NetworkOrganisation) == "network_organisation");
    CHECK(toKey(Financing::PerUnit) == "per_unit");
    CHECK(toKey(Raci::Accountable) == "A");
}

TEST_CASE("unknown keys are refused, and the allowed ones can be listed for a message")
{
    CHECK_FALSE(actorKindFromKey("gemeente").has_value());
    CHECK_FALSE(relationTypeFromKey("Commissions").has_value());
    CHECK(allowedKeys<Raci>() == "R, A, C, I");
    CHECK(allowedKeys<FormalBasis>() == "contract, subsidy, covenant, law, informal, none");
}

TEST_CASE("only collaborates_with is undirected")
{
    for (RelationType type : allRelationTypes()) {
        CHECK(isDirected(type) == (type != RelationType::CollaboratesWith));
    }
}
