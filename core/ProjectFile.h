#pragma once
// The project file: one SQLite database per project (`.speelveld`), saved atomically, opened defensively.

#include "Project.h"

#include <filesystem>

namespace speelveld {

/// Opens a `.speelveld` file (read-only, so a read-only file opens too). Older schema versions are migrated in
/// memory (the file is not touched); a foreign, damaged (PRAGMA integrity_check), suspicious or newer file
/// throws UserError and is left as it is.
Project loadProject(const std::filesystem::path& file);

/// Saves the whole project in one transaction to a temporary file in the same folder, checks it,
/// flushes it to disk, keeps the old file as FILE.bak and renames the new one over FILE (FileReplacement).
/// Refuses to replace a file that is not a Speelveld project, or that is read-only (readOnlyReason).
/// Throws UserError on failure (a full disk, an I/O error, a step of the replacement); the old file is
/// then untouched and no temporary file is left.
void saveProject(const Project& project, const std::filesystem::path& file);

/// Whether the file starts with SQLite's header (it may still be a foreign database).
bool looksLikeSqlite(const std::filesystem::path& file);

} // namespace speelveld
