#pragma once
// One snapshot's network and the one editing API through which every change to it goes.

#include "Model.h"

#include <algorithm>

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <variant>
#include <vector>

namespace speelveld {

/// What kind of entity a change touched.
enum class Entity { Actor, Domain, Role, Relation, Decision, Group };

/// What happened to it.
enum class ChangeKind { Added, Changed, Removed };

/// One announced change; observers hear it twice, before and after it is applied.
struct Change {
    Entity entity = Entity::Actor;
    ChangeKind kind = ChangeKind::Added;
    Id id = 0;
    bool operator==(const Change&) const = default;
};

/// Any one entity, whole (for undo: the state of what an edit touched).
using EntityValue = std::variant<Actor, Domain, Role, Relation, Decision, Group>;

/// Which kind of entity a value holds.
Entity entityOf(const EntityValue& value);
Id idOf(const EntityValue& value);

/// Whether a notification comes before or after the change.
enum class Phase { Before, After };

/// Thrown when an edit would break the network's invariants (a relation to a missing actor, strength 9).
class ModelError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// A network: actors, domains, roles, relations, decisions and groups, with stable ids.
/// Copies carry the data, never the observers.
class Network {
public:
    using Observer = std::function<void(const Change&, Phase)>;

    /// Keeps an observer subscribed for as long as it lives.
    class Subscription {
    public:
        Subscription() = default;
        Subscription(Subscription&&) noexcept = default;
        Subscription& operator=(Subscription&&) noexcept = default;
        Subscription(const Subscription&) = delete;
        Subscription& operator=(const Subscription&) = delete;
        ~Subscription();

    private:
        friend class Network;
        struct Link;
        std::shared_ptr<Link> link_;
    };

    Network();
    Network(const Network& other);
    Network& operator=(const Network& other);
    Network(Network&& other) noexcept;
    Network& operator=(Network&& other) noexcept;
    ~Network();

    const std::vector<Actor>& actors() const { return actors_; }
    const std::vector<Domain>& domains() const { return domains_; }
    const std::vector<Role>& roles() const { return roles_; }
    const std::vector<Relation>& relations() const { return relations_; }
    const std::vector<Decision>& decisions() const { return decisions_; }
    const std::vector<Group>& groups() const { return groups_; }

    /// Lookups by id; nullptr when absent.
    const Actor* actor(Id id) const;
    const Domain* domain(Id id) const;
    const Relation* relation(Id id) const;
    const Decision* decision(Id id) const;
    const Group* group(Id id) const;

    /// Adds an entity; an id of 0 gets a fresh one, a given id must be unused. Returns the id.
    Id addActor(Actor actor);
    Id addDomain(Domain domain);
    Id addRole(Role role);
    Id addRelation(Relation relation);
    Id addDecision(Decision decision);
    Id addGroup(Group group);

    /// Replaces the entity with the same id.
    void updateActor(const Actor& actor);
    void updateDomain(const Domain& domain);
    void updateRelation(const Relation& relation);
    void updateDecision(const Decision& decision);
    void updateGroup(const Group& group);

    /// Removes an entity and everything that refers to it (an actor takes its relations, roles,
    /// RACI lines and group memberships along; a domain is cleared from relations and decisions).
    void removeActor(Id id);
    void removeDomain(Id id);
    void removeRole(Id id);
    void removeRelation(Id id);
    void removeDecision(Id id);
    void removeGroup(Id id);

    /// The same operations on any entity, for undo and redo. `find` gives the entity and its place in the
    /// order; `insert` puts an entity back at a place (clamped to the end) with its own id, which must be
    /// free; `replace` overwrites the entity with the same id; `remove` removes it with what refers to it.
    std::optional<std::pair<EntityValue, std::size_t>> find(Entity entity, Id id) const;
    void insert(EntityValue value, std::size_t position);
    void replace(const EntityValue& value);
    void remove(Entity entity, Id id);

    /// The id the next added entity gets; `reserveIds(next)` makes sure it is at least `next`. Snapshots of one
    /// project share ids for the same actor, so a new actor in one snapshot must not take an id that another
    /// snapshot (a fork that went its own way) already uses for a different one.
    Id nextFreeId() const { return nextId_; }
    void reserveIds(Id next) { nextId_ = std::max(nextId_, next); }

    /// Moves an actor (a layout result or a drag); pinned actors stay put in later layouts.
    void setActorPosition(Id id, Point position, bool pinned);

    /// Follows every change; the subscription ends when the returned object is destroyed.
    [[nodiscard]] Subscription subscribe(Observer observer);

    /// Equal data (ids, order and every field); observers do not count.
    bool operator==(const Network& other) const;

private:
    void notify(const Change& change, Phase phase) const;
    void checkRelation(const Relation& relation) const;
    void checkRole(const Role& role) const;
    void checkDecision(const Decision& decision) const;
    void checkGroup(const Group& group) const;
    // Callers look `taken` up only for a requested id: domains, roles, decisions and groups have no index, and an
    // import adds hundreds of thousands of them with fresh ids (a scan for each was quadratic).
    Id claimId(Id requested, Id& next, bool taken) const;
    void reindex();

    std::vector<Actor> actors_;
    std::vector<Domain> domains_;
    std::vector<Role> roles_;
    std::vector<Relation> relations_;
    std::vector<Decision> decisions_;
    std::vector<Group> groups_;
    std::unordered_map<Id, std::size_t> actorIndex_;
    // Every relation checks its domain: an import naming 100,000 domains made that scan quadratic.
    std::unordered_map<Id, std::size_t> domainIndex_;
    std::unordered_map<Id, std::size_t> relationIndex_;
    Id nextId_ = 1;

    struct Observers;
    std::shared_ptr<Observers> observers_;
};

/// The actor kinds and relation types that occur in a network (for legends, filters and presentation steps).
std::set<ActorKind> kindsIn(const Network& network);
std::set<RelationType> relationTypesIn(const Network& network);

} // namespace speelveld
