#include "DotFormat.h"

#include "GraphvizGraph.h"

#include "core/ForeignFields.h"
#include "core/ForeignReader.h"
#include "core/TextCheck.h"
#include "core/UserError.h"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <memory>
#include <set>

namespace speelveld {
namespace {

/// Owns a graph cgraph read.
struct GraphCloser {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};
using ReadGraph = std::unique_ptr<Agraph_t, GraphCloser>;

/// The text of an HTML-like label: tags dropped (a <br> is a space), entities decoded, and, when there were
/// tags, white space folded as a browser would. A value without tags comes back exactly.
std::string htmlText(std::string_view html)
{
    std::string text;
    bool tags = false;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] == '<') {
            const std::size_t end = std::min(html.find('>', i), html.size());
            std::string tag(html.substr(i + 1, end - i - 1));
            std::transform(tag.begin(), tag.end(), tag.begin(), [](char c) { return static_cast<char>(c | 0x20); });
            if (tag.rfind("br", 0) == 0) {
                text += ' ';
            }
            tags = true;
            i = end;
        } else if (html[i] == '&') {
            const std::size_t semicolon = html.find(';', i);
            const std::string_view entity =
                semicolon == std::string_view::npos ? std::string_view() : html.substr(i + 1, semicolon - i - 1);
            static const std::pair<std::string_view, std::string_view> named[] = {
                {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
            bool decoded = false;
            for (const auto& [name, replacement] : named) {
                if (entity == name) {
                    text += replacement;
                    decoded = true;
                }
            }
            if (!decoded && entity.size() > 1 && entity[0] == '#') {
                const bool hex = entity[1] == 'x' || entity[1] == 'X';
                const std::string digits(entity.substr(hex ? 2 : 1));
                char* end = nullptr;
                const unsigned long code = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
                if (!digits.empty() && *end == '\0' && code > 0 && code <= 0x10FFFF &&
                    (code < 0xD800 || code > 0xDFFF)) {
                    if (code < 0x80) {
                        text += static_cast<char>(code);
                    } else if (code < 0x800) {
                        text += static_cast<char>(0xC0 | (code >> 6));
                        text += static_cast<char>(0x80 | (code & 0x3F));
                    } else if (code < 0x10000) {
                        text += static_cast<char>(0xE0 | (code >> 12));
                        text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                        text += static_cast<char>(0x80 | (code & 0x3F));
                    } else {
                        text += static_cast<char>(0xF0 | (code >> 18));
                        text += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
                        text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                        text += static_cast<char>(0x80 | (code & 0x3F));
                    }
                    decoded = true;
                }
            }
            if (decoded) {
                i = semicolon;
            } else {
                text += '&';
            }
        } else {
            text += html[i];
        }
    }
    if (!tags) {
        return text;
    }
    std::string folded;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (space && (folded.empty() || folded.back() == ' ')) {
            continue;
        }
        folded += space ? ' ' : c;
    }
    while (!folded.empty() && folded.back() == ' ') {
        folded.pop_back();
    }
    return folded;
}

std::vector<Agsym_t*> symbols(Agraph_t* graph, int kind)
{
    std::vector<Agsym_t*> out;
    for (Agsym_t* sym = agnxtattr(graph, kind, nullptr); sym != nullptr; sym = agnxtattr(graph, kind, sym)) {
        out.push_back(sym);
    }
    return out;
}

std::vector<std::string> namesOf(const std::vector<Agsym_t*>& syms)
{
    std::vector<std::string> names;
    for (const Agsym_t* sym : syms) {
        names.emplace_back(sym->name);
    }
    return names;
}

std::string quoted(const std::string& text);

/// Reads one cgraph graph into a network.
class DotReader {
public:
    DotReader(Agraph_t* graph, Network& network) : graph_(graph), network_(network), reader_(network, tally_) {}

