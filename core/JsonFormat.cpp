#include "JsonFormat.h"

#include "UserError.h"

#include <nlohmann/json.hpp>

#include <array>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

namespace speelveld {
namespace {

using nlohmann::json;

/// Turns JSON ids (strings or integers) into project-wide numeric ids, so the same id in two snapshots
/// gives the same Id and snapshots can be compared.
class IdMap {
public:
    Id idFor(Entity entity, const std::string& key)
    {
        auto [it, inserted] = ids_[entity].try_emplace(key, next_);
        if (inserted) {
            ++next_;
        }
        return it->second;
    }
    Id fresh() { return next_++; }

private:
    std::map<Entity, std::map<std::string, Id>> ids_;
    Id next_ = 1;
};

class Reader {
public:
    explicit Reader(std::string fileName) : file_(std::move(fileName)) {}

    Project read(const json& root)
    {
        Project project;
        expectObject(root, "(top level)",
                     {"speelveld", "title", "description", "current", "snapshots", "role_conflicts"});
        if (!root.contains("speelveld") || !root["speelveld"].is_number_integer() || root["speelveld"] != 1) {
            fail("speelveld", "this is not Speelveld JSON version 1 (the field \"speelveld\": 1 is missing)",
                 "Open a file written by Speelveld, or add \"speelveld\": 1 at the top");
        }
        project.title = optionalString(root, "title", "title");
        project.description = optionalString(root, "description", "description");
        if (!root.contains("snapshots") || !root["snapshots"].is_array() || root["snapshots"].empty()) {
            fail("snapshots", "a project needs a list \"snapshots\" with at least one snapshot", "Add one");
        }
        const json& snapshots = root["snapshots"];
        for (std::size_t i = 0; i < snapshots.size(); ++i) {
            project.snapshots.push_back(readSnapshot(snapshots[i], "snapshots[" + std::to_string(i) + "]"));
            for (std::size_t j = 0; j < i; ++j) {
                if (project.snapshots[j].name == project.snapshots[i].name) {
                    fail("snapshots[" + std::to_string(i) + "].name",
                         "the snapshot name \"" + project.snapshots[i].name + "\" is used twice",
                         "Give each snapshot its own name");
                }
            }
        }
        if (root.contains("current")) {
            const std::string current = optionalString(root, "current", "current");
            const Snapshot* found = project.findSnapshot(current);
            if (found == nullptr) {
                fail("current", "there is no snapshot named \"" + current + "\"",
                     "Use the name of one of the snapshots");
            }
            project.current = static_cast<std::size_t>(found - project.snapshots.data());
        }
        if (root.contains("role_conflicts")) {
            project.conflicts = conflicts(root["role_conflicts"], "role_conflicts");
        }
        return project;
    }

    RoleConflictTable conflicts(const json& pairs, const std::string& place) const
    {
        if (!pairs.is_array()) {
            fail(place, "expected a list of role pairs", R"(Write it as [["commissioner", "contractor"], ...])");
        }
        RoleConflictTable table;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            const std::string at = place + "[" + std::to_string(i) + "]";
            const json& pair = pairs[i];
            if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string()) {
                fail(at, "expected a pair of two roles", R"(Write it as ["commissioner", "contractor"])");
            }
            std::array<RoleType, 2> roles{};
            for (std::size_t k = 0; k < 2; ++k) {
                const auto role = roleTypeFromKey(pair[k].get<std::string>());
                if (!role) {
                    fail(at + "[" + std::to_string(k) + "]",
                         "\"" + pair[k].get<std::string>() + "\" is not a known role",
                         "Use one of: " + allowedKeys<RoleType>());
                }
                roles[k] = *role;
            }
            table.add(roles[0], roles[1]);
        }
        return table;
    }

private:
    [[noreturn]] void fail(const std::string& place, const std::string& problem, const std::string& hint) const
    {
        throw UserError(file_, place, problem, hint);
    }

