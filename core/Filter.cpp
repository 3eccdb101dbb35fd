#include "Filter.h"

#include "ActorMeasures.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <stdexcept>
#include <unordered_map>

namespace speelveld {
namespace {

/// A byte that does not start a valid UTF-8 sequence becomes a code point above Unicode's range, so it only
/// ever equals the same byte: broken text is searched as written instead of failing or matching by accident.
constexpr char32_t kInvalidByte = 0x110000;

std::u32string decode(std::string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 0;
        char32_t point = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
        bool valid = length != 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            valid = (next >> 6) == 0x2;
            point = (point << 6) | (next & 0x3F);
        }
        if (valid) {
            out.push_back(point);
            i += length;
        } else {
            out.push_back(kInvalidByte + lead);
            ++i;
        }
    }
    return out;
}

/// Simple lower-casing of ASCII, Latin-1 and Latin Extended-A: enough for Dutch and the neighbouring
/// languages' names (é, Ë, ĳ); other scripts are compared as written.
char32_t fold(char32_t c)
{
    if ((c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) {
        return c + 0x20;
    }
    if (c >= 0x100 && c <= 0x17F) {
        const bool evenUpper = (c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177);
        const bool oddUpper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if ((evenUpper && c % 2 == 0) || (oddUpper && c % 2 == 1)) {
            return c + 1;
        }
        if (c == 0x130) {
            return U'i'; // İ
        }
        if (c == 0x178) {
            return 0xFF; // Ÿ
        }
    }
    return c;
}

std::u32string folded(std::string_view text)
{
    std::u32string out = decode(text);
    std::transform(out.begin(), out.end(), out.begin(), fold);
    return out;
}

/// Everything about the spec that does not depend on one actor, worked out once.
class Criteria {
public:
    Criteria(const Network& network, const FilterSpec& spec, const MetricsResult* metrics)
        : spec_(spec), search_(folded(spec.search))
    {
        if (!spec.domains.empty()) {
            for (const Role& role : network.roles()) {
                if (spec.domains.count(role.domain) != 0) {
                    inDomain_.insert(role.actor);
                }
            }
            for (const Relation& relation : network.relations()) {
                if (spec.domains.count(relation.domain) != 0) {
                    inDomain_.insert(relation.source);
                    inDomain_.insert(relation.target);
                }
            }
        }
        for (const MetricRange& range : spec.ranges) {
            const ActorMeasure* measure = findActorMeasure(range.measure);
            if (measure == nullptr) {
                throw std::invalid_argument("no per-actor measure is called \"" + range.measure + "\"");
            }
            measures_.push_back(measure);
        }
        if (metrics != nullptr && !spec.ranges.empty()) {
            metrics_ = metrics;
            for (std::size_t row = 0; row < metrics->actors.size(); ++row) {
                rows_.emplace(metrics->actors[row], row);
            }
        }
    }

    bool passes(const Actor& actor) const
    {
        if (!spec_.kinds.empty() && spec_.kinds.count(actor.kind) == 0) {
            return false;
        }
        if (!spec_.tags.empty() && std::none_of(actor.tags.begin(), actor.tags.end(),
                                                [this](const auto& tag) { return spec_.tags.count(tag) != 0; })) {
            return false;
        }
        if (!spec_.domains.empty() && inDomain_.count(actor.id) == 0) {
            return false;
        }
        return matchesSearch(actor) && withinRanges(actor);
    }

    bool passes(const Relation& relation) const
    {
        return (spec_.relationTypes.empty() || spec_.relationTypes.count(relation.type) != 0) &&
               (spec_.domains.empty() || spec_.domains.count(relation.domain) != 0);
    }

private:
    bool matchesSearch(const Actor& actor) const
    {
        if (search_.empty()) {
            return true;
        }
        auto contains = [this](const std::string& text) { return folded(text).find(search_) != std::u32string::npos; };
        return contains(actor.name) || contains(actor.description) ||
               std::any_of(actor.tags.begin(), actor.tags.end(), contains);
    }

    bool withinRanges(const Actor& actor) const
    {
        if (metrics_ == nullptr) {
            return true;
        }
        const auto row = rows_.find(actor.id);
        if (row == rows_.end()) {
            return false;
        }
        for (std::size_t i = 0; i < measures_.size(); ++i) {
            const double value = measures_[i]->value(*metrics_, row->second);
            // NaN fails both comparisons, so an undefined value is out of every range.
            if (!(value >= spec_.ranges[i].min && value <= spec_.ranges[i].max)) {
                return false;
            }
        }
        return true;
    }

    const FilterSpec& spec_;
    std::u32string search_;
    std::unordered_set<Id> inDomain_;
    std::vector<const ActorMeasure*> measures_;
    const MetricsResult* metrics_ = nullptr;
    std::unordered_map<Id, std::size_t> rows_;
};

/// The actors within `steps` of `start` along relations that pass, either way round, `start` included.
std::unordered_set<Id> neighbourhood(const Network& network, const Criteria& criteria, Id start, int steps)
{
    std::unordered_map<Id, std::vector<Id>> neighbours;
    for (const Relation& relation : network.relations()) {
        if (criteria.passes(relation)) {
            neighbours[relation.source].push_back(relation.target);
            neighbours[relation.target].push_back(relation.source);
        }
    }
    std::unordered_map<Id, int> distance{{start, 0}};
    std::deque<Id> queue{start};
    while (!queue.empty()) {
        const Id current = queue.front();
        queue.pop_front();
        const int next = distance[current] + 1;
        if (next > steps) {
            continue;
        }
        for (const Id neighbour : neighbours[current]) {
            if (distance.emplace(neighbour, next).second) {
                queue.push_back(neighbour);
            }
        }
    }
    std::unordered_set<Id> reached;
    for (const auto& [id, unused] : distance) {
        reached.insert(id);
    }
    return reached;
}

} // namespace

bool FilterSpec::active() const
{
    return !kinds.empty() || !relationTypes.empty() || !domains.empty() || !tags.empty() || !search.empty() ||
           !ranges.empty() || focus.has_value();
}

bool containsIgnoringCase(std::string_view text, std::string_view part)
{
    return folded(text).find(folded(part)) != std::u32string::npos;
}

Visibility applyFilter(const Network& network, const FilterSpec& spec, const MetricsResult* metrics)
{
    const Criteria criteria(network, spec, metrics);
    Visibility visible;
    if (spec.focus && network.actor(*spec.focus) == nullptr) {
        return visible;
    }
    std::unordered_set<Id> reached;
    if (spec.focus) {
        reached = neighbourhood(network, criteria, *spec.focus, std::max(spec.focusSteps, 0));
    }
    for (const Actor& actor : network.actors()) {
        const bool inFocus = !spec.focus || reached.count(actor.id) != 0;
        if ((inFocus && criteria.passes(actor)) || (spec.focus && actor.id == *spec.focus)) {
            visible.actors.insert(actor.id);
        }
    }
    for (const Relation& relation : network.relations()) {
        if (criteria.passes(relation) && visible.actors.count(relation.source) != 0 &&
            visible.actors.count(relation.target) != 0) {
            visible.relations.insert(relation.id);
        }
    }
    return visible;
}

} // namespace speelveld
