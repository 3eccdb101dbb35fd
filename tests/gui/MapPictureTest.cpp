// The canvas's picture on a large map: far zoomed out, actors are drawn as blocks in the relation picture while
// their items still take the mouse, and exports still get every item. Also the lines the picture is drawn with.
// A generated network of 300 actors (2,426 relations: enough for a picture) on a grid, 150 units apart.

#include "core/Generator.h"
#include "gui/ActorItem.h"
#include "gui/GroupItem.h"
#include "gui/MapExporter.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "gui/RelationLayer.h"
#include "gui/ThinLines.h"
#include "layouts/Layout.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

struct LargeMap {
    Project project = generateProject({.actors = 300, .seed = 1});
    Network& network = project.snapshots.front().network;
    Drawing drawing;
    MapScene scene;
    MapView view;

    LargeMap()
    {
        int i = 0;
        for (const auto& actor : network.actors()) {
            Actor placed = actor;
            placed.position = Point{150.0 * (i % 20), 150.0 * (i / 20)};
            network.updateActor(placed);
            ++i;
        }
        LayoutOptions options;
        options.nodeSizes = MapScene::measureActors(network);
        drawing = drawingFromPositions(network, options).value();
        scene.showDrawing(network, drawing);
        view.setScene(&scene);
        view.resize(800, 600);
        view.show();
        view.scale(0.02, 0.02); // actors of 60 × 30 are 1.2 × 0.6 pixels
        view.centerOn(scene.mapRect().center());
        settle();
    }

    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
        }
    }
};

} // namespace

