#include "ProjectFile.h"

#include "FileReplacement.h"
#include "JsonFormat.h"
#include "ProjectSchema.h"
#include "TextCheck.h"
#include "UserError.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <fstream>

namespace speelveld {
namespace {

constexpr std::array<char, 16> kSqliteHeader{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                             'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

std::string displayName(const std::filesystem::path& file) { return file.string(); }

int pragmaInt(SQLite::Database& db, const char* pragma)
{
    SQLite::Statement query(db, std::string("PRAGMA ") + pragma);
    return query.executeStep() ? query.getColumn(0).getInt() : 0;
}

/// SQLite's advice for opening databases from elsewhere: no code from the schema, no memory-mapped I/O,
/// checked cells, and limits so a crafted file cannot make us allocate without bound.
void harden(SQLite::Database& db)
{
    sqlite3* handle = db.getHandle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 50);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    db.exec("PRAGMA cell_size_check=ON; PRAGMA mmap_size=0; PRAGMA trusted_schema=OFF;");
}

/// What to open instead of a damaged file.
std::string restoreHint(const std::filesystem::path& file)
{
    const std::filesystem::path backup = file.string() + ".bak";
    std::error_code error;
    if (std::filesystem::is_regular_file(backup, error)) {
        return "Open the backup " + backup.filename().string() + " beside it instead, or an earlier copy";
    }
    return "Open an earlier copy of the project, if you have one";
}

/// A failed read of a project file in words a user can act on: SQLite's primary result `code` tells
/// damage from the rest.
UserError loadFailure(const std::filesystem::path& file, int code, const std::string& detail)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_RANGE:
    case SQLITE_SCHEMA:
        return UserError(file.string(), "", "the file is damaged (" + detail + ")", restoreHint(file));
    case SQLITE_TOOBIG:
    case SQLITE_NOMEM:
        return UserError(file.string(), "", "the file holds more than Speelveld can read (" + detail + ")",
                         "The file may be damaged; " + restoreHint(file));
    default:
        return UserError(file.string(), "", "the project cannot be read (" + detail + ")",
                         "Check that the disk is there and readable; if it is, the file may be damaged: " +
                             restoreHint(file));
    }
}

/// A failed save in words a user can act on. `systemError`: the errno behind SQLite's error, if known.
UserError saveFailure(const std::string& name, const SQLite::Exception& failure, int systemError)
{
    const std::string unchanged = "Your previous file is unchanged; ";
    const int code = failure.getErrorCode() & 0xff;
    if (code == SQLITE_FULL || systemError == ENOSPC || systemError == EDQUOT) {
        return UserError(name, "", "the disk is full, so the project could not be saved",
                         unchanged + "free some space on the disk, or save on another disk");
    }
    switch (code) {
    case SQLITE_IOERR:
        return UserError(name, "", std::string("the disk reported an error while saving (") + failure.what() + ")",
                         unchanged + "save on another disk or in another folder");
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return UserError(name, "", "no new file can be made in this folder",
                         unchanged + "check that the folder exists and that you may write in it, or choose another");
    default:
        return UserError(name, "", std::string("saving failed (") + failure.what() + ")",
                         unchanged + "check the free space and that you may write in the folder");
    }
}

/// Refuses a damaged file before anything is read from it. integrity_check rather than quick_check: it also
/// compares every index with its table. On a 10,000-actor project (7 MB) it took 117 ms against 46 ms, where
/// the whole load took 0.7-1.0 s.
void checkIntact(SQLite::Database& db, const std::filesystem::path& file)
{
    SQLite::Statement check(db, "PRAGMA integrity_check(5)");
    std::string problems;
    while (check.executeStep()) {
        const std::string row = check.getColumn(0).getString();
        if (row == "ok") {
            return;
        }
        if (row.rfind("*** ", 0) != 0) { // SQLite's heading "*** in database main ***" says nothing to a user
            problems += (problems.empty() ? "" : "; ") + row;
        }
    }
    if (problems.empty()) {
        problems = "errors";
    }
    throw UserError(file.string(), "", "the file is damaged (SQLite's check found: " + problems + ")",
                    restoreHint(file));
}

