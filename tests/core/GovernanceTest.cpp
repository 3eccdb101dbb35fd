// The governance-mode heuristic: one small network per mode, and the figures it reports.
#include "core/Governance.h"

#include <doctest/doctest.h>

using namespace speelveld;
using doctest::Approx;

namespace {

std::vector<Id> addActors(Network& network, int count, ActorKind kind)
{
    std::vector<Id> ids;
    for (int i = 0; i < count; ++i) {
        ids.push_back(network.addActor({.kind = kind, .name = "Actor " + std::to_string(i)}));
    }
    return ids;
}

void tie(Network& network, Id a, Id b, RelationType type = RelationType::CollaboratesWith)
{
    network.addRelation({.source = a, .target = b, .type = type});
}

} // namespace

TEST_CASE("a network organisation that members join and that does not deliver: administrative organisation")
{
    //   P0   P1   P2       each member_of N; N informs the municipality, nobody commissions N
    //     \  |  /
    //        N ──informs──► G
    Network network;
    const auto members = addActors(network, 3, ActorKind::Provider);
    const Id nao = network.addActor({.kind = ActorKind::NetworkOrganisation, .name = "Netwerk"});
    const Id gemeente = network.addActor({.kind = ActorKind::Municipality, .name = "Gemeente"});
    for (const Id member : members) {
        tie(network, member, nao, RelationType::MemberOf);
    }
    tie(network, nao, gemeente, RelationType::Informs);
    Governance g = inferGovernance(network);
    CHECK(g.mode == GovernanceMode::AdministrativeOrganisation);
    CHECK(g.evidence.administrativeBody == nao);
    CHECK(g.evidence.members == 3);

    SUBCASE("once the same body is commissioned to deliver, it is no longer one")
    {
        tie(network, gemeente, nao, RelationType::Commissions);
        g = inferGovernance(network);
        CHECK(g.mode != GovernanceMode::AdministrativeOrganisation);
        CHECK(g.evidence.administrativeBody == 0);
        // Now N is tied to all 4 others: reach 1; degrees 1,1,1,4,1 → Σ(4 − d) = 12 = (n−1)(n−2): centralisation 1
        CHECK(g.mode == GovernanceMode::LeadOrganisation);
        CHECK(g.evidence.mostCentral == nao);
        CHECK(g.evidence.mostCentralReach == Approx(1));
        CHECK(g.evidence.degreeCentralisation == Approx(1));
    }
}

TEST_CASE("everyone tied to everyone: shared governance")
{
    //   a complete graph on 5 actors: density 1, centralisation 0
    Network network;
    const auto ids = addActors(network, 5, ActorKind::Municipality);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        for (std::size_t j = i + 1; j < ids.size(); ++j) {
            tie(network, ids[i], ids[j]);
        }
    }
    const Governance g = inferGovernance(network);
    CHECK(g.mode == GovernanceMode::Shared);
    CHECK(g.evidence.density == Approx(1));
    CHECK(g.evidence.degreeCentralisation == Approx(0));
}

TEST_CASE("a sparse chain fits no mode and says so")
{
    //   0 ── 1 ── 2 ── 3 ── 4 ── 5: density 5/15, reach 2/5, centralisation Σ(2 − d)/(5·4) = 2/20
    Network network;
    const auto ids = addActors(network, 6, ActorKind::Provider);
    for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
        tie(network, ids[i], ids[i + 1]);
    }
    const Governance g = inferGovernance(network);
    CHECK(g.evidence.density == Approx(1.0 / 3.0));
    CHECK(g.evidence.mostCentralReach == Approx(0.4));
    CHECK(g.evidence.degreeCentralisation == Approx(0.1));
    // dense enough (1/3 ≥ 0.25) and not centralised: the heuristic calls this shared
    CHECK(g.mode == GovernanceMode::Shared);

    SUBCASE("a longer chain is too sparse")
    {
        Network longer;
        const auto more = addActors(longer, 12, ActorKind::Provider);
        for (std::size_t i = 0; i + 1 < more.size(); ++i) {
            tie(longer, more[i], more[i + 1]);
        }
        const Governance h = inferGovernance(longer);
        CHECK(h.mode == GovernanceMode::Unclear);
        CHECK(h.rule == "none");
    }
}
