#include "WindowSupport.h"
#include "core/ProjectFile.h"
#include "gui/ActorItem.h"
#include "gui/MainWindow.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <fstream>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

using test::openAndWait;
using test::qpath;

int itemsOfType(const QGraphicsScene& scene, int type)
{
    int count = 0;
    for (const QGraphicsItem* item : scene.items()) {
        count += item->type() == type ? 1 : 0;
    }
    return count;
}

} // namespace

TEST_CASE("the window opens offscreen on the Delft example with one item per actor and every relation drawn")
{
    MainWindow window;
    openAndWait(window, test::dataFile("delft.json"));
    const Network& network = window.network();
    CHECK(window.windowTitle().contains(QStringLiteral("Delft 2015")));
    CHECK(itemsOfType(*window.scene(), ActorItem::Type) == static_cast<int>(network.actors().size()));
    CHECK(window.scene()->relationCount() == network.relations().size());
    for (const auto& relation : network.relations()) {
        const auto path = window.scene()->relationPath(relation.id);
        REQUIRE(path.has_value());
        CHECK_FALSE(path->isEmpty());
        CHECK(window.scene()->isRelationShown(relation.id));
    }
    for (const auto& actor : network.actors()) {
        const ActorItem* item = window.scene()->actorItem(actor.id);
        REQUIRE(item != nullptr);
        REQUIRE(actor.position.has_value()); // the first layout's places are kept in the model
        CHECK(item->pos() == QPointF(actor.position->x, actor.position->y));
    }
    CHECK(window.undoStack()->count() == 0); // laying out a map on opening is not an edit

    REQUIRE(window.showSnapshot(QStringLiteral("Delft 2010")));
    QSignalSpy laidOut(&window, &MainWindow::layoutFinished);
    if (window.isLayoutRunning()) {
        REQUIRE(laidOut.wait(60000));
    }
    CHECK(itemsOfType(*window.scene(), ActorItem::Type) == static_cast<int>(window.network().actors().size()));
    CHECK_FALSE(window.showSnapshot(QStringLiteral("Delft 2030")));
}

TEST_CASE("dragging an actor with the mouse pins it there; undo puts it back, redo again")
{
    MainWindow window;
    window.resize(1200, 800);
    openAndWait(window, test::dataFile("inburgering.json"));
    const Actor first = window.network().actors().front();
    ActorItem* item = window.scene()->actorItem(first.id);
    REQUIRE(item != nullptr);
    MapView* view = window.view();
    view->centerOn(item);
    QTest::qWait(50);
    const QPoint start = view->mapFromScene(item->pos());
    const QPoint end = start + QPoint(80, 40);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    for (int step = 1; step <= 4; ++step) {
        QTest::mouseMove(view->viewport(), start + (end - start) * step / 4);
    }
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, end);

    REQUIRE(window.undoStack()->count() == 1);
    const Actor* moved = window.network().actor(first.id);
    CHECK(moved->pinned);
    CHECK(moved->position->x > first.position->x + 20);
    CHECK(moved->position->y > first.position->y + 10);
    CHECK(item->pos() == QPointF(moved->position->x, moved->position->y));

    window.undoStack()->undo();
    CHECK(*window.network().actor(first.id) == first);
    CHECK(item->pos() == QPointF(first.position->x, first.position->y)); // the scene follows the model
    window.undoStack()->redo();
    CHECK(window.network().actor(first.id)->pinned);
    CHECK(window.isWindowModified());
}

TEST_CASE("a new layout is one undo step; the map follows the model back")
{
    MainWindow window;
    openAndWait(window, test::dataFile("lerend-netwerk.json"));
    const Network before = window.network();
    QSignalSpy laidOut(&window, &MainWindow::layoutFinished);
    window.relayout(LayoutEngine::Circo);
    REQUIRE(laidOut.wait(60000));
    CHECK(window.undoStack()->count() == 1);
    CHECK_FALSE(window.network() == before);
    window.undoStack()->undo();
    CHECK(window.network() == before);
    for (const auto& actor : before.actors()) {
        CHECK(window.scene()->actorItem(actor.id)->pos() == QPointF(actor.position->x, actor.position->y));
    }
}

TEST_CASE("saving from the window writes a project that opens with the same places")
{
    test::TempDir dir;
    MainWindow window;
    openAndWait(window, test::dataFile("delft.json"));
    const auto file = dir / "delft.speelveld";
    REQUIRE_FALSE(window.saveTo(qpath(file)).has_value());
    CHECK_FALSE(window.isWindowModified());
    const Project saved = loadProject(file);
    CHECK(saved.snapshots.at(saved.current).network == window.network());

    // Reopening needs no layout: the stored places are drawn at once.
    MainWindow again;
    REQUIRE_FALSE(again.openFile(qpath(file)).has_value());
    CHECK_FALSE(again.isLayoutRunning());
    CHECK(again.scene()->actorItemCount() == window.network().actors().size());

    // Opened before the window is shown, the map is still fitted to the view once it has its size (it used to
    // be fitted to the hidden view's default size, a speck in a corner).
    again.resize(1200, 800);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    QTest::qWait(50);
    const QRect onScreen = again.view()->mapFromScene(again.scene()->mapRect()).boundingRect();
    const QRect viewport = again.view()->viewport()->rect();
    CHECK(viewport.adjusted(-2, -2, 2, 2).contains(onScreen));
    CHECK(std::max(double(onScreen.width()) / viewport.width(), double(onScreen.height()) / viewport.height()) > 0.8);
}

TEST_CASE("a layout that finished unseen is dropped when another file is opened")
{
    test::TempDir dir;
    const auto file = dir / "inburgering.speelveld";
    {
        MainWindow first;
        openAndWait(first, test::dataFile("inburgering.json"));
        REQUIRE_FALSE(first.saveTo(qpath(file)).has_value());
    }
    const Project saved = loadProject(file);
    const Network& placed = saved.snapshots.at(saved.current).network;

    MainWindow window;
    REQUIRE_FALSE(window.openFile(qpath(test::dataFile("delft.json"))).has_value());
    REQUIRE(window.isLayoutRunning());
    // Without the event loop the Delft layout finishes, but its result still waits in the queue.
    QThread::sleep(3);
    REQUIRE_FALSE(window.openFile(qpath(file)).has_value());
    CHECK_FALSE(window.isLayoutRunning());
    QTest::qWait(200);
    // The Delft result must not land on the other project's map.
    CHECK(window.scene()->actorItemCount() == placed.actors().size());
    CHECK(window.network() == placed);
    CHECK(window.undoStack()->count() == 0);
}

TEST_CASE("opening a bad file shows nothing new and says why")
{
    test::TempDir dir;
    const auto file = dir / "broken.json";
    std::ofstream(file) << R"({"speelveld": 1, "snapshots": [{"name": "S", "actors": [{"id": 1}]}]})";
    MainWindow window;
    const auto error = window.openFile(qpath(file));
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("broken.json: snapshots[0].actors[0]")));
    CHECK(window.project().snapshots.empty());
}
