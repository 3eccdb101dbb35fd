#include "ForeignGraph.h"

#include "UserError.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

namespace speelveld {
namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string plural(std::size_t count, const char* one, const char* many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

/// Whether a field is filled from a node's or an edge's values: ids, ends and directions are the element's own
/// in GraphML and GEXF, so a column with such a name is kept as a free attribute.
bool elementField(Field field)
{
    return field != Field::Identifier && field != Field::Source && field != Field::Target && field != Field::Direction;
}

/// How often each column was used, and which values it could not map, for the report.
struct ColumnTally {
    std::size_t used = 0;
    std::size_t unknown = 0;
    std::string example; ///< the first value not understood
};

class Builder {
public:
    Builder(const ForeignGraph& graph, std::string fileName) : graph_(graph), file_(std::move(fileName)) {}

    Imported build()
    {
        nodeUse_ = resolve(graph_.nodeColumns, FieldOwner::Actor);
        edgeUse_ = resolve(graph_.edgeColumns, FieldOwner::Relation);
        nodeTally_.resize(graph_.nodeColumns.size());
        edgeTally_.resize(graph_.edgeColumns.size());
        for (const auto& name : graph_.domains) {
            domainId(name);
        }
        for (const auto& name : graph_.groups) {
            groupIndex(name);
        }
        indexNodes();
        readActors();
        readRelations();
        addRolesAndGroups();
        return finish();
    }

private:
    struct Use {
        ForeignColumn::Use use = ForeignColumn::Use::Free;
        Field field = Field::Name;
    };

    [[noreturn]] void fail(const std::string& place, const std::string& problem, const std::string& hint) const
    {
        throw UserError(file_, place, problem, hint);
    }

    std::vector<Use> resolve(const std::vector<ForeignColumn>& columns, FieldOwner owner) const
    {
        std::vector<Use> uses(columns.size());
        std::map<Field, std::pair<int, std::size_t>> best; // field → (rank, column) of the column that fills it
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const ForeignColumn& column = columns[i];
            uses[i].use = column.use;
            uses[i].field = column.field;
            if (column.use == ForeignColumn::Use::Field) {
                best[column.field] = {-1, i};
            }
            if (column.use != ForeignColumn::Use::ByName) {
                continue;
            }
            uses[i].use = ForeignColumn::Use::Free;
            const auto match = graph_.ours ? std::nullopt : foreignField(owner, column.name);
            if (!match || !elementField(match->field)) {
                continue;
            }
            auto [it, inserted] = best.try_emplace(match->field, match->rank, i);
            if (!inserted && match->rank < it->second.first) {
                it->second = {match->rank, i};
            }
        }
        for (const auto& [field, winner] : best) {
            uses[winner.second] = {ForeignColumn::Use::Field, field};
        }
        return uses;
    }

    void indexNodes()
    {
        const auto& nodes = graph_.nodes;
        if (nodes.size() > kMaxImportActors) {
            fail(nodes[kMaxImportActors].place, "the file has more than " + std::to_string(kMaxImportActors) + " nodes",
                 "Split the network into smaller files");
        }
        if (graph_.edges.size() > kMaxImportRelations) {
            fail(graph_.edges[kMaxImportRelations].place,
                 "the file has more than " + std::to_string(kMaxImportRelations) + " edges",
                 "Split the network into smaller files");
        }
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (!nodeIndex_.emplace(nodes[i].id, i).second) {
                fail(nodes[i].place, "the node id " + quoted(nodes[i].id) + " is used twice",
                     "Give each node its own id");
            }
        }
        parent_.assign(nodes.size(), kNone);
        isGroup_.assign(nodes.size(), false);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i].parent.empty()) {
                continue;
            }
            auto it = nodeIndex_.find(nodes[i].parent);
            if (it == nodeIndex_.end()) {
                fail(nodes[i].place, "the parent node " + quoted(nodes[i].parent) + " is not in the file",
                     "Correct the parent or remove it");
            }
            parent_[i] = it->second;
            isGroup_[it->second] = true;
        }
        // Walking up from every node bounds both a very deep nesting and a node that is its own ancestor.
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            std::size_t depth = 0;
            for (std::size_t up = parent_[i]; up != kNone; up = parent_[up]) {
                if (++depth > kMaxGroupDepth) {
                    fail(nodes[i].place,
                         "groups are nested more than " + std::to_string(kMaxGroupDepth) +
                             " levels deep here (or a node is inside itself)",
                         "Flatten the groups in the program that wrote the file");
                }
            }
        }
        touched_.assign(nodes.size(), false);
        for (const auto& edge : graph_.edges) {
            touched_[endpoint(edge, edge.source)] = true;
            touched_[endpoint(edge, edge.target)] = true;
        }
        bool allNumeric = true;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (isActor(i) && !idFromText(nodes[i].id)) {
                allNumeric = false;
            }
        }
        keepNodeIds_ = !allNumeric;
        std::set<Id> edgeIds;
        useEdgeIds_ = true;
        for (const auto& edge : graph_.edges) {
            const auto id = idFromText(edge.id);
            if (!id || !edgeIds.insert(*id).second) {
                useEdgeIds_ = false;
                break;
            }
        }
    }

    std::size_t endpoint(const ForeignEdge& edge, const std::string& id) const
    {
        auto it = nodeIndex_.find(id);
        if (it == nodeIndex_.end()) {
            fail(edge.place, "the edge refers to the node " + quoted(id) + ", which is not in the file",
                 "Add the node or correct the edge's source and target");
        }
        return it->second;
    }

    bool isActor(std::size_t node) const { return !isGroup_[node] || touched_[node]; }

    Id domainId(const std::string& name)
    {
        if (name.empty()) {
            return 0;
        }
        auto it = domains_.find(name);
        if (it != domains_.end()) {
            return it->second;
        }
        domainOrder_.push_back(name);
        return domains_.emplace(name, 0).first->second; // the id is given when the domain is added
    }

    std::size_t groupIndex(const std::string& name)
    {
        auto [it, inserted] = groupIndex_.try_emplace(name, groups_.size());
        if (inserted) {
            groups_.push_back({name, {}});
        }
        return it->second;
    }

    void keepFree(std::map<std::string, std::string>& attributes, const std::string& name, const std::string& value)
    {
        std::string key = name;
        for (int n = 2; attributes.count(key) != 0; ++n) {
            key = name + " (" + std::to_string(n) + ")";
        }
        attributes[key] = value;
    }

    /// A value of a mapped field that the model cannot take: kept as a free attribute, counted for the report.
    void notUnderstood(ColumnTally& tally, std::map<std::string, std::string>& attributes, const ForeignColumn& column,
                       const std::string& value)
    {
        ++tally.unknown;
        if (tally.example.empty()) {
            tally.example = value;
        }
        keepFree(attributes, column.name, value);
    }

    template <typename Enum>
    void setEnum(Enum& target, std::optional<Enum> (*parse)(std::string_view), ColumnTally& tally,
                 std::map<std::string, std::string>& attributes, const ForeignColumn& column, const std::string& value)
    {
        if (auto parsed = parse(value)) {
            target = *parsed;
        } else if (!value.empty()) {
            notUnderstood(tally, attributes, column, value);
        }
    }

    void readActors()
    {
        const auto& nodes = graph_.nodes;
        actorOf_.assign(nodes.size(), 0);
        Id next = 1;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const ForeignNode& node = nodes[i];
            std::string name;
            bool named = false;
            for (const auto& [column, value] : node.values) {
                if (nodeUse_[column].use == ForeignColumn::Use::Field && nodeUse_[column].field == Field::Name) {
                    name = value;
                    named = true;
                }
            }
            if (isGroup_[i]) {
                groupOfNode_[i] = groupIndex(named ? name : node.id);
                ++groupNodes_;
            }
            if (!isActor(i)) {
                continue;
            }
            Actor actor;
            actor.id = keepNodeIds_ ? next++ : *idFromText(node.id);
            actor.name = named ? name : node.id;
            noName_ += named ? 0 : 1;
            if (keepNodeIds_ && named) {
                keepFree(actor.attributes, "id", node.id);
                ++keptIds_;
            }
            std::optional<double> x;
            std::optional<double> y;
            std::map<Field, std::pair<std::size_t, std::string>> coordinates;
            bool hasKind = false;
            for (const auto& [column, value] : node.values) {
                const ForeignColumn& declared = graph_.nodeColumns[column];
                ColumnTally& tally = nodeTally_[column];
                ++tally.used;
                switch (nodeUse_[column].use) {
                case ForeignColumn::Use::Ignored:
                case ForeignColumn::Use::Measure:
                    continue;
                case ForeignColumn::Use::Free:
                case ForeignColumn::Use::ByName:
                    keepFree(actor.attributes, declared.name, value);
                    continue;
                case ForeignColumn::Use::Field:
                    break;
                }
                switch (nodeUse_[column].field) {
                case Field::Kind:
                    hasKind = true;
                    setEnum(actor.kind, &foreignActorKind, tally, actor.attributes, declared, value);
                    break;
                case Field::Description:
                    actor.description = value;
                    break;
                case Field::Tags:
                    actor.tags = splitList(value);
                    break;
                case Field::X:
                case Field::Y:
                    coordinates[nodeUse_[column].field] = {column, value};
                    (nodeUse_[column].field == Field::X ? x : y) = numberFromText(value);
                    break;
                case Field::Roles:
                    pendingRoles_.push_back({actor.id, column, value});
                    break;
                case Field::Groups:
                    for (const auto& group : splitList(value)) {
                        memberships_.emplace_back(groupIndex(group), actor.id);
                    }
                    break;
                case Field::Pinned:
                    if (auto pinned = foreignBool(value)) {
                        actor.pinned = *pinned;
                    } else {
                        notUnderstood(tally, actor.attributes, declared, value);
                    }
                    break;
                default: // the name, read above; relation fields never resolve for nodes
                    break;
                }
            }
            if (node.position) {
                actor.position = node.position;
            } else if (x && y) {
                actor.position = Point{*x, *y};
            }
            if (node.position || !x || !y) {
                // Coordinates that did not make the position stay as they were written.
                for (const auto& [field, entry] : coordinates) {
                    notUnderstood(nodeTally_[entry.first], actor.attributes, graph_.nodeColumns[entry.first],
                                  entry.second);
                }
            }
            noKind_ += hasKind ? 0 : 1;
            positioned_ += actor.position ? 1 : 0;
            actorOf_[i] = actor.id;
            for (std::size_t up = parent_[i]; up != kNone; up = parent_[up]) {
                memberships_.emplace_back(groupOfNode_.at(up), actor.id);
            }
            add([&] { return network_.addActor(actor); }, node.place);
        }
    }

    void readRelations()
    {
        for (const auto& edge : graph_.edges) {
            Relation relation;
            relation.id = useEdgeIds_ ? *idFromText(edge.id) : 0;
            relation.source = actorOf_[endpoint(edge, edge.source)];
            relation.target = actorOf_[endpoint(edge, edge.target)];
            const bool directed = edge.directed.value_or(graph_.directed);
            bool typed = false;
            for (const auto& [column, value] : edge.values) {
                const ForeignColumn& declared = graph_.edgeColumns[column];
                ColumnTally& tally = edgeTally_[column];
                ++tally.used;
                auto& attributes = relation.attributes;
                switch (edgeUse_[column].use) {
                case ForeignColumn::Use::Ignored:
                case ForeignColumn::Use::Measure:
                    continue;
                case ForeignColumn::Use::Free:
                case ForeignColumn::Use::ByName:
                    keepFree(attributes, declared.name, value);
                    continue;
                case ForeignColumn::Use::Field:
                    break;
                }
                switch (edgeUse_[column].field) {
                case Field::RelationType:
                    if (auto type = foreignRelationType(value)) {
                        relation.type = *type;
                        typed = true;
                    } else if (!value.empty()) {
                        notUnderstood(tally, attributes, declared, value);
                    }
                    break;
                case Field::Domain:
                    domainId(value);
                    pendingDomains_.emplace_back(relations_.size(), value);
                    break;
                case Field::Strength:
                case Field::Trust:
                    if (auto level = foreignLevel(value)) {
                        (edgeUse_[column].field == Field::Strength ? relation.strength : relation.trust) = *level;
                    } else if (!value.empty()) {
                        notUnderstood(tally, attributes, declared, value);
                    }
                    break;
                case Field::Basis:
                    setEnum(relation.basis, &foreignBasis, tally, attributes, declared, value);
                    break;
                case Field::Steering:
                    setEnum(relation.steering, &foreignSteering, tally, attributes, declared, value);
                    break;
                case Field::Financing:
                    setEnum(relation.financing, &foreignFinancing, tally, attributes, declared, value);
                    break;
                case Field::ValidFrom:
                    relation.validFrom = value;
                    break;
                case Field::ValidTo:
                    relation.validTo = value;
                    break;
                case Field::Note:
                    relation.note = value;
                    break;
                default:
                    break;
                }
            }
            if (!typed) {
                relation.type = directed ? RelationType::Informs : RelationType::CollaboratesWith;
                untyped_[directed ? 0 : 1] += 1;
            } else if (!directed && isDirected(relation.type)) {
                ++undirectedButTyped_;
            }
            selfLoops_ += relation.source == relation.target ? 1 : 0;
            relations_.push_back({relation, edge.place});
        }
    }

    void addRolesAndGroups()
    {
        // Domains first (a relation or role needs its domain to exist), then relations, roles and groups.
        for (const auto& name : domainOrder_) {
            Domain domain;
            domain.name = name;
            domains_[name] = network_.addDomain(domain);
        }
        for (const auto& [relation, value] : pendingDomains_) {
            relations_[relation].first.domain = value.empty() ? 0 : domains_.at(value);
        }
        for (auto& entry : relations_) { // not a structured binding: clang 14 cannot capture those
            add([this, &entry] { return network_.addRelation(entry.first); }, entry.second);
        }
        for (const auto& pending : pendingRoles_) {
            std::vector<Role> roles;
            bool understood = true;
            for (const auto& item : splitList(pending.text)) {
                const auto colon = item.rfind(':');
                const auto type = colon == std::string::npos ? std::nullopt : foreignRoleType(item.substr(colon + 1));
                std::string domain = colon == std::string::npos ? std::string() : item.substr(0, colon);
                while (!domain.empty() && domain.back() == ' ') {
                    domain.pop_back();
                }
                if (!type || domain.empty()) {
                    understood = false;
                    break;
                }
                Role role;
                role.actor = pending.actor;
                role.type = *type;
                role.domain = domainNamed(domain);
                roles.push_back(role);
            }
            if (!understood) {
                ColumnTally& tally = nodeTally_[pending.column];
                Actor actor = *network_.actor(pending.actor);
                notUnderstood(tally, actor.attributes, graph_.nodeColumns[pending.column], pending.text);
                network_.updateActor(actor);
                continue;
            }
            for (const auto& role : roles) {
                network_.addRole(role);
            }
        }
        for (const auto& [group, actor] : memberships_) {
            if (groupMembers_[group].insert(actor).second) {
                groups_[group].second.push_back(actor);
            }
        }
        // Members follow the order of the actors, whatever order the file named them in.
        std::unordered_map<Id, std::size_t> order;
        for (std::size_t i = 0; i < network_.actors().size(); ++i) {
            order[network_.actors()[i].id] = i;
        }
        for (auto& [name, members] : groups_) {
            std::sort(members.begin(), members.end(), [&](Id a, Id b) { return order[a] < order[b]; });
            Group group;
            group.name = name;
            group.members = members;
            network_.addGroup(group);
        }
    }

    /// A domain that only a role names (after the relations' domains were added).
    Id domainNamed(const std::string& name)
    {
        auto it = domains_.find(name);
        if (it != domains_.end() && it->second != 0) {
            return it->second;
        }
        Domain domain;
        domain.name = name;
        const Id id = network_.addDomain(domain);
        domains_[name] = id;
        return id;
    }

    template <typename AddFunction> void add(AddFunction&& addFunction, const std::string& place)
    {
        try {
            addFunction();
        } catch (const ModelError& error) {
            fail(place, error.what(), "Correct the file");
        }
    }

    void report(ImportReport& out, const std::vector<ForeignColumn>& columns, const std::vector<Use>& uses,
                const std::vector<ColumnTally>& tallies, bool nodes)
    {
        const char* element = nodes ? "node" : "edge";
        const char* one = nodes ? "actor" : "relation";
        const char* many = nodes ? "actors" : "relations";
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const ColumnTally& tally = tallies[i];
            const std::string attribute = std::string(element) + " attribute " + quoted(columns[i].name);
            switch (uses[i].use) {
            case ForeignColumn::Use::Field:
                out.mapped.push_back(attribute + " → " + std::string(fieldDescription(uses[i].field)) + " (" +
                                     plural(tally.used, one, many) + ")");
                if (tally.unknown > 0) {
                    out.notes.push_back(plural(tally.unknown, "value", "values") + " of " + attribute +
                                        " could not be read as " + std::string(fieldDescription(uses[i].field)) +
                                        " (for example " + quoted(tally.example) + "): kept as the attribute " +
                                        quoted(columns[i].name) + ", and the default used");
                }
                break;
            case ForeignColumn::Use::Measure:
                out.notes.push_back(attribute +
                                    " is a measure Speelveld wrote; not kept (Speelveld computes it again)");
                break;
            case ForeignColumn::Use::Ignored:
                out.notes.push_back(attribute + " not read (" + columns[i].why + ")");
                break;
            default:
                if (tally.used > 0) {
                    out.kept.push_back(attribute + " kept as a free attribute (" + plural(tally.used, one, many) + ")");
                }
            }
        }
    }

    Imported finish()
    {
        Imported imported;
        ImportReport& out = imported.report;
        out.format = graph_.format;
        report(out, graph_.nodeColumns, nodeUse_, nodeTally_, true);
        report(out, graph_.edgeColumns, edgeUse_, edgeTally_, false);
        if (positioned_ > 0) {
            out.mapped.push_back("positions → actor positions (" + plural(positioned_, "actor", "actors") + ")");
        }
        if (keptIds_ > 0) {
            out.kept.push_back("node ids are not all positive whole numbers: actors are numbered in file order and "
                               "the file's id kept as the attribute \"id\" (" +
                               plural(keptIds_, "actor", "actors") + ")");
        }
        if (!useEdgeIds_ && !graph_.edges.empty()) {
            out.notes.push_back("edge ids are not all distinct positive whole numbers: relations are numbered in "
                                "file order, and the file's edge ids are not kept");
        }
        if (noName_ > 0) {
            out.notes.push_back(plural(noName_, "actor has", "actors have") + " no name: the node id is used");
        }
        if (noKind_ > 0 && !graph_.nodes.empty()) {
            out.notes.push_back(plural(noKind_, "actor has", "actors have") +
                                " no kind: \"provider\" is used; change it in the program");
        }
        if (untyped_[0] > 0) {
            out.notes.push_back(plural(untyped_[0], "directed edge has", "directed edges have") +
                                " no relation type: \"informs\" is used");
        }
        if (untyped_[1] > 0) {
            out.notes.push_back(plural(untyped_[1], "undirected edge has", "undirected edges have") +
                                " no relation type: \"collaborates_with\" is used");
        }
        if (undirectedButTyped_ > 0) {
            out.notes.push_back(plural(undirectedButTyped_, "undirected edge has", "undirected edges have") +
                                " a directed relation type: read from source to target as written");
        }
        if (selfLoops_ > 0) {
            out.notes.push_back(plural(selfLoops_, "relation goes", "relations go") +
                                " from an actor to itself: kept (the model allows it)");
        }
        if (groupNodes_ > 0) {
            out.mapped.push_back("nodes drawn around other nodes → groups (" + plural(groupNodes_, "group", "groups") +
                                 ")");
        }
        out.notes.insert(out.notes.end(), graph_.notes.begin(), graph_.notes.end());

        Snapshot snapshot;
        snapshot.name = graph_.name.empty() ? std::filesystem::path(file_).stem().string() : graph_.name;
        snapshot.date = graph_.date;
        snapshot.description = graph_.description;
        snapshot.id = network_.nextFreeId();
        network_.reserveIds(snapshot.id + 1);
        snapshot.network = std::move(network_);
        imported.project.title = snapshot.name;
        imported.project.snapshots.push_back(std::move(snapshot));
        return imported;
    }

    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    struct PendingRoles {
        Id actor;
        std::size_t column;
        std::string text;
    };

    const ForeignGraph& graph_;
    std::string file_;
    Network network_;
    std::vector<Use> nodeUse_;
    std::vector<Use> edgeUse_;
    std::vector<ColumnTally> nodeTally_;
    std::vector<ColumnTally> edgeTally_;
    std::unordered_map<std::string, std::size_t> nodeIndex_;
    std::vector<std::size_t> parent_;
    std::vector<bool> isGroup_;
    std::vector<bool> touched_;
    std::vector<Id> actorOf_;
    std::map<std::size_t, std::size_t> groupOfNode_;
    bool keepNodeIds_ = false;
    bool useEdgeIds_ = true;
    std::map<std::string, Id> domains_;
    std::vector<std::string> domainOrder_;
    std::map<std::string, std::size_t> groupIndex_;
    std::vector<std::pair<std::string, std::vector<Id>>> groups_;
    std::map<std::size_t, std::set<Id>> groupMembers_;
    std::vector<std::pair<std::size_t, Id>> memberships_;
    std::vector<PendingRoles> pendingRoles_;
    std::vector<std::pair<std::size_t, std::string>> pendingDomains_;
    std::vector<std::pair<Relation, std::string>> relations_;
    std::size_t noName_ = 0;
    std::size_t noKind_ = 0;
    std::size_t keptIds_ = 0;
    std::size_t positioned_ = 0;
    std::size_t groupNodes_ = 0;
    std::size_t untyped_[2] = {0, 0};
    std::size_t undirectedButTyped_ = 0;
    std::size_t selfLoops_ = 0;
};

