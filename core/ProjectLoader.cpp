#include "ProjectLoader.h"

#include "JsonFormat.h"
#include "ProjectFile.h"
#include "UserError.h"

#include <fstream>

namespace speelveld {

Project openProjectFile(const std::filesystem::path& file)
{
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        throw UserError(file.string(), "", "there is no such file", "Check the name and the folder");
    }
    if (std::filesystem::is_directory(file, error)) {
        throw UserError(file.string(), "", "this is a folder, not a file", "Give the name of a project file in it");
    }
    if (looksLikeSqlite(file)) {
        return loadProject(file);
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError(file.string(), "", "the file cannot be opened", "Check the name and that you may read it");
    }
    char first = 0;
    while (in.get(first) && (first == ' ' || first == '\n' || first == '\r' || first == '\t')) {
    }
    if (first == '{') {
        return readJsonProject(file);
    }
    if (static_cast<unsigned char>(first) == 0xEF) { // a UTF-8 byte order mark before the JSON
        return readJsonProject(file);
    }
    throw UserError(file.string(), "", "this is neither a Speelveld project nor Speelveld JSON",
                    "Open a .speelveld file or a .json file written by Speelveld");
}

} // namespace speelveld
