#include "ForeignReader.h"

#include "ActorMeasures.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace speelveld {
namespace {

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

/// Splits a Kumu multi-value cell at '|', trimming each part and leaving out empty ones.
std::vector<std::string> parts(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t bar = std::min(text.find('|', start), text.size());
        std::string part = trim(text.substr(start, bar - start));
        if (!part.empty()) {
            out.push_back(std::move(part));
        }
        start = bar + 1;
    }
    return out;
}

} // namespace

std::vector<Heading> fieldHeadings(FieldOwner owner, const std::vector<std::string>& names,
                                   const std::vector<std::string>& meanings, const std::string& sourceWord,
                                   ImportTally& tally)
{
    std::vector<Heading> out;
    std::map<Field, std::string> taken;
    for (std::size_t i = 0; i < names.size(); ++i) {
        Heading heading;
        heading.name = names[i];
        heading.source = sourceWord + " \"" + names[i] + "\"";
        const std::string& meaning = meanings[i];
        if (meaning.rfind(kAttributePrefix, 0) == 0) {
            if (heading.name.rfind(kAttributePrefix, 0) == 0) {
                heading.name.erase(0, kAttributePrefix.size());
            }
        } else if (const auto match = foreignField(owner, meaning)) {
            if (auto [it, inserted] = taken.emplace(match->field, names[i]); inserted) {
                heading.field = match->field;
            } else {
                tally.note(heading.source + " also means the " + std::string(fieldDescription(match->field)) + "; " +
                           sourceWord + " \"" + it->second +
                           "\" was used for it and this one is kept as a free "
                           "attribute.");
            }
        }
        if (owner == FieldOwner::Actor && !heading.field && findActorMeasure(meaning) != nullptr) {
            dropHeading(heading, "a measure Speelveld computes again from the network", tally);
        }
        out.push_back(std::move(heading));
    }
    return out;
}

void dropHeading(Heading& heading, const std::string& why, ImportTally& tally)
{
    heading.dropped = true;
    tally.note(heading.source + " is not kept: " + why + ".");
}

void ForeignReader::keep(std::map<std::string, std::string>& attributes, const Heading& heading,
                         const std::string& text, const std::string& entity)
{
    attributes[heading.name] = text;
    tally_.kept(heading.source, entity);
}

void ForeignReader::notUnderstood(std::map<std::string, std::string>& attributes, const Heading& heading,
                                  const std::string& text, const std::string& place, const std::string& entity,
                                  const std::string& fallback)
{
    attributes[heading.name] = text;
    tally_.notUnderstood(heading.source, entity, text, place, fallback);
}

void ForeignReader::actorValue(Actor& actor, const Heading& heading, const std::string& text, const std::string& place)
{
    if (heading.dropped) {
        return;
    }
    const Field field = heading.field.value_or(Field::Identifier);
    bool understood = true;
    switch (field) {
    case Field::Name:
        actor.name = text;
        break;
    case Field::Kind:
        if (const auto kind = foreignActorKind(text)) {
            actor.kind = *kind;
        } else {
            notUnderstood(actor.attributes, heading, text, place, "actor", "the kind provider");
            return;
        }
        break;
    case Field::Description:
        actor.description = text;
        break;
    case Field::Tags:
        for (auto& tag : parts(text)) {
            actor.tags.push_back(std::move(tag));
        }
        break;
    case Field::Roles: {
        std::string unread;
        for (const auto& part : parts(text)) {
            const auto colon = part.rfind(':');
            const auto role = colon == std::string::npos ? std::nullopt : foreignRoleType(part.substr(colon + 1));
            const std::string domain = colon == std::string::npos ? std::string() : trim(part.substr(0, colon));
            if (role && !domain.empty()) {
                roles_.emplace_back(domain, *role);
            } else {
                unread += (unread.empty() ? "" : "|") + part;
            }
        }
        if (!unread.empty()) {
            notUnderstood(actor.attributes, heading, unread, place, "actor",
                          "only the roles that read as \"domain: role\"");
            return;
        }
        break;
    }
    case Field::Groups:
        for (auto& group : parts(text)) {
            groups_.push_back(std::move(group));
        }
        break;
    case Field::X:
        x_.emplace(&heading, text);
        return;
    case Field::Y:
        y_.emplace(&heading, text);
        return;
    case Field::Pinned:
        if (const auto pinned = foreignBool(text)) {
            actor.pinned = *pinned;
        } else {
            understood = false;
            notUnderstood(actor.attributes, heading, text, place, "actor", "no pin");
        }
        break;
    default: // no field, the id (the caller's), and relation fields, which never resolve for actors
        keep(actor.attributes, heading, text, "actor");
        return;
    }
    if (understood) {
        tally_.mapped(heading.source, fieldDescription(field), "actor");
    }
}

