#include "ForeignFields.h"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace speelveld {
namespace {

// Attribute names, in rank order per field: our own key first, then what other tools and people write.
// Words are in normalised form (lower case, '_' between words).
struct FieldName {
    FieldOwner owner;
    Field field;
    std::string_view name;
};

constexpr std::array kFieldNames{
    FieldName{FieldOwner::Actor, Field::Identifier, "id"},
    FieldName{FieldOwner::Actor, Field::Identifier, "key"},
    FieldName{FieldOwner::Actor, Field::Identifier, "sleutel"},
    FieldName{FieldOwner::Actor, Field::Name, "name"},
    FieldName{FieldOwner::Actor, Field::Name, "label"},
    FieldName{FieldOwner::Actor, Field::Name, "naam"},
    FieldName{FieldOwner::Actor, Field::Name, "title"},
    FieldName{FieldOwner::Actor, Field::Name, "titel"},
    FieldName{FieldOwner::Actor, Field::Name, "organisatie"},
    FieldName{FieldOwner::Actor, Field::Name, "actor"},
    FieldName{FieldOwner::Actor, Field::Name, "actor_name"},
    FieldName{FieldOwner::Actor, Field::Name, "actornaam"},
    FieldName{FieldOwner::Actor, Field::Kind, "kind"},
    FieldName{FieldOwner::Actor, Field::Kind, "type"},
    FieldName{FieldOwner::Actor, Field::Kind, "soort"},
    FieldName{FieldOwner::Actor, Field::Kind, "category"},
    FieldName{FieldOwner::Actor, Field::Kind, "categorie"},
    FieldName{FieldOwner::Actor, Field::Kind, "actor_kind"},
    FieldName{FieldOwner::Actor, Field::Kind, "type_organisatie"},
    FieldName{FieldOwner::Actor, Field::Kind, "element_type"},
    FieldName{FieldOwner::Actor, Field::Kind, "soort_actor"},
    FieldName{FieldOwner::Actor, Field::Description, "description"},
    FieldName{FieldOwner::Actor, Field::Description, "omschrijving"},
    FieldName{FieldOwner::Actor, Field::Description, "beschrijving"},
    FieldName{FieldOwner::Actor, Field::Description, "toelichting"},
    FieldName{FieldOwner::Actor, Field::Tags, "tags"},
    FieldName{FieldOwner::Actor, Field::Tags, "tag"},
    FieldName{FieldOwner::Actor, Field::Tags, "trefwoorden"},
    FieldName{FieldOwner::Actor, Field::Tags, "labels"},
    FieldName{FieldOwner::Actor, Field::X, "x"},
    FieldName{FieldOwner::Actor, Field::Y, "y"},
    FieldName{FieldOwner::Actor, Field::Roles, "roles"},
    FieldName{FieldOwner::Actor, Field::Roles, "rollen"},
    FieldName{FieldOwner::Actor, Field::Roles, "role"},
    FieldName{FieldOwner::Actor, Field::Roles, "rol"},
    FieldName{FieldOwner::Actor, Field::Groups, "groups"},
    FieldName{FieldOwner::Actor, Field::Groups, "groepen"},
    FieldName{FieldOwner::Actor, Field::Pinned, "pinned"},
    FieldName{FieldOwner::Actor, Field::Pinned, "vastgezet"},
    FieldName{FieldOwner::Actor, Field::Pinned, "pin"},
    FieldName{FieldOwner::Relation, Field::Identifier, "id"},
    FieldName{FieldOwner::Relation, Field::Identifier, "key"},
    FieldName{FieldOwner::Relation, Field::Identifier, "sleutel"},
    FieldName{FieldOwner::Relation, Field::Source, "from"},
    FieldName{FieldOwner::Relation, Field::Source, "source"},
    FieldName{FieldOwner::Relation, Field::Source, "tail"},
    FieldName{FieldOwner::Relation, Field::Source, "van"},
    FieldName{FieldOwner::Relation, Field::Source, "bron"},
    FieldName{FieldOwner::Relation, Field::Target, "to"},
    FieldName{FieldOwner::Relation, Field::Target, "target"},
    FieldName{FieldOwner::Relation, Field::Target, "head"},
    FieldName{FieldOwner::Relation, Field::Target, "naar"},
    FieldName{FieldOwner::Relation, Field::Target, "doel"},
    FieldName{FieldOwner::Relation, Field::RelationType, "type"},
    FieldName{FieldOwner::Relation, Field::RelationType, "relation"},
    FieldName{FieldOwner::Relation, Field::RelationType, "relation_type"},
    FieldName{FieldOwner::Relation, Field::RelationType, "kind"},
    FieldName{FieldOwner::Relation, Field::RelationType, "soort"},
    FieldName{FieldOwner::Relation, Field::RelationType, "relatie"},
    FieldName{FieldOwner::Relation, Field::RelationType, "connection_type"},
    FieldName{FieldOwner::Relation, Field::RelationType, "relatietype"},
    FieldName{FieldOwner::Relation, Field::RelationType, "soort_relatie"},
    FieldName{FieldOwner::Relation, Field::Direction, "direction"},
    FieldName{FieldOwner::Relation, Field::Direction, "dir"},
    FieldName{FieldOwner::Relation, Field::Direction, "richting"},
    FieldName{FieldOwner::Relation, Field::Domain, "domain"},
    FieldName{FieldOwner::Relation, Field::Domain, "domein"},
    FieldName{FieldOwner::Relation, Field::Domain, "beleidsveld"},
    FieldName{FieldOwner::Relation, Field::Strength, "strength"},
    FieldName{FieldOwner::Relation, Field::Strength, "weight"},
    FieldName{FieldOwner::Relation, Field::Strength, "sterkte"},
    FieldName{FieldOwner::Relation, Field::Strength, "gewicht"},
    FieldName{FieldOwner::Relation, Field::Trust, "trust"},
    FieldName{FieldOwner::Relation, Field::Trust, "vertrouwen"},
    FieldName{FieldOwner::Relation, Field::Basis, "basis"},
    FieldName{FieldOwner::Relation, Field::Basis, "formal_basis"},
    FieldName{FieldOwner::Relation, Field::Basis, "grondslag"},
    FieldName{FieldOwner::Relation, Field::Basis, "formele_basis"},
    FieldName{FieldOwner::Relation, Field::Steering, "steering"},
    FieldName{FieldOwner::Relation, Field::Steering, "steering_focus"},
    FieldName{FieldOwner::Relation, Field::Steering, "sturing"},
    FieldName{FieldOwner::Relation, Field::Financing, "financing"},
    FieldName{FieldOwner::Relation, Field::Financing, "financiering"},
    FieldName{FieldOwner::Relation, Field::Financing, "bekostiging"},
    FieldName{FieldOwner::Relation, Field::ValidFrom, "valid_from"},
    FieldName{FieldOwner::Relation, Field::ValidFrom, "start"},
    FieldName{FieldOwner::Relation, Field::ValidFrom, "vanaf"},
    FieldName{FieldOwner::Relation, Field::ValidFrom, "geldig_vanaf"},
    FieldName{FieldOwner::Relation, Field::ValidFrom, "startdatum"},
    FieldName{FieldOwner::Relation, Field::ValidFrom, "geldig_van"},
    FieldName{FieldOwner::Relation, Field::ValidFrom, "start_date"},
    FieldName{FieldOwner::Relation, Field::ValidFrom, "begindatum"},
    FieldName{FieldOwner::Relation, Field::ValidTo, "valid_to"},
    FieldName{FieldOwner::Relation, Field::ValidTo, "end"},
    FieldName{FieldOwner::Relation, Field::ValidTo, "tot"},
    FieldName{FieldOwner::Relation, Field::ValidTo, "geldig_tot"},
    FieldName{FieldOwner::Relation, Field::ValidTo, "einddatum"},
    FieldName{FieldOwner::Relation, Field::ValidTo, "end_date"},
    FieldName{FieldOwner::Relation, Field::Note, "note"},
    FieldName{FieldOwner::Relation, Field::Note, "notes"},
    FieldName{FieldOwner::Relation, Field::Note, "comment"},
    FieldName{FieldOwner::Relation, Field::Note, "opmerking"},
    FieldName{FieldOwner::Relation, Field::Note, "notitie"},
    FieldName{FieldOwner::Relation, Field::Note, "toelichting"},
    FieldName{FieldOwner::Relation, Field::Note, "description"},
    FieldName{FieldOwner::Relation, Field::Note, "beschrijving"},
    FieldName{FieldOwner::Relation, Field::Note, "omschrijving"},
};

constexpr std::array<std::pair<Field, std::string_view>, 23> kFieldDescriptions{{
    {Field::Identifier, "id"},
    {Field::Name, "actor name"},
    {Field::Kind, "actor kind"},
    {Field::Description, "actor description"},
    {Field::Tags, "actor tags"},
    {Field::X, "actor position x"},
    {Field::Y, "actor position y"},
    {Field::Roles, "actor roles"},
    {Field::Groups, "actor groups"},
    {Field::Pinned, "actor pinned"},
    {Field::Source, "relation source"},
    {Field::Target, "relation target"},
    {Field::RelationType, "relation type"},
    {Field::Direction, "relation direction"},
    {Field::Domain, "relation domain"},
    {Field::Strength, "relation strength"},
    {Field::Trust, "relation trust"},
    {Field::Basis, "relation formal basis"},
    {Field::Steering, "relation steering focus"},
    {Field::Financing, "relation financing"},
    {Field::ValidFrom, "relation valid from"},
    {Field::ValidTo, "relation valid to"},
    {Field::Note, "relation note"},
}};

template <typename Enum> using Words = std::initializer_list<std::pair<std::string_view, Enum>>;

// Words for values besides the keys themselves (which always match), in normalised form.
const Words<ActorKind> kKindWords{
    {"gemeente", ActorKind::Municipality},
    {"gemeenteraad", ActorKind::Council},
    {"municipal_council", ActorKind::Council},
    {"raad", ActorKind::Council},
    {"directeur", ActorKind::Director},
    {"functionaris", ActorKind::Director},
    {"officer", ActorKind::Director},
    {"director_/_officer", ActorKind::Director},
    {"directeur_/_functionaris", ActorKind::Director},
    {"regio", ActorKind::RegionalBody},
    {"region", ActorKind::RegionalBody},
    {"gemeenschappelijke_regeling", ActorKind::RegionalBody},
    {"gr", ActorKind::RegionalBody},
    {"regio_/_gemeenschappelijke_regeling", ActorKind::RegionalBody},
    {"regionaal_orgaan", ActorKind::RegionalBody},
    {"ministerie", ActorKind::Ministry},
    {"koepel", ActorKind::UmbrellaBody},
    {"koepelorganisatie", ActorKind::UmbrellaBody},
    {"aanbieder", ActorKind::Provider},
    {"zorgaanbieder", ActorKind::Provider},
    {"netwerkorganisatie", ActorKind::NetworkOrganisation},
    {"network_organization", ActorKind::NetworkOrganisation},
    {"toegang", ActorKind::AccessTeam},
    {"wijkteam", ActorKind::AccessTeam},
    {"sociaal_team", ActorKind::AccessTeam},
    {"toegang_/_wijkteam", ActorKind::AccessTeam},
    {"toezichthouder", ActorKind::Supervisor},
    {"rekenkamer", ActorKind::Supervisor},
    {"inspectie", ActorKind::Supervisor},
    {"adviseur", ActorKind::Advisor},
    {"kenniscentrum", ActorKind::Advisor},
    {"adviser", ActorKind::Advisor},
    {"knowledge_centre", ActorKind::Advisor},
    {"advisor_/_knowledge_centre", ActorKind::Advisor},
    {"adviseur_/_kenniscentrum", ActorKind::Advisor},
    {"zorgverzekeraar", ActorKind::Insurer},
    {"zorgkantoor", ActorKind::Insurer},
    {"verzekeraar", ActorKind::Insurer},
    {"care_office", ActorKind::Insurer},
    {"insurer_/_care_office", ActorKind::Insurer},
    {"zorgverzekeraar_/_zorgkantoor", ActorKind::Insurer},
    {"bewonersinitiatief", ActorKind::ResidentInitiative},
    {"vrijwilligers", ActorKind::ResidentInitiative},
    {"vrijwilligersorganisatie", ActorKind::ResidentInitiative},
    {"vrijwilligersinitiatief", ActorKind::ResidentInitiative},
    {"cliëntenraad", ActorKind::ClientCouncil},
    {"clientenraad", ActorKind::ClientCouncil},
    {"cliëntraad", ActorKind::ClientCouncil},
    {"adviesraad", ActorKind::ClientCouncil},
    {"advisory_council", ActorKind::ClientCouncil},
    {"client_/_advisory_council", ActorKind::ClientCouncil},
    {"cliënten_/_adviesraad", ActorKind::ClientCouncil},
};

const Words<RelationType> kRelationWords{
    {"opdracht", RelationType::Commissions},
    {"geeft_opdracht", RelationType::Commissions},
    {"geeft_opdracht_aan", RelationType::Commissions},
    {"opdrachtgever_van", RelationType::Commissions},
    {"contracteert", RelationType::Commissions},
    {"financiert", RelationType::Funds},
    {"financiering", RelationType::Funds},
    {"subsidieert", RelationType::Funds},
    {"legt_verantwoording_af_aan", RelationType::AccountableTo},
    {"verantwoording", RelationType::AccountableTo},
    {"houdt_toezicht", RelationType::Supervises},
    {"houdt_toezicht_op", RelationType::Supervises},
    {"toezicht", RelationType::Supervises},
    {"verwijst", RelationType::RefersTo},
    {"verwijst_naar", RelationType::RefersTo},
    {"schaalt_op_naar", RelationType::RefersTo},
    {"verwijzing", RelationType::RefersTo},
    {"werkt_samen_met", RelationType::CollaboratesWith},
    {"samenwerking", RelationType::CollaboratesWith},
    {"collaboration", RelationType::CollaboratesWith},
    {"lid_van", RelationType::MemberOf},
    {"is_lid_van", RelationType::MemberOf},
    {"adviseert", RelationType::Advises},
    {"advies", RelationType::Advises},
    {"informeert", RelationType::Informs},
    {"informatie", RelationType::Informs},
    {"afhankelijk_van", RelationType::DependsOn},
    {"is_afhankelijk_van", RelationType::DependsOn},
    {"hangt_af_van", RelationType::DependsOn},
};

const Words<RoleType> kRoleWords{
    {"opdrachtgever", RoleType::Commissioner}, {"opdrachtnemer", RoleType::Contractor},
    {"regisseur", RoleType::Director},         {"financier", RoleType::Funder},
    {"toezichthouder", RoleType::Supervisor},  {"uitvoerder", RoleType::Executor},
    {"toegang", RoleType::Gatekeeper},         {"kadersteller", RoleType::FrameworkSetter},
    {"adviseur", RoleType::Advisor},           {"netwerkpartner", RoleType::NetworkMember},
    {"poortwachter", RoleType::Gatekeeper},    {"adviser", RoleType::Advisor},
};

const Words<Direction> kDirectionWords{
    {"directed", Direction::Directed},     {"forward", Direction::Directed}, {"gericht", Direction::Directed},
    {"undirected", Direction::Undirected}, {"none", Direction::Undirected},  {"ongericht", Direction::Undirected},
    {"mutual", Direction::Mutual},         {"both", Direction::Mutual},      {"wederzijds", Direction::Mutual},
};

const Words<FormalBasis> kBasisWords{
    {"subsidie", FormalBasis::Subsidy}, {"convenant", FormalBasis::Covenant}, {"wet", FormalBasis::Law},
    {"wettelijk", FormalBasis::Law},    {"informeel", FormalBasis::Informal}, {"geen", FormalBasis::None},
};

const Words<SteeringFocus> kSteeringWords{
    {"resultaat", SteeringFocus::Outcome}, {"effect", SteeringFocus::Outcome},    {"prestatie", SteeringFocus::Output},
    {"productie", SteeringFocus::Output},  {"proces", SteeringFocus::Process},    {"inzet", SteeringFocus::Input},
    {"uitkomst", SteeringFocus::Outcome},  {"prestaties", SteeringFocus::Output},
};

const Words<Financing> kFinancingWords{
    {"lumpsum", Financing::LumpSum},
    {"vast_bedrag", Financing::LumpSum},
    {"budgetplafond", Financing::CappedBudget},
    {"plafond", Financing::CappedBudget},
    {"begrensd_budget", Financing::CappedBudget},
    {"p×q", Financing::PerUnit},
    {"pxq", Financing::PerUnit},
    {"p_x_q", Financing::PerUnit},
    {"per_eenheid", Financing::PerUnit},
    {"p_×_q", Financing::PerUnit},
    {"per_unit_(p_×_q)", Financing::PerUnit},
    {"per_eenheid_(p_×_q)", Financing::PerUnit},
    {"resultaatfinanciering", Financing::OutcomeBased},
    {"populatiebekostiging", Financing::PopulationBased},
};

template <typename Enum>
std::optional<Enum> lookUp(std::string_view value, std::optional<Enum> (*fromKey)(std::string_view),
                           const Words<Enum>& words)
{
    const std::string word = normalisedWord(value);
    if (word.empty()) {
        return std::nullopt;
    }
    if (auto key = fromKey(word)) {
        return key;
    }
    for (const auto& [text, result] : words) {
        if (text == word) {
            return result;
        }
    }
    return std::nullopt;
}

bool isSeparator(char c) { return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == '\r'; }

} // namespace

