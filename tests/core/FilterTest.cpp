#include "core/Filter.h"

#include "core/ActorMeasures.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <stdexcept>

using namespace speelveld;

namespace {

constexpr Id J = 101; // Jeugd
constexpr Id W = 102; // Wmo
constexpr Id G = 1, R = 2, P = 3, Q = 4, V = 5, X = 6;

//                            5 Cliëntenraad Sociaal Domein [inspraak]
//                              | 15 advises (no domain)
//                              v
//  2 Regio <-12 member_of (J)- 1 Gemeente Delft ==16 collaborates_with (W)== 4 Wijkteam Noord
//    [regio]                     [opdrachtgever; commissioner in J]            [toegang]
//    |                           |                                             |
//    | 13 commissions (J)        | 11 commissions (J)                          | 14 refers_to (W)
//    |                           v                                             |
//    +-------------------> 3 Aanbieder Jeugdhulp <-----------------------------+
//                          [uitvoering] "Specialistische jeugdhulp"
//
//  6 Stichting Été (provider, no relations; executor in W by an explicit role)
//
// In- and out-degree (directed; collaborates_with counts both ways):
//   1 Gemeente 2 / 3   2 Regio 1 / 1   3 Aanbieder 3 / 0   4 Wijkteam 1 / 2   5 Cliëntenraad 0 / 1   6 Été 0 / 0
Network network()
{
    Network n;
    n.addDomain({J, "Jeugd"});
    n.addDomain({W, "Wmo"});
    n.addActor({.id = G, .kind = ActorKind::Municipality, .name = "Gemeente Delft", .tags = {"opdrachtgever"}});
    n.addActor({.id = R, .kind = ActorKind::RegionalBody, .name = "Regio Haaglanden", .tags = {"regio"}});
    n.addActor({.id = P,
                .kind = ActorKind::Provider,
                .name = "Aanbieder Jeugdhulp",
                .description = "Specialistische jeugdhulp",
                .tags = {"uitvoering"}});
    n.addActor({.id = Q, .kind = ActorKind::AccessTeam, .name = "Wijkteam Noord", .tags = {"toegang"}});
    n.addActor({.id = V,
                .kind = ActorKind::ClientCouncil,
                .name = "Cliëntenraad Sociaal Domein",
                .description = "Adviesraad van inwoners",
                .tags = {"inspraak"}});
    n.addActor({.id = X, .kind = ActorKind::Provider, .name = "Stichting Été"});
    n.addRole({0, G, J, RoleType::Commissioner});
    n.addRole({0, X, W, RoleType::Executor});
    n.addRelation({.id = 11, .source = G, .target = P, .type = RelationType::Commissions, .domain = J});
    n.addRelation({.id = 12, .source = G, .target = R, .type = RelationType::MemberOf, .domain = J});
    n.addRelation({.id = 13, .source = R, .target = P, .type = RelationType::Commissions, .domain = J});
    n.addRelation({.id = 14, .source = Q, .target = P, .type = RelationType::RefersTo, .domain = W});
    n.addRelation({.id = 15, .source = V, .target = G, .type = RelationType::Advises});
    n.addRelation({.id = 16, .source = Q, .target = G, .type = RelationType::CollaboratesWith, .domain = W});
    return n;
}

/// What a filter keeps, in sets that print and compare in order.
struct Kept {
    std::set<Id> actors;
    std::set<Id> relations;
    bool operator==(const Kept&) const = default;
};

doctest::String toString(const Kept& kept)
{
    std::string text = "actors {";
    for (const Id id : kept.actors) {
        text += " " + std::to_string(id);
    }
    text += " } relations {";
    for (const Id id : kept.relations) {
        text += " " + std::to_string(id);
    }
    return (text + " }").c_str();
}

Kept keep(const FilterSpec& spec, const MetricsResult* metrics = nullptr)
{
    const Visibility v = applyFilter(network(), spec, metrics);
    return {{v.actors.begin(), v.actors.end()}, {v.relations.begin(), v.relations.end()}};
}

const Kept everything{{G, R, P, Q, V, X}, {11, 12, 13, 14, 15, 16}};
const Kept nothing{};

} // namespace

TEST_CASE("an inactive filter keeps everything, and each criterion makes it active")
{
    const FilterSpec none;
    CHECK_FALSE(none.active());
    CHECK(keep(none) == everything);

    CHECK(FilterSpec{.kinds = {ActorKind::Provider}}.active());
    CHECK(FilterSpec{.relationTypes = {RelationType::Funds}}.active());
    CHECK(FilterSpec{.domains = {J}}.active());
    CHECK(FilterSpec{.tags = {"regio"}}.active());
    CHECK(FilterSpec{.search = "a"}.active());
    CHECK(FilterSpec{.ranges = {{"in_degree", 0, 1}}}.active());
    CHECK(FilterSpec{.focus = G}.active());
}

