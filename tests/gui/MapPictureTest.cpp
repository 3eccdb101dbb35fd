// The canvas's picture on a large map: far zoomed out, actors are drawn as blocks in the relation picture while
// their items still take the mouse, and exports still get every item. Also the lines the picture is drawn with.
// A generated network of 300 actors (2,426 relations: enough for a picture) on a grid, 150 units apart.

#include "core/Generator.h"
#include "gui/ActorItem.h"
#include "gui/MapExporter.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
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

    // Zoomed in, every item draws itself again.
    map.view.resetTransform();
    LargeMap::settle();
    CHECK_FALSE(item->isInPicture());
    CHECK((item->flags() & QGraphicsItem::ItemHasNoContents) == 0);
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
