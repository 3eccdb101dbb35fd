#include "GraphmlFormat.h"

#include "ForeignGraph.h"
#include "UserError.h"
#include "XmlInput.h"

#include <charconv>
#include <map>
#include <set>
#include <type_traits>

namespace speelveld {
namespace {

constexpr const char* kGenerator = "Speelveld";

/// One <key>: which column it fills for nodes and edges, or what it says of the graph.
struct Key {
    std::string name;
    std::string yfiles; ///< yfiles.type: "nodegraphics", "edgegraphics", "resources", ...
    std::string scope;  ///< for: "node", "edge", "graph", "all", ...
    std::optional<std::size_t> nodeColumn;
    std::optional<std::size_t> edgeColumn;
    std::optional<std::string> fallback; ///< the key's <default>
};

class Reader {
public:
    Reader(std::string_view text, const std::string& fileName) : xml_(text, fileName), text_(text) {}

    ForeignGraph read()
    {
        const pugi::xml_node root = xml_.root();
        if (localName(root) != "graphml") {
            xml_.fail(root, "this is not a GraphML file (its top element is <" + std::string(root.name()) + ">)",
                      "Open a .graphml file, or export GraphML from the program that made it");
        }
        const pugi::xml_node top = childNamed(root, "graph");
        if (!top) {
            xml_.fail(root, "the file has no <graph>", "Export the file again with its network in it");
        }
        readKeys(root);
        graph_.ours = isOurs(top);
        declareColumns();
        readGraphData(top);
        readElements(top);
        std::size_t graphs = 0;
        for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
            graphs += localName(child) == "graph" ? 1 : 0;
        }
        if (graphs > 1) {
            graph_.notes.push_back("the file holds " + std::to_string(graphs) + " graphs; only the first was read");
        }
        graph_.format = graph_.ours                                                      ? "GraphML (Speelveld)"
                        : yEd_                                                           ? "GraphML (yEd)"
                        : text_.substr(0, 2000).find("igraph") != std::string_view::npos ? "GraphML (igraph)"
                                                                                         : "GraphML";
        return std::move(graph_);
    }

private:
    void readKeys(pugi::xml_node root)
    {
        for (pugi::xml_node element = root.first_child(); element; element = element.next_sibling()) {
            if (localName(element) != "key") {
                continue;
            }
            const std::string id = element.attribute("id").value();
            if (id.empty()) {
                xml_.fail(element, "a <key> has no id", "Give every key an id");
            }
            Key key;
            key.name = element.attribute("attr.name") ? element.attribute("attr.name").value() : id;
            key.yfiles = element.attribute("yfiles.type").value();
            yEd_ = yEd_ || !key.yfiles.empty();
            key.scope = element.attribute("for") ? element.attribute("for").value() : "all";
            if (const pugi::xml_node fallback = childNamed(element, "default")) {
                key.fallback = fallback.child_value();
            }
            if (!keys_.emplace(id, key).second) {
                xml_.fail(element, "the key id \"" + id + "\" is declared twice", "Give every key its own id");
            }
            keyOrder_.push_back(id);
        }
    }

    bool isOurs(pugi::xml_node top) const
    {
        for (pugi::xml_node data = top.first_child(); data; data = data.next_sibling()) {
            if (localName(data) == "data" && std::string_view(data.attribute("key").value()) == "generator" &&
                std::string_view(data.child_value()) == kGenerator) {
                return true;
            }
        }
        return false;
    }

    /// Columns in key order, so the report lists attributes as the file declares them.
    void declareColumns()
    {
        for (const auto& id : keyOrder_) {
            Key& key = keys_.at(id);
            if (!key.yfiles.empty()) {
                continue;
            }
            if (key.scope == "node" || key.scope == "all") {
                key.nodeColumn = addColumn(graph_.nodeColumns, column(id, key.name, FieldOwner::Actor));
            }
            if (key.scope == "edge" || key.scope == "all") {
                key.edgeColumn = addColumn(graph_.edgeColumns, column(id, key.name, FieldOwner::Relation));
            }
        }
    }

    ForeignColumn column(const std::string& id, const std::string& name, FieldOwner owner) const
    {
        if (!graph_.ours) {
            return {name};
        }
        if (owner == FieldOwner::Actor && (id == "r" || id == "g" || id == "b")) {
            return {name, ForeignColumn::Use::Ignored, Field::Name, "the colour comes from the actor kind"};
        }
        return ourColumn(id, name, owner);
    }

