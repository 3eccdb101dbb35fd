#pragma once
// One CSV cell as every CSV that Speelveld writes has it: RFC 4180 quoting, and safe to open in a spreadsheet.

#include <string>
#include <string_view>

namespace speelveld {

/// A cell quoted where RFC 4180 needs it (separator, quote, CR or LF inside), and neutralised with a leading
/// apostrophe when a spreadsheet would run it as a formula: it starts with = + - @ tab, CR or NUL, possibly
/// behind apostrophes of its own (so that reading it back with `csvCellText` gives the text exactly).
std::string csvCell(std::string_view text, char separator = ',');

/// The text of a cell as read from a file: undoes the neutralisation `csvCell` adds (one leading apostrophe
/// before apostrophes and = + - @ tab, CR or NUL); every other cell is returned as it is.
std::string csvCellText(std::string_view cell);

} // namespace speelveld