    void expectObject(const json& value, const std::string& place, std::initializer_list<const char*> allowed) const
    {
        if (!value.is_object()) {
            fail(place, "expected an object { ... }", "See docs/FORMATS.md for the shape of this entry");
        }
        const std::set<std::string> known(allowed.begin(), allowed.end());
        for (const auto& [key, unused] : value.items()) {
            if (known.count(key) == 0) {
                std::string list;
                for (const char* name : allowed) {
                    list += list.empty() ? name : std::string(", ") + name;
                }
                fail(place, "unknown field \"" + key + "\"", "Known fields here: " + list);
            }
        }
    }

    /// The optional "attributes" object of an actor or relation: names and texts.
    std::map<std::string, std::string> freeAttributes(const json& entry, const std::string& at) const
    {
        std::map<std::string, std::string> attributes;
        if (!entry.contains("attributes")) {
            return attributes;
        }
        if (!entry["attributes"].is_object()) {
            fail(at + ".attributes", "expected an object of names and texts", "Write { \"name\": \"value\" }");
        }
        for (const auto& [name, attribute] : entry["attributes"].items()) {
            if (!attribute.is_string()) {
                fail(at + ".attributes." + name, "an attribute value must be text", "Write it in quotes");
            }
            attributes[name] = attribute.get<std::string>();
        }
        return attributes;
    }

    std::string optionalString(const json& object, const char* field, const std::string& place) const
    {
        if (!object.contains(field)) {
            return {};
        }
        if (!object[field].is_string()) {
            fail(place, "expected text in quotes", "Write it as \"...\"");
        }
        return object[field].get<std::string>();
    }

    std::string requiredString(const json& object, const char* field, const std::string& place) const
    {
        if (!object.contains(field)) {
            fail(place, std::string("the field \"") + field + "\" is missing", "Add it");
        }
        return optionalString(object, field, place + "." + field);
    }

    std::string idKey(const json& object, const char* field, const std::string& place) const
    {
        if (!object.contains(field)) {
            fail(place, std::string("the field \"") + field + "\" is missing", "Add it");
        }
        const json& value = object[field];
        if (value.is_string() && !value.get<std::string>().empty()) {
            return value.get<std::string>();
        }
        if (value.is_number_integer()) {
            return std::to_string(value.get<long long>());
        }
        fail(place + "." + field, "an id must be a non-empty text or a whole number", "Fix the id");
    }

    template <typename Enum>
    Enum enumValue(const json& object, const char* field, const std::string& place,
                   std::optional<Enum> (*fromKey)(std::string_view), Enum fallback, bool required) const
    {
        if (!object.contains(field)) {
            if (required) {
                fail(place, std::string("the field \"") + field + "\" is missing",
                     "Use one of: " + allowedKeys<Enum>());
            }
            return fallback;
        }
        const std::string key = optionalString(object, field, place + "." + field);
        const auto value = fromKey(key);
        if (!value || key.empty()) {
            fail(place + "." + field, "\"" + key + "\" is not a known value", "Use one of: " + allowedKeys<Enum>());
        }
        return *value;
    }

    int level(const json& object, const char* field, const std::string& place, int fallback) const
    {
        if (!object.contains(field)) {
            return fallback;
        }
        const json& value = object[field];
        if (!value.is_number_integer() || value.get<long long>() < 1 || value.get<long long>() > 5) {
            fail(place + "." + field, "expected a whole number from 1 to 5", "Fix the value");
        }
        return value.get<int>();
    }

    const json& list(const json& object, const char* field, const std::string& place) const
    {
        static const json empty = json::array();
        if (!object.contains(field)) {
            return empty;
        }
        if (!object[field].is_array()) {
            fail(place + "." + field, "expected a list [ ... ]", "Write it as a list");
        }
        return object[field];
    }

    Id known(const std::map<std::string, Id>& ids, const json& object, const char* field, const std::string& place,
             const char* what) const
    {
        const std::string key = idKey(object, field, place);
        auto it = ids.find(key);
        if (it == ids.end()) {
            fail(place + "." + field, std::string("there is no ") + what + " \"" + key + "\" in this snapshot",
                 std::string("Add the ") + what + " or correct the id");
        }
        return it->second;
    }