TEST_CASE("far zoomed out, actors are blocks in the picture, and their items still take the mouse")
{
    LargeMap map;
    REQUIRE(map.scene.relationCount() >= 1000);
    CHECK(map.scene.viewScale() == doctest::Approx(0.02));
    ActorItem* item = map.scene.actorItem(map.network.actors().front().id);
    REQUIRE(item != nullptr);
    CHECK(item->isInPicture());
    CHECK((item->flags() & QGraphicsItem::ItemHasNoContents) != 0);

    // The block is on screen although the item draws nothing.
    const QPoint at = map.view.mapFromScene(item->pos());
    const QImage shown = map.view.viewport()->grab().toImage();
    CHECK(shown.pixelColor(at) != map.scene.backgroundBrush().color());

    // A click selects it, and a selected actor draws itself (over its block).
    QTest::mouseClick(map.view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
    LargeMap::settle();
    CHECK(item->isSelected());
    CHECK((item->flags() & QGraphicsItem::ItemHasNoContents) == 0);
    map.scene.clearSelection();
    CHECK((item->flags() & QGraphicsItem::ItemHasNoContents) != 0);

    // A little closer, still far out: still a block (the scene need not look at every item again for that).
    map.view.scale(1.1, 1.1);
    LargeMap::settle();
    CHECK(map.scene.viewScale() == doctest::Approx(0.022));
    CHECK(item->isInPicture());

    // Zoomed in, every item draws itself again.
    map.view.resetTransform();
    LargeMap::settle();
    CHECK_FALSE(item->isInPicture());
    CHECK((item->flags() & QGraphicsItem::ItemHasNoContents) == 0);
}

TEST_CASE("far zoomed out, group boxes are fills in the picture, and a drag takes its member's groups out")
{
    LargeMap map;
    std::vector<GroupItem*> groups;
    for (QGraphicsItem* item : map.scene.items()) {
        if (auto* group = qgraphicsitem_cast<GroupItem*>(item)) {
            groups.push_back(group);
        }
    }
    REQUIRE(groups.size() >= 2);
    for (GroupItem* group : groups) {
        CHECK(group->isInPicture());
        CHECK((group->flags() & QGraphicsItem::ItemHasNoContents) != 0);
    }
    // A pixel of the first group's box where no relation or actor is drawn shows the box's fill: the picture
    // drew it. (The grid leaves 150 units between actors; the box reaches past its members.)
    const QImage shown = map.view.viewport()->grab().toImage();
    const QRectF box = groups.front()->box();
    bool filled = false;
    for (qreal x = box.left() + 2; x < box.right() && !filled; x += 10) {
        for (qreal y = box.top() + 2; y < box.bottom() && !filled; y += 10) {
            const QPoint at = map.view.mapFromScene(QPointF(x, y));
            filled = shown.pixelColor(at) != map.scene.backgroundBrush().color() &&
                     shown.pixelColor(at).green() > shown.pixelColor(at).red();
        }
    }
    CHECK(filled);

    // Dragging a member: its groups are drawn by their items until the drag ends (their boxes follow every
    // move); the other groups stay in the picture.
    const GroupItem* dragged = groups.front();
    const Group* group = map.network.group(dragged->groupId());
    REQUIRE(group != nullptr);
    ActorItem* member = map.scene.actorItem(group->members.front());
    const QPoint start = map.view.mapFromScene(member->pos());
    QTest::mousePress(map.view.viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(map.view.viewport(), start + QPoint(5, 0));
    QTest::mouseMove(map.view.viewport(), start + QPoint(10, 0));
    LargeMap::settle();
    CHECK_FALSE(dragged->isInPicture());
    CHECK((dragged->flags() & QGraphicsItem::ItemHasNoContents) == 0);
    const auto others = std::count_if(groups.begin(), groups.end(), [&](const GroupItem* other) {
        const Group* of = map.network.group(other->groupId());
        return std::find(of->members.begin(), of->members.end(), member->actorId()) == of->members.end();
    });
    CHECK(others > 0);
    CHECK(std::count_if(groups.begin(), groups.end(), [](const GroupItem* g) { return g->isInPicture(); }) == others);
    QTest::mouseRelease(map.view.viewport(), Qt::LeftButton, Qt::NoModifier, start + QPoint(10, 0));
    LargeMap::settle();
    CHECK(dragged->isInPicture());

    // Zoomed in far enough to read their names, groups draw themselves again.
    map.view.resetTransform();
    LargeMap::settle();
    for (GroupItem* each : groups) {
        CHECK_FALSE(each->isInPicture());
    }
}

TEST_CASE("a slow picture is drawn aside, as it would be drawn at once: after a zoom gesture, and after a preview")
{
    LargeMap map;
    RelationLayer::setSlowPictureMs(-1); // every picture counts as slow here: stretched, previewed, drawn aside
    struct Restore {
        ~Restore() { RelationLayer::setSlowPictureMs(10); }
    } restore;
    RelationLayer* layer = nullptr;
    for (QGraphicsItem* item : map.scene.items()) {
        if (auto* found = qgraphicsitem_cast<RelationLayer*>(item); found != nullptr && found->keepsPicture()) {
            layer = found;
        }
    }
    REQUIRE(layer != nullptr);
    CHECK(QTest::qWaitFor([&] { return !layer->isDrawingAside(); }, 10'000));
    const int before = layer->adoptedAside();
    map.view.zoomIn();
    map.view.viewport()->repaint(); // a step of the gesture: the picture stretched, nothing drawn aside yet
    CHECK(map.view.isZooming());
    CHECK_FALSE(layer->isDrawingAside());
    // The pause: drawn aside, then put on screen.
    CHECK(QTest::qWaitFor([&] { return layer->adoptedAside() == before + 1; }, 10'000));
    CHECK_FALSE(layer->isDrawingAside());
    const QImage aside = map.view.viewport()->grab().toImage();
    const auto direct = [&] { // the same view drawn at once, on this thread
        RelationLayer::setSlowPictureMs(1'000'000);
        layer->invalidateCache();
        LargeMap::settle();
        const QImage image = map.view.viewport()->grab().toImage();
        RelationLayer::setSlowPictureMs(-1);
        return image;
    };
    CHECK(aside == direct());
    CHECK(layer->adoptedAside() == before + 1);

    // Drawn afresh (as after an edit): a preview at half the resolution now, the sharp picture aside.
    layer->invalidateCache();
    map.view.viewport()->repaint();
    CHECK(layer->isDrawingAside()); // drawn at once, nothing would be
    CHECK(QTest::qWaitFor([&] { return layer->adoptedAside() == before + 2; }, 10'000));
    CHECK(map.view.viewport()->grab().toImage() == direct());

    // A change while a picture is drawn aside drops it: what it shows is out of date.
    layer->invalidateCache();
    map.view.viewport()->repaint();
    REQUIRE(layer->isDrawingAside());
    layer->invalidateCache();
    CHECK_FALSE(layer->isDrawingAside());
    map.view.viewport()->repaint(); // previews the new contents and draws them aside
    CHECK(QTest::qWaitFor([&] { return layer->adoptedAside() == before + 3; }, 10'000));
    CHECK(map.view.viewport()->grab().toImage() == direct());
}

TEST_CASE("view scale 0 (as exports set it) gives every actor its item back")
{
    LargeMap map;
    map.scene.setViewScale(0);
    for (const auto& actor : map.network.actors()) {
        CHECK_FALSE(map.scene.actorItem(actor.id)->isInPicture());
    }
}

TEST_CASE("an export made while the canvas shows blocks is the export made zoomed in")
{
    LargeMap map;
    const QTemporaryDir folder;
    const QString far = folder.filePath(QStringLiteral("far.png"));
    const QString near = folder.filePath(QStringLiteral("near.png"));
    const ExportOptions options{.format = ExportFormat::Png, .title = {}, .legend = false, .dpi = 36};
    REQUIRE(map.scene.actorItem(map.network.actors().front().id)->isInPicture());
    exportMap(map.scene, {}, far, options);
    CHECK(map.scene.actorItem(map.network.actors().front().id)->isInPicture()); // the canvas as it was
    map.view.resetTransform();
    LargeMap::settle();
    exportMap(map.scene, {}, near, options);
    const QImage farImage(far);
    CHECK_FALSE(farImage.isNull());
    CHECK(farImage == QImage(near));
}

TEST_CASE("thin lines: one pixel per step along the longer axis, the same across bands and threads")
{
    QImage image(40, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QColor red(255, 0, 0);
    // Vertical through 3 bands of 32 rows, a diagonal and a horizontal one.
    drawThinLines(image, QTransform(),
                  {{red, {QLineF(10.5, 0, 10.5, 100), QLineF(20, 0, 40, 20), QLineF(0, 90.5, 5, 90.5)}}}, {},
                  image.rect());
    int vertical = 0;
    int diagonal = 0;
    int horizontal = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).alpha() == 0) {
                continue;
            }
            CHECK(image.pixelColor(x, y) == red);
            if (x == 10) {
                ++vertical;
            } else if (x >= 20 && x - 20 == y) {
                ++diagonal;
            } else if (y == 90 && x < 5) {
                ++horizontal;
            } else {
                FAIL_CHECK("a pixel off the lines at " << x << ", " << y);
            }
        }
    }
    CHECK(vertical == 100);
    CHECK(diagonal == 20);
    CHECK(horizontal == 5);

    // A block over the lines, clipped to the image.
    drawThinLines(image, QTransform(), {}, {{QRectF(38, 98, 10, 10), QColor(0, 0, 255)}}, image.rect());
    CHECK(image.pixelColor(39, 99) == QColor(0, 0, 255));
    CHECK(image.pixelColor(37, 99).alpha() == 0);
}

TEST_CASE("thin lines: a pixel crossed by n lines of a colour shows the colour laid n times, later colours on top")
{
    QImage image(10, 10, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QColor red(255, 0, 0, 100);
    const QColor blue(0, 0, 255);
    // Three red lines over row 5 (and one of them down column 2), then an opaque blue one down column 7.
    drawThinLines(
        image, QTransform(),
        {{red, {QLineF(0, 5.5, 10, 5.5), QLineF(0, 5.5, 10, 5.5), QLineF(0, 5.5, 10, 5.5), QLineF(2.5, 0, 2.5, 10)}},
         {blue, {QLineF(7.5, 0, 7.5, 10)}}},
        {}, image.rect());
    // Once: alpha 100. Three times: 255 · (1 − (155/255)³) = 197.7. Four times (row 5, column 2): 220.2.
    CHECK(image.pixelColor(2, 0).alpha() == 100);
    CHECK(image.pixelColor(0, 5).alpha() == 198);
    CHECK(image.pixelColor(2, 5).alpha() == 220);
    CHECK(image.pixelColor(0, 5).red() == 255);
    CHECK(image.pixelColor(0, 5).blue() == 0);
    CHECK(image.pixelColor(7, 5) == blue); // over the red ones
    CHECK(image.pixelColor(0, 4).alpha() == 0);
}

TEST_CASE("thin lines: areas of a colour go under the lines, a pixel in n of them shows the colour laid n times")
{
    QImage image(20, 20, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QColor green(0, 200, 0, 100);
    const QColor blue(0, 0, 255);
    //   rect A (2, 2)–(10, 10) and rect B (6, 6)–(16, 12) overlap in (6, 6)–(10, 10); a blue line along row 8.
    drawThinLines(image, QTransform(), {{blue, {QLineF(0, 8.5, 20, 8.5)}}}, {}, image.rect(),
                  {{green, {QRectF(2, 2, 8, 8), QRectF(6, 6, 10, 6)}}});
    CHECK(image.pixelColor(3, 3).alpha() == 100);               // A only
    CHECK(std::abs(image.pixelColor(3, 3).green() - 200) <= 1); // premultiplied: 78 of 100
    CHECK(image.pixelColor(12, 11).alpha() == 100);             // B only
    CHECK(image.pixelColor(7, 7).alpha() == 161);               // both: 255 · (1 − (155/255)²) = 160.8
    CHECK(image.pixelColor(9, 9).alpha() == 161);               // the last pixel of A: pixels whose centres are inside
    CHECK(image.pixelColor(10, 10).alpha() == 100);             // B only
    CHECK(image.pixelColor(1, 1).alpha() == 0);
    CHECK(image.pixelColor(16, 6).alpha() == 0); // just right of B
    CHECK(image.pixelColor(7, 12).alpha() == 0); // just below B
    CHECK(image.pixelColor(7, 8) == blue);       // the line over both areas
    CHECK(image.pixelColor(18, 8) == blue);      // and over none

    // The same areas drawn one rectangle at a time give the same pixels (to the rounding of the last bit).
    QImage oneByOne(20, 20, QImage::Format_ARGB32_Premultiplied);
    oneByOne.fill(Qt::transparent);
    drawThinLines(oneByOne, QTransform(), {}, {}, oneByOne.rect(), {{green, {QRectF(2, 2, 8, 8)}}});
    drawThinLines(oneByOne, QTransform(), {}, {}, oneByOne.rect(), {{green, {QRectF(6, 6, 10, 6)}}});
    CHECK(std::abs(oneByOne.pixelColor(7, 7).alpha() - 161) <= 1);
    CHECK(oneByOne.pixelColor(3, 3) == image.pixelColor(3, 3));
}

TEST_CASE("thin lines drawn together give the pixels of the same lines drawn one by one")
{
    // Lines of three colours in every direction, several through the same pixels, across bands and the edge.
    std::vector<ThinLineGroup> groups{
        {QColor(200, 30, 30, 150), {}}, {QColor(30, 160, 60, 150), {}}, {QColor(40, 40, 220, 40), {}}};
    for (int i = 0; i < 60; ++i) {
        const double a = i * 0.37;
        const QPointF centre(40 + 30 * std::cos(a * 3), 50 + 40 * std::sin(a * 2));
        groups[static_cast<std::size_t>(i % 3)].lines.emplace_back(
            centre, centre + QPointF(90 * std::cos(a), 120 * std::sin(a)));
        groups[static_cast<std::size_t>(i % 3)].lines.emplace_back(QPointF(-5, 33), QPointF(85, 61));
    }
    QImage together(80, 100, QImage::Format_ARGB32_Premultiplied);
    together.fill(Qt::white);
    QImage oneByOne = together;
    drawThinLines(together, QTransform(), groups, {}, together.rect());
    for (const ThinLineGroup& group : groups) {
        for (const QLineF& line : group.lines) {
            drawThinLines(oneByOne, QTransform(), {{group.colour, {line}}}, {}, oneByOne.rect());
        }
    }
    int differing = 0;
    int drawn = 0;
    for (int y = 0; y < together.height(); ++y) {
        for (int x = 0; x < together.width(); ++x) {
            const QRgb a = together.pixel(x, y);
            const QRgb b = oneByOne.pixel(x, y);
            const int most = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                       std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
            CHECK(most <= 6); // one by one, each of up to ~20 blends over a pixel rounds to 8 bits
            differing += most > 0 ? 1 : 0;
            drawn += a != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    // The same pixels are drawn: where they differ at all, it is by the rounding above, and seldom.
    CHECK(differing < together.width() * together.height() / 10);
    CHECK(drawn > 1000);
}
