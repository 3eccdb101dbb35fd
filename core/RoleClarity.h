#pragma once
// Role clarity (DOMAIN.md RC1–RC7): findings that each name the actors, relations and decisions behind
// them, the role clarity index per actor and for the network. Formulas in docs/METRICS.md.

#include "Network.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace speelveld {

/// Which pairs of roles may not be held by one actor in one domain (RC1). Data the user can edit.
class RoleConflictTable {
public:
    /// DOMAIN.md's default: commissioner × contractor, gatekeeper × contractor, supervisor × executor,
    /// supervisor × contractor, funder × contractor.
    static RoleConflictTable defaults();

    void add(RoleType a, RoleType b);    ///< order does not matter; adding twice keeps one
    void remove(RoleType a, RoleType b); ///< order does not matter
    bool conflicts(RoleType a, RoleType b) const;
    /// The pairs, each with first <= second, sorted.
    const std::vector<std::pair<RoleType, RoleType>>& pairs() const { return pairs_; }
    bool operator==(const RoleConflictTable&) const = default;

private:
    std::vector<std::pair<RoleType, RoleType>> pairs_;
};

/// The seven checks.
enum class Check {
    RoleConflict = 1,
    MultiplePrincipals,
    DecisionRights,
    SteeringOnHow,
    ContractWithoutRelationship,
    VolumeIncentive,
    AccountabilityGap
};

/// One failed check, with everything behind it. Describing it in words is the GUI's and CLI's job.
struct Finding {
    Check check = Check::RoleConflict;
    /// Sub-case, so the sentence can say exactly what is wrong. RC1: "" ; RC3: "orphan" | "contested";
    /// RC5: "no_relationship" | "low_trust"; RC6: "gatekeeper" | "self_referral" | "uncapped".
    std::string variant;
    Id subject = 0;              ///< the actor the finding is about (0 for a decision finding)
    Id domain = 0;               ///< the domain it holds in, 0 when none
    Id decision = 0;             ///< RC3: the decision
    std::vector<Id> actors;      ///< every actor behind it, subject first
    std::vector<Id> relations;   ///< every relation behind it
    std::vector<RoleType> roles; ///< RC1: the two conflicting roles
    double value = 0;            ///< RC2: number of principals; RC4: share steered on how; RC5: trust
};

/// Role clarity of one actor.
struct ActorClarity {
    int applicable = 0; ///< checks that apply to this actor
    int passed = 0;
    double index = 1.0;       ///< passed / applicable, 1.0 when none apply
    double steeringOnHow = 0; ///< RC4 share (0 when it has no incoming commissioning)
    int principals = 0;       ///< RC2: the largest number of distinct principals in one domain
};

/// Every finding and index.
struct RoleClarityResult {
    std::vector<Finding> findings;
    std::map<Id, ActorClarity> actors;
    double networkIndex = 1.0; ///< mean index over actors with at least one applicable check
    int decisions = 0;
    double decisionsWithOneAccountable = 1.0; ///< share; 1.0 when there are no decisions
};

/// Runs RC1–RC7 over a network.
RoleClarityResult assessRoleClarity(const Network& network, const RoleConflictTable& conflicts);

} // namespace speelveld
