// Following the model after an edit: MapScene::followModel changes only what differs, and the scene it leaves
// is the scene a fresh drawing of the model gives. A generated network of 300 actors on a grid (2,426 relations,
// enough for the relation picture), 150 units apart.

#include "core/Generator.h"
#include "gui/ActorItem.h"
#include "gui/GroupItem.h"
#include "gui/MapScene.h"
#include "layouts/Layout.h"

#include <QImage>
#include <QPainter>
#include <doctest/doctest.h>

#include <map>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

Network gridNetwork()
{
    Project project = generateProject({.actors = 300, .seed = 1});
    Network network = project.snapshots.front().network;
    int i = 0;
    for (const auto& actor : std::vector<Actor>(network.actors())) {
        Actor placed = actor;
        placed.position = Point{150.0 * (i % 20), 150.0 * (i / 20)};
        network.updateActor(placed);
        ++i;
    }
    return network;
}

/// The scene as a fresh drawing of the model shows it.
void showFresh(MapScene& scene, const Network& network)
{
    LayoutOptions options;
    options.nodeSizes = MapScene::measureActors(network);
    scene.showDrawing(network, drawingFromPositions(network, options).value());
}

std::map<Id, QRectF> groupBoxes(const MapScene& scene)
{
    std::map<Id, QRectF> boxes;
    for (QGraphicsItem* item : scene.items()) {
        if (const auto* group = qgraphicsitem_cast<GroupItem*>(item)) {
            boxes[group->groupId()] = group->sceneBoundingRect();
        }
    }
    return boxes;
}

QImage rendered(MapScene& scene)
{
    QImage image(600, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(image.rect()), scene.mapRect());
    return image;
}

/// Every actor, relation and group as `fresh` shows them, and the same picture.
void checkSame(MapScene& scene, MapScene& fresh, const Network& network)
{
    CHECK(scene.actorItemCount() == network.actors().size());
    CHECK(scene.actorItemCount() == fresh.actorItemCount());
    for (const Actor& actor : network.actors()) {
        const ActorItem* item = scene.actorItem(actor.id);
        const ActorItem* expected = fresh.actorItem(actor.id);
        REQUIRE(item != nullptr);
        REQUIRE(expected != nullptr);
        CHECK(item->pos() == expected->pos());
        CHECK(item->size() == expected->size());
        CHECK(item->name() == expected->name());
        CHECK(item->kind() == expected->kind());
        CHECK(item->toolTip() == expected->toolTip());
        CHECK(item->isVisible() == expected->isVisible());
        CHECK(item->opacity() == expected->opacity());
    }
    CHECK(scene.relationCount() == network.relations().size());
    CHECK(scene.relationCount() == fresh.relationCount());
    for (const Relation& relation : network.relations()) {
        const auto path = scene.relationPath(relation.id);
        REQUIRE(path.has_value());
        CHECK(*path == fresh.relationPath(relation.id).value());
        CHECK(scene.isRelationShown(relation.id) == fresh.isRelationShown(relation.id));
        CHECK(scene.isRelationFaded(relation.id) == fresh.isRelationFaded(relation.id));
    }
    CHECK(groupBoxes(scene) == groupBoxes(fresh));
    CHECK(scene.mapRect() == fresh.mapRect());
    CHECK(rendered(scene) == rendered(fresh));
}

} // namespace

TEST_CASE("edits and their undo: the scene follows with the items it had, and equals a fresh drawing")
{
    Network network = gridNetwork();
    const Network original = network;
    MapScene scene;
    showFresh(scene, network);
    REQUIRE(scene.relationCount() >= 1000);
    const Id untouched = network.actors().front().id;
    ActorItem* untouchedItem = scene.actorItem(untouched);
    const Id removed = network.actors()[10].id;
    const Id renamed = network.actors()[20].id;
    const Relation retyped = network.relations()[5];
    scene.setKept(std::nullopt, std::unordered_set<Id>{retyped.id}); // a filter fades the others: kept too

    // Add an actor, connect it, rename one, retype a relation, move one, delete one with its relations.
    Actor added;
    added.name = "Nieuwe actor met een lange naam";
    added.kind = ActorKind::Municipality;
    added.position = Point{3100, 100};
    const Id addedId = network.addActor(added);
    REQUIRE(scene.followModel(network));
    CHECK(scene.actorItem(addedId) != nullptr);
    Relation link;
    link.source = addedId;
    link.target = untouched;
    link.type = RelationType::Funds;
    const Id linkId = network.addRelation(link);
    REQUIRE(scene.followModel(network));
    CHECK(scene.isRelationShown(linkId));
    Actor rename = *network.actor(renamed);
    rename.name = "Een andere naam, langer dan de oude";
    rename.description = "Met een beschrijving";
    network.updateActor(rename);
    REQUIRE(scene.followModel(network));
    Relation retype = retyped;
    retype.type = RelationType::Supervises;
    retype.note = "Toezicht";
    network.updateRelation(retype);
    REQUIRE(scene.followModel(network));
    network.setActorPosition(untouched, Point{-200, -200}, true);
    REQUIRE(scene.followModel(network));
    const std::size_t before = network.relations().size();
    network.removeActor(removed);
    REQUIRE(network.relations().size() < before);
    REQUIRE(scene.followModel(network));
    CHECK(scene.actorItem(removed) == nullptr);

    // Only what changed was made anew: the moved actor keeps its item.
    CHECK(scene.actorItem(untouched) == untouchedItem);
    {
        MapScene fresh;
        fresh.setKept(std::nullopt, std::unordered_set<Id>{retyped.id});
        showFresh(fresh, network);
        checkSame(scene, fresh, network);
    }

    // Undo of all of it: the model as it was.
    network = original;
    REQUIRE(scene.followModel(network));
    CHECK(scene.actorItem(untouched) == untouchedItem);
    CHECK(scene.actorItem(addedId) == nullptr);
    CHECK_FALSE(scene.relationPath(linkId).has_value());
    MapScene fresh;
    fresh.setKept(std::nullopt, std::unordered_set<Id>{retyped.id});
    showFresh(fresh, network);
    checkSame(scene, fresh, network);

    // Moving an actor afterwards still takes its relations along (the scene's bookkeeping followed too).
    Actor moved = *network.actor(untouched);
    moved.position = Point{500, 2000};
    network.updateActor(moved);
    scene.actorChanged(moved);
    showFresh(fresh, network);
    for (const Relation& relation : network.relations()) {
        if (relation.source == untouched || relation.target == untouched) {
            CHECK(*scene.relationPath(relation.id) == *fresh.relationPath(relation.id));
        }
    }
}

TEST_CASE("following the model needs a place for every actor and otherwise leaves the scene as it was")
{
    Network network = gridNetwork();
    MapScene scene;
    showFresh(scene, network);
    Actor unplaced;
    unplaced.name = "Zonder plaats";
    const Id id = network.addActor(unplaced);
    CHECK_FALSE(scene.followModel(network));
    CHECK(scene.actorItem(id) == nullptr);
    CHECK(scene.actorItemCount() == network.actors().size() - 1);
}
