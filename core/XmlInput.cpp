#include "XmlInput.h"

#include "ForeignGraph.h"
#include "UserError.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace speelveld {
namespace {

constexpr unsigned int kParseOptions =
    // Keep "\r\n" inside values as written (our own exports write them raw), keep a value that is only
    // spaces, and see the DOCTYPE so entity declarations can be refused.
    (pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single) & ~pugi::parse_eol;

constexpr std::size_t kCheckpointBytes = 64;
static_assert(kMaxImportBytes < UINT32_MAX, "XmlInput counts characters in 32 bits");

/// Whether a byte starts a UTF-8 character (is not a continuation byte).
bool startsCharacter(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

/// The length of the UTF-8 sequence starting at text[i], or 0 when it is not valid UTF-8.
std::size_t utf8Length(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) -> unsigned char {
        return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
    };
    const unsigned char lead = byte(0);
    const auto continuation = [&](std::size_t k) { return (byte(k) & 0xC0) == 0x80; };
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        return continuation(1) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned char low = lead == 0xE0 ? 0xA0U : 0x80U;
        const unsigned char high = lead == 0xED ? 0x9FU : 0xBFU; // no UTF-16 surrogates
        return byte(1) >= low && byte(1) <= high && continuation(2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned char low = lead == 0xF0 ? 0x90U : 0x80U;
        const unsigned char high = lead == 0xF4 ? 0x8FU : 0xBFU; // nothing above U+10FFFF
        return byte(1) >= low && byte(1) <= high && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

} // namespace

std::string readForeignFile(const std::filesystem::path& file)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error) {
        throw UserError(file.string(), "", "cannot read the file (" + error.message() + ")",
                        "Check the name and that you may read it");
    }
    if (size > kMaxImportBytes) {
        throw UserError(file.string(), "",
                        "the file is larger than the limit of " + std::to_string(kMaxImportBytes / (1024 * 1024)) +
                            " MiB",
                        "Split the network into smaller files");
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) {
        throw UserError(file.string(), "", "reading the file failed", "Check the disk and try again");
    }
    return text.str();
}

XmlInput::XmlInput(std::string_view text, std::string fileName) : file_(std::move(fileName))
{
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
        throw UserError(file_, "line 1, column 1", "the file is UTF-16 text; Speelveld reads XML in UTF-8",
                        "Save the file as UTF-8 in the program that wrote it");
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3); // a byte-order mark is not part of the first line's columns
    }
    if (text.size() > kMaxImportBytes) {
        throw UserError(file_, "", "the text is larger than the limit of 256 MiB", "Split the network");
    }
    text_.assign(text);
    lineStarts_.push_back(0);
    charactersAt_.reserve(text_.size() / kCheckpointBytes + 1);
    std::uint32_t characters = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (i % kCheckpointBytes == 0) {
            charactersAt_.push_back(characters);
        }
        characters += startsCharacter(text_[i]) ? 1 : 0;
        if (text_[i] == '\n') {
            lineStarts_.push_back(i + 1);
        }
    }
    if (text_.size() % kCheckpointBytes == 0) {
        charactersAt_.push_back(characters); // so the end of the text has a checkpoint too
    }
    checkText();
    const pugi::xml_parse_result result =
        document_.load_buffer(text_.data(), text_.size(), kParseOptions, pugi::encoding_utf8);
    if (!result) {
        throw UserError(file_, place(static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0))),
                        std::string("this is not well-formed XML (") + result.description() + ")",
                        "Correct the text at that place, or export the file again from the program that wrote it");
    }
    checkTree();
}

std::string XmlInput::place(std::size_t offset) const
{
    offset = std::min(offset, text_.size());
    const auto line = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) - lineStarts_.begin();
    const std::size_t start = lineStarts_[static_cast<std::size_t>(line) - 1];
    const std::size_t column = charactersBefore(offset) - charactersBefore(start) + 1; // characters, not bytes
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::size_t XmlInput::charactersBefore(std::size_t offset) const
{
    const std::size_t checkpoint = offset / kCheckpointBytes;
    std::size_t characters = charactersAt_[checkpoint];
    for (std::size_t i = checkpoint * kCheckpointBytes; i < offset; ++i) {
        characters += startsCharacter(text_[i]) ? 1 : 0;
    }
    return characters;
}

std::string XmlInput::place(pugi::xml_node node) const
{
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) {
        return std::string("<") + node.name() + ">";
    }
    // offset_debug points at the name (of a DOCTYPE: at its text); the place a reader looks for is the '<'.
    const std::size_t start = text_.rfind('<', static_cast<std::size_t>(offset));
    return place(start == std::string::npos ? static_cast<std::size_t>(offset) : start);
}