void checkSchema(SQLite::Database& db, int version, const std::string& name)
{
    const auto expected = expectedTables(version);
    SQLite::Statement query(db, "SELECT type, name, tbl_name FROM sqlite_master");
    std::vector<std::string> seen;
    while (query.executeStep()) {
        const std::string type = query.getColumn(0).getString();
        const std::string object = query.getColumn(1).getString();
        const std::string table = query.getColumn(2).getString();
        const bool knownTable = std::find(expected.begin(), expected.end(), table) != expected.end();
        if (type == "table" && knownTable) {
            seen.push_back(object);
            continue;
        }
        if (type == "index" && knownTable && object.rfind("sqlite_autoindex_", 0) == 0) {
            continue;
        }
        throw UserError(name, type + " \"" + object + "\"", "the file holds something a Speelveld project never has",
                        "It may have been altered by another program; open a backup instead");
    }
    for (const auto& table : expected) {
        if (std::find(seen.begin(), seen.end(), table) == seen.end()) {
            throw UserError(name, "table \"" + table + "\"", "a table of the project is missing",
                            "The file is damaged; " + restoreHint(name));
        }
    }
}

/// A text of the model as the file holds it. Speelveld writes only UTF-8 without NUL characters, which the JSON
/// export, its reader and the window rely on, so anything else is damage. (Found by fuzz/: a NUL in a description
/// opened, but the project's JSON export could then not be read back.)
std::string textColumn(const SQLite::Column& column, const std::string& name, const char* table)
{
    std::string text = column.getString();
    if (const auto bad = firstInvalidUtf8(text)) {
        throw UserError(name, std::string("table \"") + table + "\", column \"" + column.getName() + "\"",
                        text[*bad] == '\0' ? "a text holds the character NUL" : "a text is not valid UTF-8",
                        "The file is damaged; open the backup FILE.bak, or an earlier copy");
    }
    return text;
}

template <typename Enum>
Enum enumColumn(const SQLite::Column& column, std::optional<Enum> (*fromKey)(std::string_view), const std::string& name,
                const char* table)
{
    const std::string key = column.getString();
    const auto value = fromKey(key);
    if (!value) {
        throw UserError(name, std::string("table ") + table, "unknown value \"" + key + "\"",
                        "The file is damaged or from a newer Speelveld; open a backup or update Speelveld");
    }
    return *value;
}

