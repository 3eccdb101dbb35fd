#pragma once
// Helpers for the GraphML and GEXF tests: fixtures, report lines, what a round trip must keep, and running
// NetworkX on an exported file.

#include "core/ExportAnnotations.h"
#include "core/ImportReport.h"
#include "core/JsonFormat.h"
#include "core/UserError.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace speelveld::test {

inline std::filesystem::path interopFixture(const std::string& name)
{
    return std::filesystem::path(SPEELVELD_FIXTURES_DIR) / "interop" / name;
}

inline const Actor* actorNamed(const Network& network, const std::string& name)
{
    for (const auto& actor : network.actors()) {
        if (actor.name == name) {
            return &actor;
        }
    }
    return nullptr;
}

/// Whether one of the report's lines contains `fragment`.
inline bool hasLine(const std::vector<std::string>& lines, const std::string& fragment)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.find(fragment) != std::string::npos; });
}

/// The message of the UserError `read` throws, or "(no error)".
template <typename Read> std::string errorOf(Read&& read)
{
    try {
        read();
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no error)";
}

/// A network as GraphML and GEXF carry it: actors and relations whole (relation domains by name), roles as
/// (actor, domain name, role), groups as (name, members in actor order), domain names; no decisions.
/// Domain, role and group ids are not carried (they are renumbered on import), so they are left out.
struct Carried {
    std::vector<Actor> actors;
    std::vector<std::tuple<Relation, std::string>> relations;
    std::vector<std::tuple<Id, std::string, RoleType>> roles;
    std::vector<std::pair<std::string, std::vector<Id>>> groups;
    std::vector<std::string> domains;
    bool operator==(const Carried&) const = default;
};

/// `usedDomainsOnly`: GEXF has no list of domains, so a domain no relation or role names is not carried.
inline Carried carried(const Network& network, bool usedDomainsOnly)
{
    Carried out;
    out.actors = network.actors();
    auto domainName = [&](Id id) {
        const Domain* domain = network.domain(id);
        return domain ? domain->name : std::string();
    };
    std::vector<std::string> used;
    for (auto relation : network.relations()) {
        const std::string name = domainName(relation.domain);
        used.push_back(name);
        relation.domain = 0;
        out.relations.emplace_back(relation, name);
    }
    for (const auto& role : network.roles()) {
        out.roles.emplace_back(role.actor, domainName(role.domain), role.type);
        used.push_back(domainName(role.domain));
    }
    std::sort(out.roles.begin(), out.roles.end());
    for (const auto& group : network.groups()) {
        std::vector<Id> members = group.members;
        std::sort(members.begin(), members.end(), [&](Id a, Id b) {
            auto place = [&](Id id) {
                return std::find_if(network.actors().begin(), network.actors().end(),
                                    [id](const Actor& actor) { return actor.id == id; }) -
                       network.actors().begin();
            };
            return place(a) < place(b);
        });
        if (!(usedDomainsOnly && members.empty())) {
            out.groups.emplace_back(group.name, members);
        }
    }
    std::sort(out.groups.begin(), out.groups.end());
    for (const auto& domain : network.domains()) {
        if (!usedDomainsOnly || std::find(used.begin(), used.end(), domain.name) != used.end()) {
            out.domains.push_back(domain.name);
        }
    }
    if (usedDomainsOnly) {
        std::sort(out.domains.begin(), out.domains.end());
    }
    return out;
}

/// Runs a Python 3 script with `file` as its argument; its standard output, or "(python3 failed)".
inline std::string runPython(const std::string& script, const std::filesystem::path& file,
                             const std::filesystem::path& folder)
{
    const auto scriptFile = folder / "check.py";
    std::ofstream(scriptFile) << script;
    const std::string command = "/usr/bin/python3 '" + scriptFile.string() + "' '" + file.string() + "' 2>&1";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) {
        return "(python3 failed)";
    }
    std::string output;
    std::array<char, 4096> buffer{};
    while (const std::size_t read = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) {
        output.append(buffer.data(), read);
    }
    return output;
}

/// Whether NetworkX can be imported (python3-networkx is a test dependency; without it the check is skipped).
inline bool hasNetworkx() { return std::system("/usr/bin/python3 -c 'import networkx' > /dev/null 2>&1") == 0; }

/// Every snapshot of every shipped example through `write` and `parse`: the snapshot's name, date and
/// description come back, and `check(original, back, text)` says what else must.
template <typename Write, typename Parse, typename Check>
void roundTripExamples(Write&& write, Parse&& parse, Check&& check)
{
    for (const auto& file : examples()) {
        for (const auto& snapshot : readJsonProject(file).snapshots) {
            CAPTURE(snapshot.name);
            const std::string text = write(snapshot, ExportAnnotations{});
            const Imported imported = parse(text, "export");
            const Snapshot& back = imported.project.snapshots.at(0);
            CHECK(back.name == snapshot.name);
            CHECK(back.date == snapshot.date);
            CHECK(back.description == snapshot.description);
            CHECK(back.network.decisions().empty());
            check(snapshot, imported, text);
        }
    }
}

/// Writes `text` to a file and lets NetworkX read it with `reader` ("nx.read_graphml(sys.argv[1])"); checks
/// the node and edge counts and the first node's kind and label against `snapshot`.
inline void checkNetworkxReads(const Snapshot& snapshot, const std::string& text, const std::string& fileName,
                               const std::string& reader)
{
    if (!hasNetworkx()) {
        MESSAGE("python3-networkx is not installed: NetworkX check skipped");
        return;
    }
    TempDir folder;
    const auto file = folder / fileName;
    std::ofstream(file, std::ios::binary) << text;
    const std::string output = runPython("import sys, networkx as nx\n" + reader + "\n" +
                                             "first = next(iter(g.nodes(data=True)))\n"
                                             "print(g.number_of_nodes(), g.number_of_edges(), first[1]['kind'], "
                                             "first[1]['label'])\n",
                                         file, folder.path());
    const Actor& first = snapshot.network.actors().front();
    CHECK(output == std::to_string(snapshot.network.actors().size()) + " " +
                        std::to_string(snapshot.network.relations().size()) + " " + std::string(toKey(first.kind)) +
                        " " + first.name + "\n");
}

} // namespace speelveld::test