    void read()
    {
        const auto graphSyms = symbols(graph_, AGRAPH);
        std::string unread;
        for (Agsym_t* sym : graphSyms) {
            const std::string value = agxget(graph_, sym);
            const std::string name = sym->name;
            if (name == "inputscale") {
                const auto scale = numberFromText(value);
                if (scale && *scale > 0 && *scale != 72) {
                    scale_ = 72 / *scale;
                }
            } else if (!value.empty()) {
                unread += (unread.empty() ? "" : ", ") + name;
            }
        }
        if (!unread.empty()) {
            tally_.note("Graph attributes not read (a project has no place for them): " + unread + ".");
        }
        if (!agisdirected(graph_)) {
            reader_.setDefaultDirection(Direction::Undirected);
            tally_.note("The graph is undirected: relations without a direction are read as undirected, and a "
                        "directed type runs from the first node written to the second.");
        }
        readNodes();
        readEdges();
        readGroups();
        if (htmlLabels_ > 0) {
            tally_.note(std::to_string(htmlLabels_) + " HTML label" + (htmlLabels_ == 1 ? " was" : "s were") +
                        " reduced to " + (htmlLabels_ == 1 ? "its" : "their") + " text.");
        }
    }

    void report(ImportReport& report) const { tally_.fill(report); }

private:
    std::string value(void* object, Agsym_t* sym)
    {
        char* raw = agxget(object, sym);
        if (raw == nullptr || *raw == '\0') {
            return {};
        }
        if (aghtmlstr(raw)) {
            ++htmlLabels_;
            return htmlText(raw);
        }
        return raw;
    }

    /// The colours and fill our exports draw with (the writer keeps free attributes of these names apart):
    /// how a program drew the map, not governance data; Speelveld colours by kind and relation type.
    void dropDrawing(std::vector<Heading>& headings, std::initializer_list<const char*> names)
    {
        for (Heading& heading : headings) {
            if (!heading.field && std::find(names.begin(), names.end(), heading.name) != names.end()) {
                dropHeading(heading, "how the map was drawn; Speelveld colours by kind and relation type", tally_);
            }
        }
    }

    void readNodes()
    {
        const auto syms = symbols(graph_, AGNODE);
        const auto names = namesOf(syms);
        auto headings = fieldHeadings(FieldOwner::Actor, names, names, "node attribute", tally_);
        dropDrawing(headings, {"fillcolor", "style"});
        for (Agnode_t* node = agfstnode(graph_); node != nullptr; node = agnxtnode(graph_, node)) {
            const std::string nodeName = agnameof(node);
            const std::string place = "node \"" + nodeName + "\"";
            Actor actor;
            for (std::size_t i = 0; i < syms.size(); ++i) {
                std::string text = value(node, syms[i]);
                if (text.empty() || (headings[i].field == Field::Name && text == "\\N")) {
                    continue;
                }
                if (names[i] == "pos") {
                    position(actor, headings[i], text, place);
                } else {
                    reader_.actorValue(actor, headings[i], text, place);
                }
            }
            if (actor.name.empty()) {
                actor.name = nodeName;
            }
            const auto id = idFromText(nodeName);
            if (id && network_.actor(*id) == nullptr) {
                actor.id = *id;
                tally_.mapped("node name", "actor id", "actor");
            } else if (nodeName != actor.name) {
                actor.attributes["dot_node"] = nodeName;
                tally_.kept("node name (as \"dot_node\")", "actor");
            }
            nodes_[node] = reader_.addActor(std::move(actor), place);
        }
        reader_.finishGroups();
    }

    void position(Actor& actor, const Heading& heading, const std::string& text, const std::string& place)
    {
        std::string point = text;
        if (!point.empty() && point.back() == '!') {
            point.pop_back();
        }
        const auto comma = point.find(',');
        const auto x = comma == std::string::npos ? std::nullopt : numberFromText(point.substr(0, comma));
        const auto y = comma == std::string::npos ? std::nullopt : numberFromText(point.substr(comma + 1));
        if (x && y) {
            // Graphviz's y grows upwards, ours downwards.
            actor.position = scale_ == 1 ? Point{*x, -*y} : Point{*x * scale_, -*y * scale_};
            tally_.mapped(heading.source, "position", "actor");
        } else {
            actor.attributes[heading.name] = text;
            tally_.notUnderstood(heading.source, "actor", text, place, "no position");
        }
    }