Network readNetwork(SQLite::Database& db, Id snapshot, int version, const std::string& name)
{
    Network network;
    auto select = [&](const std::string& sql) {
        auto query = std::make_unique<SQLite::Statement>(db, sql);
        query->bind(1, snapshot);
        return query;
    };
    auto domains = select("SELECT id, name FROM domains WHERE snapshot=? ORDER BY seq");
    while (domains->executeStep()) {
        network.addDomain({domains->getColumn(0).getInt64(), textColumn(domains->getColumn(1), name, "domains")});
    }
    auto actors = select("SELECT id, kind, name, description FROM actors WHERE snapshot=? ORDER BY seq");
    auto tags = select("SELECT tag FROM actor_tags WHERE snapshot=? AND actor=? ORDER BY seq");
    auto attributes = select("SELECT name, value FROM actor_attributes WHERE snapshot=? AND actor=? ORDER BY name");
    std::unique_ptr<SQLite::Statement> positions;
    if (version >= 2) {
        positions = select("SELECT x, y, pinned FROM positions WHERE snapshot=? AND actor=?");
    }
    while (actors->executeStep()) {
        Actor actor;
        actor.id = actors->getColumn(0).getInt64();
        actor.kind = enumColumn(actors->getColumn(1), &actorKindFromKey, name, "actors");
        actor.name = textColumn(actors->getColumn(2), name, "actors");
        actor.description = textColumn(actors->getColumn(3), name, "actors");
        tags->reset();
        tags->bind(2, actor.id);
        while (tags->executeStep()) {
            actor.tags.push_back(textColumn(tags->getColumn(0), name, "actor_tags"));
        }
        attributes->reset();
        attributes->bind(2, actor.id);
        while (attributes->executeStep()) {
            actor.attributes[textColumn(attributes->getColumn(0), name, "actor_attributes")] =
                textColumn(attributes->getColumn(1), name, "actor_attributes");
        }
        if (positions) {
            positions->reset();
            positions->bind(2, actor.id);
            if (positions->executeStep()) {
                actor.position = Point{positions->getColumn(0).getDouble(), positions->getColumn(1).getDouble()};
                actor.pinned = positions->getColumn(2).getInt() != 0;
            }
        }
        network.addActor(std::move(actor));
    }
    auto roles = select("SELECT id, actor, domain, role FROM roles WHERE snapshot=? ORDER BY seq");
    while (roles->executeStep()) {
        network.addRole({roles->getColumn(0).getInt64(), roles->getColumn(1).getInt64(), roles->getColumn(2).getInt64(),
                         enumColumn(roles->getColumn(3), &roleTypeFromKey, name, "roles")});
    }
    auto relations = select("SELECT id, source, target, type, domain, strength, trust, basis, steering, financing, "
                            "valid_from, valid_to, note FROM relations WHERE snapshot=? ORDER BY seq");
    std::unique_ptr<SQLite::Statement> relationAttributes;
    if (version >= 3) {
        relationAttributes =
            select("SELECT name, value FROM relation_attributes WHERE snapshot=? AND relation=? ORDER BY name");
    }
    while (relations->executeStep()) {
        Relation relation;
        relation.id = relations->getColumn(0).getInt64();
        relation.source = relations->getColumn(1).getInt64();
        relation.target = relations->getColumn(2).getInt64();
        relation.type = enumColumn(relations->getColumn(3), &relationTypeFromKey, name, "relations");
        relation.domain = relations->getColumn(4).isNull() ? 0 : relations->getColumn(4).getInt64();
        relation.strength = relations->getColumn(5).getInt();
        relation.trust = relations->getColumn(6).isNull() ? 0 : relations->getColumn(6).getInt();
        relation.basis = enumColumn(relations->getColumn(7), &formalBasisFromKey, name, "relations");
        relation.steering = enumColumn(relations->getColumn(8), &steeringFocusFromKey, name, "relations");
        relation.financing = enumColumn(relations->getColumn(9), &financingFromKey, name, "relations");
        relation.validFrom = textColumn(relations->getColumn(10), name, "relations");
        relation.validTo = textColumn(relations->getColumn(11), name, "relations");
        relation.note = textColumn(relations->getColumn(12), name, "relations");
        if (relationAttributes) {
            relationAttributes->reset();
            relationAttributes->bind(2, relation.id);
            while (relationAttributes->executeStep()) {
                relation.attributes[textColumn(relationAttributes->getColumn(0), name, "relation_attributes")] =
                    textColumn(relationAttributes->getColumn(1), name, "relation_attributes");
            }
        }
        network.addRelation(std::move(relation));
    }
    auto decisions = select("SELECT id, title, description, domain FROM decisions WHERE snapshot=? ORDER BY seq");
    auto raci = select("SELECT actor, raci FROM raci WHERE snapshot=? AND decision=? ORDER BY seq");
    while (decisions->executeStep()) {
        Decision decision;
        decision.id = decisions->getColumn(0).getInt64();
        decision.title = textColumn(decisions->getColumn(1), name, "decisions");
        decision.description = textColumn(decisions->getColumn(2), name, "decisions");
        decision.domain = decisions->getColumn(3).isNull() ? 0 : decisions->getColumn(3).getInt64();
        raci->reset();
        raci->bind(2, decision.id);
        while (raci->executeStep()) {
            decision.assignments.push_back(
                {raci->getColumn(0).getInt64(), enumColumn(raci->getColumn(1), &raciFromKey, name, "raci")});
        }
        network.addDecision(std::move(decision));
    }
    auto groups = select("SELECT id, name FROM actor_groups WHERE snapshot=? ORDER BY seq");
    auto members = select("SELECT actor FROM group_members WHERE snapshot=? AND grp=? ORDER BY seq");
    while (groups->executeStep()) {
        Group group;
        group.id = groups->getColumn(0).getInt64();
        group.name = textColumn(groups->getColumn(1), name, "actor_groups");
        members->reset();
        members->bind(2, group.id);
        while (members->executeStep()) {
            group.members.push_back(members->getColumn(0).getInt64());
        }
        network.addGroup(std::move(group));
    }
    return network;
}

