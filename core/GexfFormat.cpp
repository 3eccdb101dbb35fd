#include "GexfFormat.h"

#include "ForeignGraph.h"
#include "UserError.h"
#include "XmlInput.h"

#include <charconv>
#include <map>
#include <set>

namespace speelveld {
namespace {

constexpr const char* kCreator = "Speelveld";

/// The attribute declarations of one class (node or edge): id → column, and the defaults.
struct Declarations {
    std::map<std::string, std::size_t> columns;
    std::vector<std::pair<std::size_t, std::string>> defaults;
    std::map<std::string, std::size_t> native; ///< XML attributes of <node>/<edge> read as columns
};

class Reader {
public:
    Reader(std::string_view text, const std::string& fileName) : xml_(text, fileName) {}

    ForeignGraph read()
    {
        const pugi::xml_node root = xml_.root();
        if (localName(root) != "gexf") {
            xml_.fail(root, "this is not a GEXF file (its top element is <" + std::string(root.name()) + ">)",
                      "Open a .gexf file, or export GEXF from the program that made it");
        }
        const std::string version = root.attribute("version").value();
        graph_.format = version.empty() ? "GEXF" : "GEXF " + version;
        if (!version.empty() && version != "1.1" && version != "1.2" && version != "1.3") {
            graph_.notes.push_back("GEXF version " + version + " is not one Speelveld knows; read as 1.3");
        }
        readMeta(childNamed(root, "meta"));
        const pugi::xml_node graph = childNamed(root, "graph");
        if (!graph) {
            xml_.fail(root, "the file has no <graph>", "Export the file again with its network in it");
        }
        if (!graph_.ours && graph.attribute("name")) {
            graph_.name = graph.attribute("name").value(); // NetworkX writes the graph's name here
        }
        const std::string_view edgeType = graph.attribute("defaultedgetype").value();
        graph_.directed = edgeType != "undirected" && edgeType != "mutual";
        if (std::string_view(graph.attribute("mode").value()) == "dynamic") {
            graph_.notes.push_back("the graph changes over time (mode \"dynamic\"): the network is read as one "
                                   "snapshot, with the first value of each attribute");
        }
        for (pugi::xml_node child = graph.first_child(); child; child = child.next_sibling()) {
            if (localName(child) == "attributes") {
                declare(child);
            }
        }
        for (pugi::xml_node child = graph.first_child(); child; child = child.next_sibling()) {
            if (localName(child) == "nodes") {
                readNodes(child);
            }
        }
        for (pugi::xml_node child = graph.first_child(); child; child = child.next_sibling()) {
            if (localName(child) == "edges") {
                for (pugi::xml_node edge = child.first_child(); edge; edge = edge.next_sibling()) {
                    if (localName(edge) == "edge") {
                        readEdge(edge);
                    }
                }
            }
        }
        addNotes();
        return std::move(graph_);
    }

private:
    void readMeta(pugi::xml_node meta)
    {
        if (!meta) {
            return;
        }
        const std::string creator = childNamed(meta, "creator").child_value();
        graph_.ours = creator == kCreator;
        if (!creator.empty() && !graph_.ours) {
            graph_.format += " (" + creator + ")";
        }
        graph_.description = childNamed(meta, "description").child_value();
        if (graph_.ours) {
            graph_.name = childNamed(meta, "keywords").child_value();
            graph_.date = meta.attribute("lastmodifieddate").value();
        }
    }

    void declare(pugi::xml_node attributes)
    {
        const bool node = std::string_view(attributes.attribute("class").value()) == "node";
        if (!node && std::string_view(attributes.attribute("class").value()) != "edge") {
            return; // graph-level attributes (GEXF 1.3 has none; older drafts did not use them)
        }
        Declarations& declarations = node ? nodes_ : edges_;
        auto& columns = node ? graph_.nodeColumns : graph_.edgeColumns;
        for (pugi::xml_node attribute = attributes.first_child(); attribute; attribute = attribute.next_sibling()) {
            if (localName(attribute) != "attribute") {
                continue;
            }
            const std::string id = attribute.attribute("id").value();
            if (id.empty()) {
                xml_.fail(attribute, "an <attribute> has no id", "Give every attribute an id");
            }
            const std::string title = attribute.attribute("title") ? attribute.attribute("title").value() : id;
            if (declarations.columns.count(id) != 0) {
                xml_.fail(attribute, "the attribute id \"" + id + "\" is declared twice",
                          "Give every attribute its own id");
            }
            if (columns.size() >= kMaxAttributesPerElement) {
                xml_.fail(attribute,
                          "the file declares more than " + std::to_string(kMaxAttributesPerElement) + " attributes",
                          "The file is damaged or hostile; export it again");
            }
            columns.push_back(graph_.ours ? ourColumn(id, title, node ? FieldOwner::Actor : FieldOwner::Relation)
                                          : ForeignColumn{title});
            declarations.columns[id] = columns.size() - 1;
            if (const pugi::xml_node fallback = childNamed(attribute, "default")) {
                declarations.defaults.emplace_back(columns.size() - 1, fallback.child_value());
            }
        }
    }

