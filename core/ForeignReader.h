#pragma once
// Builds actors and relations from another tool's records (a CSV row, a DOT node or edge): each value goes to
// the field its heading means, and what no field takes is kept as a free attribute, never dropped. Shared by the
// CSV and DOT importers so both read headings and values the same way.

#include "ForeignFields.h"
#include "ImportTally.h"
#include "Network.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace speelveld {

/// How one heading of a table or attribute list is read.
struct Heading {
    std::string name;           ///< as the file writes it ("Soort"); a value kept as a free attribute is kept under it
    std::string source;         ///< for the report: "column \"Soort\""
    std::optional<Field> field; ///< looked up among the actor or the relation fields, as the caller asked
    /// Not read at all, and said so once in the report: a measure Speelveld computes again (any actor heading
    /// named like one of its measures, as its own exports write them), or how another program drew the map.
    bool dropped = false;
};

/// Marks the heading as not read and notes why, once.
void dropHeading(Heading& heading, const std::string& why, ImportTally& tally);

/// Decides for each heading which field it means. `meanings[i]` is what heading i is read as (the heading itself,
/// or what a column mapping says); a heading starting with "attribute:" is always kept as a free attribute
/// without that prefix. When two headings mean the same field the first wins and the later is kept (and noted).
std::vector<Heading> fieldHeadings(FieldOwner owner, const std::vector<std::string>& names,
                                   const std::vector<std::string>& meanings, const std::string& sourceWord,
                                   ImportTally& tally);

/// Reads records into one network; the domains that relations and roles name are made as they are met.
class ForeignReader {
public:
    ForeignReader(Network& network, ImportTally& tally) : network_(network), tally_(tally) {}

    /// One non-empty value of the actor being read (everything but its id, which the caller decides).
    void actorValue(Actor& actor, const Heading& heading, const std::string& text, const std::string& place);
    /// Adds the actor with the roles and position its values gave; returns its id. Its groups are made when
    /// first named; later members join them in finishGroups().
    Id addActor(Actor actor, const std::string& place);
    /// Puts the later members of every group in place; call once, after the last actor.
    void finishGroups();

    /// One non-empty value of the relation being read (not its id, source or target: the caller's).
    void relationValue(Relation& relation, const Heading& heading, const std::string& text, const std::string& place);
    /// The direction a relation has when its record says none (a DOT graph declared undirected).
    void setDefaultDirection(Direction direction) { defaultDirection_ = direction; }
    /// Settles the type against the direction, adds the relation and returns its id.
    Id addRelation(Relation relation, const std::string& place);

    /// The domain with this name, made when first named.
    Id domainNamed(const std::string& name);

private:
    void keep(std::map<std::string, std::string>& attributes, const Heading& heading, const std::string& text,
              const std::string& entity);
    void notUnderstood(std::map<std::string, std::string>& attributes, const Heading& heading, const std::string& text,
                       const std::string& place, const std::string& entity, const std::string& fallback);

    Network& network_;
    ImportTally& tally_;
    std::map<std::string, Id> domains_;
    // What the record being read said that is settled when it is added.
    std::vector<std::pair<std::string, RoleType>> roles_;
    std::vector<std::string> groups_;
    std::map<std::string, Id> groupIds_;
    // Members after the first, added to each group at once: updating a group for every member copied and checked
    // all its members each time, quadratic in a group of 100,000.
    std::map<Id, std::vector<Id>> laterMembers_;
    std::optional<std::pair<const Heading*, std::string>> x_, y_;
    std::optional<std::pair<const Heading*, std::string>> direction_;
    bool typed_ = false;
    Direction defaultDirection_ = Direction::Directed;
};

/// An actor's roles as one cell: "Welzijn: commissioner|Wmo: funder" (domain name, a colon, the role key).
std::string rolesText(const Network& network, Id actor);
/// Tags as one cell, joined with '|' as Kumu does.
std::string tagsText(const std::vector<std::string>& tags);

} // namespace speelveld
