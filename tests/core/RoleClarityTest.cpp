// RC1–RC7: for each check a small network where it fires and one where it must not, the index per actor and
// for the network, and the role-conflict table.
#include "core/RoleClarity.h"
#include "core/JsonFormat.h"
#include "core/ProjectFile.h"
#include "core/UserError.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace speelveld;
using doctest::Approx;

namespace {

/// A network under construction, with short names for the ids the drawings use.
struct Builder {
    Network network;
    Id wmo = network.addDomain({.name = "Wmo"});
    Id jeugd = network.addDomain({.name = "Jeugd"});

    Id actor(const std::string& name, ActorKind kind = ActorKind::Provider)
    {
        return network.addActor({.kind = kind, .name = name});
    }
    Id tie(Id a, Id b, RelationType type, Id domain = 0, Relation extra = {})
    {
        extra.source = a;
        extra.target = b;
        extra.type = type;
        extra.domain = domain;
        return network.addRelation(extra);
    }
    Id commission(Id a, Id b, Id domain, Relation extra = {})
    {
        return tie(a, b, RelationType::Commissions, domain, extra);
    }
    RoleClarityResult assess() const { return assessRoleClarity(network, RoleConflictTable::defaults()); }
};

std::vector<Finding> of(const RoleClarityResult& result, Check check)
{
    std::vector<Finding> found;
    std::copy_if(result.findings.begin(), result.findings.end(), std::back_inserter(found),
                 [&](const Finding& f) { return f.check == check; });
    return found;
}

} // namespace

TEST_CASE("the role-conflict table: DOMAIN.md's five pairs, order-free, editable")
{
    RoleConflictTable table = RoleConflictTable::defaults();
    CHECK(table.pairs().size() == 5);
    CHECK(table.conflicts(RoleType::Contractor, RoleType::Commissioner));
    CHECK(table.conflicts(RoleType::Commissioner, RoleType::Contractor));
    CHECK(table.conflicts(RoleType::Executor, RoleType::Supervisor));
    CHECK_FALSE(table.conflicts(RoleType::Commissioner, RoleType::Funder));
    table.add(RoleType::Funder, RoleType::Commissioner);
    table.add(RoleType::Commissioner, RoleType::Funder);
    CHECK(table.pairs().size() == 6);
    CHECK(table.conflicts(RoleType::Commissioner, RoleType::Funder));
    table.remove(RoleType::Contractor, RoleType::Commissioner);
    CHECK_FALSE(table.conflicts(RoleType::Commissioner, RoleType::Contractor));
    CHECK(std::is_sorted(table.pairs().begin(), table.pairs().end()));
}

TEST_CASE("RC1 role conflict: commissioner and contractor in one domain")
{
    //   G ──commissions (Wmo)──► A ──commissions (Wmo)──► B        A is both, in Wmo
    Builder b;
    const Id g = b.actor("G", ActorKind::Municipality), a = b.actor("A"), p = b.actor("B");
    const Id r1 = b.commission(g, a, b.wmo);
    const Id r2 = b.commission(a, p, b.wmo);
    auto found = of(b.assess(), Check::RoleConflict);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == a);
    CHECK(found[0].domain == b.wmo);
    CHECK(found[0].roles == std::vector{RoleType::Commissioner, RoleType::Contractor});
    CHECK(found[0].relations == std::vector{r2, r1});
    CHECK(found[0].actors == std::vector{a, p, g});

    SUBCASE("in two different domains it is not a conflict")
    {
        Builder c;
        const Id g2 = c.actor("G"), a2 = c.actor("A"), p2 = c.actor("B");
        c.commission(g2, a2, c.wmo);
        c.commission(a2, p2, c.jeugd);
        CHECK(of(c.assess(), Check::RoleConflict).empty());
    }
    SUBCASE("an explicitly stated role counts too; removing the pair from the table silences it")
    {
        Builder c;
        const Id s = c.actor("S", ActorKind::Supervisor);
        c.network.addRole({.actor = s, .domain = c.wmo, .type = RoleType::Supervisor});
        c.network.addRole({.actor = s, .domain = c.wmo, .type = RoleType::Executor});
        CHECK(of(c.assess(), Check::RoleConflict).size() == 1);
        RoleConflictTable table = RoleConflictTable::defaults();
        table.remove(RoleType::Supervisor, RoleType::Executor);
        CHECK(of(assessRoleClarity(c.network, table), Check::RoleConflict).empty());
    }
}

