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
