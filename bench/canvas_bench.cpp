// Frame times of the canvas, offscreen: a real MapView of a fixed size showing a MapScene of a generated
// network, timed from the user's action (fit, scroll, zoom, one mouse move of a drag) until the viewport has
// finished painting, through the same event path the window uses. bench/canvas.sh drives it; it prints one
// Markdown table per network. Medians are over repeated frames, after one untimed warm-up frame.
// Usage: canvas_bench [ACTORS...] [--runs N] [--cache DIR] [--only TEXT]  (laid-out networks are kept in DIR;
// --only measures the rows whose name holds TEXT)

#include "core/Generator.h"
#include "core/ProjectFile.h"
#include "gui/ActorItem.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "gui/RelationLayer.h"
#include "layouts/Layout.h"

#include <QApplication>
#include <QPixmap>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

using Clock = std::chrono::steady_clock;

/// A MapView that counts its finished paints, so a frame ends when the viewport has really been painted.
class TimedView : public MapView {
public:
    int paints = 0;
    double lastPaintMs = 0; ///< how long the last paint event took, from start to end
    std::chrono::steady_clock::time_point lastPaintStart;
    std::chrono::steady_clock::time_point lastPaintEnd;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        lastPaintStart = std::chrono::steady_clock::now();
        MapView::paintEvent(event);
        ++paints;
        lastPaintEnd = std::chrono::steady_clock::now();
        lastPaintMs = std::chrono::duration<double, std::milli>(lastPaintEnd - lastPaintStart).count();
    }
};

/// Lets every queued update and paint happen (untimed).
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
}

/// Milliseconds from running `action` until the view has finished one more paint.
double frame(TimedView& view, const std::function<void()>& action)
{
    settle();
    const int before = view.paints;
    const auto start = Clock::now();
    action();
    const auto deadline = start + std::chrono::seconds(60);
    while (view.paints == before && Clock::now() < deadline) {
        QCoreApplication::processEvents();
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (view.paints == before) {
        std::fprintf(stderr, "canvas_bench: no paint within 60 s\n");
        std::exit(1);
    }
    return ms;
}

struct Stats {
    double median = 0;
    double max = 0;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t m = values.size() / 2;
    return {values.size() % 2 ? values[m] : (values[m - 1] + values[m]) / 2, values.back()};
}

/// Only rows whose name holds this text are measured (--only; empty: all).
std::string onlyRows;

bool wanted(const std::string& what) { return what.find(onlyRows) != std::string::npos; }

void row(const char* what, const std::vector<double>& times, double target)
{
    const Stats s = stats(times);
    std::printf("| %s | %.1f | %.1f | %.0f | %.2f |\n", what, s.median, s.max, target, s.median / target);
    std::fflush(stdout);
}

/// Repeats `action` as `runs` timed frames, after one untimed warm-up frame; `prepare` runs untimed before
/// each (and is painted) when given.
std::vector<double> frames(TimedView& view, int runs, const std::function<void(int)>& action,
                           const std::function<void()>& prepare = {})
{
    auto one = [&](int i) {
        if (prepare) {
            frame(view, prepare);
        }
        return frame(view, [&] { action(i); });
    };
    one(-1);
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        times.push_back(one(i));
    }
    return times;
}

/// Lets a picture being drawn aside reach the screen (untimed).
void waitForAside(const RelationLayer* layer)
{
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (layer != nullptr && layer->isDrawingAside() && Clock::now() < deadline) {
        QCoreApplication::processEvents();
    }
}

/// One zoom step each (untimed), then the paint that follows when the gesture pauses: how long that paint
/// takes (the view shows the step's stretched picture until then). When that paint leaves the sharp picture to
/// be drawn aside, `ready` gets the time from its start until the sharp picture is on screen.
std::vector<double> pauseFrames(TimedView& view, int runs, const std::function<void(int)>& step,
                                const RelationLayer* layer, std::vector<double>& ready)
{
    std::vector<double> times;
    for (int i = -1; i < runs; ++i) {
        frame(view, [&] { step(i); });
        if (!view.isZooming()) { // the step itself drew afresh: nothing follows
            if (i >= 0) {
                times.push_back(view.lastPaintMs);
            }
            continue;
        }
        const int adopted = layer != nullptr ? layer->adoptedAside() : 0;
        frame(view, [] {});
        const auto pause = view.lastPaintStart;
        if (i >= 0) {
            times.push_back(view.lastPaintMs);
        }
        const bool aside = layer != nullptr && layer->isDrawingAside();
        waitForAside(layer);
        if (i >= 0 && aside && layer->adoptedAside() > adopted) {
            ready.push_back(std::chrono::duration<double, std::milli>(view.lastPaintEnd - pause).count());
        }
    }
    return times;
}

