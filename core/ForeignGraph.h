#pragma once
// A graph as another tool's file holds it (nodes and edges with named attributes), and the one place that turns
// it into a project and says what it did (ImportReport). The GraphML and GEXF readers fill a ForeignGraph; the
// mapping of names and values onto the model (ForeignFields) is applied here, the same for every format.
// The other way, `exportColumns` says which attributes Speelveld's own GraphML and GEXF files carry.

#include "ExportAnnotations.h"
#include "ForeignFields.h"
#include "ImportReport.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace speelveld {

/// Limits on foreign files (RELIABILITY.md, promise 5); each one hit is a message naming the file and the place.
inline constexpr std::uintmax_t kMaxImportBytes = 256ULL * 1024 * 1024; ///< file size
inline constexpr std::size_t kMaxImportActors = 1'000'000;              ///< nodes in one file
inline constexpr std::size_t kMaxImportRelations = 5'000'000;           ///< edges in one file
inline constexpr std::size_t kMaxAttributeValueBytes = 1024 * 1024;     ///< one attribute value or text
inline constexpr std::size_t kMaxAttributesPerElement = 1'000;          ///< attributes/data on one element
inline constexpr std::size_t kMaxGroupDepth = 100;                      ///< groups within groups

/// One attribute column of a foreign file (a GraphML key, a GEXF attribute, a CSV header).
struct ForeignColumn {
    /// What the column is used for: looked up by name in ForeignFields (foreign files), or set by the reader.
    enum class Use { ByName, Field, Free, Measure, Ignored };
    std::string name; ///< as the file names it: "Soort", "label", "betweenness"
    Use use = Use::ByName;
    Field field = Field::Name; ///< when use is Field
    std::string why;           ///< when use is Ignored: why it is not read, for the report
};

/// What nodes and edges share: the file's id, where it stands, and its values per column.
struct ForeignElement {
    std::string id;
    std::string place;                                       ///< for messages: "line 12, column 5"
    std::vector<std::pair<std::size_t, std::string>> values; ///< column index → text
    std::optional<Point> position;                           ///< from drawing data, in points with y down
};

struct ForeignNode : ForeignElement {
    std::string parent; ///< id of the node this one is drawn inside (a yEd group, a GEXF parent); empty at top
};

struct ForeignEdge : ForeignElement {
    std::string source;
    std::string target;
    std::optional<bool> directed; ///< when the edge says so itself; otherwise the graph's default
};

/// A whole foreign graph, as read.
struct ForeignGraph {
    std::string format; ///< "GraphML (yEd)", "GEXF 1.3"
    bool ours = false;  ///< written by Speelveld: measures are dropped, columns the reader did not set are kept
    std::string name;   ///< snapshot name; the file name's stem when empty
    std::string date;
    std::string description;
    std::vector<std::string> domains; ///< domain names in order (our own files), before those relations name
    std::vector<std::string> groups;  ///< group names in order (our own files), before those actors name
    bool directed = true;             ///< the default for edges that do not say
    std::vector<ForeignColumn> nodeColumns;
    std::vector<ForeignColumn> edgeColumns;
    std::vector<ForeignNode> nodes;
    std::vector<ForeignEdge> edges;
    std::vector<std::string> notes; ///< what the reader itself skipped or decided
};

/// Turns a foreign graph into a project with one snapshot, and reports what it mapped, kept and decided.
/// Throws UserError naming `fileName` and the element's place for duplicate ids and edges to unknown nodes.
Imported buildImported(const ForeignGraph& graph, const std::string& fileName);

/// One attribute column of Speelveld's own GraphML and GEXF exports.
struct ExportColumn {
    enum class Type { String, Int, Double, Bool };
    std::string id;   ///< the key/attribute id; our own fields use their key ("kind"), free attributes "na0", "ea0"
    std::string name; ///< the name other tools show ("kind", "budget", "betweenness")
    Type type = Type::String;
    bool measure = false;
};

/// The columns and per-row values (column index → text) of the actors or relations of a snapshot.
struct ExportTable {
    std::vector<ExportColumn> columns;
    std::vector<std::vector<std::pair<std::size_t, std::string>>> rows; ///< one per actor/relation, in order
};

/// What our exports write besides names, ids, positions and colours (which each format carries natively):
/// actors: kind, description, tags, roles, groups, pinned, free attributes, measures;
/// relations: type, domain, strength, trust, basis, steering, financing, valid_from, valid_to, note, free
/// attributes (GEXF writes strength as its own edge weight instead of a column).
ExportTable actorColumns(const Network& network, const ExportAnnotations& annotations);
ExportTable relationColumns(const Network& network);

/// How a column of a file Speelveld wrote is read, from the id our exports gave it: a field ("kind"; "label" is
/// the actor name), a free attribute ("na3", "ea0", named `name`), a measure ("m2"), or kept under its name.
ForeignColumn ourColumn(const std::string& id, const std::string& name, FieldOwner owner);

/// Whether an id names a Speelveld free-attribute or measure column ("na3", "ea0", "m2").
bool isFreeColumnId(const std::string& id);
bool isMeasureColumnId(const std::string& id);

/// "#80b1d3" → red, green, blue; nullopt when it is not a colour of that form.
std::optional<std::array<int, 3>> colourChannels(const std::string& colour);
/// red, green, blue → "#80b1d3".
std::string colourText(int red, int green, int blue);

} // namespace speelveld
