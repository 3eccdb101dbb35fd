#pragma once
// Counts what an import did per heading, so the report says it once per column or attribute rather than once
// per row: "column \"Soort\" → actor kind (12 actors)".

#include "ImportReport.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace speelveld {

class ImportTally {
public:
    /// `source` names where a value came from in the report's lines ("column \"Soort\"", "node attribute \"x\"").
    /// `entity` is "actor" or "relation" (counted, and written in the plural when more than one).
    void mapped(const std::string& source, std::string_view field, const std::string& entity);
    void kept(const std::string& source, const std::string& entity);
    /// A value of a mapped field that was not understood: it is kept as a free attribute and the field got
    /// `fallback` ("the kind provider"). The first place is named in the report.
    void notUnderstood(const std::string& source, const std::string& entity, const std::string& value,
                       const std::string& place, const std::string& fallback);
    /// Any other sentence for the report's notes (said once, however often it is added).
    void note(const std::string& sentence);

    /// The lines, in the order each source was first met.
    void fill(ImportReport& report) const;

private:
    struct Count {
        std::string line;
        std::string entity;
        std::size_t count = 0;
        std::string example; ///< for values not understood: "\"Persoon\" (line 4)"
        std::string fallback;
    };
    /// Counts in the order first met, found by line: a file can name 100,000 attributes, and looking each up
    /// in the list took quadratic time.
    struct Counts {
        std::vector<Count> list;
        std::unordered_map<std::string, std::size_t> index;
    };
    static Count& bump(Counts& counts, const std::string& line, const std::string& entity);

    Counts mapped_;
    Counts kept_;
    Counts unknown_;
    std::vector<std::string> notes_;
    std::unordered_set<std::string> noted_;
};

} // namespace speelveld
