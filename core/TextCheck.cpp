#include "TextCheck.h"

#include "UserError.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace speelveld {

std::string readTextFile(const std::filesystem::path& file, std::uintmax_t maxBytes)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error) {
        throw UserError(file.string(), "", "cannot read the file (" + error.message() + ")",
                        "Check the name and that you may read it");
    }
    if (size > maxBytes) {
        const std::string limit = maxBytes >= 1024 * 1024 ? std::to_string(maxBytes / (1024 * 1024)) + " MiB"
                                                          : std::to_string(maxBytes) + " bytes";
        throw UserError(file.string(), "", "the file is larger than the limit of " + limit,
                        "Split it or import a smaller network");
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) {
        throw UserError(file.string(), "", "reading the file failed", "Check the disk and try again");
    }
    return text.str();
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
    std::size_t i = 0;
    while (i < text.size()) {
        const std::uint8_t lead = byte(i);
        std::size_t length = 0;
        std::uint32_t code = 0;
        if (lead == 0) {
            return i;
        }
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            code = lead & 0x1Fu;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            code = lead & 0x0Fu;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            code = lead & 0x07u;
        } else {
            return i;
        }
        if (i + length > text.size()) {
            return i;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((byte(i + k) & 0xC0u) != 0x80u) {
                return i;
            }
            code = (code << 6) | (byte(i + k) & 0x3Fu);
        }
        const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
            return i;
        }
        i += length;
    }
    return std::nullopt;
}

std::size_t lineAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 +
           static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::optional<std::string> utf8FromWindows1252(std::string_view text)
{
    // 0x80..0x9F: Windows-1252's own characters (0 where it defines none); the rest is Latin-1.
    static constexpr std::array<std::uint16_t, 32> high{0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                                        0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        const auto b = static_cast<std::uint8_t>(c);
        std::uint32_t code = b;
        if (b == 0) {
            return std::nullopt;
        }
        if (b >= 0x80 && b <= 0x9F) {
            code = high[b - 0x80];
            if (code == 0) {
                return std::nullopt;
            }
        }
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }
    return out;
}

} // namespace speelveld
