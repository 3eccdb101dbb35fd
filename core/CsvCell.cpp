#include "CsvCell.h"

namespace speelveld {
namespace {

bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
}

/// Whether the text, behind any apostrophes, starts with a character a spreadsheet reads as a formula. The
/// apostrophes count because the reader takes one away: "'=1" must be written "''=1" to come back as "'=1".
bool looksLikeFormula(std::string_view text)
{
    const std::size_t first = text.find_first_not_of('\'');
    return first != std::string_view::npos && startsFormula(text[first]);
}

} // namespace

std::string csvCell(std::string_view text, char separator)
{
    std::string cell;
    cell.reserve(text.size() + 3);
    if (looksLikeFormula(text)) {
        cell += '\'';
    }
    cell += text;
    if (cell.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (const char c : cell) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

std::string csvCellText(std::string_view cell)
{
    if (cell.size() >= 2 && cell.front() == '\'' && looksLikeFormula(cell.substr(1))) {
        cell.remove_prefix(1);
    }
    return std::string(cell);
}

} // namespace speelveld
