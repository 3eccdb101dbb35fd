// The metrics as CSV: the one core csvCell quotes and neutralises the names it writes.
#include "gui/MetricsText.h"

#include <doctest/doctest.h>

using namespace speelveld;

TEST_CASE("the metrics CSV neutralises a name a spreadsheet would run as a formula, and quotes per RFC 4180")
{
    Network network;
    const Id formula =
        network.addActor({0, ActorKind::Provider, "=HYPERLINK(\"http://x\",\"klik\")", "", {}, {}, {}, false});
    const Id plain = network.addActor({0, ActorKind::Municipality, "Bosman, Vos", "", {}, {}, {}, false});
    network.addRelation({0, plain, formula, RelationType::Commissions, 0, 3, 0, {}, {}, {}, "", "", "", {}});
    const QString csv = gui::metricsCsv(computeMetrics(network, {}), network);
    CHECK(csv.contains(QStringLiteral("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",provider,")));
    CHECK(csv.contains(QStringLiteral("\r\n\"Bosman, Vos\",municipality,")));
}

// Bosman, Vos commissions the provider and nothing else ties them: RC5 (a contract without a relation) and RC7
// (no accountability back) find it, each naming both actors (the
// contracted party first).
TEST_CASE("the findings CSV has one row per finding with the check, the sentence and the actors")
{
    Network network;
    const Id provider = network.addActor({0, ActorKind::Provider, "Aanbieder", "", {}, {}, {}, false});
    const Id gemeente = network.addActor({0, ActorKind::Municipality, "Bosman, Vos", "", {}, {}, {}, false});
    network.addRelation({0, gemeente, provider, RelationType::Commissions, 0, 3, 0, {}, {}, {}, "", "", "", {}});
    const MetricsResult result = computeMetrics(network, {});
    REQUIRE_FALSE(result.roleClarity.findings.empty());
    const QString csv = gui::findingsCsv(result, network);
    CHECK(csv.startsWith(QStringLiteral("check,finding,actors\r\n")));
    CHECK(csv.count(QStringLiteral("\r\n")) == static_cast<qsizetype>(result.roleClarity.findings.size()) + 1);
    CHECK(csv.contains(QStringLiteral("RC5")));
    CHECK(csv.contains(QStringLiteral("\"Aanbieder; Bosman, Vos\"")));
}
