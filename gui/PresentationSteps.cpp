#include "PresentationSteps.h"

#include <algorithm>
#include <set>

namespace speelveld::gui {

std::vector<PresentationStep> presentationSteps(const Network& network, const std::vector<Finding>& findings)
{
    const std::set<ActorKind> kinds = kindsIn(network);
    const std::set<RelationType> types = relationTypesIn(network);
    std::vector<PresentationStep> steps{{}};
    // The model's order of kinds is the order of the story: who commissions first, then who carries out,
    // then who watches and advises.
    for (ActorKind kind : allActorKinds()) {
        if (kinds.contains(kind)) {
            steps.push_back({.reveal = PresentationStep::Reveal::Actors, .kind = kind});
        }
    }
    for (RelationType type : allRelationTypes()) {
        if (types.contains(type)) {
            steps.push_back({.reveal = PresentationStep::Reveal::Relations, .type = type});
        }
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
        steps.push_back({.reveal = PresentationStep::Reveal::Finding, .finding = i});
    }
    return steps;
}

PresentationView presentationView(const std::vector<PresentationStep>& steps, std::size_t index, const Network& network,
                                  const std::vector<Finding>& findings)
{
    PresentationView view;
    if (index >= steps.size()) {
        return view;
    }
    const PresentationStep& step = steps[index];
    if (step.reveal == PresentationStep::Reveal::Finding) {
        if (step.finding < findings.size()) {
            const Finding& finding = findings[step.finding];
            view.spotlight = std::pair{finding.actors, finding.relations};
        }
        return view;
    }
    std::set<ActorKind> kinds;
    std::set<RelationType> types;
    for (std::size_t i = 0; i <= index; ++i) {
        if (steps[i].reveal == PresentationStep::Reveal::Actors) {
            kinds.insert(steps[i].kind);
        } else if (steps[i].reveal == PresentationStep::Reveal::Relations) {
            types.insert(steps[i].type);
        }
    }
    view.actors.emplace();
    for (const auto& actor : network.actors()) {
        if (kinds.contains(actor.kind)) {
            view.actors->insert(actor.id);
        }
    }
    view.relations.emplace();
    for (const auto& relation : network.relations()) {
        if (types.contains(relation.type)) {
            view.relations->insert(relation.id);
        }
    }
    return view;
}

} // namespace speelveld::gui