TEST_CASE("RC2 multiple principals, unless they act through one regional body")
{
    //   G1 ──commissions (Jeugd)──► P ◄──funds (Jeugd)── G2
    Builder b;
    const Id g1 = b.actor("G1", ActorKind::Municipality), g2 = b.actor("G2", ActorKind::Municipality);
    const Id p = b.actor("P");
    b.commission(g1, p, b.jeugd);
    b.tie(g2, p, RelationType::Funds, b.jeugd);
    SUBCASE("two principals: a finding")
    {
        const auto result = b.assess();
        const auto found = of(result, Check::MultiplePrincipals);
        REQUIRE(found.size() == 1);
        CHECK(found[0].subject == p);
        CHECK(found[0].value == 2);
        CHECK(found[0].actors == std::vector{p, g1, g2});
        CHECK(result.actors.at(p).principals == 2);
    }
    SUBCASE("both members of one regional body: none")
    {
        const Id region = b.actor("Regio", ActorKind::RegionalBody);
        b.tie(g1, region, RelationType::MemberOf);
        b.tie(g2, region, RelationType::MemberOf);
        CHECK(of(b.assess(), Check::MultiplePrincipals).empty());
    }
    SUBCASE("in different domains: none")
    {
        Builder c;
        const Id h1 = c.actor("G1"), h2 = c.actor("G2"), q = c.actor("P");
        c.commission(h1, q, c.jeugd);
        c.commission(h2, q, c.wmo);
        CHECK(of(c.assess(), Check::MultiplePrincipals).empty());
    }
}

TEST_CASE("RC3 decision rights: orphan and contested decisions, and the share with one Accountable")
{
    Builder b;
    const Id g = b.actor("G"), t = b.actor("T"), r = b.actor("R");
    const Id clear =
        b.network.addDecision({.title = "clear", .assignments = {{g, Raci::Accountable}, {t, Raci::Responsible}}});
    const Id orphan = b.network.addDecision({.title = "orphan", .assignments = {{t, Raci::Responsible}}});
    const Id contested =
        b.network.addDecision({.title = "contested", .assignments = {{g, Raci::Accountable}, {r, Raci::Accountable}}});
    const auto result = b.assess();
    const auto found = of(result, Check::DecisionRights);
    REQUIRE(found.size() == 2);
    CHECK(found[0].decision == orphan);
    CHECK(found[0].variant == "orphan");
    CHECK(found[0].actors == std::vector{t});
    CHECK(found[1].decision == contested);
    CHECK(found[1].variant == "contested");
    CHECK(found[1].actors == std::vector{g, r});
    CHECK(result.decisions == 3);
    CHECK(result.decisionsWithOneAccountable == Approx(1.0 / 3));
    CHECK(clear != 0);
}

TEST_CASE("RC4 steering on how: more than half of the incoming commissioning on process or input")
{
    //   G1 ──process──► P ◄──output── G2 ◄ ... and G3 ──input──► P:   2 of 3 on "how"
    Builder b;
    const Id g1 = b.actor("G1"), g2 = b.actor("G2"), g3 = b.actor("G3"), p = b.actor("P");
    b.commission(g1, p, b.wmo, {.steering = SteeringFocus::Process});
    b.commission(g2, p, b.wmo, {.steering = SteeringFocus::Output});
    SUBCASE("one of two (a half) is not a finding")
    {
        const auto result = b.assess();
        CHECK(of(result, Check::SteeringOnHow).empty());
        CHECK(result.actors.at(p).steeringOnHow == Approx(0.5));
    }
    SUBCASE("two of three is")
    {
        const Id r3 = b.commission(g3, p, b.wmo, {.steering = SteeringFocus::Input});
        const auto found = of(b.assess(), Check::SteeringOnHow);
        REQUIRE(found.size() == 1);
        CHECK(found[0].value == Approx(2.0 / 3));
        CHECK(found[0].actors == std::vector{p, g1, g3});
        CHECK(found[0].relations.back() == r3);
    }
}

