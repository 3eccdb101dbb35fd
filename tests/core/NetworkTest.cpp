#include "core/Network.h"

#include <doctest/doctest.h>

#include <vector>

using namespace speelveld;

namespace {

struct Heard {
    Change change;
    Phase phase;
    bool operator==(const Heard&) const = default;
};

/// A small network:  A --commissions(jeugd)--> B --refers_to--> C ; group {B, C}; decision with A=A, B=R.
struct Small {
    Network network;
    Id jeugd = network.addDomain({0, "Jeugd"});
    Id a = network.addActor({.kind = ActorKind::Municipality, .name = "A"});
    Id b = network.addActor({.kind = ActorKind::Provider, .name = "B"});
    Id c = network.addActor({.kind = ActorKind::AccessTeam, .name = "C"});
    Id ab = network.addRelation({.source = a, .target = b, .type = RelationType::Commissions, .domain = jeugd});
    Id bc = network.addRelation({.source = b, .target = c, .type = RelationType::RefersTo});
    Id role = network.addRole({0, b, jeugd, RoleType::Executor});
    Id group = network.addGroup({0, "BC", {b, c}});
    Id decision = network.addDecision({0, "Budget", "", jeugd, {{a, Raci::Accountable}, {b, Raci::Responsible}}});
};

} // namespace

TEST_CASE("adding assigns fresh, distinct ids and keeps insertion order")
{
    Small s;
    CHECK(s.a != s.b);
    CHECK(s.network.actors().size() == 3);
    CHECK(s.network.actors()[1].name == "B");
    CHECK(s.network.actor(s.c)->kind == ActorKind::AccessTeam);
    CHECK(s.network.relation(s.ab)->domain == s.jeugd);
    CHECK(s.network.actor(9999) == nullptr);
}

TEST_CASE("a given id is kept, a taken one is refused, and later ids do not collide")
{
    Network network;
    CHECK(network.addActor({.id = 40, .name = "Forty"}) == 40);
    CHECK_THROWS_AS(network.addActor({.id = 40, .name = "Again"}), ModelError);
    CHECK(network.addActor({.name = "Next"}) == 41);
}

TEST_CASE("roles and groups with fresh ids are added without scanning the ones already there")
{
    // An import adds one role per actor and domain it names; a scan for each fresh id took 20 s for these here
    // (their time is not checked: see ImportScaleTest.cpp).
    constexpr int kCount = 300'000;
    Network network;
    const Id domain = network.addDomain({0, "Wmo"});
    const Id actor = network.addActor({.name = "A"});
    for (int i = 0; i < kCount; ++i) {
        network.addRole({0, actor, domain, RoleType::Commissioner});
        network.addGroup({0, "G", {}});
    }
    CHECK(network.roles().size() == kCount);
    CHECK(network.groups().back().id == 2 + 2 * kCount);
    CHECK_THROWS_AS(network.addGroup({network.groups().back().id, "Taken", {}}), ModelError);
}

TEST_CASE("a relation's domain is found without scanning every domain, also after one is removed")
{
    // An import may name a domain per relation; scanning them for each relation took 10 s for these here.
    constexpr int kCount = 100'000;
    Network network;
    const Id a = network.addActor({.name = "A"});
    std::vector<Id> domains;
    for (int i = 0; i < kCount; ++i) {
        domains.push_back(network.addDomain({0, "D" + std::to_string(i)}));
        network.addRelation({.source = a, .target = a, .type = RelationType::Funds, .domain = domains.back()});
    }
    network.removeDomain(domains.front());
    CHECK(network.domain(domains.front()) == nullptr);
    REQUIRE(network.domain(domains.back()) != nullptr);
    CHECK(network.domain(domains.back())->name == "D99999");
    CHECK(network.relations().front().domain == 0);
}

