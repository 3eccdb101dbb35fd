#include "Generator.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>

namespace speelveld {
namespace {

/// SplitMix64: tiny, well mixed, and the same on every standard library (std:: distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    std::size_t below(std::size_t bound) { return bound == 0 ? 0 : static_cast<std::size_t>(next() % bound); }
    bool chance(double probability) { return static_cast<double>(next() >> 11U) * 0x1.0p-53 < probability; }
    template <typename T> const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

private:
    std::uint64_t state_;
};

constexpr std::array<const char*, 24> kStems{"Aal", "Bree", "Cor", "Dal", "Ees", "Fel",  "Gel",   "Har",
                                             "Hei", "Kam",  "Lin", "Mol", "Nes", "Oer",  "Pel",   "Ros",
                                             "Sel", "Ter",  "Vel", "Wes", "Zwa", "Baar", "Doorn", "Lek"};
constexpr std::array<const char*, 16> kEndings{"broek", "dam",  "veen", "dijk",  "horst", "wijk", "hoven", "rade",
                                               "meer",  "berg", "hout", "zande", "loo",   "sum",  "recht", "voort"};
constexpr std::array<const char*, 8> kProviderTypes{"Zorggroep",   "Jeugdhulp",    "Thuiszorg",   "Welzijn",
                                                    "Begeleiding", "Dagbesteding", "Werkbedrijf", "Taalhuis"};

/// Distinct fictional place names ("Breedijk", "Oerhoven", then "Breedijk 2" once they run out).
class PlaceNames {
public:
    explicit PlaceNames(Random& random) : random_(random) {}
    std::string next()
    {
        for (int attempt = 0; attempt < 8; ++attempt) {
            std::string name =
                std::string(kStems[random_.below(kStems.size())]) + kEndings[random_.below(kEndings.size())];
            if (used_.insert(name).second) {
                return name;
            }
        }
        return std::string(kStems[random_.below(kStems.size())]) + kEndings[random_.below(kEndings.size())] + " " +
               std::to_string(++overflow_);
    }

private:
    Random& random_;
    std::set<std::string> used_;
    int overflow_ = 1;
};

struct Municipality {
    Id gemeente = 0;
    Id council = 0;
    Id director = 0;
    Id access = 0;
    Id clientCouncil = 0;
    std::size_t region = 0;
    std::string place;
};

} // namespace

