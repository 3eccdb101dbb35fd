#pragma once
// The steps of presentation mode, worked out from a network and its role-clarity findings: a title, then the
// actors kind by kind, then the relations type by type, then one finding at a time.

#include "core/RoleClarity.h"

#include <QString>
#include <optional>
#include <unordered_set>
#include <vector>

namespace speelveld::gui {

/// One step of a presentation.
struct PresentationStep {
    enum class Reveal { Title, Actors, Relations, Finding };
    Reveal reveal = Reveal::Title;
    ActorKind kind = ActorKind::Municipality;      ///< Actors: the kind this step adds
    RelationType type = RelationType::Commissions; ///< Relations: the type this step adds
    std::size_t finding = 0;                       ///< Finding: index into the findings
};

/// What the map shows at one step: nullopt shows everything, as MapScene::setShownOnly takes it, and the
/// finding's actors and relations to spotlight.
struct PresentationView {
    std::optional<std::unordered_set<Id>> actors;
    std::optional<std::unordered_set<Id>> relations;
    std::optional<std::pair<std::vector<Id>, std::vector<Id>>> spotlight;
};

/// The steps: the title; one per actor kind present, in the model's order (municipality, council and
/// director first, then regional bodies, ministries, …); one per relation type present, in the model's order;
/// one per finding.
std::vector<PresentationStep> presentationSteps(const Network& network, const std::vector<Finding>& findings);

/// What step `index` of `steps` shows: every kind up to it, relations only from the relation steps on (and
/// only of the types up to it), everything with the finding picked out in a finding step.
PresentationView presentationView(const std::vector<PresentationStep>& steps, std::size_t index, const Network& network,
                                  const std::vector<Finding>& findings);

} // namespace speelveld::gui