std::string normalisedWord(std::string_view text)
{
    std::string word;
    word.reserve(text.size());
    bool pendingSeparator = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isSeparator(c)) {
            pendingSeparator = !word.empty();
            continue;
        }
        if (pendingSeparator) {
            word += '_';
            pendingSeparator = false;
        }
        if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
        } else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 && static_cast<unsigned char>(text[i + 1]) <= 0x9E &&
                   static_cast<unsigned char>(text[i + 1]) != 0x97) {
            // Latin-1 capitals in UTF-8 (Ë, É, ...): the lower-case letter is 0x20 further on.
            word += c;
            word += static_cast<char>(text[i + 1] + 0x20);
            ++i;
        } else {
            word += c;
        }
    }
    return word;
}

std::optional<FieldMatch> foreignField(FieldOwner owner, std::string_view name)
{
    const std::string word = normalisedWord(name);
    int rank = 0;
    std::optional<Field> current;
    for (const auto& entry : kFieldNames) {
        if (entry.owner != owner) {
            continue;
        }
        if (entry.field != current) {
            current = entry.field;
            rank = 0;
        }
        if (entry.name == word) {
            return FieldMatch{entry.field, rank};
        }
        ++rank;
    }
    return std::nullopt;
}

std::string_view fieldDescription(Field field)
{
    for (const auto& [value, text] : kFieldDescriptions) {
        if (value == field) {
            return text;
        }
    }
    return {};
}

