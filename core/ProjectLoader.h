#pragma once
// Opens whatever the user points at: a `.speelveld` project or a Speelveld JSON file.

#include "Project.h"

#include <filesystem>

namespace speelveld {

/// Reads a project from a `.speelveld` file or a Speelveld JSON file, told apart by content, not by name.
/// Throws UserError naming the file, the place and what to do.
Project openProjectFile(const std::filesystem::path& file);

} // namespace speelveld
