// The scene's looks: hiding (presentation mode), "show me", and how the two combine; relations found by
// geometry. Delft 2015 laid out with neato, as the window would.

#include "gui/MapScene.h"
#include "core/JsonFormat.h"
#include "gui/ActorItem.h"
#include "gui/GroupItem.h"
#include "gui/Theme.h"
#include "layouts/Layout.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

struct DelftScene {
    Project project = readJsonProject(test::dataFile("delft.json"));
    const Network& network = project.snapshots.at(project.current).network;
    Drawing drawing;
    MapScene scene;

    DelftScene()
    {
        LayoutOptions options;
        options.engine = LayoutEngine::Neato;
        options.nodeSizes = MapScene::measureActors(network);
        drawing = layoutNetwork(network, options);
        scene.showDrawing(network, drawing);
    }
};

} // namespace

TEST_CASE("hiding actors and relations: a relation needs both its actors; nullopt shows all again")
{
    DelftScene delft;
    MapScene& scene = delft.scene;
    const Network& network = delft.network;
    const Relation& kept = network.relations().front();
    const Relation& other = network.relations().back();
    REQUIRE(kept.id != other.id);

    // Only the two actors of one relation, and only that relation (and one whose actors are hidden).
    scene.setShownOnly(std::unordered_set<Id>{kept.source, kept.target}, std::unordered_set<Id>{kept.id, other.id});
    for (const Actor& actor : network.actors()) {
        const bool shown = actor.id == kept.source || actor.id == kept.target;
        CHECK(scene.actorItem(actor.id)->isVisible() == shown);
        CHECK(scene.isActorShown(actor.id) == shown);
    }
    for (const Relation& relation : network.relations()) {
        const bool ends = scene.isActorShown(relation.source) && scene.isActorShown(relation.target);
        CHECK(scene.isRelationShown(relation.id) == (ends && (relation.id == kept.id || relation.id == other.id)));
    }
    CHECK(scene.isRelationShown(kept.id));

    // Hidden relations are not found under the mouse; shown ones are.
    const QPointF middle = scene.relationPath(kept.id)->pointAtPercent(0.5);
    CHECK(scene.relationAt(middle) == kept.id);

    scene.setShownOnly(std::nullopt, std::nullopt);
    for (const Actor& actor : network.actors()) {
        CHECK(scene.actorItem(actor.id)->isVisible());
    }
    for (const Relation& relation : network.relations()) {
        CHECK(scene.isRelationShown(relation.id));
    }
}

TEST_CASE("hidden wins over the spotlight, and the spotlight's area covers only what is shown")
{
    DelftScene delft;
    MapScene& scene = delft.scene;
    const Network& network = delft.network;
    const Relation& relation = network.relations().front();
    scene.spotlight({relation.source, relation.target}, {relation.id});
    const QRectF all = scene.spotlightRect();
    REQUIRE_FALSE(all.isEmpty());

    // Hide the relation's target: the relation goes with it, the source stays lit, everything else is faint.
    std::unordered_set<Id> shown;
    for (const Actor& actor : network.actors()) {
        if (actor.id != relation.target) {
            shown.insert(actor.id);
        }
    }
    scene.setShownOnly(shown, std::nullopt);
    CHECK(scene.isSpotlit());
    CHECK_FALSE(scene.actorItem(relation.target)->isVisible());
    CHECK_FALSE(scene.isRelationShown(relation.id));
    CHECK(scene.actorItem(relation.source)->opacity() == 1.0);
    for (const Relation& other : network.relations()) {
        if (scene.isRelationShown(other.id)) {
            CHECK(scene.isRelationFaded(other.id) == (other.id != relation.id));
        }
    }
    const QRectF lit = scene.spotlightRect();
    CHECK(lit == scene.actorItem(relation.source)->sceneBoundingRect());
    CHECK(all.contains(lit));

    // Both survive a new drawing; clearing the spotlight leaves the hidden hidden.
    scene.showDrawing(network, delft.drawing);
    CHECK(scene.isSpotlit());
    CHECK_FALSE(scene.actorItem(relation.target)->isVisible());
    CHECK_FALSE(scene.isRelationShown(relation.id));
    scene.clearSpotlight();
    CHECK_FALSE(scene.actorItem(relation.target)->isVisible());
    CHECK(scene.actorItem(relation.source)->opacity() == 1.0);
}

TEST_CASE("a group is drawn while one of its members is shown")
{
    Project project = readJsonProject(test::dataFile("lerend-netwerk.json"));
    const Network& network = project.snapshots.at(project.current).network;
    REQUIRE_FALSE(network.groups().empty());
    const Group& group = network.groups().front();
    REQUIRE_FALSE(group.members.empty());
    LayoutOptions options;
    options.engine = LayoutEngine::Fdp;
    options.nodeSizes = MapScene::measureActors(network);
    MapScene scene;
    scene.showDrawing(network, layoutNetwork(network, options));
    auto groupItem = [&] {
        for (QGraphicsItem* item : scene.items()) {
            if (auto* found = qgraphicsitem_cast<GroupItem*>(item); found != nullptr && found->groupId() == group.id) {
                return found;
            }
        }
        return static_cast<GroupItem*>(nullptr);
    };
    REQUIRE(groupItem() != nullptr);
    scene.setShownOnly(std::unordered_set<Id>{group.members.front()}, std::nullopt);
    CHECK(groupItem()->isVisible());
    scene.setShownOnly(std::unordered_set<Id>{}, std::unordered_set<Id>{});
    CHECK_FALSE(groupItem()->isVisible());
}