ExportColumn column(std::string id, std::string name, ExportColumn::Type type = ExportColumn::Type::String)
{
    return {std::move(id), std::move(name), type, false};
}

} // namespace

Imported buildImported(const ForeignGraph& graph, const std::string& fileName)
{
    return Builder(graph, fileName).build();
}

ExportTable actorColumns(const Network& network, const ExportAnnotations& annotations)
{
    ExportTable table;
    table.columns = {column("kind", "kind"),     column("description", "description"),
                     column("tags", "tags"),     column("roles", "roles"),
                     column("groups", "groups"), column("pinned", "pinned", ExportColumn::Type::Bool)};
    std::set<std::string> names;
    for (const auto& actor : network.actors()) {
        for (const auto& [name, value] : actor.attributes) {
            names.insert(name);
        }
    }
    std::map<std::string, std::size_t> freeColumn;
    for (const auto& name : names) {
        freeColumn[name] = table.columns.size();
        table.columns.push_back(column("na" + std::to_string(freeColumn.size() - 1), name));
    }
    const std::size_t firstMeasure = table.columns.size();
    for (std::size_t m = 0; m < annotations.measures.size(); ++m) {
        table.columns.push_back(
            {"m" + std::to_string(m), annotations.measures[m].key, ExportColumn::Type::Double, true});
    }
    std::map<Id, std::vector<std::string>> roles;
    for (const auto& role : network.roles()) {
        const Domain* domain = network.domain(role.domain);
        roles[role.actor].push_back((domain ? domain->name : std::string()) + ": " + std::string(toKey(role.type)));
    }
    std::map<Id, std::vector<std::string>> groups;
    for (const auto& group : network.groups()) {
        for (const Id member : group.members) {
            groups[member].push_back(group.name);
        }
    }
    for (const auto& actor : network.actors()) {
        auto& row = table.rows.emplace_back();
        row.emplace_back(0, std::string(toKey(actor.kind)));
        if (!actor.description.empty()) {
            row.emplace_back(1, actor.description);
        }
        if (!actor.tags.empty()) {
            row.emplace_back(2, joinList(actor.tags));
        }
        if (auto it = roles.find(actor.id); it != roles.end()) {
            row.emplace_back(3, joinList(it->second));
        }
        if (auto it = groups.find(actor.id); it != groups.end()) {
            row.emplace_back(4, joinList(it->second));
        }
        if (actor.pinned) {
            row.emplace_back(5, "true");
        }
        for (const auto& [name, value] : actor.attributes) {
            row.emplace_back(freeColumn.at(name), value);
        }
        for (std::size_t m = 0; m < annotations.measures.size(); ++m) {
            const auto& values = annotations.measures[m].values;
            if (auto it = values.find(actor.id); it != values.end()) {
                row.emplace_back(firstMeasure + m, numberText(it->second));
            }
        }
    }
    return table;
}

