#pragma once
// What other tools call the model's fields and values: one table for every importer of foreign files (GraphML,
// GEXF, Kumu CSV, DOT), so "soort = gemeente" means the same wherever it is read. Pure look-ups, no state.

#include "Model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace speelveld {

/// A model field that a foreign attribute (a column, a key, a data element) can fill.
enum class Field {
    // both
    Identifier,
    // actors
    Name,
    Kind,
    Description,
    Tags,
    X,
    Y,
    Roles,
    Groups,
    Pinned,
    // relations
    Source,
    Target,
    RelationType,
    Direction,
    Domain,
    Strength,
    Trust,
    Basis,
    Steering,
    Financing,
    ValidFrom,
    ValidTo,
    Note,
};

/// Whether a name is looked up among the actor fields (nodes) or the relation fields (edges).
enum class FieldOwner { Actor, Relation };

/// The field an attribute name means, and how strongly: rank 0 is the field's own key ("kind"), higher ranks
/// are synonyms ("type", "soort"); when two attributes of a file mean one field, the lower rank wins.
struct FieldMatch {
    Field field;
    int rank = 0;
};

/// Looks an attribute name up (case, spaces, '-' and '_' do not matter: "Valid From" = "valid_from").
std::optional<FieldMatch> foreignField(FieldOwner owner, std::string_view name);

/// What the field is, for report lines ("actor kind", "relation strength").
std::string_view fieldDescription(Field field);

/// How a foreign file says whether a tie has a direction (Kumu's "Direction", Graphviz's "dir").
enum class Direction { Directed, Undirected, Mutual };

/// A heading written before a free attribute's name when the bare name would be read as a field
/// ("attribute:type"); a reader takes it off and keeps the rest as a free attribute.
inline constexpr std::string_view kAttributePrefix = "attribute:";

/// Values as other tools and people write them: keys ("municipality"), English words ("regional body") and
/// Dutch words ("gemeente", "financiert"). Case, spaces, '-' and '_' do not matter.
std::optional<ActorKind> foreignActorKind(std::string_view value);
std::optional<RelationType> foreignRelationType(std::string_view value);
std::optional<RoleType> foreignRoleType(std::string_view value);
std::optional<FormalBasis> foreignBasis(std::string_view value);
std::optional<SteeringFocus> foreignSteering(std::string_view value);
std::optional<Financing> foreignFinancing(std::string_view value);
/// directed/forward/gericht, undirected/none/ongericht, mutual/both/wederzijds.
std::optional<Direction> foreignDirection(std::string_view value);
/// "directed", "undirected" or "mutual" (Kumu's words).
std::string_view directionKey(Direction direction);
/// A level 1..5 (strength, trust): "4", "4.0"; anything else (0, 2.5, "hoog") is nullopt.
std::optional<int> foreignLevel(std::string_view value);
/// A yes/no value: true/false, 1/0, yes/no, ja/nee.
std::optional<bool> foreignBool(std::string_view value);

/// A positive whole number written the way Speelveld writes ids ("12", not "012" or "12.0").
std::optional<Id> idFromText(std::string_view text);

/// The shortest text that reads back as exactly the same double ("12.5", "-0.1"), and its reader (which also
/// takes a decimal comma, "12,5").
std::string numberText(double value);
std::optional<double> numberFromText(std::string_view text);

/// Lists in one text (tags, roles, groups): items separated by "; ", a literal ';' or '\' escaped with '\'.
std::string joinList(const std::vector<std::string>& items);
/// The items of such a text, each trimmed of surrounding spaces; empty items are left out.
std::vector<std::string> splitList(std::string_view text);

/// The lower-case, underscore-joined form every lookup compares ("Valid-From " → "valid_from").
std::string normalisedWord(std::string_view text);

} // namespace speelveld
