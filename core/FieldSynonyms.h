#pragma once
// What another tool's column headings, attribute names and values mean in the model (CSV, DOT): our own keys
// (docs/FORMATS.md), Kumu's headings, and English and Dutch synonyms. Pure look-ups, no state.

#include "Model.h"

#include <optional>
#include <string>
#include <string_view>

namespace speelveld {

/// The actor fields a foreign heading can name.
enum class ActorField { Identifier, Name, Kind, Description, Tags, Roles, X, Y, Pinned };

/// The relation fields a foreign heading can name.
enum class RelationField {
    Identifier,
    Source,
    Target,
    Type,
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

/// How a foreign file says whether a tie has a direction (Kumu's "Direction", Graphviz's "dir").
enum class Direction { Directed, Undirected, Mutual };

/// A heading written before a free attribute's name when the bare name would be read as a field
/// ("attribute:type"); a reader takes it off and keeps the rest as a free attribute.
inline constexpr std::string_view kAttributePrefix = "attribute:";

/// Lower case (ASCII), trimmed, with '_' and '-' read as spaces and runs of spaces as one: "Valid_From " and
/// "valid-from" both give "valid from".
std::string normalisedName(std::string_view text);

/// The field a heading or attribute name means, if any ("Naam", "Label" → Name; "Van", "Source" → Source).
std::optional<ActorField> actorFieldFor(std::string_view heading);
std::optional<RelationField> relationFieldFor(std::string_view heading);

/// The heading Speelveld writes for a field ("kind", "valid_from") and the words a report uses ("actor kind").
std::string_view keyOf(ActorField field);
std::string_view keyOf(RelationField field);
std::string_view describe(ActorField field);
std::string_view describe(RelationField field);

/// Values: our keys ("per_unit"), their spelling with spaces ("per unit") and the Dutch words of the interface
/// ("gemeente", "geeft opdracht aan", "opdrachtgever", "subsidie"); case does not matter.
std::optional<ActorKind> actorKindFromText(std::string_view text);
std::optional<RoleType> roleTypeFromText(std::string_view text);
std::optional<RelationType> relationTypeFromText(std::string_view text);
std::optional<FormalBasis> formalBasisFromText(std::string_view text);
std::optional<SteeringFocus> steeringFocusFromText(std::string_view text);
std::optional<Financing> financingFromText(std::string_view text);
/// directed/forward/gericht, undirected/none/ongericht, mutual/both/wederzijds.
std::optional<Direction> directionFromText(std::string_view text);
/// "directed", "undirected" or "mutual" (Kumu's words).
std::string_view directionKey(Direction direction);
/// A whole number 1..5.
std::optional<int> levelFromText(std::string_view text);
/// true/false, yes/no, ja/nee, 1/0.
std::optional<bool> yesNoFromText(std::string_view text);

/// A positive whole number written the way Speelveld writes ids ("12", not "012" or "12.0").
std::optional<Id> idFromText(std::string_view text);

/// The shortest text that reads back as exactly the same double ("12.5", "-0.1"), and its reader.
std::string numberText(double value);
std::optional<double> numberFromText(std::string_view text);

} // namespace speelveld