TEST_CASE("each criterion alone")
{
    SUBCASE("kinds: one of them; a relation needs both ends")
    {
        CHECK(keep({.kinds = {ActorKind::Provider}}) == Kept{{P, X}, {}});
        CHECK(keep({.kinds = {ActorKind::Provider, ActorKind::Municipality}}) == Kept{{G, P, X}, {11}});
    }
    SUBCASE("relation types leave the actors alone")
    {
        CHECK(keep({.relationTypes = {RelationType::Commissions}}) == Kept{{G, R, P, Q, V, X}, {11, 13}});
        CHECK(keep({.relationTypes = {RelationType::Commissions, RelationType::Advises}}) ==
              Kept{{G, R, P, Q, V, X}, {11, 13, 15}});
    }
    SUBCASE("domains: an actor by a stated role or any relation in it; a relation without a domain never")
    {
        CHECK(keep({.domains = {J}}) == Kept{{G, R, P}, {11, 12, 13}});
        CHECK(keep({.domains = {W}}) == Kept{{G, P, Q, X}, {14, 16}}); // Été by its role alone
        CHECK(keep({.domains = {J, W}}) == Kept{{G, R, P, Q, X}, {11, 12, 13, 14, 16}});
    }
    SUBCASE("tags: one of them, exactly")
    {
        CHECK(keep({.tags = {"toegang", "regio"}}) == Kept{{R, Q}, {}});
        CHECK(keep({.tags = {"opdrachtgever", "uitvoering"}}) == Kept{{G, P}, {11}});
        CHECK(keep({.tags = {"Regio"}}) == nothing);
    }
    SUBCASE("search: name, description or tag, ignoring case")
    {
        CHECK(keep({.search = "jeugd"}) == Kept{{P}, {}});
        CHECK(keep({.search = "JEUGDHULP"}) == Kept{{P}, {}});
        CHECK(keep({.search = "dElFt"}) == Kept{{G}, {}});
        CHECK(keep({.search = "adviesraad"}) == Kept{{V}, {}}); // its description
        CHECK(keep({.search = "TOEGANG"}) == Kept{{Q}, {}});    // its tag
        CHECK(keep({.search = "ÉTÉ"}) == Kept{{X}, {}});
        CHECK(keep({.search = "été"}) == Kept{{X}, {}});
        CHECK(keep({.search = "CLIËNTENRAAD"}) == Kept{{V}, {}});
        CHECK(keep({.search = "raad"}) == Kept{{V}, {}});
        CHECK(keep({.search = "gemeente delft"}) == Kept{{G}, {}});
        CHECK(keep({.search = "zzz"}) == nothing);
    }
}

TEST_CASE("search ignores case in UTF-8 text and survives broken text")
{
    CHECK(containsIgnoringCase("Stichting Été", "été"));
    CHECK(containsIgnoringCase("ĲSSELMONDE", "ĳssel")); // the Dutch ĳ ligature, U+0132 / U+0133
    CHECK(containsIgnoringCase("Ÿpres", "ÿ"));
    CHECK(containsIgnoringCase("Łódź", "ŁÓDŹ"));
    CHECK(containsIgnoringCase("anything", ""));
    CHECK_FALSE(containsIgnoringCase("Ete", "été"));
    CHECK_FALSE(containsIgnoringCase("", "a"));
    // A stray byte and a cut-off sequence are compared as written, never decoded into something else.
    CHECK(containsIgnoringCase("\xff\xfe"
                               "Delft",
                               "DELFT"));
    CHECK(containsIgnoringCase("Delft\xc3", "\xc3"));
    CHECK_FALSE(containsIgnoringCase("Été", "\xc3"));
}