    Id add(std::map<std::string, Id>& ids, Entity entity, const std::string& key, const std::string& place)
    {
        const Id id = idMap_.idFor(entity, key);
        if (!ids.emplace(key, id).second) {
            fail(place, "the id \"" + key + "\" is used twice", "Give each entry its own id");
        }
        return id;
    }

    Snapshot readSnapshot(const json& value, const std::string& place)
    {
        expectObject(value, place,
                     {"name", "date", "description", "domains", "actors", "roles", "relations", "decisions", "groups"});
        Snapshot snapshot;
        snapshot.id = idMap_.fresh();
        snapshot.name = requiredString(value, "name", place);
        if (snapshot.name.empty()) {
            fail(place + ".name", "a snapshot needs a name", "Give it one, such as \"Delft 2015\"");
        }
        snapshot.date = optionalString(value, "date", place + ".date");
        snapshot.description = optionalString(value, "description", place + ".description");
        Network& network = snapshot.network;
        std::map<std::string, Id> domains;
        std::map<std::string, Id> actors;
        std::map<std::string, Id> relations;
        std::map<std::string, Id> decisions;
        std::map<std::string, Id> groups;

        const json& domainList = list(value, "domains", place);
        for (std::size_t i = 0; i < domainList.size(); ++i) {
            const std::string at = place + ".domains[" + std::to_string(i) + "]";
            expectObject(domainList[i], at, {"id", "name"});
            Domain domain;
            domain.id = add(domains, Entity::Domain, idKey(domainList[i], "id", at), at + ".id");
            domain.name = requiredString(domainList[i], "name", at);
            network.addDomain(domain);
        }

        const json& actorList = list(value, "actors", place);
        for (std::size_t i = 0; i < actorList.size(); ++i) {
            const std::string at = place + ".actors[" + std::to_string(i) + "]";
            const json& entry = actorList[i];
            expectObject(entry, at, {"id", "kind", "name", "description", "tags", "attributes", "position", "pinned"});
            Actor actor;
            actor.id = add(actors, Entity::Actor, idKey(entry, "id", at), at + ".id");
            actor.kind = enumValue(entry, "kind", at, &actorKindFromKey, ActorKind::Provider, true);
            actor.name = requiredString(entry, "name", at);
            actor.description = optionalString(entry, "description", at + ".description");
            const json& tags = list(entry, "tags", at);
            for (std::size_t t = 0; t < tags.size(); ++t) {
                if (!tags[t].is_string()) {
                    fail(at + ".tags[" + std::to_string(t) + "]", "a tag must be text", "Write it as \"...\"");
                }
                actor.tags.push_back(tags[t].get<std::string>());
            }
            actor.attributes = freeAttributes(entry, at);
            if (entry.contains("position")) {
                const json& position = entry["position"];
                if (!position.is_array() || position.size() != 2 || !position[0].is_number() ||
                    !position[1].is_number()) {
                    fail(at + ".position", "a position is a list of two numbers [x, y]", "Fix or remove it");
                }
                actor.position = Point{position[0].get<double>(), position[1].get<double>()};
            }
            if (entry.contains("pinned")) {
                if (!entry["pinned"].is_boolean()) {
                    fail(at + ".pinned", "expected true or false", "Fix the value");
                }
                actor.pinned = entry["pinned"].get<bool>();
            }
            network.addActor(actor);
        }

        const json& roleList = list(value, "roles", place);
        for (std::size_t i = 0; i < roleList.size(); ++i) {
            const std::string at = place + ".roles[" + std::to_string(i) + "]";
            expectObject(roleList[i], at, {"actor", "domain", "role"});
            Role role;
            role.id = idMap_.fresh();
            role.actor = known(actors, roleList[i], "actor", at, "actor");
            role.domain = known(domains, roleList[i], "domain", at, "domain");
            role.type = enumValue(roleList[i], "role", at, &roleTypeFromKey, RoleType::NetworkMember, true);
            network.addRole(role);
        }

        const json& relationList = list(value, "relations", place);
        for (std::size_t i = 0; i < relationList.size(); ++i) {
            const std::string at = place + ".relations[" + std::to_string(i) + "]";
            const json& entry = relationList[i];
            expectObject(entry, at,
                         {"id", "source", "target", "type", "domain", "strength", "trust", "basis", "steering",
                          "financing", "valid_from", "valid_to", "note", "attributes"});
            Relation relation;
            relation.id = entry.contains("id") ? add(relations, Entity::Relation, idKey(entry, "id", at), at + ".id")
                                               : idMap_.fresh();
            relation.source = known(actors, entry, "source", at, "actor");
            relation.target = known(actors, entry, "target", at, "actor");
            relation.type = enumValue(entry, "type", at, &relationTypeFromKey, RelationType::Informs, true);
            relation.domain = entry.contains("domain") ? known(domains, entry, "domain", at, "domain") : 0;
            relation.strength = level(entry, "strength", at, 3);
            relation.trust = level(entry, "trust", at, 0);
            relation.basis = enumValue(entry, "basis", at, &formalBasisFromKey, FormalBasis::Unspecified, false);
            relation.steering =
                enumValue(entry, "steering", at, &steeringFocusFromKey, SteeringFocus::Unspecified, false);
            relation.financing = enumValue(entry, "financing", at, &financingFromKey, Financing::Unspecified, false);
            relation.validFrom = optionalString(entry, "valid_from", at + ".valid_from");
            relation.validTo = optionalString(entry, "valid_to", at + ".valid_to");
            relation.note = optionalString(entry, "note", at + ".note");
            relation.attributes = freeAttributes(entry, at);
            network.addRelation(relation);
        }

        const json& decisionList = list(value, "decisions", place);
        for (std::size_t i = 0; i < decisionList.size(); ++i) {
            const std::string at = place + ".decisions[" + std::to_string(i) + "]";
            const json& entry = decisionList[i];
            expectObject(entry, at, {"id", "title", "description", "domain", "raci"});
            Decision decision;
            decision.id = add(decisions, Entity::Decision, idKey(entry, "id", at), at + ".id");
            decision.title = requiredString(entry, "title", at);
            decision.description = optionalString(entry, "description", at + ".description");
            decision.domain = entry.contains("domain") ? known(domains, entry, "domain", at, "domain") : 0;
            const json& raci = list(entry, "raci", at);
            for (std::size_t r = 0; r < raci.size(); ++r) {
                const std::string line = at + ".raci[" + std::to_string(r) + "]";
                expectObject(raci[r], line, {"actor", "raci"});
                decision.assignments.push_back({known(actors, raci[r], "actor", line, "actor"),
                                                enumValue(raci[r], "raci", line, &raciFromKey, Raci::Informed, true)});
            }
            network.addDecision(decision);
        }

        const json& groupList = list(value, "groups", place);
        for (std::size_t i = 0; i < groupList.size(); ++i) {
            const std::string at = place + ".groups[" + std::to_string(i) + "]";
            const json& entry = groupList[i];
            expectObject(entry, at, {"id", "name", "members"});
            Group group;
            group.id = add(groups, Entity::Group, idKey(entry, "id", at), at + ".id");
            group.name = requiredString(entry, "name", at);
            const json& members = list(entry, "members", at);
            std::set<Id> seen;
            for (std::size_t m = 0; m < members.size(); ++m) {
                const std::string member = at + ".members[" + std::to_string(m) + "]";
                json wrapper = {{"member", members[m]}};
                const Id actor = known(actors, wrapper, "member", member, "actor");
                if (!seen.insert(actor).second) {
                    fail(member, "the actor \"" + idKey(wrapper, "member", member) + "\" is a member twice",
                         "List each member once");
                }
                group.members.push_back(actor);
            }
            network.addGroup(group);
        }
        return snapshot;
    }

