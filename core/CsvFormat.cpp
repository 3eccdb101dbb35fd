#include "CsvFormat.h"

#include "CsvCell.h"
#include "ForeignFields.h"
#include "ForeignReader.h"
#include "UserError.h"

#include <map>
#include <set>

namespace speelveld {
namespace {

const std::string kMappingName = "the column mapping";

std::string trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

/// The headings of one file, as read: the cells of its first line, trimmed, with "column N" for empty ones.
std::vector<std::string> headingNames(const std::vector<std::string>& cells, const CsvText& csv, std::size_t line)
{
    std::vector<std::string> names;
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string name = trim(cells[i]);
        if (name.empty()) {
            name = "column " + std::to_string(i + 1);
        }
        if (auto [it, inserted] = seen.emplace(name, i + 1); !inserted) {
            throw UserError(csv.name, "line " + std::to_string(line),
                            "the heading \"" + name + "\" is used for two columns (" + std::to_string(it->second) +
                                " and " + std::to_string(i + 1) + ")",
                            "Give each column its own heading");
        }
        names.push_back(std::move(name));
    }
    return names;
}

/// Reads both files into one network, keeping what it did in a tally.
class KumuReader {
public:
    KumuReader(const CsvColumnMapping& mapping, const CsvLimits& limits, Network& network, std::string elementsName)
        : mapping_(mapping), limits_(limits), network_(network), reader_(network, tally_),
          elementsName_(std::move(elementsName))
    {}

    void readElements(const CsvText& csv)
    {
        std::vector<Heading> headings;
        std::optional<std::size_t> idColumn;
        readCsvRows(csv, limits_, tally_, [&](std::vector<std::string>& cells, std::size_t line) {
            if (headings.empty()) {
                headings =
                    fieldHeadings(FieldOwner::Actor, headingNames(cells, csv, line), meanings(cells), "column", tally_);
                idColumn = column(headings, Field::Identifier);
                if (!column(headings, Field::Name)) {
                    throw UserError(csv.name, "line " + std::to_string(line),
                                    "there is no column with the actors' names (Label, Name or Naam)",
                                    "The first line must hold the headings; call the names column \"Label\", or "
                                    "map its heading with a column mapping such as \"Organisatie=label\"");
                }
                return;
            }
            readActor(csv, headings, idColumn, cells, line);
        });
        reader_.finishGroups();
    }

    void readConnections(const CsvText& csv)
    {
        std::vector<Heading> headings;
        std::optional<std::size_t> source, target, idColumn;
        readCsvRows(csv, limits_, tally_, [&](std::vector<std::string>& cells, std::size_t line) {
            if (headings.empty()) {
                headings = fieldHeadings(FieldOwner::Relation, headingNames(cells, csv, line), meanings(cells),
                                         "column", tally_);
                source = column(headings, Field::Source);
                target = column(headings, Field::Target);
                idColumn = column(headings, Field::Identifier);
                if (!source || !target) {
                    throw UserError(csv.name, "line " + std::to_string(line),
                                    std::string("there is no ") + (source ? "To" : "From") + " column",
                                    "A connections file needs the headings From and To (or Source and Target, "
                                    "Van and Naar) on its first line");
                }
                return;
            }
            const std::string place = "line " + std::to_string(line);
            const std::vector<Id> froms = element(csv, cells[*source], "From", place);
            const std::vector<Id> tos = element(csv, cells[*target], "To", place);
            bool first = true;
            for (const Id from : froms) {
                for (const Id to : tos) {
                    Relation relation;
                    relation.source = from;
                    relation.target = to;
                    for (std::size_t i = 0; i < cells.size(); ++i) {
                        if (i != *source && i != *target && i != idColumn && !cells[i].empty()) {
                            reader_.relationValue(relation, headings[i], cells[i], place);
                        }
                    }
                    if (idColumn && first) {
                        identify(relation, headings[*idColumn], cells[*idColumn]);
                    }
                    first = false;
                    reader_.addRelation(std::move(relation), place);
                }
            }
        });
    }

    /// Every mapping entry must have met a heading: a misspelt one would otherwise be ignored in silence.
    void checkMappingUsed(const std::string& files) const
    {
        for (const auto& [heading, field] : mapping_.entries) {
            if (used_.count(normalisedWord(heading)) == 0) {
                throw UserError(kMappingName, "\"" + heading + "=" + field + "\"",
                                "no column of " + files + " has the heading \"" + heading + "\"",
                                "Check the spelling of the heading (case does not matter)");
            }
        }
    }

