#include "FieldSynonyms.h"

#include <array>
#include <charconv>
#include <initializer_list>
#include <utility>

namespace speelveld {
namespace {

/// One value and the normalised words that mean it; our own key (normalised) always counts too.
template <typename T> struct Words {
    T value;
    std::initializer_list<std::string_view> words;
};

template <typename T, std::size_t N>
std::optional<T> lookUp(const std::array<Words<T>, N>& table, std::string_view text)
{
    const std::string wanted = normalisedName(text);
    if (wanted.empty()) {
        return std::nullopt;
    }
    for (const auto& entry : table) {
        for (const std::string_view word : entry.words) {
            if (word == wanted) {
                return entry.value;
            }
        }
    }
    return std::nullopt;
}

/// Enumerations whose own keys count as words: "regional_body" is also "regional body".
template <typename T, std::size_t N>
std::optional<T> lookUpValue(const std::array<Words<T>, N>& table, std::string_view text)
{
    if (auto found = lookUp(table, text)) {
        return found;
    }
    const std::string wanted = normalisedName(text);
    for (const auto& entry : table) {
        if (!wanted.empty() && normalisedName(toKey(entry.value)) == wanted) {
            return entry.value;
        }
    }
    return std::nullopt;
}

const std::array<Words<ActorField>, 9> kActorFields{{
    {ActorField::Identifier, {"id", "key", "sleutel"}},
    {ActorField::Name, {"label", "name", "naam", "actor", "actor name", "actornaam"}},
    {ActorField::Kind, {"kind", "type", "element type", "actor kind", "soort", "soort actor", "category", "categorie"}},
    {ActorField::Description, {"description", "beschrijving", "omschrijving", "toelichting"}},
    {ActorField::Tags, {"tags", "tag", "trefwoorden"}},
    {ActorField::Roles, {"roles", "role", "rollen", "rol"}},
    {ActorField::X, {"x"}},
    {ActorField::Y, {"y"}},
    {ActorField::Pinned, {"pinned", "pin", "vastgezet"}},
}};

const std::array<Words<RelationField>, 14> kRelationFields{{
    {RelationField::Identifier, {"id", "key", "sleutel"}},
    {RelationField::Source, {"from", "source", "tail", "van", "bron"}},
    {RelationField::Target, {"to", "target", "head", "naar", "doel"}},
    {RelationField::Type,
     {"type", "connection type", "relation type", "relation", "relatie", "relatietype", "soort", "soort relatie"}},
    {RelationField::Direction, {"direction", "dir", "richting"}},
    {RelationField::Domain, {"domain", "domein", "beleidsveld"}},
    {RelationField::Strength, {"strength", "sterkte"}},
    {RelationField::Trust, {"trust", "vertrouwen"}},
    {RelationField::Basis, {"basis", "formal basis", "formele basis", "grondslag"}},
    {RelationField::Steering, {"steering", "steering focus", "sturing"}},
    {RelationField::Financing, {"financing", "financiering", "bekostiging"}},
    {RelationField::ValidFrom, {"valid from", "geldig van", "geldig vanaf", "start date", "begindatum"}},
    {RelationField::ValidTo, {"valid to", "geldig tot", "end date", "einddatum"}},
    {RelationField::Note,
     {"note", "notitie", "opmerking", "description", "beschrijving", "omschrijving", "toelichting"}},
}};

const std::array<Words<ActorKind>, 14> kKinds{{
    {ActorKind::Municipality, {"gemeente"}},
    {ActorKind::Council, {"municipal council", "gemeenteraad", "raad"}},
    {ActorKind::Director, {"director / officer", "officer", "directeur", "functionaris", "directeur / functionaris"}},
    {ActorKind::RegionalBody,
     {"regio", "gemeenschappelijke regeling", "regio / gemeenschappelijke regeling", "regionaal orgaan"}},
    {ActorKind::Ministry, {"ministerie"}},
    {ActorKind::UmbrellaBody, {"koepel", "koepelorganisatie"}},
    {ActorKind::Provider, {"aanbieder", "zorgaanbieder"}},
    {ActorKind::NetworkOrganisation, {"network organization", "netwerkorganisatie"}},
    {ActorKind::AccessTeam, {"toegang", "wijkteam", "toegang / wijkteam"}},
    {ActorKind::Supervisor, {"toezichthouder", "rekenkamer", "inspectie"}},
    {ActorKind::Advisor,
     {"adviser", "knowledge centre", "advisor / knowledge centre", "adviseur", "kenniscentrum",
      "adviseur / kenniscentrum"}},
    {ActorKind::Insurer,
     {"care office", "insurer / care office", "zorgverzekeraar", "zorgkantoor", "zorgverzekeraar / zorgkantoor"}},
    {ActorKind::ResidentInitiative, {"bewonersinitiatief", "vrijwilligers", "vrijwilligersinitiatief"}},
    {ActorKind::ClientCouncil,
     {"advisory council", "client / advisory council", "cliëntenraad", "clientenraad", "adviesraad",
      "cliënten / adviesraad"}},
}};

const std::array<Words<RoleType>, 10> kRoles{{
    {RoleType::Commissioner, {"opdrachtgever"}},
    {RoleType::Contractor, {"opdrachtnemer"}},
    {RoleType::Director, {"regisseur"}},
    {RoleType::Funder, {"financier"}},
    {RoleType::Supervisor, {"toezichthouder"}},
    {RoleType::Executor, {"uitvoerder"}},
    {RoleType::Gatekeeper, {"toegang", "poortwachter"}},
    {RoleType::FrameworkSetter, {"kadersteller"}},
    {RoleType::Advisor, {"adviser", "adviseur"}},
    {RoleType::NetworkMember, {"netwerkpartner"}},
}};

const std::array<Words<RelationType>, 10> kRelationTypes{{
    {RelationType::Commissions, {"geeft opdracht aan", "opdracht"}},
    {RelationType::Funds, {"financiert"}},
    {RelationType::AccountableTo, {"legt verantwoording af aan", "verantwoording"}},
    {RelationType::Supervises, {"houdt toezicht op", "toezicht"}},
    {RelationType::RefersTo, {"verwijst naar"}},
    {RelationType::CollaboratesWith, {"werkt samen met", "samenwerking"}},
    {RelationType::MemberOf, {"is lid van", "lid van"}},
    {RelationType::Advises, {"adviseert"}},
    {RelationType::Informs, {"informeert"}},
    {RelationType::DependsOn, {"is afhankelijk van", "afhankelijk van"}},
}};

const std::array<Words<FormalBasis>, 6> kBases{{
    {FormalBasis::Contract, {}},
    {FormalBasis::Subsidy, {"subsidie"}},
    {FormalBasis::Covenant, {"convenant"}},
    {FormalBasis::Law, {"wet", "wettelijk"}},
    {FormalBasis::Informal, {"informeel"}},
    {FormalBasis::None, {"geen"}},
}};

const std::array<Words<SteeringFocus>, 4> kSteering{{
    {SteeringFocus::Outcome, {"effect", "uitkomst"}},
    {SteeringFocus::Output, {"prestatie", "prestaties"}},
    {SteeringFocus::Process, {"proces"}},
    {SteeringFocus::Input, {"inzet"}},
}};

const std::array<Words<Financing>, 5> kFinancing{{
    {Financing::LumpSum, {"lumpsum"}},
    {Financing::CappedBudget, {"begrensd budget", "budgetplafond"}},
    {Financing::PerUnit, {"per unit (p × q)", "p × q", "p x q", "pxq", "per eenheid", "per eenheid (p × q)"}},
    {Financing::OutcomeBased, {"resultaatfinanciering"}},
    {Financing::PopulationBased, {"populatiebekostiging"}},
}};

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

std::string normalisedName(std::string_view text)
{
    std::string out;
    for (char c : trimmed(text)) {
        if (c == '_' || c == '-' || c == '\t') {
            c = ' ';
        } else if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if (c == ' ' && (out.empty() || out.back() == ' ')) {
            continue;
        }
        out += c;
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

std::optional<ActorField> actorFieldFor(std::string_view heading) { return lookUp(kActorFields, heading); }
std::optional<RelationField> relationFieldFor(std::string_view heading) { return lookUp(kRelationFields, heading); }

std::string_view keyOf(ActorField field)
{
    static constexpr std::array<std::string_view, 9> keys{"id",    "label", "kind", "description", "tags",
                                                          "roles", "x",     "y",    "pinned"};
    return keys.at(static_cast<std::size_t>(field));
}

std::string_view keyOf(RelationField field)
{
    static constexpr std::array<std::string_view, 14> keys{"id",        "from",       "to",       "type",  "direction",
                                                           "domain",    "strength",   "trust",    "basis", "steering",
                                                           "financing", "valid_from", "valid_to", "note"};
    return keys.at(static_cast<std::size_t>(field));
}

std::string_view describe(ActorField field)
{
    static constexpr std::array<std::string_view, 9> words{"actor id",          "actor name", "actor kind",
                                                           "actor description", "actor tags", "actor roles",
                                                           "x position",        "y position", "pinned"};
    return words.at(static_cast<std::size_t>(field));
}

std::string_view describe(RelationField field)
{
    static constexpr std::array<std::string_view, 14> words{
        "relation id", "source actor", "target actor",   "relation type", "direction",  "domain",   "strength",
        "trust",       "formal basis", "steering focus", "financing",     "valid from", "valid to", "note"};
    return words.at(static_cast<std::size_t>(field));
}

std::optional<ActorKind> actorKindFromText(std::string_view text) { return lookUpValue(kKinds, text); }
std::optional<RoleType> roleTypeFromText(std::string_view text) { return lookUpValue(kRoles, text); }
std::optional<RelationType> relationTypeFromText(std::string_view text) { return lookUpValue(kRelationTypes, text); }
std::optional<FormalBasis> formalBasisFromText(std::string_view text) { return lookUpValue(kBases, text); }
std::optional<SteeringFocus> steeringFocusFromText(std::string_view text) { return lookUpValue(kSteering, text); }
std::optional<Financing> financingFromText(std::string_view text) { return lookUpValue(kFinancing, text); }

std::optional<Direction> directionFromText(std::string_view text)
{
    static const std::array<Words<Direction>, 3> table{{
        {Direction::Directed, {"directed", "forward", "gericht"}},
        {Direction::Undirected, {"undirected", "none", "ongericht"}},
        {Direction::Mutual, {"mutual", "both", "wederzijds"}},
    }};
    return lookUp(table, text);
}

std::string_view directionKey(Direction direction)
{
    static constexpr std::array<std::string_view, 3> keys{"directed", "undirected", "mutual"};
    return keys.at(static_cast<std::size_t>(direction));
}

std::optional<int> levelFromText(std::string_view text)
{
    text = trimmed(text);
    if (text.size() == 1 && text[0] >= '1' && text[0] <= '5') {
        return text[0] - '0';
    }
    return std::nullopt;
}

std::optional<bool> yesNoFromText(std::string_view text)
{
    const std::string word = normalisedName(text);
    if (word == "true" || word == "yes" || word == "ja" || word == "1") {
        return true;
    }
    if (word == "false" || word == "no" || word == "nee" || word == "0") {
        return false;
    }
    return std::nullopt;
}

std::optional<Id> idFromText(std::string_view text)
{
    Id value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || value <= 0 ||
        std::to_string(value) != text) {
        return std::nullopt;
    }
    return value;
}

std::string numberText(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::optional<double> numberFromText(std::string_view text)
{
    std::string number(trimmed(text));
    // Dutch spreadsheets write a decimal comma ("12,5"); a comma with no point in the number is one.
    if (number.find('.') == std::string::npos && number.find(',') == number.rfind(',')) {
        if (const auto comma = number.find(','); comma != std::string::npos) {
            number[comma] = '.';
        }
    }
    double value = 0;
    const auto result = std::from_chars(number.data(), number.data() + number.size(), value);
    if (number.empty() || result.ec != std::errc() || result.ptr != number.data() + number.size()) {
        return std::nullopt;
    }
    return value;
}

} // namespace speelveld