    std::string file_;
    IdMap idMap_;
};

std::pair<std::size_t, std::size_t> lineAndColumn(const std::string& text, std::size_t byte)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

/// nlohmann's own tree builder, with what it accepts but a hostile or damaged file could use checked at every
/// step: a field written twice in one object (nlohmann would keep the last without a word), the character NUL in
/// a text, and the limits. It follows where the parser is as a path ("snapshots[0].actors[3].name"), the places
/// the reader's own messages use. (nlohmann's parser callback could check the same, but it scans a list for
/// dropped values after every object in it: quadratic in the number of actors.)
class GuardedBuilder {
public:
    struct Refusal {
        std::string place;
        std::string problem;
        std::string hint;
    };

    GuardedBuilder(json& root, const JsonLimits& limits) : builder_(root, true), limits_(limits) {}

    bool null() { return enter() && builder_.null(); }
    bool boolean(bool value) { return enter() && builder_.boolean(value); }
    bool number_integer(json::number_integer_t value) { return enter() && builder_.number_integer(value); }
    bool number_unsigned(json::number_unsigned_t value) { return enter() && builder_.number_unsigned(value); }
    bool number_float(json::number_float_t value, const json::string_t& text)
    {
        return enter() && builder_.number_float(value, text);
    }
    bool string(json::string_t& value) { return enter() && checkText(value) && builder_.string(value); }
    bool binary(json::binary_t& value) { return enter() && builder_.binary(value); }
    bool start_object(std::size_t size) { return open(true) && builder_.start_object(size); }
    bool key(json::string_t& key)
    {
        Frame& frame = frames_.back();
        frame.key = key;
        checkText(key);
        if (!frame.keys.insert(key).second) {
            refuse("the field \"" + key + "\" is written twice in the same object",
                   "Keep one of them: which one counts would be a guess");
        }
        return builder_.key(key);
    }
    bool end_object()
    {
        frames_.pop_back();
        return builder_.end_object();
    }
    bool start_array(std::size_t size) { return open(false) && builder_.start_array(size); }
    bool end_array()
    {
        frames_.pop_back();
        return builder_.end_array();
    }
    // A template, as nlohmann's builder is: it throws the exception as the type it was given (json::parse_error).
    template <typename Exception>
    bool parse_error(std::size_t position, const std::string& last, const Exception& error)
    {
        return builder_.parse_error(position, last, error);
    }

private:
    struct Frame {
        bool object = false;
        std::string key;       ///< objects: the field being read
        std::size_t count = 0; ///< lists: elements begun so far
        std::set<std::string> keys;
    };