    void report(ImportReport& report) const { tally_.fill(report); }

private:
    std::vector<std::string> meanings(const std::vector<std::string>& cells)
    {
        std::vector<std::string> out;
        for (const auto& cell : cells) {
            const std::string heading = trim(cell);
            out.push_back(mapping_.meaningOf(heading));
            if (out.back() != heading) {
                used_.insert(normalisedWord(heading));
            }
        }
        return out;
    }

    static std::optional<std::size_t> column(const std::vector<Heading>& headings, Field field)
    {
        for (std::size_t i = 0; i < headings.size(); ++i) {
            if (headings[i].field == field) {
                return i;
            }
        }
        return std::nullopt;
    }

    /// An ID cell that is a free whole number becomes the id (so our own files keep theirs); any other is kept.
    template <typename Entity> void identify(Entity& entity, const Heading& heading, const std::string& text)
    {
        if (text.empty()) {
            return;
        }
        const auto number = idFromText(text);
        bool free = false;
        if constexpr (std::is_same_v<Entity, Actor>) {
            free = number && network_.actor(*number) == nullptr;
        } else {
            free = number && network_.relation(*number) == nullptr;
        }
        if (free) {
            entity.id = *number;
            tally_.mapped(heading.source, std::is_same_v<Entity, Actor> ? "actor id" : "relation id",
                          std::is_same_v<Entity, Actor> ? "actor" : "relation");
        } else {
            entity.attributes[heading.name] = text;
            tally_.kept(heading.source, std::is_same_v<Entity, Actor> ? "actor" : "relation");
        }
    }

    void readActor(const CsvText& csv, const std::vector<Heading>& headings, std::optional<std::size_t> idColumn,
                   const std::vector<std::string>& cells, std::size_t line)
    {
        const std::string place = "line " + std::to_string(line);
        Actor actor;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i != idColumn && !cells[i].empty()) {
                reader_.actorValue(actor, headings[i], cells[i], place);
            }
        }
        if (actor.name.empty()) {
            throw UserError(csv.name, place, "this element has no Label", "Give every element a name");
        }
        const std::string idText = idColumn ? cells[*idColumn] : std::string();
        if (!idText.empty()) {
            if (auto it = idLines_.find(idText); it != idLines_.end()) {
                throw UserError(csv.name, place,
                                "the ID \"" + idText + "\" is used twice (first on line " + std::to_string(it->second) +
                                    ")",
                                "Give each element its own ID");
            }
            identify(actor, headings[*idColumn], idText);
        }
        const std::string name = actor.name;
        const Id id = reader_.addActor(std::move(actor), place);
        if (!idText.empty()) {
            idLines_.emplace(idText, line);
            ids_.emplace(idText, id);
        }
        auto [it, inserted] = labels_.emplace(name, id);
        if (!inserted) {
            it->second = 0; // more than one element has this label: only their IDs name them
        }
    }

    /// The elements a From or To cell names: an ID, a Label, or several of either joined with '|' (Kumu).
    std::vector<Id> element(const CsvText& csv, const std::string& text, const char* column, const std::string& place)
    {
        if (text.empty()) {
            throw UserError(csv.name, place, std::string("the ") + column + " cell is empty",
                            "Name the element the connection starts or ends at");
        }
        if (auto id = lookUp(csv, text, column, place)) {
            return {*id};
        }
        std::vector<Id> found;
        if (text.find('|') != std::string::npos) {
            std::size_t start = 0;
            while (start <= text.size()) {
                const std::size_t bar = std::min(text.find('|', start), text.size());
                const std::string part = trim(text.substr(start, bar - start));
                if (!part.empty()) {
                    const auto id = lookUp(csv, part, column, place);
                    if (!id) {
                        unknown(csv, part, column, place);
                    }
                    found.push_back(*id);
                }
                start = bar + 1;
            }
        }
        if (found.empty()) {
            unknown(csv, text, column, place);
        }
        return found;
    }

    std::optional<Id> lookUp(const CsvText& csv, const std::string& text, const char* column,
                             const std::string& place) const
    {
        if (auto it = ids_.find(text); it != ids_.end()) {
            return it->second;
        }
        if (auto it = labels_.find(text); it != labels_.end()) {
            if (it->second == 0) {
                throw UserError(csv.name, place,
                                std::string(column) + " names \"" + text + "\", the Label of more than one element",
                                "Give the elements an ID column and name them by ID");
            }
            return it->second;
        }
        return std::nullopt;
    }

    [[noreturn]] void unknown(const CsvText& csv, const std::string& text, const char* column,
                              const std::string& place) const
    {
        throw UserError(csv.name, place,
                        std::string(column) + " names \"" + text + "\", which is not an element (no ID or Label in " +
                            elementsName_ + " is \"" + text + "\")",
                        "Add the element to the elements file or correct the name");
    }

    const CsvColumnMapping& mapping_;
    const CsvLimits& limits_;
    Network& network_;
    ImportTally tally_;
    ForeignReader reader_;
    std::set<std::string> used_;
    std::map<std::string, Id> ids_;
    std::map<std::string, std::size_t> idLines_;
    std::map<std::string, Id> labels_;
    std::string elementsName_;
};