    void readEdges()
    {
        std::vector<Agedge_t*> edges;
        for (Agnode_t* node = agfstnode(graph_); node != nullptr; node = agnxtnode(graph_, node)) {
            for (Agedge_t* edge = agfstout(graph_, node); edge != nullptr; edge = agnxtout(graph_, edge)) {
                edges.push_back(edge);
            }
        }
        std::sort(edges.begin(), edges.end(), [](Agedge_t* a, Agedge_t* b) { return AGSEQ(a) < AGSEQ(b); });
        const auto syms = symbols(graph_, AGEDGE);
        const auto names = namesOf(syms);
        // Graphviz's own "weight" pulls an edge short in the layout: not a relation's strength, so kept as it is.
        std::vector<std::string> meanings = names;
        std::replace(meanings.begin(), meanings.end(), std::string("weight"), std::string(kAttributePrefix) + "weight");
        auto headings = fieldHeadings(FieldOwner::Relation, names, meanings, "edge attribute", tally_);
        dropDrawing(headings, {"color"});
        for (Agedge_t* edge : edges) {
            const std::string place =
                "edge \"" + std::string(agnameof(agtail(edge))) + "\" to \"" + agnameof(aghead(edge)) + "\"";
            Relation relation;
            relation.source = nodes_.at(agtail(edge));
            relation.target = nodes_.at(aghead(edge));
            for (std::size_t i = 0; i < syms.size(); ++i) {
                const std::string text = value(edge, syms[i]);
                if (text.empty() || names[i] == "key") {
                    continue;
                }
                if (headings[i].field == Field::Identifier) {
                    const auto id = idFromText(text);
                    if (id && network_.relation(*id) == nullptr) {
                        relation.id = *id;
                        tally_.mapped(headings[i].source, "relation id", "relation");
                        continue;
                    }
                }
                reader_.relationValue(relation, headings[i], text, place);
            }
            reader_.addRelation(std::move(relation), place);
        }
    }

    void readGroups()
    {
        std::vector<Agraph_t*> subgraphs;
        std::vector<Agraph_t*> open{graph_};
        while (!open.empty()) {
            Agraph_t* parent = open.back();
            open.pop_back();
            for (Agraph_t* sub = agfstsubg(parent); sub != nullptr; sub = agnxtsubg(sub)) {
                subgraphs.push_back(sub);
                open.push_back(sub);
            }
        }
        std::sort(subgraphs.begin(), subgraphs.end(), [](Agraph_t* a, Agraph_t* b) { return AGSEQ(a) < AGSEQ(b); });
        const auto syms = symbols(graph_, AGRAPH);
        std::size_t anonymous = 0;
        std::set<std::string> unread;
        for (Agraph_t* sub : subgraphs) {
            const char* rawName = agnameof(sub);
            const std::string name = rawName == nullptr ? std::string() : rawName;
            if (name.empty() || name[0] == '%') {
                ++anonymous;
                continue;
            }
            Group group;
            for (Agsym_t* sym : syms) {
                const std::string text = value(sub, sym);
                if (std::string(sym->name) == "label") {
                    group.name = text;
                } else if (!text.empty() && text != agxget(graph_, sym)) {
                    unread.insert(sym->name);
                }
            }
            const bool cluster = name.rfind("cluster", 0) == 0;
            std::string rest = cluster ? name.substr(name.rfind("cluster_", 0) == 0 ? 8 : 7) : name;
            if (const auto id = idFromText(rest); cluster && id && network_.group(*id) == nullptr) {
                group.id = *id;
            }
            if (group.name.empty()) {
                group.name = rest.empty() ? name : rest;
            }
            for (Agnode_t* node = agfstnode(sub); node != nullptr; node = agnxtnode(sub, node)) {
                group.members.push_back(nodes_.at(agsubnode(graph_, node, 0)));
            }
            tally_.mapped(cluster ? "cluster subgraph" : "subgraph", "group", "group");
            network_.addGroup(std::move(group));
        }
        if (anonymous > 0) {
            tally_.note(std::to_string(anonymous) + " subgraph" + (anonymous == 1 ? "" : "s") +
                        " without a name ({ ... }) not read as groups; they only shape the drawing or the edges.");
        }
        if (!unread.empty()) {
            std::string list;
            for (const auto& name : unread) {
                list += (list.empty() ? "" : ", ") + name;
            }
            tally_.note("Subgraph attributes not read (a group has only a name): " + list + ".");
        }
    }