ExportTable relationColumns(const Network& network)
{
    using Type = ExportColumn::Type;
    ExportTable table;
    table.columns = {column("type", "type"),
                     column("domain", "domain"),
                     column("strength", "strength", Type::Int),
                     column("trust", "trust", Type::Int),
                     column("basis", "basis"),
                     column("steering", "steering"),
                     column("financing", "financing"),
                     column("valid_from", "valid_from"),
                     column("valid_to", "valid_to"),
                     column("note", "note")};
    std::set<std::string> names;
    for (const auto& relation : network.relations()) {
        for (const auto& [name, value] : relation.attributes) {
            names.insert(name);
        }
    }
    std::map<std::string, std::size_t> freeColumn;
    for (const auto& name : names) {
        freeColumn[name] = table.columns.size();
        table.columns.push_back(column("ea" + std::to_string(freeColumn.size() - 1), name));
    }
    for (const auto& relation : network.relations()) {
        auto& row = table.rows.emplace_back();
        auto put = [&row](std::size_t index, std::string_view text) {
            if (!text.empty()) {
                row.emplace_back(index, std::string(text));
            }
        };
        put(0, toKey(relation.type));
        const Domain* domain = network.domain(relation.domain);
        put(1, domain ? domain->name : std::string());
        put(2, std::to_string(relation.strength));
        put(3, relation.trust != 0 ? std::to_string(relation.trust) : std::string());
        put(4, toKey(relation.basis));
        put(5, toKey(relation.steering));
        put(6, toKey(relation.financing));
        put(7, relation.validFrom);
        put(8, relation.validTo);
        put(9, relation.note);
        for (const auto& [name, value] : relation.attributes) {
            row.emplace_back(freeColumn.at(name), value);
        }
    }
    return table;
}