TEST_CASE("RC5 contract without relationship, or with low trust")
{
    Builder b;
    const Id g = b.actor("G"), p = b.actor("P");
    const Id contract = b.commission(g, p, b.wmo, {.trust = 4});
    SUBCASE("no collaboration or information tie: a finding")
    {
        const auto found = of(b.assess(), Check::ContractWithoutRelationship);
        REQUIRE(found.size() == 1);
        CHECK(found[0].variant == "no_relationship");
        CHECK(found[0].actors == std::vector{p, g});
        CHECK(found[0].relations == std::vector{contract});
    }
    SUBCASE("the contractor informs the commissioner: none")
    {
        b.tie(p, g, RelationType::Informs);
        CHECK(of(b.assess(), Check::ContractWithoutRelationship).empty());
    }
    SUBCASE("collaborating, but trust 2: low trust")
    {
        b.tie(g, p, RelationType::CollaboratesWith);
        Relation low = *b.network.relation(contract);
        low.trust = 2;
        b.network.updateRelation(low);
        const auto result = b.assess();
        const auto found = of(result, Check::ContractWithoutRelationship);
        REQUIRE(found.size() == 1);
        CHECK(found[0].variant == "low_trust");
        CHECK(found[0].value == 2);
        // It counts against both ends.
        CHECK(result.actors.at(g).passed < result.actors.at(g).applicable);
    }
}

TEST_CASE("RC6 volume incentive: paid per unit and gatekeeper, self-referral, or no cap")
{
    //   G ──commissions (Wmo, per unit)──► P
    Builder b;
    const Id g = b.actor("G", ActorKind::Municipality), p = b.actor("P");
    b.commission(g, p, b.wmo, {.financing = Financing::PerUnit});
    auto variants = [&] {
        std::vector<std::string> found;
        for (const Finding& f : of(b.assess(), Check::VolumeIncentive)) {
            found.push_back(f.variant);
        }
        return found;
    };
    SUBCASE("no cap anywhere: uncapped") { CHECK(variants() == std::vector<std::string>{"uncapped"}); }
    SUBCASE("with a capped budget next to it: none")
    {
        b.commission(g, p, b.wmo, {.financing = Financing::CappedBudget});
        CHECK(variants().empty());
    }
    SUBCASE("capped, but P refers clients to itself and is the gatekeeper")
    {
        b.commission(g, p, b.wmo, {.financing = Financing::CappedBudget});
        b.network.addRole({.actor = p, .domain = b.wmo, .type = RoleType::Gatekeeper});
        const Id partner = b.actor("Partner");
        const Id group = b.network.addGroup({.name = "Netwerk", .members = {p, partner}});
        b.tie(partner, p, RelationType::RefersTo, b.wmo);
        CHECK(variants() == std::vector<std::string>{"gatekeeper", "self_referral"});
        CHECK(group != 0);
    }
    SUBCASE("referrals from an unrelated access team are fine")
    {
        b.commission(g, p, b.wmo, {.financing = Financing::CappedBudget});
        const Id toegang = b.actor("Toegang", ActorKind::AccessTeam);
        b.tie(toegang, p, RelationType::RefersTo, b.wmo);
        CHECK(variants().empty());
    }
    SUBCASE("lump sum financing: the check does not apply")
    {
        Builder c;
        const Id g2 = c.actor("G"), p2 = c.actor("P");
        c.commission(g2, p2, c.wmo, {.financing = Financing::LumpSum});
        CHECK(of(c.assess(), Check::VolumeIncentive).empty());
    }
}