    static std::size_t addColumn(std::vector<ForeignColumn>& columns, ForeignColumn column)
    {
        columns.push_back(std::move(column));
        return columns.size() - 1;
    }

    void readGraphData(pugi::xml_node top)
    {
        graph_.directed = std::string_view(top.attribute("edgedefault").value()) != "undirected";
        for (pugi::xml_node data = top.first_child(); data; data = data.next_sibling()) {
            if (localName(data) != "data") {
                continue;
            }
            const std::string id = data.attribute("key").value();
            const std::string value = data.child_value();
            auto it = keys_.find(id);
            const std::string name = it == keys_.end() ? id : it->second.name;
            if (graph_.ours) {
                if (id == "graph_name") {
                    graph_.name = value;
                } else if (id == "graph_date") {
                    graph_.date = value;
                } else if (id == "graph_description") {
                    graph_.description = value;
                } else if (id == "graph_domains") {
                    graph_.domains = splitList(value);
                } else if (id == "graph_groups") {
                    graph_.groups = splitList(value);
                } else if (id != "generator") {
                    unplaced(name, value);
                }
                continue;
            }
            const std::string word = normalisedWord(name);
            if ((word == "name" || word == "naam" || word == "label" || word == "title" || word == "titel") &&
                graph_.name.empty()) {
                graph_.name = value;
            } else if ((word == "description" || word == "omschrijving") && graph_.description.empty()) {
                graph_.description = value;
            } else if ((word == "date" || word == "datum") && graph_.date.empty()) {
                graph_.date = value;
            } else if (!value.empty()) {
                unplaced(name, value);
            }
        }
        if (graph_.name.empty() && !graph_.ours) {
            const std::string id = top.attribute("id").value();
            graph_.name = id == "G" ? std::string() : id; // "G" is every tool's placeholder, not a name
        }
    }

    void unplaced(const std::string& name, const std::string& value)
    {
        const std::string shown = value.size() > 80 ? value.substr(0, 80) + "..." : value;
        graph_.notes.push_back("graph attribute \"" + name + "\" = \"" + shown +
                               "\" not kept (a snapshot has no place for it)");
    }

    /// Nodes and edges in document order, nested graphs (yEd groups) included, with an explicit stack.
    void readElements(pugi::xml_node top)
    {
        walkNested(top.first_child(), [this](pugi::xml_node element, const std::string& parent) {
            const std::string_view name = localName(element);
            if (name == "node") {
                readNode(element, parent);
                return std::pair(childNamed(element, "graph"), graph_.nodes.back().id);
            }
            if (name == "edge") {
                readEdge(element);
            } else if (name == "hyperedge") {
                ++hyperedges_;
            }
            return std::pair(pugi::xml_node(), std::string());
        });
        if (hyperedges_ > 0) {
            graph_.notes.push_back(std::to_string(hyperedges_) +
                                   " hyperedges not read (a relation joins exactly two actors)");
        }
        if (ports_ > 0) {
            graph_.notes.push_back(std::to_string(ports_) + " ports not read (relations join actors, not ports)");
        }
        if (yEd_ && !graph_.ours) {
            graph_.notes.push_back("yEd shapes, sizes, line styles and bends are not read; positions, fill colours "
                                   "and labels are");
        }
    }