TEST_CASE("metric ranges use the computed metrics, both ends included")
{
    const Network n = network();
    const MetricsResult metrics = computeMetrics(n, {});

    CHECK(keep({.ranges = {{"in_degree", 1, 2}}}, &metrics) == Kept{{G, R, Q}, {12, 16}});
    CHECK(keep({.ranges = {{"in_degree", 2, 3}}}, &metrics) == Kept{{G, P}, {11}});
    CHECK(keep({.ranges = {{"in_degree", 3, 3}}}, &metrics) == Kept{{P}, {}});
    CHECK(keep({.ranges = {{"in_degree", 3.5, 10}}}, &metrics) == nothing);
    // Every range must hold: in-degree 1..3 and out-degree 1..3.
    CHECK(keep({.ranges = {{"in_degree", 1, 3}, {"out_degree", 1, 3}}}, &metrics) == Kept{{G, R, Q}, {12, 16}});
    // Constraint is undefined (NaN) for the isolated Été, which is then outside any range.
    CHECK(keep({.ranges = {{"constraint", -1e9, 1e9}}}, &metrics) == Kept{{G, R, P, Q, V}, everything.relations});

    SUBCASE("without metrics the ranges are ignored")
    {
        CHECK(keep({.ranges = {{"in_degree", 3, 3}}}, nullptr) == everything);
    }
    SUBCASE("an actor the metrics have no row for is outside the range")
    {
        Network grown = n;
        const Id late = grown.addActor({.name = "Nieuw"});
        const Visibility v = applyFilter(grown, {.ranges = {{"in_degree", 0, 10}}}, &metrics);
        CHECK(v.actors.count(late) == 0);
        CHECK(v.actors.size() == 6);
    }
    SUBCASE("an unknown measure is a mistake the caller hears about")
    {
        CHECK_THROWS_AS(applyFilter(n, {.ranges = {{"popularity", 0, 1}}}, &metrics), std::invalid_argument);
    }
    SUBCASE("the keys to offer are those of the metrics export")
    {
        const auto keys = actorMeasureKeys();
        for (const char* key : {"in_degree", "out_degree", "betweenness", "closeness", "harmonic", "pagerank",
                                "eigenvector", "constraint", "role_clarity", "community"}) {
            CHECK_MESSAGE(std::find(keys.begin(), keys.end(), key) != keys.end(), key);
        }
    }
}

TEST_CASE("criteria combine with AND")
{
    CHECK(keep({.kinds = {ActorKind::Provider}, .domains = {J}}) == Kept{{P}, {}});
    CHECK(keep({.kinds = {ActorKind::Municipality, ActorKind::RegionalBody, ActorKind::Provider},
                .relationTypes = {RelationType::Commissions}}) == Kept{{G, R, P, X}, {11, 13}});
    CHECK(keep({.relationTypes = {RelationType::RefersTo}, .domains = {W}}) == Kept{{G, P, Q, X}, {14}});
    CHECK(keep({.domains = {J}, .search = "haaglanden"}) == Kept{{R}, {}});
    CHECK(keep({.tags = {"regio", "uitvoering"}, .search = "jeugd"}) == Kept{{P}, {}});
}

TEST_CASE("focus keeps an actor and those within some steps of it")
{
    SUBCASE("one step, either direction")
    {
        CHECK(keep({.focus = G}) == Kept{{G, R, P, Q, V}, {11, 12, 13, 14, 15, 16}});
        CHECK(keep({.focus = V}) == Kept{{V, G}, {15}});
        CHECK(keep({.focus = P}) == Kept{{P, G, R, Q}, {11, 12, 13, 14, 16}});
    }
    SUBCASE("two steps")
    {
        CHECK(keep({.focus = V, .focusSteps = 2}) == Kept{{V, G, R, P, Q}, {11, 12, 13, 14, 15, 16}});
        CHECK(keep({.focus = R, .focusSteps = 2}) == Kept{{R, G, P, Q, V}, {11, 12, 13, 14, 15, 16}});
    }
    SUBCASE("zero steps, and an actor without relations")
    {
        CHECK(keep({.focus = V, .focusSteps = 0}) == Kept{{V}, {}});
        CHECK(keep({.focus = V, .focusSteps = -3}) == Kept{{V}, {}});
        CHECK(keep({.focus = X, .focusSteps = 5}) == Kept{{X}, {}});
    }
    SUBCASE("steps only along relations that pass the relation criteria")
    {
        CHECK(
            keep({.relationTypes = {RelationType::Advises, RelationType::Commissions}, .focus = V, .focusSteps = 2}) ==
            Kept{{V, G, P}, {11, 15}});
        CHECK(keep({.domains = {J}, .focus = G}) == Kept{{G, R, P}, {11, 12, 13}});
    }
    SUBCASE("the actor criteria still apply to the others, not to the focus actor")
    {
        // The walk goes through the Gemeente (not a provider) to reach the Aanbieder two steps away.
        CHECK(keep({.kinds = {ActorKind::Provider}, .focus = V, .focusSteps = 2}) == Kept{{V, P}, {}});
        CHECK(keep({.kinds = {ActorKind::Provider}, .focus = R}) == Kept{{R, P}, {13}});
        // The Cliëntenraad has no relation in Jeugd: it is kept alone.
        CHECK(keep({.domains = {J}, .focus = V, .focusSteps = 2}) == Kept{{V}, {}});
    }
    SUBCASE("a focus on an actor that is not there keeps nothing") { CHECK(keep({.focus = 999}) == nothing); }
}

TEST_CASE("a filter can keep nothing")
{
    CHECK(keep({.kinds = {ActorKind::Ministry}}) == nothing);
    CHECK(keep({.kinds = {ActorKind::Provider}, .tags = {"regio"}}) == nothing);
    CHECK(keep({.domains = {J}, .search = "wijkteam"}) == nothing);
}