    /// A column for an XML attribute of <node> or <edge> itself (label, weight, kind, start, ...).
    std::size_t native(bool node, const std::string& name, ForeignColumn column)
    {
        Declarations& declarations = node ? nodes_ : edges_;
        auto [it, inserted] = declarations.native.try_emplace(name, 0);
        if (inserted) {
            auto& columns = node ? graph_.nodeColumns : graph_.edgeColumns;
            columns.push_back(std::move(column));
            it->second = columns.size() - 1;
        }
        return it->second;
    }

    template <typename Element> void readValues(pugi::xml_node element, Element& out, bool node)
    {
        Declarations& declarations = node ? nodes_ : edges_;
        std::set<std::size_t> seen;
        std::size_t count = 0;
        for (pugi::xml_node values = element.first_child(); values; values = values.next_sibling()) {
            const std::string_view name = localName(values);
            if (name == "spells") {
                ++spells_;
            } else if (name == "parents") {
                ++parents_;
            }
            if (name != "attvalues") {
                continue;
            }
            for (pugi::xml_node value = values.first_child(); value; value = value.next_sibling()) {
                if (localName(value) != "attvalue") {
                    continue;
                }
                if (++count > kMaxAttributesPerElement) {
                    xml_.fail(element,
                              "this element has more than " + std::to_string(kMaxAttributesPerElement) + " values",
                              "The file is damaged or hostile; export it again");
                }
                // GEXF 1.2 and 1.3 name the attribute with "for", 1.0 and some writers of 1.1 with "id".
                const std::string id =
                    value.attribute("for") ? value.attribute("for").value() : value.attribute("id").value();
                auto it = declarations.columns.find(id);
                if (it == declarations.columns.end()) {
                    xml_.fail(value, "the value is for the attribute \"" + id + "\", which is not declared",
                              "Declare it under <attributes class=\"" + std::string(node ? "node" : "edge") +
                                  "\">, or remove the value");
                }
                if (!seen.insert(it->second).second) {
                    ++laterValues_; // a time-dependent attribute: the first value stands
                    continue;
                }
                out.values.emplace_back(it->second, value.attribute("value").value());
            }
        }
        for (const auto& [column, text] : declarations.defaults) {
            if (seen.count(column) == 0) {
                out.values.emplace_back(column, text);
            }
        }
    }

    void readNodes(pugi::xml_node top)
    {
        // Nested <nodes> (GEXF hierarchies) with an explicit stack, in document order.
        walkNested(top.first_child(), [this](pugi::xml_node element, const std::string& parent) {
            if (localName(element) != "node") {
                return std::pair(pugi::xml_node(), std::string());
            }
            readNode(element, parent);
            return std::pair(childNamed(element, "nodes"), graph_.nodes.back().id);
        });
    }