    /// A value begins: count it, and move to the next element when it is in a list.
    bool enter()
    {
        if (!frames_.empty() && !frames_.back().object) {
            ++frames_.back().count;
        }
        if (++values_ > limits_.maxValues) {
            refuse("the file holds more than " + std::to_string(limits_.maxValues) +
                       " values (texts, numbers, lists and objects), the limit",
                   "Save large networks as a .speelveld project, or split the file");
        }
        return true;
    }

    bool open(bool object)
    {
        enter();
        if (frames_.size() >= limits_.maxDepth) {
            refuse("lists and objects are nested more than " + std::to_string(limits_.maxDepth) + " levels deep",
                   "A Speelveld file needs 7; this file was not written by Speelveld");
        }
        frames_.push_back({object, {}, 0, {}});
        return true;
    }

    bool checkText(const std::string& text) const
    {
        if (text.find('\0') != std::string::npos) {
            refuse("a text holds the character NUL (\\u0000)", "Remove it: names and texts cannot hold it");
        }
        return true;
    }

    std::string path() const
    {
        std::string at;
        for (const Frame& frame : frames_) {
            if (frame.object) {
                at += (at.empty() ? "" : ".") + frame.key;
            } else {
                at += "[" + std::to_string(frame.count == 0 ? 0 : frame.count - 1) + "]";
            }
        }
        return at.empty() ? "(top level)" : at;
    }

    [[noreturn]] void refuse(const std::string& problem, const std::string& hint) const
    {
        throw Refusal{path(), problem, hint};
    }

    nlohmann::detail::json_sax_dom_parser<json> builder_;
    JsonLimits limits_;
    std::vector<Frame> frames_;
    std::size_t values_ = 0;
};

