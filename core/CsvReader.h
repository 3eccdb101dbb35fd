#pragma once
// CSV text record by record (libcsv, RFC 4180), as spreadsheets write it: a UTF-8 byte-order mark, ',' or ';'
// or tab as the separator (found from the heading line), quoted separators and line breaks, CRLF, and Windows-1252
// text from older Excel versions. Every problem is a UserError naming the file and the line.

#include "ImportTally.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace speelveld {

/// Limits of a CSV import (docs/FORMATS.md, "Kumu CSV"); the defaults are the documented ones.
struct CsvLimits {
    std::uintmax_t maxBytes = 256ULL * 1024 * 1024; ///< per file
    std::size_t maxRows = 1'000'000;                ///< records per file, the heading line not counted
    std::size_t maxCellBytes = 1024 * 1024;         ///< per cell
};

/// The bytes of one CSV file and the name its messages use.
struct CsvText {
    std::string text;
    std::string name;
};

/// Reads a file's bytes; a file over the size limit is refused before it is read.
CsvText readCsvFile(const std::filesystem::path& file, const CsvLimits& limits);

/// Calls `row` for the heading line and then for every record, with its cells (neutralised formula cells read
/// back, see csvCellText) and the line it starts on. Records whose cells are all empty are skipped; a record with
/// more or fewer cells than the heading line is an error. What it decided (separator, encoding) goes to `tally`.
void readCsvRows(const CsvText& csv, const CsvLimits& limits, ImportTally& tally,
                 const std::function<void(std::vector<std::string>& cells, std::size_t line)>& row);

} // namespace speelveld