    void readNode(pugi::xml_node element, const std::string& parent)
    {
        ForeignNode node;
        node.id = element.attribute("id").value();
        node.place = xml_.place(element);
        node.parent = element.attribute("pid") ? element.attribute("pid").value() : parent;
        if (node.id.empty()) {
            xml_.fail(element, "a <node> has no id", "Give every node an id");
        }
        if (graph_.nodes.size() >= kMaxImportActors) {
            xml_.fail(element, "the file has more than " + std::to_string(kMaxImportActors) + " nodes",
                      "Split the network into smaller files");
        }
        for (pugi::xml_attribute attribute = element.first_attribute(); attribute;
             attribute = attribute.next_attribute()) {
            const std::string name = attribute.name();
            if (name == "id" || name == "pid") {
                continue;
            }
            const std::size_t column = name == "label"
                                           ? native(true, name, ForeignColumn{"label", ForeignColumn::Use::Field})
                                           : native(true, name, ForeignColumn{name, ForeignColumn::Use::Free});
            node.values.emplace_back(column, attribute.value());
        }
        readValues(element, node, true);
        for (pugi::xml_node viz = element.first_child(); viz; viz = viz.next_sibling()) {
            const std::string_view name = localName(viz);
            if (name == "position") {
                const auto x = numberAttribute(viz, "x");
                const auto y = numberAttribute(viz, "y");
                if (x && y) {
                    node.position = Point{*x, 0.0 - *y}; // Gephi's y grows upwards, ours downwards
                }
            } else if (graph_.ours) {
                continue; // our colours and sizes come from the kind; nothing to keep
            } else if (name == "color") {
                const auto channel = [&](const char* c) {
                    return static_cast<int>(numberAttribute(viz, c).value_or(0));
                };
                const std::string colour = viz.attribute("hex") ? std::string(viz.attribute("hex").value())
                                                                : colourText(channel("r"), channel("g"), channel("b"));
                node.values.emplace_back(native(true, "viz:color", ForeignColumn{"colour"}), colour);
            } else if (name == "size") {
                node.values.emplace_back(native(true, "viz:size", ForeignColumn{"size"}),
                                         viz.attribute("value").value());
            } else if (name == "shape") {
                ++shapes_;
            }
        }
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
        if (graph_.edges.size() >= kMaxImportRelations) {
            xml_.fail(element, "the file has more than " + std::to_string(kMaxImportRelations) + " edges",
                      "Split the network into smaller files");
        }
        for (pugi::xml_attribute attribute = element.first_attribute(); attribute;
             attribute = attribute.next_attribute()) {
            const std::string name = attribute.name();
            if (name == "id" || name == "source" || name == "target") {
                continue;
            }
            if (name == "type") {
                const std::string_view type = attribute.value();
                edge.directed = type != "undirected" && type != "mutual";
                continue;
            }
            ForeignColumn column{name};
            if (graph_.ours) {
                column = name == "weight" ? ForeignColumn{name, ForeignColumn::Use::Field, Field::Strength}
                                          : ForeignColumn{name, ForeignColumn::Use::Free};
            }
            edge.values.emplace_back(native(false, name, column), attribute.value());
        }
        readValues(element, edge, false);
        for (pugi::xml_node viz = element.first_child(); viz; viz = viz.next_sibling()) {
            const std::string_view name = localName(viz);
            edgeDrawing_ += (name == "color" || name == "thickness" || name == "shape") && !graph_.ours ? 1 : 0;
        }
        graph_.edges.push_back(std::move(edge));
    }

    void addNotes()
    {
        if (laterValues_ > 0) {
            graph_.notes.push_back(std::to_string(laterValues_) +
                                   " later values of time-dependent attributes not kept (the first value of each is)");
        }
        if (spells_ > 0) {
            graph_.notes.push_back(std::to_string(spells_) + " <spells> (times a node or edge exists) not read");
        }
        if (parents_ > 0) {
            graph_.notes.push_back(std::to_string(parents_) +
                                   " <parents> lists not read (use nested <nodes> or pid for groups)");
        }
        if (shapes_ > 0 || edgeDrawing_ > 0) {
            graph_.notes.push_back("node shapes and edge colours, thicknesses and shapes are not read");
        }
    }