/// A row without a target: a time the window is not held up for.
void rowAside(const char* what, const std::vector<double>& times)
{
    if (times.empty()) {
        return;
    }
    const Stats s = stats(times);
    std::printf("| %s | %.1f | %.1f | | |\n", what, s.median, s.max);
    std::fflush(stdout);
}

/// The actor with the most relations (the worst case for a drag) and one with the median count, with counts.
struct DragTargets {
    Id hub = 0;
    int hubDegree = 0;
    Id typical = 0;
    int typicalDegree = 0;
};

DragTargets dragTargets(const Network& network)
{
    std::unordered_map<Id, int> degree;
    for (const auto& relation : network.relations()) {
        ++degree[relation.source];
        ++degree[relation.target];
    }
    std::vector<std::pair<int, Id>> order;
    for (const auto& actor : network.actors()) {
        order.emplace_back(degree[actor.id], actor.id);
    }
    std::sort(order.begin(), order.end());
    const auto& middle = order[order.size() / 2];
    return {order.back().second, order.back().first, middle.second, middle.first};
}

/// Drags `actor` with the mouse in small steps, timing each move until the repaint is done.
std::vector<double> dragFrames(TimedView& view, MapScene& scene, Id actor, int runs)
{
    ActorItem* item = scene.actorItem(actor);
    scene.clearSelection();
    view.centerOn(item);
    settle();
    const QPointF was = item->pos();
    const QPoint start = view.mapFromScene(item->pos());
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, start);
    settle();
    if (!item->isSelected()) {
        std::fprintf(stderr, "canvas_bench: the mouse did not pick the actor to drag\n");
    }
    std::vector<double> times;
    for (int i = 0; i <= runs; ++i) {
        const QPoint to = start + QPoint(3 * (i + 1), 2 * (i + 1));
        const double ms = frame(view, [&] { QTest::mouseMove(view.viewport(), to); });
        if (i > 0) { // the first move starts the drag; it is reported apart
            times.push_back(ms);
        } else {
            std::printf("| drag: first move (starts the drag) | %.1f | | | |\n", ms);
        }
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                        start + QPoint(3 * (runs + 1), 2 * (runs + 1)));
    settle();
    if (item->pos() == was) {
        std::fprintf(stderr, "canvas_bench: the actor did not move\n");
    }
    item->setPos(was); // as undo would, so the next drag finds the map as it was
    scene.clearSelection();
    settle();
    return times;
}

/// Structural edits as the map editor makes them (add an actor, connect it, delete it again), each timed
/// from the change of the model until the view has painted the map that follows it. Prints three rows.
void editRows(TimedView& view, MapScene& scene, Network& network, Id other, int runs, const char* where)
{
    if (!wanted("edit, " + std::string(where))) {
        return;
    }
    std::vector<double> add;
    std::vector<double> connect;
    std::vector<double> remove;
    const QPointF centre = view.mapToScene(view.viewport()->rect().center());
    for (int i = -1; i < runs; ++i) {
        Id added = 0;
        const double addMs = frame(view, [&] {
            Actor actor;
            actor.name = "Nieuwe actor " + std::to_string(i + 2);
            actor.kind = ActorKind::Municipality;
            actor.position = Point{centre.x() + 40.0 * i, centre.y()};
            added = network.addActor(actor);
            scene.followModel(network);
        });
        const double connectMs = frame(view, [&] {
            Relation relation;
            relation.source = added;
            relation.target = other;
            relation.type = RelationType::Funds;
            network.addRelation(relation);
            scene.followModel(network);
        });
        const double removeMs = frame(view, [&] {
            network.removeActor(added);
            scene.followModel(network);
        });
        if (i >= 0) {
            add.push_back(addMs);
            connect.push_back(connectMs);
            remove.push_back(removeMs);
        }
    }
    if (wanted("edit, " + std::string(where) + ": add an actor")) {
        row(("edit, " + std::string(where) + ": add an actor").c_str(), add, 33);
    }
    if (wanted("edit, " + std::string(where) + ": connect two actors")) {
        row(("edit, " + std::string(where) + ": connect two actors").c_str(), connect, 33);
    }
    if (wanted("edit, " + std::string(where) + ": delete an actor (and its relation)")) {
        row(("edit, " + std::string(where) + ": delete an actor (and its relation)").c_str(), remove, 33);
    }
}

