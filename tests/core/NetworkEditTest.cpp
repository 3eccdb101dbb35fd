#include "core/NetworkEdit.h"

#include <doctest/doctest.h>

#include <vector>

using namespace speelveld;

namespace {

/// Jeugd domain; A --commissions(jeugd)--> B --refers_to--> C, C --informs--> A;
/// B is executor in jeugd; group {B, C}; decision "Budget" with A accountable and B responsible.
///
///        A ──commissions──▶ B
///        ▲                  │
///        └──informs── C ◀──refers_to
struct Small {
    Network network;
    Id jeugd = network.addDomain({0, "Jeugd"});
    Id a = network.addActor({.kind = ActorKind::Municipality, .name = "A"});
    Id b = network.addActor({.kind = ActorKind::Provider, .name = "B"});
    Id c = network.addActor({.kind = ActorKind::AccessTeam, .name = "C"});
    Id ab = network.addRelation({.source = a, .target = b, .type = RelationType::Commissions, .domain = jeugd});
    Id bc = network.addRelation({.source = b, .target = c, .type = RelationType::RefersTo});
    Id ca = network.addRelation({.source = c, .target = a, .type = RelationType::Informs});
    Id role = network.addRole({0, b, jeugd, RoleType::Executor});
    Id group = network.addGroup({0, "BC", {b, c}});
    Id decision = network.addDecision({0, "Budget", "", jeugd, {{a, Raci::Accountable}, {b, Raci::Responsible}}});
};

} // namespace

TEST_CASE("removing an actor is undone whole: its relations, role, RACI line and membership, in their places")
{
    Small s;
    const Network original = s.network;
    const NetworkEdit edit = NetworkEdit::record(s.network, [&](Network& n) { n.removeActor(s.b); });
    const Network removed = s.network;
    REQUIRE(removed.actors().size() == 2);
    REQUIRE(removed.relations().size() == 1); // only C → A is left
    CHECK(removed.group(s.group)->members == std::vector<Id>{s.c});

    edit.undo(s.network);
    CHECK(s.network == original); // same ids, same order, same fields
    CHECK(s.network.relations()[1].id == s.bc);
    CHECK(s.network.actor(s.b)->name == "B");
    edit.redo(s.network);
    CHECK(s.network == removed);
    edit.undo(s.network);
    CHECK(s.network == original);
}

TEST_CASE("a sequence of edits undone in reverse gives the original; redone gives the edited network")
{
    Small s;
    const Network original = s.network;
    std::vector<NetworkEdit> edits;
    Id d = 0;
    edits.push_back(NetworkEdit::record(s.network, [&](Network& n) {
        d = n.addActor({.kind = ActorKind::Supervisor, .name = "D", .position = Point{10, 20}, .pinned = true});
    }));
    edits.push_back(NetworkEdit::record(
        s.network, [&](Network& n) { n.addRelation({.source = d, .target = s.a, .type = RelationType::Supervises}); }));
    edits.push_back(NetworkEdit::record(s.network, [&](Network& n) {
        Relation relation = *n.relation(s.ab);
        relation.strength = 5;
        relation.note = "sterker";
        n.updateRelation(relation);
    }));
    edits.push_back(NetworkEdit::record(s.network, [&](Network& n) {
        Actor actor = *n.actor(s.a);
        actor.name = "Gemeente A";
        actor.tags = {"opdrachtgever"};
        n.updateActor(actor);
    }));
    edits.push_back(NetworkEdit::record(s.network, [&](Network& n) { n.removeDomain(s.jeugd); }));
    edits.push_back(NetworkEdit::record(s.network, [&](Network& n) { n.removeActor(s.c); }));
    const Network edited = s.network;
    CHECK(edited.actors().size() == 3);
    CHECK(edited.domains().empty());
    CHECK(edited.relation(s.ab)->domain == 0);
    CHECK(edited.roles().empty());

    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        it->undo(s.network);
    }
    CHECK(s.network == original);
    for (const auto& edit : edits) {
        edit.redo(s.network);
    }
    CHECK(s.network == edited);
}

TEST_CASE("an edit that fails half-way leaves the network as it was and reports the failure")
{
    Small s;
    const Network original = s.network;
    CHECK_THROWS_AS(NetworkEdit::record(s.network,
                                        [&](Network& n) {
                                            n.removeActor(s.c);
                                            n.addRelation({.source = s.a, .target = 999, .type = RelationType::Funds});
                                        }),
                    ModelError);
    CHECK(s.network == original);
}

TEST_CASE("an edit that changes nothing is empty; one that touches actors names them")
{
    Small s;
    CHECK(NetworkEdit::record(s.network, [](Network&) {}).empty());
    CHECK(NetworkEdit::record(s.network, [&](Network& n) { n.updateActor(*n.actor(s.a)); }).empty());
    const Id e = s.network.addActor({.name = "E"});
    CHECK(NetworkEdit::record(s.network, [&](Network& n) {
              const Id f = n.addActor({.name = "F"});
              n.removeActor(f);
          }).empty());
    const NetworkEdit moved = NetworkEdit::record(s.network, [&](Network& n) { n.setActorPosition(e, {5, 5}, true); });
    CHECK(moved.actors() == std::vector<Id>{e});
}

TEST_CASE("an entity put back goes to its place in the order; a taken id is refused")
{
    Small s;
    const Actor b = *s.network.actor(s.b);
    s.network.removeActor(s.b);
    s.network.insert(b, 1);
    CHECK(s.network.actors()[1].id == s.b);
    CHECK(s.network.actor(s.b)->name == "B"); // the index follows the move
    CHECK(s.network.find(Entity::Actor, s.c)->second == 2);
    CHECK_THROWS_AS(s.network.insert(b, 0), ModelError);
    s.network.removeActor(s.b);
    s.network.insert(b, 99); // past the end: at the end
    CHECK(s.network.actors().back().id == s.b);
}
