#include "Layout.h"

#include "layouts/GraphvizGraph.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <sstream>

namespace speelveld {
namespace {

constexpr std::array<std::pair<LayoutEngine, std::string_view>, 6> kEngines{{
    {LayoutEngine::Dot, "dot"},
    {LayoutEngine::Neato, "neato"},
    {LayoutEngine::Fdp, "fdp"},
    {LayoutEngine::Sfdp, "sfdp"},
    {LayoutEngine::Circo, "circo"},
    {LayoutEngine::Twopi, "twopi"},
}};

constexpr double kPointsPerInch = 72.0;
constexpr double kClusterMargin = 12.0;
constexpr double kClusterLabelSpace = 20.0;

std::string number(double value)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(6);
    out << std::fixed << value;
    return out.str();
}

Size sizeOf(const LayoutOptions& options, Id actor)
{
    auto it = options.nodeSizes.find(actor);
    return it == options.nodeSizes.end() ? options.defaultSize : it->second;
}

/// Where the segment from a box's centre towards `towards` leaves the box.
Point clipToBox(const NodeDrawing& node, Point towards)
{
    const double dx = towards.x - node.centre.x;
    const double dy = towards.y - node.centre.y;
    if (dx == 0 && dy == 0) {
        return node.centre;
    }
    const double halfWidth = node.size.width / 2;
    const double halfHeight = node.size.height / 2;
    const double scale =
        std::min(dx == 0 ? INFINITY : halfWidth / std::abs(dx), dy == 0 ? INFINITY : halfHeight / std::abs(dy));
    return {node.centre.x + dx * std::min(scale, 1.0), node.centre.y + dy * std::min(scale, 1.0)};
}

/// A straight relation between two drawn actors as a one-segment Bézier, ending at the target's border.
EdgeDrawing straightRoute(Id relation, const NodeDrawing& from, const NodeDrawing& to)
{
    EdgeDrawing edge;
    edge.relation = relation;
    if (from.actor == to.actor) {
        // A loop over the top-right corner.
        const Rect box = from.box();
        const Point start{box.x + box.width * 0.75, box.y};
        const Point end{box.x + box.width, box.y + box.height * 0.25};
        edge.path = {start, {start.x, start.y - 30}, {end.x + 30, end.y}, end};
        edge.arrowTip = end;
        return edge;
    }
    const Point start = clipToBox(from, to.centre);
    const Point tip = clipToBox(to, from.centre);
    // Leave room for the arrowhead: the path stops short of the border, the arrow reaches it.
    const double length = std::hypot(tip.x - start.x, tip.y - start.y);
    const double back = length > 20 ? 8.0 / length : 0.0;
    const Point end{tip.x - (tip.x - start.x) * back, tip.y - (tip.y - start.y) * back};
    edge.path = {start,
                 {start.x + (end.x - start.x) / 3, start.y + (end.y - start.y) / 3},
                 {start.x + 2 * (end.x - start.x) / 3, start.y + 2 * (end.y - start.y) / 3},
                 end};
    edge.arrowTip = tip;
    return edge;
}

/// Boxes around each group's members (computed for every engine, so they always contain their members).
void addClusters(const Network& network, Drawing& drawing)
{
    drawing.clusters.clear();
    for (const auto& group : network.groups()) {
        std::optional<Rect> box;
        for (Id member : group.members) {
            if (const NodeDrawing* node = drawing.node(member)) {
                box = box ? box->united(node->box()) : node->box();
            }
        }
        if (!box) {
            continue;
        }
        const Rect padded = clusterBoxAround(*box);
        drawing.clusters.push_back({group.id, padded, {padded.x + 6, padded.y + 4}});
    }
}

/// Node lookup by actor in constant time (Drawing::node is linear, fine for a few lookups, not for every relation).
std::unordered_map<Id, const NodeDrawing*> indexNodes(const Drawing& drawing)
{
    std::unordered_map<Id, const NodeDrawing*> index;
    index.reserve(drawing.nodes.size());
    for (const auto& node : drawing.nodes) {
        index.emplace(node.actor, &node);
    }
    return index;
}

void computeBounds(Drawing& drawing)
{
    std::optional<Rect> bounds;
    auto include = [&](const Rect& rect) { bounds = bounds ? bounds->united(rect) : rect; };
    for (const auto& node : drawing.nodes) {
        include(node.box());
    }
    for (const auto& edge : drawing.edges) {
        for (const Point& point : edge.path) {
            include({point.x, point.y, 0, 0});
        }
        include({edge.arrowTip.x, edge.arrowTip.y, 0, 0});
    }
    for (const auto& cluster : drawing.clusters) {
        include(cluster.box);
    }
    drawing.bounds = bounds.value_or(Rect{});
}

/// Moves pinned actors back exactly where the user put them: first shift the whole drawing so the pinned
/// actors are on average where they belong, then place each and straighten its relations.
void keepPinned(const Network& network, Drawing& drawing)
{
    double dx = 0;
    double dy = 0;
    int pinned = 0;
    for (const auto& node : drawing.nodes) {
        const Actor* actor = network.actor(node.actor);
        if (actor->pinned && actor->position) {
            dx += actor->position->x - node.centre.x;
            dy += actor->position->y - node.centre.y;
            ++pinned;
        }
    }
    if (pinned == 0) {
        return;
    }
    dx /= pinned;
    dy /= pinned;
    for (auto& node : drawing.nodes) {
        node.centre = {node.centre.x + dx, node.centre.y + dy};
    }
    for (auto& edge : drawing.edges) {
        for (auto& point : edge.path) {
            point = {point.x + dx, point.y + dy};
        }
        edge.arrowTip = {edge.arrowTip.x + dx, edge.arrowTip.y + dy};
    }
    std::set<Id> moved;
    for (auto& node : drawing.nodes) {
        const Actor* actor = network.actor(node.actor);
        if (actor->pinned && actor->position &&
            (std::abs(node.centre.x - actor->position->x) > 0.01 ||
             std::abs(node.centre.y - actor->position->y) > 0.01)) {
            node.centre = *actor->position;
            moved.insert(node.actor);
        }
    }
    const auto index = indexNodes(drawing);
    for (auto& edge : drawing.edges) {
        const Relation* relation = network.relation(edge.relation);
        if (moved.count(relation->source) != 0 || moved.count(relation->target) != 0) {
            edge = straightRoute(edge.relation, *index.at(relation->source), *index.at(relation->target));
        }
    }
}

Drawing runGraphviz(const Network& network, const LayoutOptions& options)
{
    const std::string engine(toKey(options.engine));
    const std::size_t actorCount = network.actors().size();
    const std::size_t relationCount = network.relations().size();
    const bool curved = relationCount <= 400;
    const bool hierarchical = options.engine == LayoutEngine::Dot;

    auto lock = graphviz::graphvizLock();
    graphviz::takeMessages();
    graphviz::Context context;
    graphviz::Graph graph(context, "speelveld");
    Agraph_t* root = graph.get();
    graph.declare(AGRAPH, "splines", curved ? "true" : "line");
    graph.declare(AGRAPH, "overlap", hierarchical ? "true" : "false");
    graph.declare(AGRAPH, "sep", "+10");
    graph.declare(AGRAPH, "esep", "+6");
    graph.declare(AGRAPH, "nodesep", "0.35");
    graph.declare(AGRAPH, "ranksep", "0.6");
    graph.declare(AGRAPH, "start", "1"); // a fixed seed: the same network gives the same drawing
    graph.declare(AGRAPH, "inputscale", "72");
    if (hierarchical && (actorCount > 100 || relationCount > 3 * actorCount)) {
        // Without these limits dot's crossing minimisation runs for many minutes on dense networks.
        graph.declare(AGRAPH, "mclimit", "0.1");
        graph.declare(AGRAPH, "nslimit", "1");
        graph.declare(AGRAPH, "nslimit1", "1");
    }
    if (options.engine == LayoutEngine::Neato && actorCount > 1000) {
        graph.declare(AGRAPH, "maxiter", "200");
    }
    graph.declare(AGNODE, "shape", "box");
    graph.declare(AGNODE, "fixedsize", "true");
    graph.declare(AGNODE, "label", "");
    graph.declare(AGNODE, "width", "1");
    graph.declare(AGNODE, "height", "0.5");
    graph.declare(AGNODE, "pos", "");
    graph.declare(AGNODE, "pin", "false");
    graph.declare(AGEDGE, "dir", "forward");
    graph.declare(AGEDGE, "weight", "1");
    graph.declare(AGEDGE, "len", "1.6");

    std::unordered_map<Id, Agnode_t*> nodes;
    for (const auto& actor : network.actors()) {
        Agnode_t* node = graph.addNode("n" + std::to_string(actor.id));
        const Size size = sizeOf(options, actor.id);
        graph.set(node, "width", number(size.width / kPointsPerInch));
        graph.set(node, "height", number(size.height / kPointsPerInch));
        if (actor.pinned && actor.position) {
            graph.set(node, "pos", number(actor.position->x) + "," + number(-actor.position->y) + "!");
            graph.set(node, "pin", "true");
        }
        nodes[actor.id] = node;
    }
    std::unordered_map<Id, Agedge_t*> edges;
    for (const auto& relation : network.relations()) {
        Agedge_t* edge =
            graph.addEdge(nodes.at(relation.source), nodes.at(relation.target), "e" + std::to_string(relation.id));
        if (!isDirected(relation.type)) {
            graph.set(edge, "dir", "none");
        }
        if (hierarchical &&
            (relation.type == RelationType::CollaboratesWith || relation.type == RelationType::Informs)) {
            graph.set(edge, "constraint", "false"); // peers stay side by side, not above one another
        }
        graph.set(edge, "weight", std::to_string(relation.strength));
        edges[relation.id] = edge;
    }
    if (options.engine == LayoutEngine::Dot || options.engine == LayoutEngine::Fdp) {
        // Graphviz clusters keep a group's members together; an actor can sit in one cluster only.
        std::set<Id> placed;
        for (const auto& group : network.groups()) {
            Agraph_t* cluster = graph.addSubgraph("cluster_g" + std::to_string(group.id));
            graph.set(cluster, "label", "");
            for (Id member : group.members) {
                if (placed.insert(member).second) {
                    agsubnode(cluster, nodes.at(member), 1);
                }
            }
        }
    }

    graph.layout(engine);

    Drawing drawing;
    drawing.engine = engine;
    const double top = GD_bb(root).UR.y;
    auto flip = [top](pointf p) { return Point{p.x, top - p.y}; };
    for (const auto& actor : network.actors()) {
        Agnode_t* node = nodes.at(actor.id);
        drawing.nodes.push_back({actor.id, flip(ND_coord(node)), sizeOf(options, actor.id)});
    }
    const auto index = indexNodes(drawing);
    for (const auto& relation : network.relations()) {
        Agedge_t* edge = edges.at(relation.id);
        const splines* spline = ED_spl(edge);
        if (spline == nullptr || spline->size == 0 || spline->list[0].size < 4) {
            drawing.edges.push_back(straightRoute(relation.id, *index.at(relation.source), *index.at(relation.target)));
            continue;
        }
        EdgeDrawing route;
        route.relation = relation.id;
        for (int b = 0; b < spline->size; ++b) {
            const bezier& piece = spline->list[b];
            for (int i = (b == 0 ? 0 : 1); i < piece.size; ++i) {
                route.path.push_back(flip(piece.list[i]));
            }
        }
        const bezier& last = spline->list[spline->size - 1];
        route.arrowTip = last.eflag != 0 ? flip(last.ep) : route.path.back();
        // Keep the path a whole number of cubic segments (1 + 3n points).
        while (route.path.size() > 4 && (route.path.size() - 1) % 3 != 0) {
            route.path.pop_back();
        }
        drawing.edges.push_back(std::move(route));
    }
    return drawing;
}

} // namespace