/// The generated project laid out with the engine the window would choose, kept in `cache` (a layout of
/// 10,000 actors takes a minute) and drawn from the stored positions, as the window opens a saved project.
Project laidOutProject(std::size_t actors, const std::filesystem::path& cache, std::string* engine)
{
    const auto file = cache / ("canvas_bench_" + std::to_string(actors) + ".speelveld");
    if (std::filesystem::exists(file)) {
        *engine = "stored";
        return loadProject(file);
    }
    Project project = generateProject({.actors = actors, .seed = 1});
    Network& network = project.snapshots.front().network;
    LayoutOptions options;
    options.nodeSizes = MapScene::measureActors(network);
    options.engine = defaultEngineFor(network);
    storePositions(network, layoutNetwork(network, options));
    std::filesystem::create_directories(cache);
    saveProject(project, file);
    *engine = std::string(toKey(options.engine));
    return project;
}

void benchNetwork(std::size_t actors, int runs, QSize size, const std::filesystem::path& cache)
{
    const auto layoutStart = Clock::now();
    std::string engine;
    const Project project = laidOutProject(actors, cache, &engine);
    const double layoutSeconds = std::chrono::duration<double>(Clock::now() - layoutStart).count();
    Network network = project.snapshots.front().network; // edited by the edit rows
    LayoutOptions options;
    options.nodeSizes = MapScene::measureActors(network);
    const Drawing drawing = drawingFromPositions(network, options).value();

    MapScene scene;
    TimedView view;
    view.setScene(&scene);
    view.resize(size);
    view.show();
    settle();
    const auto showStart = Clock::now();
    scene.showDrawing(network, drawing);
    view.fitMap();
    settle();
    const double showMs = std::chrono::duration<double, std::milli>(Clock::now() - showStart).count();
    const RelationLayer* layer = nullptr; // the one that keeps a picture
    for (QGraphicsItem* item : scene.items()) {
        if (const auto* found = qgraphicsitem_cast<RelationLayer*>(item); found != nullptr && found->keepsPicture()) {
            layer = found;
        }
    }
    // What the overview looks like, to check the level of detail by eye.
    view.viewport()->grab().save(
        QString::fromStdString((cache / ("overview_" + std::to_string(actors) + ".png")).string()));

    std::printf("\n### %zu actors, %zu relations (%s layout %.1f s; showDrawing + first paint %.0f ms)\n\n",
                network.actors().size(), network.relations().size(), engine.c_str(), layoutSeconds, showMs);
    std::printf("Viewport %d×%d; fit zoom %.4f. Milliseconds per frame, %d frames each.\n\n", size.width(),
                size.height(), view.zoom(), runs);
    std::printf("| frame | median ms | max ms | target ms | median / target |\n|---|---|---|---|---|\n");

    // Full view: "fit map to window" from a zoomed-out view (painted first, untimed, and not as a zoom
    // gesture), so nothing of the previous frame is reusable.
    if (wanted("full view (fit)")) {
        std::vector<double> times;
        std::vector<double> ready;
        for (int i = -1; i < runs; ++i) {
            frame(view, [&] { view.scale(0.8, 0.8); });
            waitForAside(layer);
            const int adopted = layer != nullptr ? layer->adoptedAside() : 0;
            const auto start = Clock::now();
            const double ms = frame(view, [&] { view.fitMap(); });
            const bool aside = layer != nullptr && layer->isDrawingAside();
            waitForAside(layer);
            if (i >= 0) {
                times.push_back(ms);
                if (aside && layer->adoptedAside() > adopted) {
                    ready.push_back(std::chrono::duration<double, std::milli>(view.lastPaintEnd - start).count());
                }
            }
        }
        row("full view (fit)", times, 33);
        rowAside("full view (fit): the sharp picture in place (drawn aside)", ready);
    }

    // Scrolling as the hand drag does (it sets the scroll bars), 40 pixels a frame, back and forth.
    auto pan = [&](int i) {
        QScrollBar* bar = view.horizontalScrollBar();
        bar->setValue(bar->value() + ((i + 2) % 2 == 0 ? 40 : -40));
    };
    const qreal fit = view.zoom();
    view.zoomIn(); // at the exact fit there is almost nothing to scroll
    settle();
    if (wanted("pan, overview (fit × 1.25)")) {
        row("pan, overview (fit × 1.25)", frames(view, runs, pan), 33);
    }
    view.fitMap();
    settle();
    auto zoomStep = [&](int i) {
        if ((i + 2) % 2 == 0) {
            view.zoomIn();
        } else {
            view.zoomOut();
        }
    };
    if (wanted("zoom in/out one step, overview")) {
        row("zoom in/out one step, overview", frames(view, runs, zoomStep), 33);
    }
    if (wanted("zoom pauses, overview")) {
        std::vector<double> ready;
        row("zoom pauses, overview: the frame at the pause", pauseFrames(view, runs, zoomStep, layer, ready), 33);
        rowAside("zoom pauses, overview: the sharp picture in place (drawn aside)", ready);
    }

    // A working view: zoomed in until actors are about as large as laid out (or as far as there is room).
    const qreal working = std::max(fit, 0.5);
    view.resetTransform();
    view.scale(working, working);
    view.centerOn(scene.mapRect().center());
    settle();
    if (wanted("pan, working zoom")) {
        row("pan, working zoom", frames(view, runs, pan), 33);
    }
    if (wanted("zoom in/out one step, working zoom")) {
        row("zoom in/out one step, working zoom", frames(view, runs, zoomStep), 33);
    }
    if (wanted("zoom pauses, working zoom")) {
        std::vector<double> ready;
        row("zoom pauses, working zoom: the frame at the pause", pauseFrames(view, runs, zoomStep, layer, ready), 33);
        rowAside("zoom pauses, working zoom: the sharp picture in place (drawn aside)", ready);
    }

    const DragTargets targets = dragTargets(network);
    const std::string hub = "drag the hub (" + std::to_string(targets.hubDegree) + " relations)";
    const std::string typical = "drag a median actor (" + std::to_string(targets.typicalDegree) + " relations)";
    view.fitMap();
    settle();
    if (wanted(hub + ", overview")) {
        row((hub + ", overview").c_str(), dragFrames(view, scene, targets.hub, runs), 16);
    }
    view.resetTransform();
    view.scale(working, working);
    settle();
    if (wanted(hub + ", working zoom")) {
        row((hub + ", working zoom").c_str(), dragFrames(view, scene, targets.hub, runs), 16);
    }
    if (wanted(typical + ", working zoom")) {
        row((typical + ", working zoom").c_str(), dragFrames(view, scene, targets.typical, runs), 16);
    }

    editRows(view, scene, network, targets.typical, runs, "working zoom");
    view.fitMap();
    settle();
    editRows(view, scene, network, targets.typical, runs, "overview");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Qt waits 5 ms before it paints after an update request (frame pacing); time the work, not the wait.
    qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QApplication app(argc, argv);
    const QSize size(1280, 800);
    std::vector<std::size_t> sizes;
    int runs = 15;
    std::filesystem::path cache = std::filesystem::temp_directory_path();
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (word == "--only" && i + 1 < argc) {
            onlyRows = argv[++i];
        } else if (word == "--cache" && i + 1 < argc) {
            cache = argv[++i];
        } else {
            sizes.push_back(static_cast<std::size_t>(std::atoll(argv[i])));
        }
    }
    if (sizes.empty()) {
        sizes = {300, 10000};
    }
    for (std::size_t actors : sizes) {
        benchNetwork(actors, runs, size, cache);
    }
    return 0;
}