TEST_CASE("RC7 accountability gap, and the role clarity index")
{
    //   G ──commissions (Wmo)──► P      P accounts to nobody
    Builder b;
    const Id g = b.actor("G"), p = b.actor("P"), idle = b.actor("Idle");
    b.commission(g, p, b.wmo, {.steering = SteeringFocus::Outcome, .financing = Financing::LumpSum});
    b.tie(p, g, RelationType::Informs);
    SUBCASE("no accountable_to: a finding, and P's index counts it")
    {
        const auto result = b.assess();
        const auto found = of(result, Check::AccountabilityGap);
        REQUIRE(found.size() == 1);
        CHECK(found[0].actors == std::vector{p, g});
        // P: RC1 (holds contractor), RC2 (one principal), RC4, RC5, RC7 apply; RC7 fails → 4/5.
        CHECK(result.actors.at(p).applicable == 5);
        CHECK(result.actors.at(p).passed == 4);
        CHECK(result.actors.at(p).index == Approx(0.8));
        // G: RC1 (commissioner), RC5 apply, both pass.
        CHECK(result.actors.at(g).index == Approx(1.0));
        // Idle: nothing applies; it is left out of the network mean.
        CHECK(result.actors.at(idle).applicable == 0);
        CHECK(result.networkIndex == Approx((0.8 + 1.0) / 2));
        CHECK(result.findings.size() == 1);
    }
    SUBCASE("P accounts to G: no finding, every index 1")
    {
        b.tie(p, g, RelationType::AccountableTo);
        const auto result = b.assess();
        CHECK(result.findings.empty());
        CHECK(result.networkIndex == Approx(1.0));
    }
}

TEST_CASE("an empty network: no findings, indices 1")
{
    const auto result = assessRoleClarity(Network{}, RoleConflictTable::defaults());
    CHECK(result.findings.empty());
    CHECK(result.networkIndex == 1.0);
    CHECK(result.decisionsWithOneAccountable == 1.0);
}