void XmlInput::fail(pugi::xml_node node, const std::string& problem, const std::string& hint) const
{
    throw UserError(file_, place(node), problem, hint);
}

void XmlInput::checkText() const
{
    for (std::size_t i = 0; i < text_.size();) {
        if (text_[i] == '\0') {
            throw UserError(file_, place(i), "the file contains a NUL byte, which XML does not allow",
                            "The file is damaged or not text; export it again");
        }
        const std::size_t length = utf8Length(text_, i);
        if (length == 0) {
            throw UserError(file_, place(i), "the file is not valid UTF-8 text here",
                            "Save the file as UTF-8 in the program that wrote it");
        }
        i += length;
    }
    // A character reference to NUL (or to no character at all) would cut a value short without a word.
    for (std::size_t at = text_.find("&#"); at != std::string::npos; at = text_.find("&#", at + 2)) {
        std::size_t i = at + 2;
        const bool hex = i < text_.size() && text_[i] == 'x';
        i += hex ? 1 : 0;
        unsigned long value = 0;
        std::size_t digits = 0;
        for (; i < text_.size() && digits < 9; ++i, ++digits) {
            const char c = text_[i];
            const int digit = c >= '0' && c <= '9'          ? c - '0'
                              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                            : -1;
            if (digit < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + static_cast<unsigned long>(digit);
        }
        if (digits > 0 && (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))) {
            throw UserError(file_, place(at),
                            "the character reference " + text_.substr(at, i - at + 1) +
                                " names a character XML does not allow",
                            "Remove it; the file is damaged or was written by a faulty program");
        }
    }
}

void XmlInput::checkTree() const
{
    // Iterative walk (next sibling, else up): deep nesting costs no stack.
    pugi::xml_node node = document_.first_child();
    std::vector<std::string_view> names; // of one element's attributes, reused

    while (node) {
        if (node.type() == pugi::node_doctype &&
            std::string_view(node.value()).find("<!ENTITY") != std::string_view::npos) {
            fail(node,
                 "the file declares entities in its DOCTYPE; Speelveld does not read them, because they can "
                 "grow without bound or read other files",
                 "Remove the <!ENTITY ...> declarations, or export the file again from the program that wrote it");
        }
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
            if (std::string_view(node.value()).size() > kMaxAttributeValueBytes) {
                fail(node.parent(), "a text here is longer than the limit of 1 MiB", "Shorten it");
            }
        }
        if (node.type() == pugi::node_element) {
            std::size_t count = 0;
            names.clear();
            for (pugi::xml_attribute attribute = node.first_attribute(); attribute;
                 attribute = attribute.next_attribute()) {
                if (++count > kMaxAttributesPerElement) {
                    fail(node,
                         "the element <" + std::string(node.name()) + "> has more than " +
                             std::to_string(kMaxAttributesPerElement) + " attributes",
                         "The file is damaged or hostile; export it again");
                }
                if (std::string_view(attribute.value()).size() > kMaxAttributeValueBytes) {
                    fail(node,
                         "the attribute \"" + std::string(attribute.name()) + "\" is longer than the limit of 1 MiB",
                         "Shorten it");
                }
                names.emplace_back(attribute.name());
            }
            // pugixml takes the first of two attributes with one name, where XML says the file is not well formed.
            std::sort(names.begin(), names.end());
            if (const auto twice = std::adjacent_find(names.begin(), names.end()); twice != names.end()) {
                fail(node,
                     "the attribute \"" + std::string(*twice) + "\" is written twice on the element <" +
                         std::string(node.name()) + ">",
                     "Keep one of them: which one counts would be a guess");
            }
        }
        if (node.first_child()) {
            node = node.first_child();
            continue;
        }
        while (node && !node.next_sibling()) {
            node = node.parent();
        }
        if (node) {
            node = node.next_sibling();
        }
    }
}

std::string xmlText(const pugi::xml_document& document)
{
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    document.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return out.str();
}

std::optional<double> numberAttribute(pugi::xml_node element, const char* name)
{
    const std::string_view text = element.attribute(name).value();
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::string_view localName(pugi::xml_node node)
{
    const std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node childNamed(pugi::xml_node parent, std::string_view name)
{
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element && localName(child) == name) {
            return child;
        }
    }
    return {};
}

pugi::xml_node descendantNamed(pugi::xml_node top, std::string_view name)
{
    pugi::xml_node node = top.first_child();
    while (node && node != top) {
        if (node.type() == pugi::node_element && localName(node) == name) {
            return node;
        }
        if (node.first_child()) {
            node = node.first_child();
            continue;
        }
        while (node != top && !node.next_sibling()) {
            node = node.parent();
        }
        if (node != top) {
            node = node.next_sibling();
        }
    }
    return {};
}

} // namespace speelveld
