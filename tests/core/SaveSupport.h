#pragma once
// What the tests of failed and killed saves look at: the bytes of a file, the leftovers beside it.

#include "core/FileReplacement.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace speelveld::test {

inline std::string bytesOf(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The files beside `target` that only a failed or killed save of it leaves.
inline std::vector<std::string> leftoversOf(const std::filesystem::path& target)
{
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(target.parent_path())) {
        if (isSaveLeftover(entry.path(), target)) {
            found.push_back(entry.path().filename().string());
        }
    }
    return found;
}

} // namespace speelveld::test
