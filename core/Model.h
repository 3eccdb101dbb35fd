#pragma once
// The words of DOMAIN.md as plain values: actors, domains, roles, relations, decisions, groups.
// Nothing here edits anything; Network is the one place through which changes go.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace speelveld {

/// Stable identifier of an entity inside a project; 0 means "not assigned yet".
using Id = std::int64_t;

/// A point in drawing units (points, y grows downwards).
struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};

/// What kind of organisation, body or function an actor is.
enum class ActorKind {
    Municipality,
    Council,
    Director,
    RegionalBody,
    Ministry,
    UmbrellaBody,
    Provider,
    NetworkOrganisation,
    AccessTeam,
    Supervisor,
    Advisor,
    Insurer,
    ResidentInitiative,
    ClientCouncil,
};

/// A role an actor plays in a domain.
enum class RoleType {
    Commissioner,
    Contractor,
    Director,
    Funder,
    Supervisor,
    Executor,
    Gatekeeper,
    FrameworkSetter,
    Advisor,
    NetworkMember,
};

/// The type of a relation; all are directed except CollaboratesWith.
enum class RelationType {
    Commissions,
    Funds,
    AccountableTo,
    Supervises,
    RefersTo,
    CollaboratesWith,
    MemberOf,
    Advises,
    Informs,
    DependsOn,
};

/// The formal footing of a relation.
enum class FormalBasis { Unspecified, Contract, Subsidy, Covenant, Law, Informal, None };

/// What a commissioning relation steers on: the "what" (outcome, output) or the "how" (process, input).
enum class SteeringFocus { Unspecified, Outcome, Output, Process, Input };

/// How a commissioning or funding relation pays.
enum class Financing { Unspecified, LumpSum, CappedBudget, PerUnit, OutcomeBased, PopulationBased };

/// A RACI letter for one actor in one decision.
enum class Raci { Responsible, Accountable, Consulted, Informed };

/// An organisation, body or function in the network.
struct Actor {
    Id id = 0;
    ActorKind kind = ActorKind::Provider;
    std::string name;
    std::string description;
    std::vector<std::string> tags;
    std::map<std::string, std::string> attributes;
    std::optional<Point> position; ///< last laid-out or dragged centre, kept so opening needs no layout
    bool pinned = false;           ///< the user placed it; layouts must keep it where it is
    bool operator==(const Actor&) const = default;
};

/// A policy field in which roles and relations hold (jeugd, Wmo, welzijn, ...).
struct Domain {
    Id id = 0;
    std::string name;
    bool operator==(const Domain&) const = default;
};

/// A role stated explicitly: this actor plays this role in this domain.
struct Role {
    Id id = 0;
    Id actor = 0;
    Id domain = 0;
    RoleType type = RoleType::NetworkMember;
    bool operator==(const Role&) const = default;
};

/// A typed tie between two actors with the attributes DOMAIN.md lists.
struct Relation {
    Id id = 0;
    Id source = 0;
    Id target = 0;
    RelationType type = RelationType::Informs;
    Id domain = 0;    ///< 0: not tied to one domain
    int strength = 3; ///< 1..5
    int trust = 0;    ///< 1..5, 0: not stated
    FormalBasis basis = FormalBasis::Unspecified;
    SteeringFocus steering = SteeringFocus::Unspecified;
    Financing financing = Financing::Unspecified;
    std::string validFrom; ///< ISO date or empty
    std::string validTo;   ///< ISO date or empty
    std::string note;
    /// What an imported file said of the relation that the model has no field for (kept, never dropped).
    std::map<std::string, std::string> attributes;
    bool operator==(const Relation&) const = default;
};

/// One actor's RACI letter in a decision.
struct RaciAssignment {
    Id actor = 0;
    Raci raci = Raci::Informed;
    bool operator==(const RaciAssignment&) const = default;
};

/// A decision someone must take, with who is Responsible, Accountable, Consulted, Informed.
struct Decision {
    Id id = 0;
    std::string title;
    std::string description;
    Id domain = 0;
    std::vector<RaciAssignment> assignments;
    bool operator==(const Decision&) const = default;
};

/// A set of actors drawn as a cluster.
struct Group {
    Id id = 0;
    std::string name;
    std::vector<Id> members;
    bool operator==(const Group&) const = default;
};

/// Whether a relation type has a direction (all but collaborates_with).
bool isDirected(RelationType type);

/// The file-format names (snake_case English) of every enumeration, and their inverses.
std::string_view toKey(ActorKind value);
std::string_view toKey(RoleType value);
std::string_view toKey(RelationType value);
std::string_view toKey(FormalBasis value);
std::string_view toKey(SteeringFocus value);
std::string_view toKey(Financing value);
std::string_view toKey(Raci value);

std::optional<ActorKind> actorKindFromKey(std::string_view key);
std::optional<RoleType> roleTypeFromKey(std::string_view key);
std::optional<RelationType> relationTypeFromKey(std::string_view key);
std::optional<FormalBasis> formalBasisFromKey(std::string_view key);
std::optional<SteeringFocus> steeringFocusFromKey(std::string_view key);
std::optional<Financing> financingFromKey(std::string_view key);
std::optional<Raci> raciFromKey(std::string_view key);

/// Every value of each enumeration, in declaration order (for legends, menus and validation).
const std::vector<ActorKind>& allActorKinds();
const std::vector<RoleType>& allRoleTypes();
const std::vector<RelationType>& allRelationTypes();

/// The keys allowed for an enumeration, joined for error messages ("a, b, c").
template <typename Enum> std::string allowedKeys();

} // namespace speelveld
