#include "Network.h"

#include <algorithm>
#include <string>

namespace speelveld {

struct Network::Observers {
    std::vector<std::pair<std::uint64_t, Observer>> list;
    std::uint64_t nextToken = 1;
};

struct Network::Subscription::Link {
    std::weak_ptr<Observers> observers;
    std::uint64_t token = 0;
};

Network::Subscription::~Subscription()
{
    if (!link_) {
        return;
    }
    if (auto observers = link_->observers.lock()) {
        std::erase_if(observers->list, [this](const auto& entry) { return entry.first == link_->token; });
    }
}

namespace {

template <typename T> auto findById(std::vector<T>& items, Id id)
{
    return std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
}

template <typename T> const T* lookup(const std::vector<T>& items, Id id)
{
    auto it = std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

void checkRange(int value, int low, int high, const char* what)
{
    if (value < low || value > high) {
        throw ModelError(std::string(what) + " must be between " + std::to_string(low) + " and " +
                         std::to_string(high) + ", not " + std::to_string(value));
    }
}

} // namespace

Network::Network() : observers_(std::make_shared<Observers>()) {}

Network::Network(const Network& other)
    : actors_(other.actors_), domains_(other.domains_), roles_(other.roles_), relations_(other.relations_),
      decisions_(other.decisions_), groups_(other.groups_), actorIndex_(other.actorIndex_),
      domainIndex_(other.domainIndex_), relationIndex_(other.relationIndex_), nextId_(other.nextId_),
      observers_(std::make_shared<Observers>())
{}

Network& Network::operator=(const Network& other)
{
    if (this != &other) {
        Network copy(other);
        copy.observers_ = observers_; // keep our observers, take their data
        *this = std::move(copy);
    }
    return *this;
}

Network::Network(Network&& other) noexcept = default;
Network& Network::operator=(Network&& other) noexcept = default;
Network::~Network() = default;

const Actor* Network::actor(Id id) const
{
    auto it = actorIndex_.find(id);
    return it == actorIndex_.end() ? nullptr : &actors_[it->second];
}

const Domain* Network::domain(Id id) const
{
    auto it = domainIndex_.find(id);
    return it == domainIndex_.end() ? nullptr : &domains_[it->second];
}

const Relation* Network::relation(Id id) const
{
    auto it = relationIndex_.find(id);
    return it == relationIndex_.end() ? nullptr : &relations_[it->second];
}

const Decision* Network::decision(Id id) const { return lookup(decisions_, id); }
const Group* Network::group(Id id) const { return lookup(groups_, id); }

Network::Subscription Network::subscribe(Observer observer)
{
    if (!observers_) {
        observers_ = std::make_shared<Observers>();
    }
    Subscription subscription;
    subscription.link_ = std::make_shared<Subscription::Link>();
    subscription.link_->observers = observers_;
    subscription.link_->token = observers_->nextToken++;
    observers_->list.emplace_back(subscription.link_->token, std::move(observer));
    return subscription;
}

void Network::notify(const Change& change, Phase phase) const
{
    if (!observers_ || observers_->list.empty()) {
        return;
    }
    // A copy, so an observer may unsubscribe (or subscribe) while it is being told.
    const auto list = observers_->list;
    for (const auto& [token, observer] : list) {
        observer(change, phase);
    }
}

Id Network::claimId(Id requested, Id& next, bool taken) const
{
    if (requested < 0) {
        throw ModelError("ids are positive numbers, not " + std::to_string(requested));
    }
    if (requested == 0) {
        return next++;
    }
    if (taken) {
        throw ModelError("id " + std::to_string(requested) + " is already used");
    }
    next = std::max(next, requested + 1);
    return requested;
}

void Network::reindex()
{
    actorIndex_.clear();
    for (std::size_t i = 0; i < actors_.size(); ++i) {
        actorIndex_[actors_[i].id] = i;
    }
    domainIndex_.clear();
    for (std::size_t i = 0; i < domains_.size(); ++i) {
        domainIndex_[domains_[i].id] = i;
    }
    relationIndex_.clear();
    for (std::size_t i = 0; i < relations_.size(); ++i) {
        relationIndex_[relations_[i].id] = i;
    }
}

void Network::checkRelation(const Relation& relation) const
{
    if (actor(relation.source) == nullptr || actor(relation.target) == nullptr) {
        throw ModelError("a relation must connect two actors of this network");
    }
    if (relation.domain != 0 && domain(relation.domain) == nullptr) {
        throw ModelError("the relation's domain " + std::to_string(relation.domain) + " does not exist");
    }
    checkRange(relation.strength, 1, 5, "strength");
    if (relation.trust != 0) {
        checkRange(relation.trust, 1, 5, "trust");
    }
}

void Network::checkRole(const Role& role) const
{
    if (actor(role.actor) == nullptr) {
        throw ModelError("a role needs an actor of this network");
    }
    if (domain(role.domain) == nullptr) {
        throw ModelError("a role needs a domain of this network");
    }
}

void Network::checkDecision(const Decision& decision) const
{
    if (decision.domain != 0 && domain(decision.domain) == nullptr) {
        throw ModelError("the decision's domain " + std::to_string(decision.domain) + " does not exist");
    }
    for (const auto& assignment : decision.assignments) {
        if (actor(assignment.actor) == nullptr) {
            throw ModelError("a RACI line of \"" + decision.title + "\" names an actor that does not exist");
        }
    }
}

void Network::checkGroup(const Group& group) const
{
    for (Id member : group.members) {
        if (actor(member) == nullptr) {
            throw ModelError("group \"" + group.name + "\" has a member that does not exist");
        }
    }
}

Id Network::addActor(Actor actor)
{
    actor.id = claimId(actor.id, nextId_, this->actor(actor.id) != nullptr);
    notify({Entity::Actor, ChangeKind::Added, actor.id}, Phase::Before);
    actorIndex_[actor.id] = actors_.size();
    actors_.push_back(std::move(actor));
    notify({Entity::Actor, ChangeKind::Added, actors_.back().id}, Phase::After);
    return actors_.back().id;
}

Id Network::addDomain(Domain domain)
{
    domain.id = claimId(domain.id, nextId_, domain.id != 0 && this->domain(domain.id) != nullptr);
    notify({Entity::Domain, ChangeKind::Added, domain.id}, Phase::Before);
    domainIndex_[domain.id] = domains_.size();
    domains_.push_back(std::move(domain));
    notify({Entity::Domain, ChangeKind::Added, domains_.back().id}, Phase::After);
    return domains_.back().id;
}

Id Network::addRole(Role role)
{
    checkRole(role);
    role.id = claimId(role.id, nextId_, role.id != 0 && lookup(roles_, role.id) != nullptr);
    notify({Entity::Role, ChangeKind::Added, role.id}, Phase::Before);
    roles_.push_back(role);
    notify({Entity::Role, ChangeKind::Added, role.id}, Phase::After);
    return role.id;
}

Id Network::addRelation(Relation relation)
{
    checkRelation(relation);
    relation.id = claimId(relation.id, nextId_, this->relation(relation.id) != nullptr);
    notify({Entity::Relation, ChangeKind::Added, relation.id}, Phase::Before);
    relationIndex_[relation.id] = relations_.size();
    relations_.push_back(std::move(relation));
    notify({Entity::Relation, ChangeKind::Added, relations_.back().id}, Phase::After);
    return relations_.back().id;
}

Id Network::addDecision(Decision decision)
{
    checkDecision(decision);
    decision.id = claimId(decision.id, nextId_, decision.id != 0 && this->decision(decision.id) != nullptr);
    notify({Entity::Decision, ChangeKind::Added, decision.id}, Phase::Before);
    decisions_.push_back(std::move(decision));
    notify({Entity::Decision, ChangeKind::Added, decisions_.back().id}, Phase::After);
    return decisions_.back().id;
}

Id Network::addGroup(Group group)
{
    checkGroup(group);
    group.id = claimId(group.id, nextId_, group.id != 0 && this->group(group.id) != nullptr);
    notify({Entity::Group, ChangeKind::Added, group.id}, Phase::Before);
    groups_.push_back(std::move(group));
    notify({Entity::Group, ChangeKind::Added, groups_.back().id}, Phase::After);
    return groups_.back().id;
}

namespace {

template <typename T> T& existing(std::vector<T>& items, Id id, const char* what)
{
    auto it = findById(items, id);
    if (it == items.end()) {
        throw ModelError(std::string("there is no ") + what + " with id " + std::to_string(id));
    }
    return *it;
}

} // namespace

void Network::updateActor(const Actor& actor)
{
    Actor& slot = existing(actors_, actor.id, "actor");
    notify({Entity::Actor, ChangeKind::Changed, actor.id}, Phase::Before);
    slot = actor;
    notify({Entity::Actor, ChangeKind::Changed, actor.id}, Phase::After);
}

void Network::updateDomain(const Domain& domain)
{
    Domain& slot = existing(domains_, domain.id, "domain");
    notify({Entity::Domain, ChangeKind::Changed, domain.id}, Phase::Before);
    slot = domain;
    notify({Entity::Domain, ChangeKind::Changed, domain.id}, Phase::After);
}

void Network::updateRelation(const Relation& relation)
{
    Relation& slot = existing(relations_, relation.id, "relation");
    checkRelation(relation);
    notify({Entity::Relation, ChangeKind::Changed, relation.id}, Phase::Before);
    slot = relation;
    notify({Entity::Relation, ChangeKind::Changed, relation.id}, Phase::After);
}

void Network::updateDecision(const Decision& decision)
{
    Decision& slot = existing(decisions_, decision.id, "decision");
    checkDecision(decision);
    notify({Entity::Decision, ChangeKind::Changed, decision.id}, Phase::Before);
    slot = decision;
    notify({Entity::Decision, ChangeKind::Changed, decision.id}, Phase::After);
}

void Network::updateGroup(const Group& group)
{
    Group& slot = existing(groups_, group.id, "group");
    checkGroup(group);
    notify({Entity::Group, ChangeKind::Changed, group.id}, Phase::Before);
    slot = group;
    notify({Entity::Group, ChangeKind::Changed, group.id}, Phase::After);
}

void Network::setActorPosition(Id id, Point position, bool pinned)
{
    const Actor* found = actor(id);
    if (found == nullptr) {
        throw ModelError("there is no actor with id " + std::to_string(id));
    }
    Actor moved = *found;
    moved.position = position;
    moved.pinned = pinned;
    updateActor(moved);
}

void Network::removeActor(Id id)
{
    existing(actors_, id, "actor");
    // Everything that points at the actor goes first, each with its own announced change.
    std::vector<Id> doomed;
    for (const auto& relation : relations_) {
        if (relation.source == id || relation.target == id) {
            doomed.push_back(relation.id);
        }
    }
    for (Id relation : doomed) {
        removeRelation(relation);
    }
    doomed.clear();
    for (const auto& role : roles_) {
        if (role.actor == id) {
            doomed.push_back(role.id);
        }
    }
    for (Id role : doomed) {
        removeRole(role);
    }
    for (auto decision : decisions_) {
        if (std::erase_if(decision.assignments, [id](const RaciAssignment& a) { return a.actor == id; }) > 0) {
            updateDecision(decision);
        }
    }
    for (auto group : groups_) {
        if (std::erase(group.members, id) > 0) {
            updateGroup(group);
        }
    }
    notify({Entity::Actor, ChangeKind::Removed, id}, Phase::Before);
    std::erase_if(actors_, [id](const Actor& a) { return a.id == id; });
    reindex();
    notify({Entity::Actor, ChangeKind::Removed, id}, Phase::After);
}

void Network::removeDomain(Id id)
{
    existing(domains_, id, "domain");
    std::vector<Id> doomed;
    for (const auto& role : roles_) {
        if (role.domain == id) {
            doomed.push_back(role.id);
        }
    }
    for (Id role : doomed) {
        removeRole(role);
    }
    for (auto relation : relations_) {
        if (relation.domain == id) {
            relation.domain = 0;
            updateRelation(relation);
        }
    }
    for (auto decision : decisions_) {
        if (decision.domain == id) {
            decision.domain = 0;
            updateDecision(decision);
        }
    }
    notify({Entity::Domain, ChangeKind::Removed, id}, Phase::Before);
    std::erase_if(domains_, [id](const Domain& d) { return d.id == id; });
    reindex();
    notify({Entity::Domain, ChangeKind::Removed, id}, Phase::After);
}

void Network::removeRole(Id id)
{
    existing(roles_, id, "role");
    notify({Entity::Role, ChangeKind::Removed, id}, Phase::Before);
    std::erase_if(roles_, [id](const Role& r) { return r.id == id; });
    notify({Entity::Role, ChangeKind::Removed, id}, Phase::After);
}

void Network::removeRelation(Id id)
{
    existing(relations_, id, "relation");
    notify({Entity::Relation, ChangeKind::Removed, id}, Phase::Before);
    std::erase_if(relations_, [id](const Relation& r) { return r.id == id; });
    reindex();
    notify({Entity::Relation, ChangeKind::Removed, id}, Phase::After);
}

void Network::removeDecision(Id id)
{
    existing(decisions_, id, "decision");
    notify({Entity::Decision, ChangeKind::Removed, id}, Phase::Before);
    std::erase_if(decisions_, [id](const Decision& d) { return d.id == id; });
    notify({Entity::Decision, ChangeKind::Removed, id}, Phase::After);
}

void Network::removeGroup(Id id)
{
    existing(groups_, id, "group");
    notify({Entity::Group, ChangeKind::Removed, id}, Phase::Before);
    std::erase_if(groups_, [id](const Group& g) { return g.id == id; });
    notify({Entity::Group, ChangeKind::Removed, id}, Phase::After);
}

Entity entityOf(const EntityValue& value)
{
    static constexpr Entity kinds[] = {Entity::Actor,    Entity::Domain,   Entity::Role,
                                       Entity::Relation, Entity::Decision, Entity::Group};
    return kinds[value.index()];
}

Id idOf(const EntityValue& value)
{
    return std::visit([](const auto& entity) { return entity.id; }, value);
}

namespace {

template <typename T> std::optional<std::pair<EntityValue, std::size_t>> locate(const std::vector<T>& items, Id id)
{
    auto it = std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    if (it == items.end()) {
        return std::nullopt;
    }
    return std::pair<EntityValue, std::size_t>{*it, static_cast<std::size_t>(it - items.begin())};
}

/// Moves the last element to `position`, keeping the others in order.
template <typename T> void moveLastTo(std::vector<T>& items, std::size_t position)
{
    position = std::min(position, items.size() - 1);
    std::rotate(items.begin() + static_cast<std::ptrdiff_t>(position), items.end() - 1, items.end());
}

} // namespace

std::optional<std::pair<EntityValue, std::size_t>> Network::find(Entity entity, Id id) const
{
    switch (entity) {
    case Entity::Actor: {
        auto it = actorIndex_.find(id);
        if (it == actorIndex_.end()) {
            return std::nullopt;
        }
        return std::pair<EntityValue, std::size_t>{actors_[it->second], it->second};
    }
    case Entity::Domain:
        return locate(domains_, id);
    case Entity::Role:
        return locate(roles_, id);
    case Entity::Relation: {
        auto it = relationIndex_.find(id);
        if (it == relationIndex_.end()) {
            return std::nullopt;
        }
        return std::pair<EntityValue, std::size_t>{relations_[it->second], it->second};
    }
    case Entity::Decision:
        return locate(decisions_, id);
    case Entity::Group:
        return locate(groups_, id);
    }
    return std::nullopt;
}

void Network::insert(EntityValue value, std::size_t position)
{
    if (idOf(value) <= 0) {
        throw ModelError("an entity put back needs its own id");
    }
    // Added at the end with the usual checks and announcements, then moved to its place. The observers
    // hear of it before the move; none of them depends on the order.
    std::visit(
        [&](auto& entity) {
            using T = std::decay_t<decltype(entity)>;
            if constexpr (std::is_same_v<T, Actor>) {
                addActor(std::move(entity));
                moveLastTo(actors_, position);
            } else if constexpr (std::is_same_v<T, Domain>) {
                addDomain(std::move(entity));
                moveLastTo(domains_, position);
            } else if constexpr (std::is_same_v<T, Role>) {
                addRole(entity);
                moveLastTo(roles_, position);
            } else if constexpr (std::is_same_v<T, Relation>) {
                addRelation(std::move(entity));
                moveLastTo(relations_, position);
            } else if constexpr (std::is_same_v<T, Decision>) {
                addDecision(std::move(entity));
                moveLastTo(decisions_, position);
            } else {
                addGroup(std::move(entity));
                moveLastTo(groups_, position);
            }
        },
        value);
    reindex();
}

void Network::replace(const EntityValue& value)
{
    std::visit(
        [&](const auto& entity) {
            using T = std::decay_t<decltype(entity)>;
            if constexpr (std::is_same_v<T, Actor>) {
                updateActor(entity);
            } else if constexpr (std::is_same_v<T, Domain>) {
                updateDomain(entity);
            } else if constexpr (std::is_same_v<T, Role>) {
                // Roles are never edited in place, only added and removed; keep the place in the order.
                Role& slot = existing(roles_, entity.id, "role");
                checkRole(entity);
                notify({Entity::Role, ChangeKind::Changed, entity.id}, Phase::Before);
                slot = entity;
                notify({Entity::Role, ChangeKind::Changed, entity.id}, Phase::After);
            } else if constexpr (std::is_same_v<T, Relation>) {
                updateRelation(entity);
            } else if constexpr (std::is_same_v<T, Decision>) {
                updateDecision(entity);
            } else {
                updateGroup(entity);
            }
        },
        value);
}

void Network::remove(Entity entity, Id id)
{
    switch (entity) {
    case Entity::Actor:
        removeActor(id);
        break;
    case Entity::Domain:
        removeDomain(id);
        break;
    case Entity::Role:
        removeRole(id);
        break;
    case Entity::Relation:
        removeRelation(id);
        break;
    case Entity::Decision:
        removeDecision(id);
        break;
    case Entity::Group:
        removeGroup(id);
        break;
    }
}

bool Network::operator==(const Network& other) const
{
    return actors_ == other.actors_ && domains_ == other.domains_ && roles_ == other.roles_ &&
           relations_ == other.relations_ && decisions_ == other.decisions_ && groups_ == other.groups_;
}

std::set<ActorKind> kindsIn(const Network& network)
{
    std::set<ActorKind> kinds;
    for (const auto& actor : network.actors()) {
        kinds.insert(actor.kind);
    }
    return kinds;
}

std::set<RelationType> relationTypesIn(const Network& network)
{
    std::set<RelationType> types;
    for (const auto& relation : network.relations()) {
        types.insert(relation.type);
    }
    return types;
}

} // namespace speelveld