    /// The values of a node's or edge's <data> children, each into its column; graphics handled apart.
    template <typename Element> void readData(pugi::xml_node element, Element& out)
    {
        constexpr bool node = std::is_same_v<Element, ForeignNode>;
        std::size_t count = 0;
        std::set<std::size_t> seen;
        for (pugi::xml_node data = element.first_child(); data; data = data.next_sibling()) {
            const std::string_view name = localName(data);
            if (name == "port") {
                ++ports_;
            }
            if (name != "data") {
                continue;
            }
            if (++count > kMaxAttributesPerElement) {
                xml_.fail(element,
                          "this element has more than " + std::to_string(kMaxAttributesPerElement) + " <data> values",
                          "The file is damaged or hostile; export it again");
            }
            const std::string id = data.attribute("key").value();
            Key& key = keys_.try_emplace(id, Key{id}).first->second;
            if (key.yfiles == (node ? "nodegraphics" : "edgegraphics")) {
                readGraphics(data, out);
                continue;
            }
            if (!key.yfiles.empty()) {
                continue; // port graphics and the like: drawing details of yEd's own
            }
            auto& column = node ? key.nodeColumn : key.edgeColumn;
            if (!column) {
                // A key not declared for this kind of element (or not declared at all): lenient, keep the value.
                column = addColumn(node ? graph_.nodeColumns : graph_.edgeColumns,
                                   graph_.ours ? ForeignColumn{key.name, ForeignColumn::Use::Free}
                                               : ForeignColumn{key.name});
            }
            out.values.emplace_back(*column, data.child_value());
            seen.insert(*column);
        }
        for (const auto& [id, key] : keys_) {
            const auto column = node ? key.nodeColumn : key.edgeColumn;
            if (column && key.fallback && seen.count(*column) == 0) {
                out.values.emplace_back(*column, *key.fallback);
            }
        }
    }

    void readNode(pugi::xml_node element, const std::string& parent)
    {
        ForeignNode node;
        node.id = element.attribute("id").value();
        node.place = xml_.place(element);
        node.parent = parent;
        if (node.id.empty()) {
            xml_.fail(element, "a <node> has no id", "Give every node an id");
        }
        if (graph_.nodes.size() >= kMaxImportActors) {
            xml_.fail(element, "the file has more than " + std::to_string(kMaxImportActors) + " nodes",
                      "Split the network into smaller files");
        }
        readData(element, node);
        graph_.nodes.push_back(std::move(node));
    }

    void readEdge(pugi::xml_node element)
    {
        ForeignEdge edge;
        edge.id = element.attribute("id").value();
        edge.place = xml_.place(element);
        edge.source = element.attribute("source").value();
        edge.target = element.attribute("target").value();
        if (edge.source.empty() || edge.target.empty()) {
            xml_.fail(element, "an <edge> needs both a source and a target", "Add the missing one");
        }
        if (const pugi::xml_attribute directed = element.attribute("directed")) {
            edge.directed = std::string_view(directed.value()) != "false";
        }
        if (graph_.edges.size() >= kMaxImportRelations) {
            xml_.fail(element, "the file has more than " + std::to_string(kMaxImportRelations) + " edges",
                      "Split the network into smaller files");
        }
        readData(element, edge);
        graph_.edges.push_back(std::move(edge));
    }

    std::size_t syntheticColumn(std::vector<ForeignColumn>& columns, std::optional<std::size_t>& index,
                                ForeignColumn column)
    {
        if (!index) {
            index = addColumn(columns, std::move(column));
        }
        return *index;
    }

    void readGraphics(pugi::xml_node data, ForeignNode& node)
    {
        if (graph_.ours) {
            return; // our own positions and names are in their own keys; the drawing is derived from them
        }
        if (const pugi::xml_node geometry = descendantNamed(data, "Geometry")) {
            const auto x = numberAttribute(geometry, "x");
            const auto y = numberAttribute(geometry, "y");
            const auto width = numberAttribute(geometry, "width").value_or(0);
            const auto height = numberAttribute(geometry, "height").value_or(0);
            if (x && y) {
                node.position = Point{*x + width / 2, *y + height / 2}; // yEd gives the top-left corner
            }
        }
        if (const pugi::xml_node fill = descendantNamed(data, "Fill"); fill && fill.attribute("color")) {
            const std::size_t column =
                syntheticColumn(graph_.nodeColumns, fillColumn_, ForeignColumn{"colour", ForeignColumn::Use::Free});
            node.values.emplace_back(column, fill.attribute("color").value());
        }
        if (const pugi::xml_node label = descendantNamed(data, "NodeLabel"); label && *label.child_value()) {
            const std::size_t column = syntheticColumn(graph_.nodeColumns, labelColumn_,
                                                       ForeignColumn{"label (yEd)", ForeignColumn::Use::Field});
            node.values.emplace_back(column, label.child_value());
        }
    }

    void readGraphics(pugi::xml_node data, ForeignEdge& edge)
    {
        if (graph_.ours) {
            return;
        }
        if (const pugi::xml_node label = descendantNamed(data, "EdgeLabel"); label && *label.child_value()) {
            // yEd users write the relation type on the line; elsewhere (Kumu, Graphviz) a label is free text.
            const std::size_t column =
                syntheticColumn(graph_.edgeColumns, edgeLabelColumn_,
                                ForeignColumn{"label", ForeignColumn::Use::Field, Field::RelationType});
            edge.values.emplace_back(column, label.child_value());
        }
    }