namespace {

/// "RC<n> <variant> <subject or decision>" per finding, in the order the program reports them.
std::vector<std::string> summary(const Network& network)
{
    std::vector<std::string> lines;
    for (const Finding& f : assessRoleClarity(network, RoleConflictTable::defaults()).findings) {
        const std::string who = f.subject != 0 ? network.actor(f.subject)->name : network.decision(f.decision)->title;
        lines.push_back("RC" + std::to_string(static_cast<int>(f.check)) + " " + f.variant +
                        (f.variant.empty() ? "" : " ") + who);
    }
    return lines;
}

const Network& snapshot(const Project& project, const std::string& name)
{
    for (const auto& s : project.snapshots) {
        if (s.name == name) {
            return s.network;
        }
    }
    FAIL("no snapshot " << name);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("the findings on the shipped Delft examples, checked by hand against data/delft.json")
{
    const Project project = readJsonProject(test::dataFile("delft.json"));

    // Delft 2010 (seed 001: subsidies steered on activities, little trust, no relationship management):
    // - RC4: BWD (process), Kwadraad (input) and the volunteer initiatives (input) are each commissioned once,
    //   on the "how": 100% each.
    // - RC5: the municipality commissions those three with only accountable_to coming back, no collaborates_with
    //   or informs; the Wmo providers do inform it.
    // - RC6: the Wmo providers are paid per unit (P×Q) and nothing in Wmo is a capped budget.
    // No RC1 (nobody holds a conflicting pair), RC2 (one principal each), RC3 (both decisions have one A),
    // RC7 (everyone commissioned accounts to the municipality).
    CHECK(summary(snapshot(project, "Delft 2010")) ==
          std::vector<std::string>{
              "RC4 Brede Welzijnsorganisatie Delft", "RC4 Kwadraad", "RC4 Vrijwilligersinitiatieven",
              "RC5 no_relationship Brede Welzijnsorganisatie Delft", "RC5 no_relationship Kwadraad",
              "RC5 no_relationship Vrijwilligersinitiatieven", "RC6 uncapped Aanbieders maatwerkvoorzieningen Wmo"});

    // Delft 2015 (Delft voor Elkaar steered on output under a capped budget):
    // - RC1: MEE is contractor of the municipality in Wmo and also states the gatekeeper role there.
    // - RC3: both the Toegang and the GPs are Accountable for access to specialised youth care (contested);
    //   nobody is Accountable for Delft voor Elkaar's accountability model (orphan).
    // - RC4 and RC5: the volunteer initiatives are still subsidised on input, with trust 2 and no tie back.
    // - RC6: the Wmo providers are still paid per unit without a cap.
    // Not RC2: the youth-care providers have two principals, but the municipality is a member of Regio
    // Haaglanden, the other one. Not RC7: each commissioned actor accounts to one of its principals.
    const Network& delft2015 = snapshot(project, "Delft 2015");
    CHECK(summary(delft2015) ==
          std::vector<std::string>{"RC1 MEE Zuid-Holland Noord", "RC3 contested Toegang tot specialistische jeugdhulp",
                                   "RC3 orphan Verantwoordingsmodel Delft voor Elkaar", "RC4 Vrijwilligersinitiatieven",
                                   "RC5 no_relationship Vrijwilligersinitiatieven",
                                   "RC6 uncapped Aanbieders maatwerkvoorzieningen Wmo"});
    const auto result = assessRoleClarity(delft2015, RoleConflictTable::defaults());
    CHECK(result.decisionsWithOneAccountable == Approx(3.0 / 5));
    // The municipality: RC1 and RC3 pass, RC5 fails (the volunteer initiatives): 2 of 3.
    const Id gemeente = delft2015.actors().front().id;
    REQUIRE(delft2015.actor(gemeente)->name == "Gemeente Delft");
    CHECK(result.actors.at(gemeente).applicable == 3);
    CHECK(result.actors.at(gemeente).index == Approx(2.0 / 3));
}

TEST_CASE("the role-conflict table is stored in the project; the default ships in data/")
{
    // data/role-conflicts.json is DOMAIN.md's default table, the one every project starts with.
    CHECK(readRoleConflictsFile(test::dataFile("role-conflicts.json")) == RoleConflictTable::defaults());

    Project project = readJsonProject(test::dataFile("delft.json"));
    CHECK(project.conflicts == RoleConflictTable::defaults());
    project.conflicts.add(RoleType::Commissioner, RoleType::Funder);
    project.conflicts.remove(RoleType::Gatekeeper, RoleType::Contractor);

    SUBCASE("Speelveld JSON round trip")
    {
        const Project back = parseJsonProject(writeJsonProject(project), "round trip");
        CHECK(back.conflicts == project.conflicts);
        // A project on the default table writes none, so shipped files do not change.
        CHECK(writeJsonProject(readJsonProject(test::dataFile("delft.json"))).find("role_conflicts") ==
              std::string::npos);
    }
    SUBCASE("project file round trip, including an empty table")
    {
        test::TempDir dir;
        saveProject(project, dir / "a.speelveld");
        CHECK(loadProject(dir / "a.speelveld").conflicts == project.conflicts);
        project.conflicts = RoleConflictTable{};
        saveProject(project, dir / "b.speelveld");
        CHECK(loadProject(dir / "b.speelveld").conflicts.pairs().empty());
    }
    SUBCASE("a mistake names the file, the pair and the role")
    {
        try {
            parseRoleConflicts(R"([["commissioner", "contractor"], ["boss", "contractor"]])", "x.json",
                               "role_conflicts");
            FAIL("no error");
        } catch (const UserError& error) {
            CHECK(error.file() == "x.json");
            CHECK(error.place() == "role_conflicts[1][0]");
            CHECK(error.problem().find("boss") != std::string::npos);
        }
        CHECK_THROWS_AS(
            parseJsonProject(R"({"speelveld": 1, "role_conflicts": "none", "snapshots": [{"name": "a"}]})", "y.json"),
            UserError);
    }
}