namespace {
bool prefixedNumber(const std::string& id, std::string_view prefix)
{
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) {
        return false;
    }
    return id.find_first_not_of("0123456789", prefix.size()) == std::string::npos;
}
} // namespace

ForeignColumn ourColumn(const std::string& id, const std::string& name, FieldOwner owner)
{
    ForeignColumn column{name, ForeignColumn::Use::Free, Field::Name, {}};
    if (isMeasureColumnId(id)) {
        column.use = ForeignColumn::Use::Measure;
    } else if (owner == FieldOwner::Actor && id == "label") {
        column.use = ForeignColumn::Use::Field;
    } else if (const auto match = foreignField(owner, id); match && match->rank == 0 && elementField(match->field)) {
        column.use = ForeignColumn::Use::Field;
        column.field = match->field;
    }
    return column;
}

bool isFreeColumnId(const std::string& id) { return prefixedNumber(id, "na") || prefixedNumber(id, "ea"); }
bool isMeasureColumnId(const std::string& id) { return prefixedNumber(id, "m"); }

std::optional<std::array<int, 3>> colourChannels(const std::string& colour)
{
    if (colour.size() < 7 || colour[0] != '#') {
        return std::nullopt;
    }
    std::array<int, 3> channels{};
    for (std::size_t i = 0; i < 3; ++i) {
        const char* first = colour.data() + 1 + 2 * i;
        const auto [end, error] = std::from_chars(first, first + 2, channels[i], 16);
        if (error != std::errc() || end != first + 2) {
            return std::nullopt;
        }
    }
    return channels;
}

std::string colourText(int red, int green, int blue)
{
    static const char* digits = "0123456789abcdef";
    std::string text = "#";
    for (const int channel : {red, green, blue}) {
        const int clamped = std::clamp(channel, 0, 255);
        text += digits[clamped / 16];
        text += digits[clamped % 16];
    }
    return text;
}

} // namespace speelveld