TEST_CASE("edits that would break the network are refused and change nothing")
{
    Small s;
    const Network before = s.network;
    CHECK_THROWS_AS(s.network.addRelation({.source = s.a, .target = 777, .type = RelationType::Funds}), ModelError);
    CHECK_THROWS_AS(s.network.addRelation({.source = s.a, .target = s.b, .type = RelationType::Funds, .strength = 6}),
                    ModelError);
    CHECK_THROWS_AS(
        s.network.addRelation({.source = s.a, .target = s.b, .type = RelationType::Funds, .strength = 2, .trust = 9}),
        ModelError);
    CHECK_THROWS_AS(s.network.addRole({0, s.a, 555, RoleType::Funder}), ModelError);
    CHECK_THROWS_AS(s.network.addGroup({0, "ghost", {s.a, 404}}), ModelError);
    CHECK_THROWS_AS(s.network.updateActor({.id = 12345, .name = "nobody"}), ModelError);
    CHECK(s.network == before);
}

TEST_CASE("removing an actor takes its relations, roles, RACI lines and group memberships along")
{
    Small s;
    s.network.removeActor(s.b);
    CHECK(s.network.actor(s.b) == nullptr);
    CHECK(s.network.relations().empty());
    CHECK(s.network.roles().empty());
    CHECK(s.network.group(s.group)->members == std::vector<Id>{s.c});
    REQUIRE(s.network.decision(s.decision)->assignments.size() == 1);
    CHECK(s.network.decision(s.decision)->assignments[0].actor == s.a);
    CHECK(s.network.actor(s.a) != nullptr); // lookups still work after re-indexing
    CHECK(s.network.actor(s.c)->name == "C");
}

TEST_CASE("removing a domain clears it from relations and decisions and removes its roles")
{
    Small s;
    s.network.removeDomain(s.jeugd);
    CHECK(s.network.relation(s.ab)->domain == 0);
    CHECK(s.network.decision(s.decision)->domain == 0);
    CHECK(s.network.roles().empty());
}

TEST_CASE("every change is announced before and after, in pairs, and observers can leave")
{
    Small s;
    std::vector<Heard> heard;
    {
        auto subscription = s.network.subscribe([&](const Change& change, Phase phase) {
            // Before: the change is not applied yet; after: it is.
            if (change.entity == Entity::Actor && change.kind == ChangeKind::Changed) {
                const bool moved = s.network.actor(change.id)->position.has_value();
                CHECK(moved == (phase == Phase::After));
            }
            heard.push_back({change, phase});
        });
        s.network.setActorPosition(s.a, {10, 20}, true);
        CHECK(heard == std::vector<Heard>{{{Entity::Actor, ChangeKind::Changed, s.a}, Phase::Before},
                                          {{Entity::Actor, ChangeKind::Changed, s.a}, Phase::After}});
        heard.clear();
        s.network.removeActor(s.c);
        // The relation b->c goes first, then c leaves the group, then c itself.
        CHECK(heard == std::vector<Heard>{{{Entity::Relation, ChangeKind::Removed, s.bc}, Phase::Before},
                                          {{Entity::Relation, ChangeKind::Removed, s.bc}, Phase::After},
                                          {{Entity::Group, ChangeKind::Changed, s.group}, Phase::Before},
                                          {{Entity::Group, ChangeKind::Changed, s.group}, Phase::After},
                                          {{Entity::Actor, ChangeKind::Removed, s.c}, Phase::Before},
                                          {{Entity::Actor, ChangeKind::Removed, s.c}, Phase::After}});
        heard.clear();
    }
    s.network.addActor({.name = "after the subscription ended"});
    CHECK(heard.empty());
}

TEST_CASE("a copy has the data but not the observers; equality compares data")
{
    Small s;
    int calls = 0;
    auto subscription = s.network.subscribe([&](const Change&, Phase) { ++calls; });
    Network copy = s.network;
    CHECK(copy == s.network);
    copy.addActor({.name = "only in the copy"});
    CHECK(calls == 0);
    CHECK_FALSE(copy == s.network);
    s.network = copy; // assignment keeps our own observers
    s.network.addActor({.name = "heard"});
    CHECK(calls == 2);
}