    XmlInput xml_;
    ForeignGraph graph_;
    Declarations nodes_;
    Declarations edges_;
    std::size_t laterValues_ = 0;
    std::size_t spells_ = 0;
    std::size_t parents_ = 0;
    std::size_t shapes_ = 0;
    std::size_t edgeDrawing_ = 0;
};

const char* typeName(ExportColumn::Type type)
{
    switch (type) {
    case ExportColumn::Type::Int:
        return "integer";
    case ExportColumn::Type::Double:
        return "double";
    case ExportColumn::Type::Bool:
        return "boolean";
    default:
        return "string";
    }
}

void declare(pugi::xml_node graph, const char* kind, const std::vector<ExportColumn>& columns)
{
    pugi::xml_node attributes = graph.append_child("attributes");
    attributes.append_attribute("class") = kind;
    attributes.append_attribute("mode") = "static";
    for (const auto& column : columns) {
        if (column.id == "strength") {
            continue; // the edge's own weight carries it
        }
        pugi::xml_node attribute = attributes.append_child("attribute");
        attribute.append_attribute("id") = column.id.c_str();
        attribute.append_attribute("title") = column.name.c_str();
        attribute.append_attribute("type") = typeName(column.type);
    }
}

void addValues(pugi::xml_node element, const ExportTable& table, std::size_t row)
{
    pugi::xml_node values;
    for (const auto& [column, text] : table.rows[row]) {
        if (table.columns[column].id == "strength") {
            continue;
        }
        if (!values) {
            values = element.append_child("attvalues");
        }
        pugi::xml_node value = values.append_child("attvalue");
        value.append_attribute("for") = table.columns[column].id.c_str();
        value.append_attribute("value") = text.c_str();
    }
}

/// A viz:color from "#rrggbb"; nothing when there is no such colour.
template <typename Key> void addColour(pugi::xml_node element, const std::map<Key, std::string>& colours, Key key)
{
    auto it = colours.find(key);
    const auto channels = it == colours.end() ? std::nullopt : colourChannels(it->second);
    if (!channels) {
        return;
    }
    pugi::xml_node colour = element.append_child("viz:color");
    colour.append_attribute("r") = (*channels)[0];
    colour.append_attribute("g") = (*channels)[1];
    colour.append_attribute("b") = (*channels)[2];
}

bool isIsoDate(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

Imported parseGexf(std::string_view text, const std::string& fileName)
{
    return buildImported(Reader(text, fileName).read(), fileName);
}

Imported readGexf(const std::filesystem::path& file) { return parseGexf(readForeignFile(file), file.string()); }

std::string writeGexf(const Snapshot& snapshot, const ExportAnnotations& annotations)
{
    const Network& network = snapshot.network;
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("gexf");
    root.append_attribute("xmlns") = "http://gexf.net/1.3";
    root.append_attribute("xmlns:viz") = "http://gexf.net/1.3/viz";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    root.append_attribute("xsi:schemaLocation") = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";
    root.append_attribute("version") = "1.3";

    // GEXF 1.3 has no title or date of its own: the snapshot name goes into <keywords> and its date (the day
    // the network describes) into lastmodifieddate, which Gephi shows as the file's date.
    pugi::xml_node meta = root.append_child("meta");
    if (isIsoDate(snapshot.date)) {
        meta.append_attribute("lastmodifieddate") = snapshot.date.c_str();
    }
    meta.append_child("creator").append_child(pugi::node_pcdata).set_value(kCreator);
    meta.append_child("keywords").append_child(pugi::node_pcdata).set_value(snapshot.name.c_str());
    if (!snapshot.description.empty()) {
        meta.append_child("description").append_child(pugi::node_pcdata).set_value(snapshot.description.c_str());
    }

    pugi::xml_node graph = root.append_child("graph");
    graph.append_attribute("defaultedgetype") = "directed";
    graph.append_attribute("mode") = "static";
    const ExportTable actors = actorColumns(network, annotations);
    const ExportTable relations = relationColumns(network);
    declare(graph, "node", actors.columns);
    declare(graph, "edge", relations.columns);

    pugi::xml_node nodes = graph.append_child("nodes");
    for (std::size_t i = 0; i < network.actors().size(); ++i) {
        const Actor& actor = network.actors()[i];
        pugi::xml_node node = nodes.append_child("node");
        node.append_attribute("id") = std::to_string(actor.id).c_str();
        node.append_attribute("label") = actor.name.c_str();
        addValues(node, actors, i);
        node.append_child("viz:size").append_attribute("value") = "10";
        if (actor.position) {
            pugi::xml_node position = node.append_child("viz:position");
            position.append_attribute("x") = numberText(actor.position->x).c_str();
            position.append_attribute("y") = numberText(0.0 - actor.position->y).c_str();
            position.append_attribute("z") = "0";
        }
        addColour(node, annotations.kindColours, actor.kind);
    }
    pugi::xml_node edges = graph.append_child("edges");
    for (std::size_t i = 0; i < network.relations().size(); ++i) {
        const Relation& relation = network.relations()[i];
        pugi::xml_node edge = edges.append_child("edge");
        edge.append_attribute("id") = std::to_string(relation.id).c_str();
        edge.append_attribute("source") = std::to_string(relation.source).c_str();
        edge.append_attribute("target") = std::to_string(relation.target).c_str();
        edge.append_attribute("weight") = relation.strength;
        addColour(edge, annotations.relationColours, relation.type);
        addValues(edge, relations, i);
    }
    return xmlText(document);
}

} // namespace speelveld
