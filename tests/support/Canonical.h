#pragma once
// A network as text for round-trip tests of foreign formats: every field a format can carry, with the ids a
// foreign file cannot keep (domains, roles) replaced by what it does keep (domain names). Two networks that
// read the same here hold the same data.

#include "core/Model.h"
#include "core/Network.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace speelveld::test {

/// What a format leaves out of the comparison.
struct NotCarried {
    bool groups = false;      ///< the format has no groups
    bool memberOrder = false; ///< groups come back with their members in actor order
    bool groupIds = false;    ///< groups come back with new ids
};

/// The first actor with this name, or nullptr.
inline const Actor* actorNamed(const Network& network, const std::string& name)
{
    for (const auto& actor : network.actors()) {
        if (actor.name == name) {
            return &actor;
        }
    }
    return nullptr;
}

/// Whether one of an import report's lines holds this text.
inline bool anyLineHas(const std::vector<std::string>& lines, const std::string& wanted)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.find(wanted) != std::string::npos; });
}

inline std::string canonical(const Network& network, NotCarried lost = {})
{
    const auto domainName = [&](Id id) {
        const Domain* domain = network.domain(id);
        return domain ? domain->name : std::string("-");
    };
    std::ostringstream out;
    out.precision(17);
    for (const auto& a : network.actors()) {
        out << "actor " << a.id << " " << toKey(a.kind) << " [" << a.name << "] [" << a.description << "] tags";
        for (const auto& tag : a.tags) {
            out << " [" << tag << "]";
        }
        for (const auto& [k, v] : a.attributes) {
            out << " {" << k << "=" << v << "}";
        }
        if (a.position) {
            out << " at " << a.position->x << "," << a.position->y;
        }
        out << (a.pinned ? " pinned" : "") << "\n";
    }
    std::vector<std::string> roles;
    for (const auto& r : network.roles()) {
        roles.push_back("role " + std::to_string(r.actor) + " " + domainName(r.domain) + " " +
                        std::string(toKey(r.type)));
    }
    std::sort(roles.begin(), roles.end()); // no foreign format keeps the order of roles across actors
    for (const auto& line : roles) {
        out << line << "\n";
    }
    for (const auto& r : network.relations()) {
        out << "relation " << r.id << " " << r.source << "->" << r.target << " " << toKey(r.type) << " domain "
            << (r.domain == 0 ? std::string("none") : domainName(r.domain)) << " s" << r.strength << " t" << r.trust
            << " " << toKey(r.basis) << "/" << toKey(r.steering) << "/" << toKey(r.financing) << " [" << r.validFrom
            << "] [" << r.validTo << "] [" << r.note << "]";
        for (const auto& [k, v] : r.attributes) {
            out << " {" << k << "=" << v << "}";
        }
        out << "\n";
    }
    if (!lost.groups) {
        for (const auto& g : network.groups()) {
            std::vector<Id> members = g.members;
            if (lost.memberOrder) {
                std::sort(members.begin(), members.end());
            }
            out << "group " << (lost.groupIds ? Id(0) : g.id) << " [" << g.name << "]";
            for (const Id m : members) {
                out << " " << m;
            }
            out << "\n";
        }
    }
    return out.str();
}

} // namespace speelveld::test
