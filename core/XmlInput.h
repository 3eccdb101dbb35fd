#pragma once
// Reading XML that another tool (or another person) wrote, safely (RELIABILITY.md): a size limit, UTF-8 and NUL
// checks, no DTD entities, bounded attribute counts and lengths, no recursion; and the line and column of any
// element for messages. Internal to core: only the GraphML and GEXF readers include it, so pugixml stays private.

#include <pugixml.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace speelveld {

/// The whole file as bytes; refuses files over kMaxImportBytes and unreadable files with a UserError.
std::string readForeignFile(const std::filesystem::path& file);

/// A parsed XML document that passed the hostile-input checks.
class XmlInput {
public:
    /// Parses `text`; throws UserError naming `fileName`, the line and column, and what is wrong.
    XmlInput(std::string_view text, std::string fileName);

    pugi::xml_node root() const { return document_.document_element(); }
    const std::string& fileName() const { return file_; }

    /// "line 12, column 5" of an element (of its name), or "" when unknown.
    std::string place(pugi::xml_node node) const;
    /// Throws a UserError at this element.
    [[noreturn]] void fail(pugi::xml_node node, const std::string& problem, const std::string& hint) const;

private:
    std::string place(std::size_t offset) const;
    std::size_t charactersBefore(std::size_t offset) const;
    void checkText() const;
    void checkTree() const;

    std::string file_;
    std::string text_;
    std::vector<std::size_t> lineStarts_;
    // Characters before every 64th byte: a column counted from the start of its line took quadratic time in a
    // file written on one line, where the readers ask for the place of every node and edge.
    std::vector<std::uint32_t> charactersAt_;
    pugi::xml_document document_;
};

/// The document as UTF-8 text with an XML declaration, indented by two spaces (stable for equal documents).
std::string xmlText(const pugi::xml_document& document);

/// Visits `first` and its siblings in document order, descending into what `visit(element, parentId)` returns:
/// a pair of the nested container (a yEd group's <graph>, a GEXF node's <nodes>; empty for none) and the id
/// its children sit in. An explicit stack, so deep nesting costs no call stack.
template <typename Visit> void walkNested(pugi::xml_node first, Visit&& visit)
{
    std::vector<std::pair<pugi::xml_node, std::string>> stack{{first, std::string()}};
    while (!stack.empty()) {
        auto& [element, parent] = stack.back();
        if (!element) {
            stack.pop_back();
            continue;
        }
        const pugi::xml_node current = element;
        const std::string parentId = parent; // copies: the push below may move the stack
        element = element.next_sibling();
        auto [nested, id] = visit(current, parentId);
        if (nested) {
            stack.emplace_back(nested.first_child(), std::move(id));
        }
    }
}

/// An XML attribute read as a number; nullopt when it is missing or not a number.
std::optional<double> numberAttribute(pugi::xml_node element, const char* name);

/// An element's name without its namespace prefix ("y:ShapeNode" → "ShapeNode").
std::string_view localName(pugi::xml_node node);
/// The first child element with this local name, or an empty node.
pugi::xml_node childNamed(pugi::xml_node parent, std::string_view name);
/// The first element with this local name below `top` (document order, iterative), or an empty node.
pugi::xml_node descendantNamed(pugi::xml_node top, std::string_view name);

} // namespace speelveld