template <typename Enum> void putEnum(json& object, const char* field, Enum value)
{
    const std::string_view key = toKey(value);
    if (!key.empty()) {
        object[field] = std::string(key);
    }
}

void putText(json& object, const char* field, const std::string& text)
{
    if (!text.empty()) {
        object[field] = text;
    }
}

json writeSnapshot(const Snapshot& snapshot)
{
    const Network& network = snapshot.network;
    json out = {{"name", snapshot.name}};
    putText(out, "date", snapshot.date);
    putText(out, "description", snapshot.description);
    out["domains"] = json::array();
    for (const auto& domain : network.domains()) {
        out["domains"].push_back({{"id", domain.id}, {"name", domain.name}});
    }
    out["actors"] = json::array();
    for (const auto& actor : network.actors()) {
        json entry = {{"id", actor.id}, {"kind", std::string(toKey(actor.kind))}, {"name", actor.name}};
        putText(entry, "description", actor.description);
        if (!actor.tags.empty()) {
            entry["tags"] = actor.tags;
        }
        if (!actor.attributes.empty()) {
            entry["attributes"] = actor.attributes;
        }
        if (actor.position) {
            entry["position"] = {actor.position->x, actor.position->y};
        }
        if (actor.pinned) {
            entry["pinned"] = true;
        }
        out["actors"].push_back(entry);
    }
    out["roles"] = json::array();
    for (const auto& role : network.roles()) {
        out["roles"].push_back(
            {{"actor", role.actor}, {"domain", role.domain}, {"role", std::string(toKey(role.type))}});
    }
    out["relations"] = json::array();
    for (const auto& relation : network.relations()) {
        json entry = {{"id", relation.id},
                      {"source", relation.source},
                      {"target", relation.target},
                      {"type", std::string(toKey(relation.type))},
                      {"strength", relation.strength}};
        if (relation.domain != 0) {
            entry["domain"] = relation.domain;
        }
        if (relation.trust != 0) {
            entry["trust"] = relation.trust;
        }
        putEnum(entry, "basis", relation.basis);
        putEnum(entry, "steering", relation.steering);
        putEnum(entry, "financing", relation.financing);
        putText(entry, "valid_from", relation.validFrom);
        putText(entry, "valid_to", relation.validTo);
        putText(entry, "note", relation.note);
        if (!relation.attributes.empty()) {
            entry["attributes"] = relation.attributes;
        }
        out["relations"].push_back(entry);
    }
    out["decisions"] = json::array();
    for (const auto& decision : network.decisions()) {
        json entry = {{"id", decision.id}, {"title", decision.title}};
        putText(entry, "description", decision.description);
        if (decision.domain != 0) {
            entry["domain"] = decision.domain;
        }
        entry["raci"] = json::array();
        for (const auto& line : decision.assignments) {
            entry["raci"].push_back({{"actor", line.actor}, {"raci", std::string(toKey(line.raci))}});
        }
        out["decisions"].push_back(entry);
    }
    out["groups"] = json::array();
    for (const auto& group : network.groups()) {
        out["groups"].push_back({{"id", group.id}, {"name", group.name}, {"members", group.members}});
    }
    return out;
}

} // namespace

