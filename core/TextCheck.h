#pragma once
// Checks on text from another program before any parser sees it: is it UTF-8, where is a bad byte.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace speelveld {

/// The offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and NUL count as
/// invalid), or nothing when the whole text is valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

/// The line (from 1) an offset falls on.
std::size_t lineAt(std::string_view text, std::size_t offset);

/// Windows-1252 text (what Excel's "CSV (puntkomma gescheiden)" writes) as UTF-8; nothing when it holds a byte
/// Windows-1252 leaves undefined, or NUL.
std::optional<std::string> utf8FromWindows1252(std::string_view text);

} // namespace speelveld
