#pragma once
// The tables of a `.speelveld` file per schema version, and the steps that migrate one version to the next.

#include <string>
#include <vector>

namespace speelveld {

/// Our mark in the SQLite header (PRAGMA application_id): "SPVL".
inline constexpr int kApplicationId = 0x5350564C;

/// The schema version this build writes (PRAGMA user_version).
inline constexpr int kSchemaVersion = 3;

/// The statements that create a file of the given version from nothing (1 ≤ version ≤ kSchemaVersion).
std::string schemaSql(int version);

/// The statements that turn a file of version `from` into version `from + 1`.
std::string migrationSql(int from);

/// The tables a file of the given version holds; anything else in sqlite_master (a view, a trigger,
/// an unknown table) makes the file suspect.
std::vector<std::string> expectedTables(int version);

} // namespace speelveld