Id ForeignReader::addActor(Actor actor, const std::string& place)
{
    if (x_ || y_) {
        const auto x = x_ ? numberFromText(x_->second) : std::nullopt;
        const auto y = y_ ? numberFromText(y_->second) : std::nullopt;
        if (x && y) {
            actor.position = Point{*x, *y};
            tally_.mapped(x_->first->source, fieldDescription(Field::X), "actor");
            tally_.mapped(y_->first->source, fieldDescription(Field::Y), "actor");
        } else {
            for (const auto& coordinate : {x_, y_}) {
                if (coordinate) {
                    notUnderstood(actor.attributes, *coordinate->first, coordinate->second, place, "actor",
                                  "no position (a position needs two numbers, x and y)");
                }
            }
        }
    }
    x_.reset();
    y_.reset();
    const Id id = network_.addActor(std::move(actor));
    // A cell may name the same role or group more than once; sets, since one cell can name tens of thousands.
    std::set<std::pair<std::string, RoleType>> rolesSeen;
    for (auto& role : std::exchange(roles_, {})) {
        if (rolesSeen.insert(role).second) {
            network_.addRole(Role{0, id, domainNamed(role.first), role.second});
        }
    }
    std::unordered_set<std::string> groupsSeen;
    for (const auto& name : std::exchange(groups_, {})) {
        if (!groupsSeen.insert(name).second) {
            continue;
        }
        if (const auto it = groupIds_.find(name); it == groupIds_.end()) {
            groupIds_.emplace(name, network_.addGroup(Group{0, name, {id}}));
        } else {
            laterMembers_[it->second].push_back(id);
        }
    }
    return id;
}

void ForeignReader::finishGroups()
{
    for (auto& [groupId, members] : std::exchange(laterMembers_, {})) {
        Group group = *network_.group(groupId);
        group.members.insert(group.members.end(), members.begin(), members.end());
        network_.updateGroup(group);
    }
}

void ForeignReader::relationValue(Relation& relation, const Heading& heading, const std::string& text,
                                  const std::string& place)
{
    if (heading.dropped) {
        return;
    }
    const Field field = heading.field.value_or(Field::Identifier);
    const auto level = [&](int& target, const char* fallback) {
        if (const auto value = foreignLevel(text)) {
            target = *value;
            return true;
        }
        notUnderstood(relation.attributes, heading, text, place, "relation", fallback);
        return false;
    };
    const auto choice = [&](auto& target, auto value, const char* fallback) {
        if (value) {
            target = *value;
            return true;
        }
        notUnderstood(relation.attributes, heading, text, place, "relation", fallback);
        return false;
    };
    bool understood = true;
    switch (field) {
    case Field::RelationType:
        if (const auto type = foreignRelationType(text)) {
            relation.type = *type;
            typed_ = true;
        } else {
            notUnderstood(relation.attributes, heading, text, place, "relation",
                          "informs (collaborates_with when undirected)");
            return;
        }
        break;
    case Field::Direction:
        direction_.emplace(&heading, text);
        return;
    case Field::Domain:
        relation.domain = domainNamed(text);
        break;
    case Field::Strength:
        understood = level(relation.strength, "strength 3");
        break;
    case Field::Trust:
        understood = level(relation.trust, "no trust value");
        break;
    case Field::Basis:
        understood = choice(relation.basis, foreignBasis(text), "no formal basis");
        break;
    case Field::Steering:
        understood = choice(relation.steering, foreignSteering(text), "no steering focus");
        break;
    case Field::Financing:
        understood = choice(relation.financing, foreignFinancing(text), "no financing");
        break;
    case Field::ValidFrom:
        relation.validFrom = text;
        break;
    case Field::ValidTo:
        relation.validTo = text;
        break;
    case Field::Note:
        relation.note = text;
        break;
    default: // no field, the id, source and target (the caller's), and actor fields, which never resolve here
        keep(relation.attributes, heading, text, "relation");
        return;
    }
    if (understood) {
        tally_.mapped(heading.source, fieldDescription(field), "relation");
    }
}

Id ForeignReader::addRelation(Relation relation, const std::string& place)
{
    Direction direction = defaultDirection_;
    if (direction_) {
        if (const auto given = foreignDirection(direction_->second)) {
            direction = *given;
        } else {
            notUnderstood(relation.attributes, *direction_->first, direction_->second, place, "relation",
                          "the direction of their type");
            direction_.reset();
        }
    }
    if (!typed_) {
        relation.type = direction == Direction::Directed ? RelationType::Informs : RelationType::CollaboratesWith;
        tally_.note("Relations without a type that Speelveld knows are read as informs, or as "
                    "collaborates_with when they have no direction; change them in the program.");
    }
    if (direction_) {
        const bool agrees = isDirected(relation.type) == (direction == Direction::Directed);
        if (agrees) {
            tally_.mapped(direction_->first->source, fieldDescription(Field::Direction), "relation");
        } else {
            relation.attributes[direction_->first->name] = direction_->second;
            tally_.note(direction_->first->source +
                        " disagrees with the relation type for some relations (the "
                        "first at " +
                        place + "); the type decides, and the direction is kept as a free attribute.");
        }
    }
    direction_.reset();
    typed_ = false;
    return network_.addRelation(std::move(relation));
}

Id ForeignReader::domainNamed(const std::string& name)
{
    auto it = domains_.find(name);
    if (it == domains_.end()) {
        it = domains_.emplace(name, network_.addDomain(Domain{0, name})).first;
    }
    return it->second;
}

std::string rolesText(const Network& network, Id actor)
{
    std::string text;
    for (const auto& role : network.roles()) {
        if (role.actor != actor) {
            continue;
        }
        const Domain* domain = network.domain(role.domain);
        text +=
            (text.empty() ? "" : "|") + (domain ? domain->name : std::string()) + ": " + std::string(toKey(role.type));
    }
    return text;
}

std::string tagsText(const std::vector<std::string>& tags)
{
    std::string text;
    for (const auto& tag : tags) {
        text += (text.empty() ? "" : "|") + tag;
    }
    return text;
}

} // namespace speelveld
