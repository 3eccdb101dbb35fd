#pragma once
// What other tools call the model's fields and values: one table for every importer of foreign files
// (GraphML, GEXF, and later CSV and DOT), so "soort = gemeente" means the same wherever it is read.

#include "Model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace speelveld {

/// A model field that a foreign attribute (a column, a key, a data element) can fill.
enum class Field {
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
    RelationType,
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

/// The field's own key, as Speelveld writes it and as reports name it ("kind", "valid_from").
std::string_view fieldKey(Field field);
/// What the field is, for report lines ("actor kind", "relation strength").
std::string_view fieldDescription(Field field);

/// Values as other tools and people write them: keys ("municipality"), English words ("regional body") and
/// Dutch words ("gemeente", "financiert"). Case, spaces, '-' and '_' do not matter.
std::optional<ActorKind> foreignActorKind(std::string_view value);
std::optional<RelationType> foreignRelationType(std::string_view value);
std::optional<RoleType> foreignRoleType(std::string_view value);
std::optional<FormalBasis> foreignBasis(std::string_view value);
std::optional<SteeringFocus> foreignSteering(std::string_view value);
std::optional<Financing> foreignFinancing(std::string_view value);
/// A level 1..5 (strength, trust): "4", "4.0"; anything else (0, 2.5, "hoog") is nullopt.
std::optional<int> foreignLevel(std::string_view value);
/// A yes/no value: true/false, 1/0, yes/no, ja/nee.
std::optional<bool> foreignBool(std::string_view value);

/// Lists in one text (tags, roles, groups): items separated by "; ", a literal ';' or '\' escaped with '\'.
std::string joinList(const std::vector<std::string>& items);
/// The items of such a text, each trimmed of surrounding spaces; empty items are left out.
std::vector<std::string> splitList(std::string_view text);

/// The lower-case, underscore-joined form both lookups compare ("Valid-From " → "valid_from").
std::string normalisedWord(std::string_view text);

} // namespace speelveld