std::string_view toKey(LayoutEngine engine)
{
    for (const auto& [value, key] : kEngines) {
        if (value == engine) {
            return key;
        }
    }
    return {};
}

std::optional<LayoutEngine> layoutEngineFromKey(std::string_view key)
{
    for (const auto& [value, name] : kEngines) {
        if (name == key) {
            return value;
        }
    }
    return std::nullopt;
}

const std::vector<LayoutEngine>& allLayoutEngines()
{
    static const std::vector<LayoutEngine> engines = [] {
        std::vector<LayoutEngine> list;
        for (const auto& entry : kEngines) {
            list.push_back(entry.first);
        }
        return list;
    }();
    return engines;
}

LayoutEngine defaultEngineFor(const Network& network)
{
    // Measured on these machines (docs/LAYOUT.md): fdp keeps groups together and stays within seconds up to
    // ~300 actors; neato up to ~2,000; sfdp beyond.
    const std::size_t actors = network.actors().size();
    if (actors <= 300) {
        return network.groups().empty() ? LayoutEngine::Neato : LayoutEngine::Fdp;
    }
    return actors <= 2000 ? LayoutEngine::Neato : LayoutEngine::Sfdp;
}

Drawing layoutNetwork(const Network& network, const LayoutOptions& options)
{
    Drawing drawing;
    if (network.actors().empty()) {
        drawing.engine = std::string(toKey(options.engine));
        return drawing;
    }
    drawing = runGraphviz(network, options);
    keepPinned(network, drawing);
    addClusters(network, drawing);
    computeBounds(drawing);
    return drawing;
}