    Agraph_t* graph_;
    Network& network_;
    ImportTally tally_;
    ForeignReader reader_;
    std::map<Agnode_t*, Id> nodes_;
    double scale_ = 1;
    std::size_t htmlLabels_ = 0;
};

// ----- writing

bool plainName(const std::string& name)
{
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
}

/// Whether quoting cannot carry the text: cgraph keeps a backslash pair as two backslashes and reads a
/// backslash before a quote or a line break as an escape, so a run of backslashes before '"', a line break or
/// the end would come back changed.
bool backslashBeforeEnd(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            const std::size_t after = text.find_first_not_of('\\', i);
            if (after == std::string::npos || text[after] == '"' || text[after] == '\n') {
                return true;
            }
            i = after;
        }
    }
    return false;
}

/// A DOT string; a text quoting cannot carry is written as an HTML string, which the reader turns back into it.
std::string quoted(const std::string& text)
{
    if (backslashBeforeEnd(text)) {
        std::string html = "<";
        for (const char c : text) {
            html += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
        }
        return html + ">";
    }
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') {
            out += '\\';
        }
        out += c;
    }
    return out + "\"";
}

std::string attributeList(const std::vector<std::pair<std::string, std::string>>& attributes)
{
    std::string out;
    for (const auto& [name, text] : attributes) {
        out += (out.empty() ? " [" : ", ") + (plainName(name) ? name : quoted(name)) + "=" + quoted(text);
    }
    return out.empty() ? out : out + "]";
}

/// The name a free attribute is written under: its own, unless the reader would take it for a field.
template <typename IsField>
std::string attributeName(const std::string& name, IsField isField, const std::set<std::string>& reserved)
{
    if (isField(name) || reserved.count(normalisedWord(name)) > 0 || name.rfind(kAttributePrefix, 0) == 0) {
        return std::string(kAttributePrefix) + name;
    }
    return name;
}

} // namespace

Imported parseDot(const std::string& text, const std::string& fileName, const DotLimits& limits)
{
    precheckDot(text, fileName, limits);
    Imported imported;
    imported.report.format = "DOT";
    Snapshot snapshot;
    snapshot.id = 1;
    {
        auto lock = graphviz::graphvizLock();
        graphviz::takeMessages();
        ReadGraph graph(agmemread(text.c_str()));
        std::string messages = graphviz::takeMessages();
        if (graph == nullptr) {
            std::string place;
            if (const auto at = messages.find("line "); at != std::string::npos) {
                place = messages.substr(at, messages.find_first_not_of("0123456789", at + 5) - at);
            }
            if (messages.rfind("Error: ", 0) == 0) {
                messages.erase(0, 7);
            }
            while (!messages.empty() && (messages.back() == '\n' || messages.back() == ' ')) {
                messages.pop_back();
            }
            throw UserError(fileName, place, "this is not valid DOT (Graphviz says: " + messages + ")",
                            "Correct the file at that place");
        }
        const char* graphName = agnameof(graph.get());
        snapshot.name = graphName == nullptr || graphName[0] == '\0' || graphName[0] == '%'
                            ? std::filesystem::path(fileName).stem().string()
                            : std::string(graphName);
        try {
            DotReader reader(graph.get(), snapshot.network);
            reader.read();
            reader.report(imported.report);
        } catch (const ModelError& error) {
            throw UserError(fileName, "", error.what(), "Correct the file");
        }
    }
    imported.project.title = std::filesystem::path(fileName).stem().string();
    imported.project.snapshots.push_back(std::move(snapshot));
    return imported;
}

Imported readDot(const std::filesystem::path& file, const DotLimits& limits)
{
    return parseDot(readTextFile(file, limits.maxBytes), file.string(), limits);
}

