#include "core/Generator.h"

#include <doctest/doctest.h>

#include <map>
#include <set>

using namespace speelveld;

TEST_CASE("the generator is deterministic: same options, same network; another seed, another network")
{
    const Project first = generateProject({500, 7});
    const Project again = generateProject({500, 7});
    const Project other = generateProject({500, 8});
    CHECK(first == again);
    CHECK_FALSE(first == other);
}

TEST_CASE("the generator makes the asked size with a realistic structure")
{
    const Project project = generateProject({10000, 1});
    REQUIRE(project.snapshots.size() == 1);
    const Network& network = project.snapshots[0].network;
    CHECK(network.actors().size() == 10000);
    // About ten relations per actor, as the benchmarks assume.
    CHECK(network.relations().size() > 80000);
    CHECK(network.relations().size() < 130000);
    std::map<ActorKind, std::size_t> kinds;
    for (const auto& actor : network.actors()) {
        ++kinds[actor.kind];
    }
    CHECK(kinds[ActorKind::Municipality] >= 300); // hundreds of municipalities
    CHECK(kinds[ActorKind::RegionalBody] >= 20);  // tens of regions
    CHECK(kinds[ActorKind::Provider] >= 5000);    // thousands of providers
    std::size_t contracts = 0;
    std::size_t loops = 0;
    std::set<std::string> names;
    for (const auto& relation : network.relations()) {
        contracts += relation.type == RelationType::Commissions ? 1 : 0;
        loops += relation.source == relation.target ? 1 : 0;
    }
    CHECK(loops == 0);
    for (const auto& actor : network.actors()) {
        names.insert(actor.name);
    }
    CHECK(contracts >= 10000); // tens of thousands of contracts
    CHECK(names.size() == network.actors().size());
}

TEST_CASE("a tiny request still gives a connected, valid network")
{
    const Project project = generateProject({5, 3});
    const Network& network = project.snapshots[0].network;
    CHECK(network.actors().size() >= 20);
    CHECK_FALSE(network.relations().empty());
}
