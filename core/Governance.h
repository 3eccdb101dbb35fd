#pragma once
// The governance mode of a network (Provan & Kenis 2008), inferred by a stated heuristic with its evidence.

#include "Network.h"

#include <string>
#include <vector>

namespace speelveld {

enum class GovernanceMode {
    Shared,                     ///< participant-governed: dense, no actor dominates
    LeadOrganisation,           ///< one member is central to most ties
    AdministrativeOrganisation, ///< a separate body that members belong to and that does not deliver itself
    Unclear                     ///< none of the rules fits
};

/// The figures the heuristic looked at; each is shown to the user next to the mode.
struct GovernanceEvidence {
    std::size_t actors = 0;
    double density = 0;              ///< undirected, unweighted
    double degreeCentralisation = 0; ///< Freeman, undirected
    Id mostCentral = 0;              ///< the actor with the most ties
    double mostCentralReach = 0;     ///< share of the other actors it is tied to
    Id administrativeBody = 0; ///< an actor that ≥ kMinimumMembers actors are member_of and that does not deliver
    std::size_t members = 0;   ///< how many are member_of it
};

struct Governance {
    GovernanceMode mode = GovernanceMode::Unclear;
    std::string rule; ///< which rule decided, as a key: "nao", "lead", "shared", "none"
    GovernanceEvidence evidence;
};

/// The thresholds of the heuristic (docs/METRICS.md explains each).
constexpr std::size_t kMinimumMembers = 3;
constexpr double kLeadReach = 0.5;            ///< the lead is tied to at least half the others …
constexpr double kLeadCentralisation = 0.4;   ///< … and the network is centralised around it
constexpr double kSharedDensity = 0.25;       ///< shared governance needs a dense network …
constexpr double kSharedCentralisation = 0.4; ///< … without a dominant actor

/// Infers the mode: an administrative organisation first (a structural fact), then a lead, then shared.
Governance inferGovernance(const Network& network);

} // namespace speelveld