std::optional<ActorKind> foreignActorKind(std::string_view value)
{
    return lookUp(value, &actorKindFromKey, kKindWords);
}
std::optional<RelationType> foreignRelationType(std::string_view value)
{
    return lookUp(value, &relationTypeFromKey, kRelationWords);
}
std::optional<RoleType> foreignRoleType(std::string_view value) { return lookUp(value, &roleTypeFromKey, kRoleWords); }
std::optional<FormalBasis> foreignBasis(std::string_view value)
{
    return lookUp(value, &formalBasisFromKey, kBasisWords);
}
std::optional<SteeringFocus> foreignSteering(std::string_view value)
{
    return lookUp(value, &steeringFocusFromKey, kSteeringWords);
}
std::optional<Financing> foreignFinancing(std::string_view value)
{
    return lookUp(value, &financingFromKey, kFinancingWords);
}

std::optional<Direction> foreignDirection(std::string_view value)
{
    return lookUp<Direction>(
        value, [](std::string_view) { return std::optional<Direction>(); }, kDirectionWords);
}

std::string_view directionKey(Direction direction)
{
    static constexpr std::array<std::string_view, 3> keys{"directed", "undirected", "mutual"};
    return keys.at(static_cast<std::size_t>(direction));
}

std::optional<int> foreignLevel(std::string_view value)
{
    const std::string word = normalisedWord(value);
    double number = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), number);
    if (error != std::errc() || end != word.data() + word.size() || word.empty()) {
        return std::nullopt;
    }
    if (number != std::floor(number) || number < 1 || number > 5) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<bool> foreignBool(std::string_view value)
{
    const std::string word = normalisedWord(value);
    if (word == "true" || word == "1" || word == "yes" || word == "ja") {
        return true;
    }
    if (word == "false" || word == "0" || word == "no" || word == "nee") {
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
    const auto first = text.find_first_not_of(" \t\r\n");
    std::string number(first == std::string_view::npos ? std::string_view() : text.substr(first));
    number.erase(number.find_last_not_of(" \t\r\n") + 1);
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

std::string joinList(const std::vector<std::string>& items)
{
    std::string text;
    for (const auto& item : items) {
        if (!text.empty()) {
            text += "; ";
        }
        for (const char c : item) {
            if (c == ';' || c == '\\') {
                text += '\\';
            }
            text += c;
        }
    }
    return text;
}

std::vector<std::string> splitList(std::string_view text)
{
    std::vector<std::string> items;
    std::string item;
    auto finish = [&] {
        const auto first = item.find_first_not_of(' ');
        const auto last = item.find_last_not_of(' ');
        if (first != std::string::npos) {
            items.push_back(item.substr(first, last - first + 1));
        }
        item.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            item += text[++i];
        } else if (text[i] == ';') {
            finish();
        } else {
            item += text[i];
        }
    }
    finish();
    return items;
}

} // namespace speelveld
