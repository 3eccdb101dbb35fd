#include "ProjectSchema.h"

#include <stdexcept>

namespace speelveld {
namespace {

// Version 1: the model without stored positions.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE project(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE snapshots(
    id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, name TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE domains(
    snapshot INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    id INTEGER NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY(snapshot, id));
CREATE TABLE actors(
    snapshot INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    id INTEGER NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY(snapshot, id));
CREATE TABLE actor_tags(
    snapshot INTEGER NOT NULL, actor INTEGER NOT NULL, seq INTEGER NOT NULL, tag TEXT NOT NULL,
    PRIMARY KEY(snapshot, actor, seq),
    FOREIGN KEY(snapshot, actor) REFERENCES actors(snapshot, id) ON DELETE CASCADE);
CREATE TABLE actor_attributes(
    snapshot INTEGER NOT NULL, actor INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY(snapshot, actor, name),
    FOREIGN KEY(snapshot, actor) REFERENCES actors(snapshot, id) ON DELETE CASCADE);
CREATE TABLE roles(
    snapshot INTEGER NOT NULL, id INTEGER NOT NULL, seq INTEGER NOT NULL,
    actor INTEGER NOT NULL, domain INTEGER NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY(snapshot, id),
    FOREIGN KEY(snapshot, actor) REFERENCES actors(snapshot, id) ON DELETE CASCADE,
    FOREIGN KEY(snapshot, domain) REFERENCES domains(snapshot, id) ON DELETE CASCADE);
CREATE TABLE relations(
    snapshot INTEGER NOT NULL, id INTEGER NOT NULL, seq INTEGER NOT NULL,
    source INTEGER NOT NULL, target INTEGER NOT NULL, type TEXT NOT NULL, domain INTEGER,
    strength INTEGER NOT NULL CHECK(strength BETWEEN 1 AND 5),
    trust INTEGER CHECK(trust BETWEEN 1 AND 5),
    basis TEXT NOT NULL, steering TEXT NOT NULL, financing TEXT NOT NULL,
    valid_from TEXT NOT NULL, valid_to TEXT NOT NULL, note TEXT NOT NULL,
    PRIMARY KEY(snapshot, id),
    FOREIGN KEY(snapshot, source) REFERENCES actors(snapshot, id) ON DELETE CASCADE,
    FOREIGN KEY(snapshot, target) REFERENCES actors(snapshot, id) ON DELETE CASCADE,
    FOREIGN KEY(snapshot, domain) REFERENCES domains(snapshot, id));
CREATE TABLE decisions(
    snapshot INTEGER NOT NULL, id INTEGER NOT NULL, seq INTEGER NOT NULL, title TEXT NOT NULL,
    description TEXT NOT NULL, domain INTEGER,
    PRIMARY KEY(snapshot, id),
    FOREIGN KEY(snapshot, domain) REFERENCES domains(snapshot, id));
CREATE TABLE raci(
    snapshot INTEGER NOT NULL, decision INTEGER NOT NULL, seq INTEGER NOT NULL,
    actor INTEGER NOT NULL, raci TEXT NOT NULL,
    PRIMARY KEY(snapshot, decision, seq),
    FOREIGN KEY(snapshot, decision) REFERENCES decisions(snapshot, id) ON DELETE CASCADE,
    FOREIGN KEY(snapshot, actor) REFERENCES actors(snapshot, id) ON DELETE CASCADE);
CREATE TABLE actor_groups(
    snapshot INTEGER NOT NULL, id INTEGER NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY(snapshot, id));
CREATE TABLE group_members(
    snapshot INTEGER NOT NULL, grp INTEGER NOT NULL, seq INTEGER NOT NULL, actor INTEGER NOT NULL,
    PRIMARY KEY(snapshot, grp, seq),
    FOREIGN KEY(snapshot, grp) REFERENCES actor_groups(snapshot, id) ON DELETE CASCADE,
    FOREIGN KEY(snapshot, actor) REFERENCES actors(snapshot, id) ON DELETE CASCADE);
)sql";

// Version 2 keeps laid-out and pinned positions, so opening a project does not lay it out again.
constexpr const char* kVersion1To2 = R"sql(
CREATE TABLE positions(
    snapshot INTEGER NOT NULL, actor INTEGER NOT NULL, x REAL NOT NULL, y REAL NOT NULL,
    pinned INTEGER NOT NULL CHECK(pinned IN (0, 1)),
    PRIMARY KEY(snapshot, actor),
    FOREIGN KEY(snapshot, actor) REFERENCES actors(snapshot, id) ON DELETE CASCADE);
)sql";

// Version 3 keeps free attributes on relations (what an import found and the model has no field for).
constexpr const char* kVersion2To3 = R"sql(
CREATE TABLE relation_attributes(
    snapshot INTEGER NOT NULL, relation INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY(snapshot, relation, name),
    FOREIGN KEY(snapshot, relation) REFERENCES relations(snapshot, id) ON DELETE CASCADE);
)sql";

} // namespace

std::string schemaSql(int version)
{
    if (version < 1 || version > kSchemaVersion) {
        throw std::out_of_range("no schema version " + std::to_string(version));
    }
    std::string sql = kVersion1;
    for (int from = 1; from < version; ++from) {
        sql += migrationSql(from);
    }
    return sql;
}

std::string migrationSql(int from)
{
    if (from == 1) {
        return kVersion1To2;
    }
    if (from == 2) {
        return kVersion2To3;
    }
    throw std::out_of_range("no migration from schema version " + std::to_string(from));
}

std::vector<std::string> expectedTables(int version)
{
    std::vector<std::string> tables{"project", "snapshots", "domains",   "actors", "actor_tags",   "actor_attributes",
                                    "roles",   "relations", "decisions", "raci",   "actor_groups", "group_members"};
    if (version >= 2) {
        tables.emplace_back("positions");
    }
    if (version >= 3) {
        tables.emplace_back("relation_attributes");
    }
    return tables;
}

} // namespace speelveld