// ----- writing

void putRow(std::string& out, const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += csvCell(cells[i]);
    }
    out += "\r\n";
}

/// The column name of a free attribute: its own, unless a reader would take it for a field or another column.
template <typename IsField>
std::string attributeHeading(const std::string& name, IsField isField, const std::set<std::string>& taken)
{
    if (isField(name) || name.rfind(kAttributePrefix, 0) == 0 || taken.count(normalisedWord(name)) > 0) {
        return std::string(kAttributePrefix) + name;
    }
    return name;
}

template <typename Items> std::vector<std::string> attributeNames(const Items& items)
{
    std::set<std::string> names;
    for (const auto& item : items) {
        for (const auto& [name, value] : item.attributes) {
            names.insert(name);
        }
    }
    return {names.begin(), names.end()};
}

} // namespace

std::string CsvColumnMapping::meaningOf(const std::string& heading) const
{
    const std::string wanted = normalisedWord(heading);
    for (const auto& [from, field] : entries) {
        if (normalisedWord(from) == wanted) {
            return normalisedWord(field) == "attribute" ? std::string(kAttributePrefix) + heading : field;
        }
    }
    return heading;
}

CsvColumnMapping parseColumnMapping(std::string_view text)
{
    CsvColumnMapping mapping;
    std::size_t start = 0;
    std::size_t number = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string entry = trim(text.substr(start, comma - start));
        start = comma + 1;
        if (entry.empty()) {
            continue;
        }
        ++number;
        const std::string place = "entry " + std::to_string(number) + " (\"" + entry + "\")";
        const auto equals = entry.find('=');
        if (equals == std::string::npos) {
            throw UserError(kMappingName, place, "an entry is a heading, '=' and a field",
                            "Write it as \"Naam=label\"");
        }
        std::string heading = trim(std::string_view(entry).substr(0, equals));
        std::string field = trim(std::string_view(entry).substr(equals + 1));
        if (heading.empty()) {
            throw UserError(kMappingName, place, "the heading before '=' is empty", "Write it as \"Naam=label\"");
        }
        if (normalisedWord(field) != "attribute" && !foreignField(FieldOwner::Actor, field) &&
            !foreignField(FieldOwner::Relation, field)) {
            throw UserError(kMappingName, place, "\"" + field + "\" is not a field Speelveld knows",
                            "Use one of: label, type, description, tags, roles, id, x, y, pinned (elements); from, "
                            "to, type, direction, domain, strength, trust, basis, steering, financing, valid_from, "
                            "valid_to, note (connections); or attribute (keep the column as it is)");
        }
        for (const auto& [earlier, unused] : mapping.entries) {
            if (normalisedWord(earlier) == normalisedWord(heading)) {
                throw UserError(kMappingName, place, "the heading \"" + heading + "\" is mapped twice",
                                "Map each heading once");
            }
        }
        mapping.entries.emplace_back(std::move(heading), std::move(field));
    }
    return mapping;
}