Project parseJsonProject(const std::string& text, const std::string& fileName, const JsonLimits& limits)
{
    // nlohmann takes a NUL byte for the end of the text and ignores what follows.
    if (const auto nul = text.find('\0'); nul != std::string::npos) {
        const auto [line, column] = lineAndColumn(text, nul + 1);
        throw UserError(fileName, "line " + std::to_string(line) + ", column " + std::to_string(column),
                        "the file holds a NUL byte, so it is not a JSON text file",
                        "Open a Speelveld JSON file; this one may be damaged");
    }
    json root;
    try {
        GuardedBuilder builder(root, limits);
        json::sax_parse(text, &builder);
    } catch (const GuardedBuilder::Refusal& refusal) {
        throw UserError(fileName, refusal.place, refusal.problem, refusal.hint);
    } catch (const json::parse_error& error) {
        const auto [line, column] = lineAndColumn(text, error.byte);
        std::string problem = error.what();
        // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 3, column 4: "; keep the cause.
        if (auto colon = problem.find(": "); colon != std::string::npos) {
            problem = problem.substr(colon + 2);
        }
        throw UserError(fileName, "line " + std::to_string(line) + ", column " + std::to_string(column),
                        "this is not valid JSON (" + problem + ")", "Correct the text at that place");
    } catch (const json::out_of_range& error) {
        // A number too large for a double. nlohmann gives no position, but names the number: "[...406] number
        // overflow parsing '1e999'".
        const std::string problem = error.what();
        const auto open = problem.find('\'');
        const auto close = problem.rfind('\'');
        const std::string number = open < close ? problem.substr(open + 1, close - open - 1) : std::string();
        const std::size_t at = number.empty() ? std::string::npos : text.find(number);
        std::string place;
        if (at != std::string::npos) {
            const auto [line, column] = lineAndColumn(text, at + 1);
            place = "line " + std::to_string(line) + ", column " + std::to_string(column);
        }
        throw UserError(fileName, place, "the number " + number + " is too large", "Correct the number at that place");
    }
    try {
        return Reader(fileName).read(root);
    } catch (const ModelError& error) {
        throw UserError(fileName, "", error.what(), "Correct the file");
    }
}

Project readJsonProject(const std::filesystem::path& file)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error) {
        throw UserError(file.string(), "", "cannot read the file (" + error.message() + ")",
                        "Check the name and that you may read it");
    }
    if (size > kMaxJsonBytes) {
        throw UserError(file.string(), "", "the file is larger than the limit of 256 MiB",
                        "Split the project or import a smaller file");
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) {
        throw UserError(file.string(), "", "reading the file failed", "Check the disk and try again");
    }
    return parseJsonProject(text.str(), file.string());
}

std::string writeJsonProject(const Project& project)
{
    json root = {{"speelveld", 1}, {"title", project.title}};
    putText(root, "description", project.description);
    if (!project.snapshots.empty()) {
        root["current"] = project.snapshots.at(project.current).name;
    }
    root["snapshots"] = json::array();
    for (const auto& snapshot : project.snapshots) {
        root["snapshots"].push_back(writeSnapshot(snapshot));
    }
    // Only a table the user changed is written, so files of projects on the default stay as they were.
    if (project.conflicts != RoleConflictTable::defaults()) {
        root["role_conflicts"] = json::parse(writeRoleConflicts(project.conflicts));
    }
    return root.dump(2) + "\n";
}

std::string writeRoleConflicts(const RoleConflictTable& table)
{
    json pairs = json::array();
    for (const auto& [a, b] : table.pairs()) {
        pairs.push_back({toKey(a), toKey(b)});
    }
    return pairs.dump();
}

RoleConflictTable parseRoleConflicts(const std::string& text, const std::string& fileName, const std::string& place)
{
    json pairs;
    try {
        pairs = json::parse(text);
    } catch (const json::exception&) { // a syntax error, or a number too large for a double
        throw UserError(fileName, place, "the role-conflict table is not valid JSON",
                        "Restore it from a backup, or reset the table in the program");
    }
    return Reader(fileName).conflicts(pairs, place);
}

RoleConflictTable readRoleConflictsFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError(file.string(), "", "cannot read the file", "Check the name and that the file exists");
    }
    std::ostringstream text;
    text << in.rdbuf();
    json root;
    try {
        root = json::parse(text.str());
    } catch (const json::exception&) { // a syntax error, or a number too large for a double
        throw UserError(file.string(), "", "this is not valid JSON", "Correct the file");
    }
    if (!root.is_object() || !root.contains("role_conflicts")) {
        throw UserError(file.string(), "(top level)", "the field \"role_conflicts\" is missing",
                        R"(Write {"role_conflicts": [["commissioner", "contractor"], ...]})");
    }
    return Reader(file.string()).conflicts(root["role_conflicts"], "role_conflicts");
}

} // namespace speelveld