std::optional<Drawing> drawingFromPositions(const Network& network, const LayoutOptions& options)
{
    Drawing drawing;
    drawing.engine = "stored";
    for (const auto& actor : network.actors()) {
        if (!actor.position) {
            return std::nullopt;
        }
        drawing.nodes.push_back({actor.id, *actor.position, sizeOf(options, actor.id)});
    }
    const auto index = indexNodes(drawing);
    for (const auto& relation : network.relations()) {
        drawing.edges.push_back(straightRoute(relation.id, *index.at(relation.source), *index.at(relation.target)));
    }
    addClusters(network, drawing);
    computeBounds(drawing);
    return drawing;
}

bool storePositions(Network& network, const Drawing& drawing)
{
    bool changed = false;
    for (const auto& node : drawing.nodes) {
        const Actor* actor = network.actor(node.actor);
        if (actor != nullptr && actor->position != node.centre) {
            network.setActorPosition(node.actor, node.centre, actor->pinned);
            changed = true;
        }
    }
    return changed;
}

} // namespace speelveld

namespace speelveld {

Rect clusterBoxAround(const Rect& members)
{
    return {members.x - kClusterMargin, members.y - kClusterMargin - kClusterLabelSpace,
            members.width + 2 * kClusterMargin, members.height + 2 * kClusterMargin + kClusterLabelSpace};
}

EdgeDrawing straightEdge(Id relation, const NodeDrawing& from, const NodeDrawing& to)
{
    return straightRoute(relation, from, to);
}

} // namespace speelveld
