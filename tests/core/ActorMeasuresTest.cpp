#include "core/ActorMeasures.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace speelveld;

TEST_CASE("measure keys are unique, and only part numbers are labels")
{
    std::set<std::string_view> keys;
    std::set<std::string_view> labels;
    for (const ActorMeasure& measure : actorMeasures()) {
        CHECK_MESSAGE(keys.insert(measure.key).second, std::string(measure.key));
        if (measure.label) {
            labels.insert(measure.key);
        }
    }
    CHECK(labels == std::set<std::string_view>{"weak_component", "strong_component", "community"});
    CHECK(actorMeasureKeys().size() == actorMeasures().size());
    CHECK(findActorMeasure("pagerank") != nullptr);
    CHECK(findActorMeasure("PageRank") == nullptr);
    std::set<std::string_view> figures;
    for (const NetworkMeasure& measure : networkMeasures()) {
        CHECK(figures.insert(measure.key).second);
    }
}

// 1 Gemeente -commissions-> 2 Aanbieder      3 Los (no relations)
TEST_CASE("measures read the right row of a metrics result")
{
    Network network;
    network.addActor({.id = 1, .kind = ActorKind::Municipality, .name = "Gemeente"});
    network.addActor({.id = 2, .name = "Aanbieder"});
    network.addActor({.id = 3, .name = "Los"});
    network.addRelation({.source = 1, .target = 2, .type = RelationType::Commissions});
    const MetricsResult metrics = computeMetrics(network, {});
    CHECK(findActorMeasure("out_degree")->value(metrics, 0) == 1.0);
    CHECK(findActorMeasure("in_degree")->value(metrics, 1) == 1.0);
    CHECK(findActorMeasure("in_degree")->value(metrics, 0) == 0.0);
    // No check applies to the loose actor: its role clarity is 1, as in the metrics table.
    CHECK(findActorMeasure("role_clarity")->value(metrics, 2) == 1.0);
    CHECK(networkMeasures().front().value(metrics) == 3.0); // "actors"
}
