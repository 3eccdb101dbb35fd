#pragma once
// The readable text form of a project (docs/FORMATS.md, "Speelveld JSON"); the shipped examples use it.

#include "Project.h"

#include <filesystem>
#include <string>

namespace speelveld {

/// Largest JSON file read (bytes); bigger files are refused with a message rather than read into memory.
inline constexpr std::uintmax_t kMaxJsonBytes = 256ULL * 1024 * 1024;

/// Limits checked while a JSON text is parsed (docs/FORMATS.md); tests pass smaller ones.
struct JsonLimits {
    /// Values (texts, numbers, lists, objects): the parsed tree takes up to ~110 bytes a value, so this bounds
    /// the memory a hostile file can make us take, whatever its size.
    std::size_t maxValues = 10'000'000;
    /// Nesting of lists and objects; a Speelveld file needs 7.
    std::size_t maxDepth = 32;
};

/// Reads a Speelveld JSON file; throws UserError naming the file and the place (snapshots[0].actors[3].kind).
Project readJsonProject(const std::filesystem::path& file);

/// Parses Speelveld JSON text; `fileName` is only used in messages.
Project parseJsonProject(const std::string& text, const std::string& fileName, const JsonLimits& limits = {});

/// The project as Speelveld JSON text (ids as numbers, everything the model holds).
std::string writeJsonProject(const Project& project);

/// A role-conflict table as JSON text: a list of pairs of role keys, [["commissioner", "contractor"], ...].
std::string writeRoleConflicts(const RoleConflictTable& table);
/// Parses that text; throws UserError naming `fileName` and `place` (the pair and the role) on a mistake.
RoleConflictTable parseRoleConflicts(const std::string& text, const std::string& fileName, const std::string& place);
/// Reads a file holding {"role_conflicts": [...]} (as data/role-conflicts.json does).
RoleConflictTable readRoleConflictsFile(const std::filesystem::path& file);

} // namespace speelveld