Project readProject(SQLite::Database& db, int version, const std::string& name)
{
    Project project;
    std::string current;
    SQLite::Statement meta(db, "SELECT key, value FROM project");
    while (meta.executeStep()) {
        const std::string key = textColumn(meta.getColumn(0), name, "project");
        if (key == "title") {
            project.title = textColumn(meta.getColumn(1), name, "project");
        } else if (key == "description") {
            project.description = textColumn(meta.getColumn(1), name, "project");
        } else if (key == "current") {
            current = textColumn(meta.getColumn(1), name, "project");
        } else if (key == "role_conflicts") {
            project.conflicts = parseRoleConflicts(textColumn(meta.getColumn(1), name, "project"), name,
                                                   "table \"project\", key \"role_conflicts\"");
        }
    }
    SQLite::Statement snapshots(db, "SELECT id, name, date, description FROM snapshots ORDER BY seq");
    while (snapshots.executeStep()) {
        Snapshot snapshot;
        snapshot.id = snapshots.getColumn(0).getInt64();
        snapshot.name = textColumn(snapshots.getColumn(1), name, "snapshots");
        snapshot.date = textColumn(snapshots.getColumn(2), name, "snapshots");
        snapshot.description = textColumn(snapshots.getColumn(3), name, "snapshots");
        snapshot.network = readNetwork(db, snapshot.id, version, name);
        project.snapshots.push_back(std::move(snapshot));
    }
    if (project.snapshots.empty()) {
        throw UserError(name, "table \"snapshots\"", "the project holds no snapshot",
                        "The file is damaged; " + restoreHint(name));
    }
    if (const Snapshot* shown = project.findSnapshot(current)) {
        project.current = static_cast<std::size_t>(shown - project.snapshots.data());
    }
    return project;
}

