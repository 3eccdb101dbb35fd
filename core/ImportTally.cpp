#include "ImportTally.h"

namespace speelveld {
namespace {

std::string counted(std::size_t count, const std::string& entity)
{
    return std::to_string(count) + " " + entity + (count == 1 ? "" : "s");
}

} // namespace

ImportTally::Count& ImportTally::bump(Counts& counts, const std::string& line, const std::string& entity)
{
    const auto [it, added] = counts.index.try_emplace(line, counts.list.size());
    if (added) {
        counts.list.push_back({line, entity, 0, {}, {}});
    }
    Count& count = counts.list[it->second];
    ++count.count;
    return count;
}

void ImportTally::mapped(const std::string& source, std::string_view field, const std::string& entity)
{
    bump(mapped_, source + " → " + std::string(field), entity);
}

void ImportTally::kept(const std::string& source, const std::string& entity)
{
    bump(kept_, source + " kept as a free attribute", entity);
}

void ImportTally::notUnderstood(const std::string& source, const std::string& entity, const std::string& value,
                                const std::string& place, const std::string& fallback)
{
    Count& count = bump(unknown_, source, entity);
    if (count.example.empty()) {
        count.example = "\"" + value + "\" (" + place + ")";
        count.fallback = fallback;
    }
}

void ImportTally::note(const std::string& sentence)
{
    if (noted_.insert(sentence).second) {
        notes_.push_back(sentence);
    }
}

void ImportTally::fill(ImportReport& report) const
{
    for (const auto& c : mapped_.list) {
        report.mapped.push_back(c.line + " (" + counted(c.count, c.entity) + ")");
    }
    for (const auto& c : kept_.list) {
        report.kept.push_back(c.line + " (" + counted(c.count, c.entity) + ")");
    }
    for (const auto& c : unknown_.list) {
        report.notes.push_back(c.line + ": " + std::to_string(c.count) + (c.count == 1 ? " value" : " values") +
                               " not understood, the first " + c.example + "; kept as a free attribute, and the " +
                               c.entity + (c.count == 1 ? "" : "s") + " got " + c.fallback + ".");
    }
    report.notes.insert(report.notes.end(), notes_.begin(), notes_.end());
}

} // namespace speelveld
