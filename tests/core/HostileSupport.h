#pragma once
// Hostile inputs shared by the format tests (docs/HOSTILE-INPUTS.md): XML entity bombs, an element with very
// many attributes, deep nesting, names that look like SQL, and the check that such names survive a project file.

#include "core/Project.h"
#include "core/ProjectFile.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <string>

namespace speelveld::test {

/// A name that would drop a table if anything pasted it into SQL instead of binding it.
inline const std::string kSqlName = "Robert'); DROP TABLE actors;--";
/// A second one, for attribute names and notes.
inline const std::string kSqlText = "x' OR '1'='1'; DELETE FROM relations; --";

/// Ten entities, each ten of the one before: 10^9 "lol"s when expanded. `root` is the document element's name.
inline std::string billionLaughs(const std::string& root, const std::string& body)
{
    std::string text = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n <!ENTITY a \"lol\">\n";
    for (int i = 1; i < 10; ++i) {
        text += " <!ENTITY " + std::string(1, static_cast<char>('a' + i)) + " \"";
        for (int k = 0; k < 10; ++k) {
            text += "&" + std::string(1, static_cast<char>('a' + i - 1)) + ";";
        }
        text += "\">\n";
    }
    return text + "]>\n" + body;
}

/// One 4 KB entity referenced 20,000 times (an 80 KB file that expands to 80 M characters; Qt lets it through).
inline std::string quadraticBlowup(const std::string& root, const std::string& before, const std::string& after)
{
    std::string references;
    for (int i = 0; i < 20'000; ++i) {
        references += "&x;";
    }
    return "<!DOCTYPE " + root + " [<!ENTITY x \"" + std::string(4096, 'x') + "\">]>\n" + before + references + after;
}

/// `count` attributes a0="" a1="" ... for one element (200,000 of them: 2.3 MB, 68 s in Qt).
inline std::string manyAttributes(std::size_t count)
{
    std::string attributes;
    attributes.reserve(count * 12);
    for (std::size_t i = 0; i < count; ++i) {
        attributes += " a" + std::to_string(i) + "=\"\"";
    }
    return attributes;
}

/// Saves `project` as a .speelveld file and loads it back: it must be the same, names that look like SQL included.
inline void checkSurvivesProjectFile(const Project& project)
{
    const TempDir dir;
    saveProject(project, dir / "hostile.speelveld");
    CHECK(loadProject(dir / "hostile.speelveld") == project);
}

} // namespace speelveld::test
