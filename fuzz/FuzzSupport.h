#pragma once
// What every harness shares: the input as text, a file to hold it for readers that take a path, and the check
// that whatever a reader accepted is a project Speelveld can write and read again.

#include "core/Project.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace speelveld::fuzz {

/// The fuzzer's bytes as text (no copy).
inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

/// One file per process in TMPDIR (or /dev/shm, which is memory), rewritten for every input and removed when the
/// process ends; the name keeps its extension, since some readers look at it.
class InputFile {
public:
    explicit InputFile(const std::string& name);
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    /// Replaces the file's content with these bytes and returns its path.
    const std::filesystem::path& write(std::string_view bytes);

private:
    std::filesystem::path path_;
};

/// A project a reader accepted must be writable as Speelveld JSON and read back with everything it held, and
/// JSON read back must be stable: otherwise the user could import a file and not save or reopen the result.
/// Aborts with a message naming what differed (a finding).
void checkRoundTrip(const Project& project);

} // namespace speelveld::fuzz
