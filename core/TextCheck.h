#pragma once
// Text from another program before any parser sees it: read within a size limit, is it UTF-8, where is a bad byte.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace speelveld {

/// The bytes of a file; throws UserError naming the file when it cannot be read or is larger than `maxBytes`
/// (checked before reading, so a huge file never reaches memory).
std::string readTextFile(const std::filesystem::path& file, std::uintmax_t maxBytes);

/// The offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and NUL count as
/// invalid), or nothing when the whole text is valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

/// The line (from 1) an offset falls on.
std::size_t lineAt(std::string_view text, std::size_t offset);

/// Windows-1252 text (what Excel's "CSV (puntkomma gescheiden)" writes) as UTF-8; nothing when it holds a byte
/// Windows-1252 leaves undefined, or NUL.
std::optional<std::string> utf8FromWindows1252(std::string_view text);

} // namespace speelveld