void writeProject(SQLite::Database& db, const Project& project)
{
    SQLite::Statement meta(db, "INSERT INTO project(key, value) VALUES (?, ?)");
    const std::string current = project.snapshots.empty() ? std::string() : project.snapshots.at(project.current).name;
    const std::string conflicts = writeRoleConflicts(project.conflicts);
    for (const auto& [key, value] :
         std::array<std::pair<const char*, const std::string*>, 4>{{{"title", &project.title},
                                                                    {"description", &project.description},
                                                                    {"current", &current},
                                                                    {"role_conflicts", &conflicts}}}) {
        meta.reset();
        meta.bind(1, key);
        meta.bind(2, *value);
        meta.exec();
    }
    SQLite::Statement snapshotRow(db, "INSERT INTO snapshots VALUES (?, ?, ?, ?, ?)");
    SQLite::Statement domainRow(db, "INSERT INTO domains VALUES (?, ?, ?, ?)");
    SQLite::Statement actorRow(db, "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)");
    SQLite::Statement tagRow(db, "INSERT INTO actor_tags VALUES (?, ?, ?, ?)");
    SQLite::Statement attributeRow(db, "INSERT INTO actor_attributes VALUES (?, ?, ?, ?)");
    SQLite::Statement relationAttributeRow(db, "INSERT INTO relation_attributes VALUES (?, ?, ?, ?)");
    SQLite::Statement positionRow(db, "INSERT INTO positions VALUES (?, ?, ?, ?, ?)");
    SQLite::Statement roleRow(db, "INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?)");
    SQLite::Statement relationRow(db, "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement decisionRow(db, "INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?)");
    SQLite::Statement raciRow(db, "INSERT INTO raci VALUES (?, ?, ?, ?, ?)");
    SQLite::Statement groupRow(db, "INSERT INTO actor_groups VALUES (?, ?, ?, ?)");
    SQLite::Statement memberRow(db, "INSERT INTO group_members VALUES (?, ?, ?, ?)");
    auto run = [](SQLite::Statement& statement, auto... values) {
        statement.reset();
        int index = 1;
        (statement.bind(index++, values), ...);
        statement.exec();
    };
    auto text = [](std::string_view view) { return std::string(view); };
    auto optionalId = [](SQLite::Statement& statement, int index, Id id) {
        if (id == 0) {
            statement.bind(index);
        } else {
            statement.bind(index, id);
        }
    };

    for (std::size_t s = 0; s < project.snapshots.size(); ++s) {
        const Snapshot& snapshot = project.snapshots[s];
        const Id sid = snapshot.id != 0 ? snapshot.id : static_cast<Id>(s + 1);
        run(snapshotRow, sid, static_cast<int64_t>(s), snapshot.name, snapshot.date, snapshot.description);
        const Network& network = snapshot.network;
        int64_t seq = 0;
        for (const auto& domain : network.domains()) {
            run(domainRow, sid, domain.id, seq++, domain.name);
        }
        seq = 0;
        for (const auto& actor : network.actors()) {
            run(actorRow, sid, actor.id, seq++, text(toKey(actor.kind)), actor.name, actor.description);
            int64_t tagSeq = 0;
            for (const auto& tag : actor.tags) {
                run(tagRow, sid, actor.id, tagSeq++, tag);
            }
            for (const auto& [name, value] : actor.attributes) {
                run(attributeRow, sid, actor.id, name, value);
            }
            if (actor.position) {
                run(positionRow, sid, actor.id, actor.position->x, actor.position->y, actor.pinned ? 1 : 0);
            }
        }
        seq = 0;
        for (const auto& role : network.roles()) {
            run(roleRow, sid, role.id, seq++, role.actor, role.domain, text(toKey(role.type)));
        }
        seq = 0;
        for (const auto& r : network.relations()) {
            relationRow.reset();
            int index = 1;
            for (int64_t value : {sid, r.id, seq++, r.source, r.target}) {
                relationRow.bind(index++, value);
            }
            relationRow.bind(index++, text(toKey(r.type)));
            optionalId(relationRow, index++, r.domain);
            relationRow.bind(index++, r.strength);
            optionalId(relationRow, index++, r.trust);
            relationRow.bind(index++, text(toKey(r.basis)));
            relationRow.bind(index++, text(toKey(r.steering)));
            relationRow.bind(index++, text(toKey(r.financing)));
            relationRow.bind(index++, r.validFrom);
            relationRow.bind(index++, r.validTo);
            relationRow.bind(index++, r.note);
            relationRow.exec();
            for (const auto& [name, value] : r.attributes) {
                run(relationAttributeRow, sid, r.id, name, value);
            }
        }
        seq = 0;
        for (const auto& decision : network.decisions()) {
            decisionRow.reset();
            decisionRow.bind(1, sid);
            decisionRow.bind(2, decision.id);
            decisionRow.bind(3, seq++);
            decisionRow.bind(4, decision.title);
            decisionRow.bind(5, decision.description);
            optionalId(decisionRow, 6, decision.domain);
            decisionRow.exec();
            int64_t line = 0;
            for (const auto& assignment : decision.assignments) {
                run(raciRow, sid, decision.id, line++, assignment.actor, text(toKey(assignment.raci)));
            }
        }
        seq = 0;
        for (const auto& group : network.groups()) {
            run(groupRow, sid, group.id, seq++, group.name);
            int64_t member = 0;
            for (Id actor : group.members) {
                run(memberRow, sid, group.id, member++, actor);
            }
        }
    }
}

} // namespace

bool looksLikeSqlite(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    return in.gcount() == static_cast<std::streamsize>(header.size()) && header == kSqliteHeader;
}