Imported parseKumuCsv(const CsvText& elements, const std::optional<CsvText>& connections,
                      const CsvColumnMapping& mapping, const CsvLimits& limits)
{
    Imported imported;
    imported.report.format = "Kumu CSV";
    Snapshot snapshot;
    snapshot.id = 1;
    snapshot.name = std::filesystem::path(elements.name).stem().string();
    try {
        KumuReader reader(mapping, limits, snapshot.network, elements.name);
        reader.readElements(elements);
        if (connections) {
            reader.readConnections(*connections);
        }
        reader.checkMappingUsed(connections ? elements.name + " or " + connections->name : elements.name);
        reader.report(imported.report);
    } catch (const ModelError& error) {
        throw UserError(elements.name, "", error.what(), "Correct the file");
    }
    imported.project.title = snapshot.name;
    imported.project.snapshots.push_back(std::move(snapshot));
    return imported;
}

Imported readKumuCsv(const std::filesystem::path& elements, const std::optional<std::filesystem::path>& connections,
                     const CsvColumnMapping& mapping, const CsvLimits& limits)
{
    const CsvText elementsText = readCsvFile(elements, limits);
    std::optional<CsvText> connectionsText;
    if (connections) {
        connectionsText = readCsvFile(*connections, limits);
    }
    return parseKumuCsv(elementsText, connectionsText, mapping, limits);
}

KumuCsv writeKumuCsv(const Snapshot& snapshot, const ExportAnnotations& annotations)
{
    const Network& network = snapshot.network;
    KumuCsv out;

    // Elements: the fields, then free attributes by name, then the measures.
    std::set<std::string> measureKeys;
    for (const auto& measure : annotations.measures) {
        measureKeys.insert(normalisedWord(measure.key));
    }
    const auto actorNames = attributeNames(network.actors());
    std::vector<std::string> header{"ID", "Label", "Type", "Description", "Tags", "Roles", "X", "Y", "Pinned"};
    for (const auto& name : actorNames) {
        header.push_back(attributeHeading(
            name, [](const std::string& n) { return foreignField(FieldOwner::Actor, n).has_value(); }, measureKeys));
    }
    for (const auto& measure : annotations.measures) {
        header.push_back(foreignField(FieldOwner::Actor, measure.key) ? "measure " + measure.key : measure.key);
    }
    out.elements = "\xEF\xBB\xBF";
    putRow(out.elements, header);
    for (const auto& actor : network.actors()) {
        std::vector<std::string> row{std::to_string(actor.id),
                                     actor.name,
                                     std::string(toKey(actor.kind)),
                                     actor.description,
                                     tagsText(actor.tags),
                                     rolesText(network, actor.id),
                                     actor.position ? numberText(actor.position->x) : std::string(),
                                     actor.position ? numberText(actor.position->y) : std::string(),
                                     actor.pinned ? "true" : ""};
        for (const auto& name : actorNames) {
            auto it = actor.attributes.find(name);
            row.push_back(it == actor.attributes.end() ? std::string() : it->second);
        }
        for (const auto& measure : annotations.measures) {
            auto it = measure.values.find(actor.id);
            row.push_back(it == measure.values.end() || it->second != it->second ? std::string()
                                                                                 : numberText(it->second));
        }
        putRow(out.elements, row);
    }

    const auto relationNames = attributeNames(network.relations());
    header = {"ID",    "From",  "To",       "Type",      "Direction",  "Domain",   "Strength",
              "Trust", "Basis", "Steering", "Financing", "Valid from", "Valid to", "Note"};
    for (const auto& name : relationNames) {
        header.push_back(attributeHeading(
            name, [](const std::string& n) { return foreignField(FieldOwner::Relation, n).has_value(); }, {}));
    }
    out.connections = "\xEF\xBB\xBF";
    putRow(out.connections, header);
    for (const auto& relation : network.relations()) {
        const Domain* domain = network.domain(relation.domain);
        std::vector<std::string> row{
            std::to_string(relation.id),
            std::to_string(relation.source),
            std::to_string(relation.target),
            std::string(toKey(relation.type)),
            std::string(directionKey(isDirected(relation.type) ? Direction::Directed : Direction::Undirected)),
            domain ? domain->name : std::string(),
            std::to_string(relation.strength),
            relation.trust == 0 ? std::string() : std::to_string(relation.trust),
            std::string(toKey(relation.basis)),
            std::string(toKey(relation.steering)),
            std::string(toKey(relation.financing)),
            relation.validFrom,
            relation.validTo,
            relation.note};
        for (const auto& name : relationNames) {
            auto it = relation.attributes.find(name);
            row.push_back(it == relation.attributes.end() ? std::string() : it->second);
        }
        putRow(out.connections, row);
    }
    return out;
}

} // namespace speelveld