    XmlInput xml_;
    std::string_view text_;
    ForeignGraph graph_;
    std::map<std::string, Key> keys_;
    std::vector<std::string> keyOrder_;
    std::optional<std::size_t> fillColumn_;
    std::optional<std::size_t> labelColumn_;
    std::optional<std::size_t> edgeLabelColumn_;
    bool yEd_ = false;
    std::size_t hyperedges_ = 0;
    std::size_t ports_ = 0;
};

const char* typeName(ExportColumn::Type type)
{
    switch (type) {
    case ExportColumn::Type::Int:
        return "int";
    case ExportColumn::Type::Double:
        return "double";
    case ExportColumn::Type::Bool:
        return "boolean";
    default:
        return "string";
    }
}

void addKey(pugi::xml_node root, const std::string& id, const char* scope, const std::string& name, const char* type)
{
    pugi::xml_node key = root.append_child("key");
    key.append_attribute("id") = id.c_str();
    key.append_attribute("for") = scope;
    key.append_attribute("attr.name") = name.c_str();
    key.append_attribute("attr.type") = type;
}

void addData(pugi::xml_node element, const std::string& key, const std::string& value)
{
    pugi::xml_node data = element.append_child("data");
    data.append_attribute("key") = key.c_str();
    data.append_child(pugi::node_pcdata).set_value(value.c_str());
}

std::size_t characters(const std::string& text)
{
    std::size_t count = 0;
    for (const char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

/// yEd's drawing of an actor: a rounded box at the actor's place in the kind's colour, with the name in it.
void addNodeGraphics(pugi::xml_node node, const Actor& actor, const std::string& colour)
{
    pugi::xml_node shape = node.append_child("data");
    shape.append_attribute("key") = "graphics";
    shape = shape.append_child("y:ShapeNode");
    const double width = std::max(80.0, 20.0 + 7.0 * static_cast<double>(characters(actor.name)));
    const double height = 40;
    pugi::xml_node geometry = shape.append_child("y:Geometry");
    geometry.append_attribute("height") = numberText(height).c_str();
    geometry.append_attribute("width") = numberText(width).c_str();
    if (actor.position) {
        geometry.append_attribute("x") = numberText(actor.position->x - width / 2).c_str();
        geometry.append_attribute("y") = numberText(actor.position->y - height / 2).c_str();
    }
    if (!colour.empty()) {
        pugi::xml_node fill = shape.append_child("y:Fill");
        fill.append_attribute("color") = colour.c_str();
        fill.append_attribute("transparent") = "false";
    }
    pugi::xml_node border = shape.append_child("y:BorderStyle");
    border.append_attribute("color") = "#000000";
    border.append_attribute("type") = "line";
    border.append_attribute("width") = "1.0";
    shape.append_child("y:NodeLabel").append_child(pugi::node_pcdata).set_value(actor.name.c_str());
    shape.append_child("y:Shape").append_attribute("type") = "roundrectangle";
}

void addEdgeGraphics(pugi::xml_node edge, const Relation& relation, const std::string& colour)
{
    pugi::xml_node line = edge.append_child("data");
    line.append_attribute("key") = "edgegraphics";
    line = line.append_child("y:PolyLineEdge");
    pugi::xml_node style = line.append_child("y:LineStyle");
    style.append_attribute("color") = colour.empty() ? "#000000" : colour.c_str();
    style.append_attribute("type") = "line";
    style.append_attribute("width") = numberText(0.5 + 0.5 * relation.strength).c_str();
    pugi::xml_node arrows = line.append_child("y:Arrows");
    arrows.append_attribute("source") = "none";
    arrows.append_attribute("target") = isDirected(relation.type) ? "standard" : "none";
}

} // namespace

Imported parseGraphml(std::string_view text, const std::string& fileName)
{
    return buildImported(Reader(text, fileName).read(), fileName);
}

Imported readGraphml(const std::filesystem::path& file) { return parseGraphml(readForeignFile(file), file.string()); }

std::string writeGraphml(const Snapshot& snapshot, const ExportAnnotations& annotations)
{
    const Network& network = snapshot.network;
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("graphml");
    root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    root.append_attribute("xmlns:y") = "http://www.yworks.com/xml/graphml";
    root.append_attribute("xsi:schemaLocation") =
        "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd";

    for (const char* id :
         {"generator", "graph_name", "graph_date", "graph_description", "graph_domains", "graph_groups"}) {
        const std::string name = std::string_view(id).substr(0, 6) == "graph_" ? std::string(id + 6) : id;
        addKey(root, id, "graph", name, "string");
    }
    const ExportTable actors = actorColumns(network, annotations);
    const ExportTable relations = relationColumns(network);
    addKey(root, "label", "node", "label", "string");
    for (const auto& column : actors.columns) {
        addKey(root, column.id, "node", column.name, typeName(column.type));
    }
    for (const char* id : {"x", "y"}) {
        addKey(root, id, "node", id, "double");
    }
    for (const char* id : {"r", "g", "b"}) {
        addKey(root, id, "node", id, "int");
    }
    pugi::xml_node graphics = root.append_child("key");
    graphics.append_attribute("id") = "graphics";
    graphics.append_attribute("for") = "node";
    graphics.append_attribute("yfiles.type") = "nodegraphics";
    for (const auto& column : relations.columns) {
        addKey(root, column.id, "edge", column.name, typeName(column.type));
    }
    pugi::xml_node edgeGraphics = root.append_child("key");
    edgeGraphics.append_attribute("id") = "edgegraphics";
    edgeGraphics.append_attribute("for") = "edge";
    edgeGraphics.append_attribute("yfiles.type") = "edgegraphics";

    pugi::xml_node graph = root.append_child("graph");
    graph.append_attribute("id") = "G";
    graph.append_attribute("edgedefault") = "directed";
    addData(graph, "generator", kGenerator);
    addData(graph, "graph_name", snapshot.name);
    if (!snapshot.date.empty()) {
        addData(graph, "graph_date", snapshot.date);
    }
    if (!snapshot.description.empty()) {
        addData(graph, "graph_description", snapshot.description);
    }
    std::vector<std::string> names;
    for (const auto& domain : network.domains()) {
        names.push_back(domain.name);
    }
    if (!names.empty()) {
        addData(graph, "graph_domains", joinList(names));
    }
    names.clear();
    for (const auto& group : network.groups()) {
        names.push_back(group.name);
    }
    if (!names.empty()) {
        addData(graph, "graph_groups", joinList(names));
    }

    for (std::size_t i = 0; i < network.actors().size(); ++i) {
        const Actor& actor = network.actors()[i];
        pugi::xml_node node = graph.append_child("node");
        node.append_attribute("id") = std::to_string(actor.id).c_str();
        addData(node, "label", actor.name);
        for (const auto& [column, value] : actors.rows[i]) {
            addData(node, actors.columns[column].id, value);
        }
        if (actor.position) {
            addData(node, "x", numberText(actor.position->x));
            addData(node, "y", numberText(actor.position->y));
        }
        std::string colour;
        if (auto it = annotations.kindColours.find(actor.kind); it != annotations.kindColours.end()) {
            if (const auto channels = colourChannels(it->second)) {
                colour = colourText((*channels)[0], (*channels)[1], (*channels)[2]);
                addData(node, "r", std::to_string((*channels)[0]));
                addData(node, "g", std::to_string((*channels)[1]));
                addData(node, "b", std::to_string((*channels)[2]));
            }
        }
        addNodeGraphics(node, actor, colour);
    }
    for (std::size_t i = 0; i < network.relations().size(); ++i) {
        const Relation& relation = network.relations()[i];
        pugi::xml_node edge = graph.append_child("edge");
        edge.append_attribute("id") = std::to_string(relation.id).c_str();
        edge.append_attribute("source") = std::to_string(relation.source).c_str();
        edge.append_attribute("target") = std::to_string(relation.target).c_str();
        for (const auto& [column, value] : relations.rows[i]) {
            addData(edge, relations.columns[column].id, value);
        }
        auto it = annotations.relationColours.find(relation.type);
        addEdgeGraphics(edge, relation, it == annotations.relationColours.end() ? std::string() : it->second);
    }
    return xmlText(document);
}

} // namespace speelveld