std::string writeDot(const Snapshot& snapshot, const ExportAnnotations& annotations)
{
    const Network& network = snapshot.network;
    std::string out = "digraph " + (snapshot.name.empty() ? std::string() : quoted(snapshot.name) + " ") + "{\n";
    // Positions are in points: without this, neato and fdp would read them as inches.
    out += "  inputscale=72;\n";
    if (!annotations.kindColours.empty()) {
        out += "  node [style=filled];\n";
    }
    const std::set<std::string> nodeReserved{"pos", "fillcolor", "style", "dot node"};
    std::set<std::string> measureReserved = nodeReserved;
    for (const auto& measure : annotations.measures) {
        measureReserved.insert(normalisedWord(measure.key));
    }
    for (const auto& actor : network.actors()) {
        std::vector<std::pair<std::string, std::string>> attributes{{"label", actor.name},
                                                                    {"kind", std::string(toKey(actor.kind))}};
        const auto put = [&](const char* name, const std::string& text) {
            if (!text.empty()) {
                attributes.emplace_back(name, text);
            }
        };
        put("description", actor.description);
        put("tags", tagsText(actor.tags));
        put("roles", rolesText(network, actor.id));
        if (actor.position) {
            attributes.emplace_back("pos", numberText(actor.position->x) + "," + numberText(-actor.position->y) + "!");
        }
        if (actor.pinned) {
            attributes.emplace_back("pin", "true");
        }
        if (auto colour = annotations.kindColours.find(actor.kind); colour != annotations.kindColours.end()) {
            attributes.emplace_back("fillcolor", colour->second);
        }
        for (const auto& [name, text] : actor.attributes) {
            attributes.emplace_back(
                attributeName(
                    name, [](const std::string& n) { return foreignField(FieldOwner::Actor, n).has_value(); },
                    measureReserved),
                text);
        }
        for (const auto& measure : annotations.measures) {
            if (auto it = measure.values.find(actor.id); it != measure.values.end() && it->second == it->second) {
                const bool taken =
                    foreignField(FieldOwner::Actor, measure.key) || nodeReserved.count(normalisedWord(measure.key));
                attributes.emplace_back(taken ? "measure " + measure.key : measure.key, numberText(it->second));
            }
        }
        out += "  " + quoted(std::to_string(actor.id)) + attributeList(attributes) + ";\n";
    }
    const std::set<std::string> edgeReserved{"color", "key"};
    for (const auto& relation : network.relations()) {
        std::vector<std::pair<std::string, std::string>> attributes{{"id", std::to_string(relation.id)},
                                                                    {"type", std::string(toKey(relation.type))}};
        const auto put = [&](const char* name, std::string_view text) {
            if (!text.empty()) {
                attributes.emplace_back(name, std::string(text));
            }
        };
        if (const Domain* domain = network.domain(relation.domain)) {
            attributes.emplace_back("domain", domain->name);
        }
        attributes.emplace_back("strength", std::to_string(relation.strength));
        put("trust", relation.trust == 0 ? std::string() : std::to_string(relation.trust));
        put("basis", toKey(relation.basis));
        put("steering", toKey(relation.steering));
        put("financing", toKey(relation.financing));
        put("valid_from", relation.validFrom);
        put("valid_to", relation.validTo);
        put("note", relation.note);
        if (!isDirected(relation.type)) {
            attributes.emplace_back("dir", "none");
        }
        if (auto colour = annotations.relationColours.find(relation.type);
            colour != annotations.relationColours.end()) {
            attributes.emplace_back("color", colour->second);
        }
        for (const auto& [name, text] : relation.attributes) {
            attributes.emplace_back(
                attributeName(
                    name, [](const std::string& n) { return foreignField(FieldOwner::Relation, n).has_value(); },
                    edgeReserved),
                text);
        }
        out += "  " + quoted(std::to_string(relation.source)) + " -> " + quoted(std::to_string(relation.target)) +
               attributeList(attributes) + ";\n";
    }
    for (const auto& group : network.groups()) {
        out += "  subgraph cluster_" + std::to_string(group.id) + " {\n    label=" + quoted(group.name) + ";\n";
        // In actor order: Graphviz gives a subgraph's nodes back in the order they were first written.
        for (const auto& actor : network.actors()) {
            if (std::find(group.members.begin(), group.members.end(), actor.id) != group.members.end()) {
                out += "    " + quoted(std::to_string(actor.id)) + ";\n";
            }
        }
        out += "  }\n";
    }
    return out + "}\n";
}

} // namespace speelveld