Project loadProject(const std::filesystem::path& file)
{
    const std::string name = displayName(file);
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        throw UserError(name, "", "there is no such file", "Check the name and the folder");
    }
    {
        std::ifstream probe(file, std::ios::binary);
        if (!probe) {
            throw UserError(name, "", "the file cannot be read", "Check that you may read it");
        }
    }
    if (!looksLikeSqlite(file)) {
        throw UserError(name, "", "this is not a Speelveld project (it is not an SQLite database)",
                        "Open a .speelveld file, or a Speelveld JSON file");
    }
    try {
        SQLite::Database db(file, SQLite::OPEN_READONLY);
        harden(db);
        const int applicationId = pragmaInt(db, "application_id");
        if (applicationId != kApplicationId) {
            throw UserError(name, "", "this SQLite database belongs to another program, not to Speelveld",
                            "Open a .speelveld file; this file was left untouched");
        }
        const int version = pragmaInt(db, "user_version");
        if (version > kSchemaVersion) {
            throw UserError(name, "",
                            "this project was saved by a newer Speelveld (file version " + std::to_string(version) +
                                ", this program reads up to " + std::to_string(kSchemaVersion) + ")",
                            "Update Speelveld to open it");
        }
        if (version < 1) {
            throw UserError(name, "", "the file has no valid version number",
                            "The file is damaged; " + restoreHint(file));
        }
        checkIntact(db, file);
        checkSchema(db, version, name);
        if (version == kSchemaVersion) {
            return readProject(db, version, name);
        }
        // Older file: migrate a copy in memory, so opening never changes the user's file.
        SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup(memory, db).executeStep();
        harden(memory);
        {
            SQLite::Transaction migration(memory);
            for (int from = version; from < kSchemaVersion; ++from) {
                memory.exec(migrationSql(from));
            }
            memory.exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
            migration.commit();
        }
        return readProject(memory, kSchemaVersion, name);
    } catch (const SQLite::Exception& failure) {
        throw loadFailure(file, failure.getErrorCode(), failure.what());
    } catch (const ModelError& failure) {
        throw UserError(name, "", std::string("the project's contents do not fit together (") + failure.what() + ")",
                        "The file is damaged; " + restoreHint(file));
    }
}

void saveProject(const Project& project, const std::filesystem::path& file)
{
    const std::string name = displayName(file);
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
        bool ours = false;
        if (looksLikeSqlite(file)) {
            try {
                SQLite::Database existing(file, SQLite::OPEN_READONLY);
                ours = pragmaInt(existing, "application_id") == kApplicationId;
            } catch (const SQLite::Exception& failure) {
                const int code = failure.getErrorCode() & 0xff;
                if (code != SQLITE_NOTADB && code != SQLITE_CORRUPT) { // not "not ours": it could not be read
                    throw UserError(name, "",
                                    std::string("the existing file could not be read to check that it is a "
                                                "Speelveld project (") +
                                        failure.what() + ")",
                                    "Your previous file is unchanged; check the disk, or save under another name");
                }
            }
        }
        if (!ours) {
            throw UserError(name, "", "this file exists and is not a Speelveld project",
                            "Speelveld does not replace files it did not write; choose another name");
        }
    }
    if (const auto reason = readOnlyReason(file)) {
        throw UserError(name, "", *reason, "Nothing was saved; save under another name, or make it writable first");
    }
    FileReplacement replacement(file); // until commit(), the file stays as it is
    try {
        SQLite::Database db(replacement.temporary(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        try {
            db.exec("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
            db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
            SQLite::Transaction transaction(db);
            db.exec(schemaSql(kSchemaVersion));
            db.exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
            writeProject(db, project);
            transaction.commit();
            SQLite::Statement check(db, "PRAGMA quick_check");
            if (!check.executeStep() || check.getColumn(0).getString() != "ok") {
                throw UserError(name, "", "the saved copy did not pass SQLite's check",
                                "Your previous file is unchanged; save again or choose another folder");
            }
        } catch (const SQLite::Exception& failure) {
            throw saveFailure(name, failure, sqlite3_system_errno(db.getHandle()));
        }
    } catch (const SQLite::Exception& failure) {
        throw saveFailure(name, failure, 0);
    }
    replacement.commit();
}

} // namespace speelveld
