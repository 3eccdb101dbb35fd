#include "Model.h"

#include <array>
#include <utility>

namespace speelveld {
namespace {

// One table per enumeration keeps the key of each value next to the value, so toKey and fromKey cannot drift.
template <typename Enum, std::size_t N> using KeyTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr KeyTable<ActorKind, 14> kActorKinds{{
    {ActorKind::Municipality, "municipality"},
    {ActorKind::Council, "council"},
    {ActorKind::Director, "director"},
    {ActorKind::RegionalBody, "regional_body"},
    {ActorKind::Ministry, "ministry"},
    {ActorKind::UmbrellaBody, "umbrella_body"},
    {ActorKind::Provider, "provider"},
    {ActorKind::NetworkOrganisation, "network_organisation"},
    {ActorKind::AccessTeam, "access_team"},
    {ActorKind::Supervisor, "supervisor"},
    {ActorKind::Advisor, "advisor"},
    {ActorKind::Insurer, "insurer"},
    {ActorKind::ResidentInitiative, "resident_initiative"},
    {ActorKind::ClientCouncil, "client_council"},
}};

constexpr KeyTable<RoleType, 10> kRoleTypes{{
    {RoleType::Commissioner, "commissioner"},
    {RoleType::Contractor, "contractor"},
    {RoleType::Director, "director"},
    {RoleType::Funder, "funder"},
    {RoleType::Supervisor, "supervisor"},
    {RoleType::Executor, "executor"},
    {RoleType::Gatekeeper, "gatekeeper"},
    {RoleType::FrameworkSetter, "framework_setter"},
    {RoleType::Advisor, "advisor"},
    {RoleType::NetworkMember, "network_member"},
}};

constexpr KeyTable<RelationType, 10> kRelationTypes{{
    {RelationType::Commissions, "commissions"},
    {RelationType::Funds, "funds"},
    {RelationType::AccountableTo, "accountable_to"},
    {RelationType::Supervises, "supervises"},
    {RelationType::RefersTo, "refers_to"},
    {RelationType::CollaboratesWith, "collaborates_with"},
    {RelationType::MemberOf, "member_of"},
    {RelationType::Advises, "advises"},
    {RelationType::Informs, "informs"},
    {RelationType::DependsOn, "depends_on"},
}};

constexpr KeyTable<FormalBasis, 7> kFormalBases{{
    {FormalBasis::Unspecified, ""},
    {FormalBasis::Contract, "contract"},
    {FormalBasis::Subsidy, "subsidy"},
    {FormalBasis::Covenant, "covenant"},
    {FormalBasis::Law, "law"},
    {FormalBasis::Informal, "informal"},
    {FormalBasis::None, "none"},
}};

constexpr KeyTable<SteeringFocus, 5> kSteeringFoci{{
    {SteeringFocus::Unspecified, ""},
    {SteeringFocus::Outcome, "outcome"},
    {SteeringFocus::Output, "output"},
    {SteeringFocus::Process, "process"},
    {SteeringFocus::Input, "input"},
}};

constexpr KeyTable<Financing, 6> kFinancings{{
    {Financing::Unspecified, ""},
    {Financing::LumpSum, "lump_sum"},
    {Financing::CappedBudget, "capped_budget"},
    {Financing::PerUnit, "per_unit"},
    {Financing::OutcomeBased, "outcome_based"},
    {Financing::PopulationBased, "population_based"},
}};

constexpr KeyTable<Raci, 4> kRacis{{
    {Raci::Responsible, "R"},
    {Raci::Accountable, "A"},
    {Raci::Consulted, "C"},
    {Raci::Informed, "I"},
}};

template <typename Enum, std::size_t N> std::string_view keyOf(const KeyTable<Enum, N>& table, Enum value)
{
    for (const auto& [v, key] : table) {
        if (v == value) {
            return key;
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N>& table, std::string_view key)
{
    for (const auto& [v, k] : table) {
        if (k == key) {
            return v;
        }
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> std::string joinKeys(const KeyTable<Enum, N>& table)
{
    std::string joined;
    for (const auto& [v, key] : table) {
        if (key.empty()) {
            continue;
        }
        if (!joined.empty()) {
            joined += ", ";
        }
        joined += key;
    }
    return joined;
}

template <typename Enum, std::size_t N> std::vector<Enum> valuesOf(const KeyTable<Enum, N>& table)
{
    std::vector<Enum> values;
    for (const auto& entry : table) {
        values.push_back(entry.first);
    }
    return values;
}

} // namespace

bool isDirected(RelationType type) { return type != RelationType::CollaboratesWith; }

std::string_view toKey(ActorKind value) { return keyOf(kActorKinds, value); }
std::string_view toKey(RoleType value) { return keyOf(kRoleTypes, value); }
std::string_view toKey(RelationType value) { return keyOf(kRelationTypes, value); }
std::string_view toKey(FormalBasis value) { return keyOf(kFormalBases, value); }
std::string_view toKey(SteeringFocus value) { return keyOf(kSteeringFoci, value); }
std::string_view toKey(Financing value) { return keyOf(kFinancings, value); }
std::string_view toKey(Raci value) { return keyOf(kRacis, value); }

std::optional<ActorKind> actorKindFromKey(std::string_view key) { return valueOf(kActorKinds, key); }
std::optional<RoleType> roleTypeFromKey(std::string_view key) { return valueOf(kRoleTypes, key); }
std::optional<RelationType> relationTypeFromKey(std::string_view key) { return valueOf(kRelationTypes, key); }
std::optional<FormalBasis> formalBasisFromKey(std::string_view key) { return valueOf(kFormalBases, key); }
std::optional<SteeringFocus> steeringFocusFromKey(std::string_view key) { return valueOf(kSteeringFoci, key); }
std::optional<Financing> financingFromKey(std::string_view key) { return valueOf(kFinancings, key); }
std::optional<Raci> raciFromKey(std::string_view key) { return valueOf(kRacis, key); }

const std::vector<ActorKind>& allActorKinds()
{
    static const std::vector<ActorKind> values = valuesOf(kActorKinds);
    return values;
}

const std::vector<RoleType>& allRoleTypes()
{
    static const std::vector<RoleType> values = valuesOf(kRoleTypes);
    return values;
}

const std::vector<RelationType>& allRelationTypes()
{
    static const std::vector<RelationType> values = valuesOf(kRelationTypes);
    return values;
}

template <> std::string allowedKeys<ActorKind>() { return joinKeys(kActorKinds); }
template <> std::string allowedKeys<RoleType>() { return joinKeys(kRoleTypes); }
template <> std::string allowedKeys<RelationType>() { return joinKeys(kRelationTypes); }
template <> std::string allowedKeys<FormalBasis>() { return joinKeys(kFormalBases); }
template <> std::string allowedKeys<SteeringFocus>() { return joinKeys(kSteeringFoci); }
template <> std::string allowedKeys<Financing>() { return joinKeys(kFinancings); }
template <> std::string allowedKeys<Raci>() { return joinKeys(kRacis); }

} // namespace speelveld
