#include "MeasureColumns.h"

#include "TranslationContexts.h"

#include <QCoreApplication>

namespace speelveld::gui {
namespace {

template <typename Vector> std::function<double(const MetricsResult&, std::size_t)> of(Vector StructureResult::*member)
{
    return
        [member](const MetricsResult& m, std::size_t row) { return static_cast<double>((m.structure.*member)[row]); };
}

std::function<double(const MetricsResult&, std::size_t)> broker(Brokerage role)
{
    return [role](const MetricsResult& m, std::size_t row) {
        return m.structure.brokerage[row][static_cast<std::size_t>(role)];
    };
}

} // namespace

std::vector<MeasureColumn> measureColumns()
{
    return {
        {"in_degree", Measures::tr("In-degree"), Measures::tr("How many actors have a tie to this actor."), 0,
         of(&StructureResult::inDegree)},
        {"out_degree", Measures::tr("Out-degree"), Measures::tr("To how many actors this actor has a tie."), 0,
         of(&StructureResult::outDegree)},
        {"in_strength", Measures::tr("In-strength"), Measures::tr("The strengths (1–5) of the incoming ties added up."),
         0, of(&StructureResult::inStrength)},
        {"out_strength", Measures::tr("Out-strength"),
         Measures::tr("The strengths (1–5) of the outgoing ties added up."), 0, of(&StructureResult::outStrength)},
        {"betweenness", Measures::tr("Betweenness"),
         Measures::tr(
             "Share of the shortest routes between two other actors that pass through this actor (0–1): a broker "
             "or a bottleneck."),
         3, of(&StructureResult::betweennessNormalised)},
        {"betweenness_raw", Measures::tr("Betweenness (count)"),
         Measures::tr("The same, as the number of routes (split where there are several shortest ones)."), 1,
         of(&StructureResult::betweenness)},
        {"closeness", Measures::tr("Closeness"),
         Measures::tr(
             "How quickly this actor reaches the others along its ties (0–1), counting only those it can reach."),
         3, of(&StructureResult::closeness)},
        {"harmonic", Measures::tr("Harmonic closeness"),
         Measures::tr("Average of 1/distance to every other actor (0–1); unreachable actors count as 0."), 3,
         of(&StructureResult::harmonic)},
        {"pagerank", Measures::tr("PageRank"),
         Measures::tr("Importance from being tied to by important actors (all actors add up to 1)."), 4,
         of(&StructureResult::pageRank)},
        {"eigenvector", Measures::tr("Eigenvector"),
         Measures::tr("Importance from incoming ties of actors that are important themselves."), 3,
         of(&StructureResult::eigenvector)},
        {"core", Measures::tr("k-core"),
         Measures::tr(
             "The largest k such that this actor belongs to a group where everyone has at least k ties inside."),
         0, of(&StructureResult::coreNumber)},
        {"clustering", Measures::tr("Clustering"),
         Measures::tr("Share of this actor's contacts that are tied to each other (0–1)."), 3,
         of(&StructureResult::clustering)},
        {"constraint", Measures::tr("Constraint"),
         Measures::tr(
             "Burt: how much this actor's contacts are tied to each other; high means few independent routes."),
         3, of(&StructureResult::constraint)},
        {"effective_size", Measures::tr("Effective size"),
         Measures::tr("Burt: the number of contacts, minus their overlap."), 2, of(&StructureResult::effectiveSize)},
        {"coordinator", Measures::tr("Coordinator"),
         Measures::tr("Brokered routes where all three actors are of the same kind."), 0,
         broker(Brokerage::Coordinator)},
        {"itinerant", Measures::tr("Itinerant broker"),
         Measures::tr("Brokered routes between two actors of one kind by an actor of another kind."), 0,
         broker(Brokerage::Itinerant)},
        {"gatekeeper", Measures::tr("Gatekeeper"),
         Measures::tr("Brokered routes from another kind into this actor's own kind."), 0,
         broker(Brokerage::Gatekeeper)},
        {"representative", Measures::tr("Representative"),
         Measures::tr("Brokered routes from this actor's own kind out to another kind."), 0,
         broker(Brokerage::Representative)},
        {"liaison", Measures::tr("Liaison"),
         Measures::tr("Brokered routes where all three actors are of different kinds."), 0, broker(Brokerage::Liaison)},
        {"articulation", Measures::tr("Cut point"),
         Measures::tr("1 when removing this actor splits the network: a single point of failure."), 0,
         [](const MetricsResult& m, std::size_t row) { return m.structure.articulation[row] ? 1.0 : 0.0; }},
        {"weak_component", Measures::tr("Component"),
         Measures::tr("Number of the connected part this actor is in (0 = the largest)."), 0,
         of(&StructureResult::weakComponent)},
        {"strong_component", Measures::tr("Strong component"),
         Measures::tr(
             "Number of the part in which every actor reaches every other along the directions (0 = largest)."),
         0, of(&StructureResult::strongComponent)},
        {"community", Measures::tr("Community"),
         Measures::tr("Louvain community: actors more tied to each other than to the rest (0 = the largest)."), 0,
         of(&StructureResult::community)},
        {"role_clarity", Measures::tr("Role clarity"),
         Measures::tr("Role-clarity checks passed out of those that apply to this actor (1 = clear)."), 2,
         [](const MetricsResult& m, std::size_t row) {
             const auto it = m.roleClarity.actors.find(m.actors[row]);
             return it == m.roleClarity.actors.end() ? 1.0 : it->second.index;
         }},
    };
}

} // namespace speelveld::gui