Project generateProject(const GeneratorOptions& options)
{
    Random random(options.seed);
    PlaceNames places(random);
    const std::size_t total = std::max<std::size_t>(options.actors, 20);

    Project project;
    project.title =
        "Gegenereerd speelveld (" + std::to_string(total) + " actoren, seed " + std::to_string(options.seed) + ")";
    project.description = "A fictional network made by speelveld generate, for benchmarks and scale tests.";
    Snapshot snapshot;
    snapshot.id = 1;
    snapshot.name = "Gegenereerd";
    Network& network = snapshot.network;

    std::vector<Id> domains;
    for (const char* name : {"Jeugdhulp", "Wmo-ondersteuning", "Welzijn", "Participatie", "Inburgering"}) {
        domains.push_back(network.addDomain({0, name}));
    }
    const Id jeugd = domains[0];
    const Id wmo = domains[1];

    auto add = [&](ActorKind kind, std::string name, std::string description = {}) {
        Actor actor;
        actor.kind = kind;
        actor.name = std::move(name);
        actor.description = std::move(description);
        return network.addActor(std::move(actor));
    };
    auto relate = [&](Id source, Id target, RelationType type, Id domain, int strength = 3) {
        Relation relation;
        relation.source = source;
        relation.target = target;
        relation.type = type;
        relation.domain = domain;
        relation.strength = strength;
        return relation;
    };

    const Id bzk = add(ActorKind::Ministry, "Ministerie van BZK");
    const Id vws = add(ActorKind::Ministry, "Ministerie van VWS");
    const Id szw = add(ActorKind::Ministry, "Ministerie van SZW");
    const Id vng = add(ActorKind::UmbrellaBody, "VNG");
    const Id inspectie = add(ActorKind::Supervisor, "Inspectie Gezondheidszorg en Jeugd");

    const std::size_t municipalityCount = std::max<std::size_t>(2, total * 34 / 1000);
    const std::size_t regionCount = std::max<std::size_t>(1, municipalityCount / 9);
    const std::size_t insurerCount = std::max<std::size_t>(1, total / 1000);
    const std::size_t networkCount = std::max<std::size_t>(1, municipalityCount / 3);
    const std::size_t initiativeCount = std::max<std::size_t>(1, total * 3 / 100);

    std::vector<Id> regions;
    for (std::size_t r = 0; r < regionCount; ++r) {
        regions.push_back(add(ActorKind::RegionalBody, "Regio " + places.next(), "Gemeenschappelijke regeling"));
    }
    std::vector<Id> insurers;
    for (std::size_t i = 0; i < insurerCount; ++i) {
        insurers.push_back(add(ActorKind::Insurer, "Zorgkantoor " + places.next()));
    }
    std::vector<Municipality> municipalities;
    for (std::size_t m = 0; m < municipalityCount; ++m) {
        Municipality municipality;
        municipality.place = places.next();
        municipality.region = m % regionCount;
        municipality.gemeente = add(ActorKind::Municipality, "Gemeente " + municipality.place);
        municipality.council = add(ActorKind::Council, "Gemeenteraad " + municipality.place);
        municipality.director = add(ActorKind::Director, "Directeur sociaal domein " + municipality.place);
        municipality.access = add(ActorKind::AccessTeam, "Toegang " + municipality.place);
        municipality.clientCouncil = add(ActorKind::ClientCouncil, "Adviesraad sociaal domein " + municipality.place);
        municipalities.push_back(municipality);
    }
    std::vector<Id> networks;
    std::vector<std::size_t> networkRegion;
    for (std::size_t n = 0; n < networkCount; ++n) {
        networkRegion.push_back(random.below(regionCount));
        networks.push_back(add(ActorKind::NetworkOrganisation, "Samen " + places.next()));
    }
    std::vector<Id> initiatives;
    for (std::size_t i = 0; i < initiativeCount; ++i) {
        initiatives.push_back(add(ActorKind::ResidentInitiative, "Vrijwilligers " + places.next()));
    }
    const std::size_t fixed = network.actors().size();
    const std::size_t providerCount = total > fixed ? total - fixed : 1;
    std::vector<Id> providers;
    std::vector<std::size_t> providerRegion;
    std::vector<std::vector<Id>> providersInRegion(regionCount);
    for (std::size_t p = 0; p < providerCount; ++p) {
        const std::size_t region = random.below(regionCount);
        const Id id = add(ActorKind::Provider,
                          std::string(kProviderTypes[random.below(kProviderTypes.size())]) + " " + places.next());
        providers.push_back(id);
        providerRegion.push_back(region);
        providersInRegion[region].push_back(id);
    }
    std::vector<std::vector<const Municipality*>> municipalitiesInRegion(regionCount);
    for (const auto& municipality : municipalities) {
        municipalitiesInRegion[municipality.region].push_back(&municipality);
    }

    // Government and accountability around each municipality.
    for (const auto& m : municipalities) {
        for (Id ministry : {bzk, vws, szw}) {
            Relation funding = relate(ministry, m.gemeente, RelationType::Funds, ministry == vws ? wmo : jeugd, 4);
            funding.basis = FormalBasis::Law;
            funding.financing = Financing::PopulationBased;
            network.addRelation(funding);
        }
        network.addRelation(relate(m.gemeente, vng, RelationType::MemberOf, 0));
        network.addRelation(relate(m.gemeente, regions[m.region], RelationType::MemberOf, jeugd, 4));
        network.addRelation(relate(m.gemeente, m.council, RelationType::AccountableTo, 0, 5));
        network.addRelation(relate(m.director, m.gemeente, RelationType::AccountableTo, 0, 5));
        network.addRelation(relate(m.director, m.access, RelationType::CollaboratesWith, wmo, 4));
        network.addRelation(relate(m.clientCouncil, m.gemeente, RelationType::Advises, wmo, 2));
        Relation access = relate(m.gemeente, m.access, RelationType::Commissions, wmo, 5);
        access.basis = FormalBasis::Subsidy;
        access.steering = random.chance(0.5) ? SteeringFocus::Outcome : SteeringFocus::Process;
        access.financing = Financing::LumpSum;
        network.addRelation(access);
        network.addRelation(relate(m.access, m.gemeente, RelationType::AccountableTo, wmo, 4));
    }
    for (std::size_t r = 0; r < regionCount; ++r) {
        network.addRelation(relate(regions[r], vng, RelationType::Informs, 0, 2));
    }

    // Contracts: most providers work in their own region, a few (large) ones nationally.
    const std::array<SteeringFocus, 4> foci{SteeringFocus::Outcome, SteeringFocus::Output, SteeringFocus::Process,
                                            SteeringFocus::Input};
    const std::array<Financing, 5> financings{Financing::LumpSum, Financing::CappedBudget, Financing::PerUnit,
                                              Financing::OutcomeBased, Financing::PopulationBased};
    for (std::size_t p = 0; p < providers.size(); ++p) {
        const bool national = random.chance(0.02);
        const std::size_t contracts = national ? 20 + random.below(40) : 2 + random.below(9);
        std::set<Id> principals;
        for (std::size_t c = 0; c < contracts; ++c) {
            const std::size_t region = national ? random.below(regionCount) : providerRegion[p];
            const auto& local = municipalitiesInRegion[region];
            Id principal = 0;
            Id domain = domains[random.below(domains.size())];
            if (random.chance(0.2)) {
                principal = regions[region];
                domain = jeugd;
            } else if (!local.empty()) {
                principal = local[random.below(local.size())]->gemeente;
            } else {
                principal = insurers[random.below(insurers.size())];
            }
            if (!principals.insert(principal).second) {
                continue;
            }
            Relation contract = relate(principal, providers[p], RelationType::Commissions, domain,
                                       1 + static_cast<int>(random.below(5)));
            contract.basis = random.chance(0.7) ? FormalBasis::Contract : FormalBasis::Subsidy;
            contract.steering = foci[random.below(foci.size())];
            contract.financing = financings[random.below(financings.size())];
            contract.trust = random.chance(0.5) ? 1 + static_cast<int>(random.below(5)) : 0;
            network.addRelation(contract);
            if (random.chance(0.4)) {
                network.addRelation(relate(providers[p], principal, RelationType::AccountableTo, domain));
            }
        }
        if (random.chance(0.05)) {
            Relation care =
                relate(insurers[random.below(insurers.size())], providers[p], RelationType::Commissions, wmo, 3);
            care.basis = FormalBasis::Contract;
            care.financing = Financing::PerUnit;
            network.addRelation(care);
        }
        if (random.chance(0.1)) {
            network.addRelation(relate(inspectie, providers[p], RelationType::Supervises, jeugd, 2));
        }
        // Collaboration with neighbours in the region.
        const auto& neighbours = providersInRegion[providerRegion[p]];
        for (int k = 0; k < 4 && neighbours.size() > 1; ++k) {
            const Id other = neighbours[random.below(neighbours.size())];
            if (other < providers[p]) {
                network.addRelation(relate(providers[p], other, RelationType::CollaboratesWith, 0,
                                           1 + static_cast<int>(random.below(5))));
            }
        }
        if (random.chance(0.1)) {
            const Id other = providers[random.below(providers.size())];
            network.addRelation(
                relate(providers[p], other == providers[p] ? vng : other, RelationType::DependsOn, 0, 2));
        }
    }

    // Access teams refer to the providers of their region.
    for (const auto& m : municipalities) {
        const auto& local = providersInRegion[m.region];
        std::set<Id> referred;
        for (std::size_t k = 0; k < 15 && !local.empty(); ++k) {
            const Id provider = local[random.below(local.size())];
            if (referred.insert(provider).second) {
                network.addRelation(
                    relate(m.access, provider, RelationType::RefersTo, random.chance(0.5) ? jeugd : wmo, 3));
                network.addRelation(relate(m.access, provider, RelationType::Informs, 0, 2));
            }
        }
    }

    // Network organisations: four to six partners from one region, drawn as a group.
    for (std::size_t n = 0; n < networks.size(); ++n) {
        const auto& local = providersInRegion[networkRegion[n]];
        Group group;
        group.name = network.actor(networks[n])->name;
        group.members.push_back(networks[n]);
        const std::size_t partners = 4 + random.below(3);
        for (std::size_t k = 0; k < partners && !local.empty(); ++k) {
            const Id partner = local[random.below(local.size())];
            if (std::find(group.members.begin(), group.members.end(), partner) != group.members.end()) {
                continue;
            }
            group.members.push_back(partner);
            network.addRelation(relate(partner, networks[n], RelationType::MemberOf, 0, 4));
        }
        network.addGroup(std::move(group));
        const auto& local2 = municipalitiesInRegion[networkRegion[n]];
        if (!local2.empty()) {
            Relation contract = relate(local2.front()->gemeente, networks[n], RelationType::Commissions, domains[2], 4);
            contract.basis = FormalBasis::Subsidy;
            contract.steering = SteeringFocus::Output;
            contract.financing = Financing::LumpSum;
            network.addRelation(contract);
        }
    }
    for (Id initiative : initiatives) {
        const auto& m = municipalities[random.below(municipalities.size())];
        network.addRelation(relate(initiative, m.access, RelationType::CollaboratesWith, domains[2], 2));
        network.addRelation(relate(m.gemeente, initiative, RelationType::Funds, domains[2], 2));
    }

    // Decisions that every municipality faces, with RACI across the first region.
    const auto& first = municipalitiesInRegion.front();
    Decision budget;
    budget.title = "Budgetplafond jeugdhulp";
    budget.domain = jeugd;
    budget.assignments.push_back({regions.front(), Raci::Responsible});
    for (const auto* m : first) {
        budget.assignments.push_back({m->gemeente, Raci::Accountable});
        budget.assignments.push_back({m->council, Raci::Informed});
    }
    network.addDecision(std::move(budget));

    project.snapshots.push_back(std::move(snapshot));
    return project;
}

} // namespace speelveld
