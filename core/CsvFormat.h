#pragma once
// Kumu-style CSV (docs/FORMATS.md, "Kumu CSV"): an elements file (one actor per record) and an optional
// connections file (one relation per record), as Kumu imports and exports them and as spreadsheets save them.

#include "CsvReader.h"
#include "ExportAnnotations.h"
#include "ImportReport.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace speelveld {

/// Which heading means which field, for sheets with headings of their own: "Naam=label,Soort=type". A heading
/// mapped to "attribute" is kept as a free attribute even when its name would mean a field.
struct CsvColumnMapping {
    std::vector<std::pair<std::string, std::string>> entries; ///< heading as in the file → field name

    /// What a heading is read as: the mapped field name, or the heading itself.
    std::string meaningOf(const std::string& heading) const;
};

/// Parses "Heading=field,Other heading=field"; throws UserError naming the entry and the fields there are.
CsvColumnMapping parseColumnMapping(std::string_view text);

/// Reads an elements file and, if given, a connections file into a project with one snapshot. Connections
/// name elements by ID (when the elements file has an ID column) or by Label. Throws UserError naming the file,
/// the line and what to do; nothing is half-read.
Imported readKumuCsv(const std::filesystem::path& elements, const std::optional<std::filesystem::path>& connections,
                     const CsvColumnMapping& mapping, const CsvLimits& limits = {});
/// The same from texts (the names are used in messages and as the snapshot's name).
Imported parseKumuCsv(const CsvText& elements, const std::optional<CsvText>& connections,
                      const CsvColumnMapping& mapping, const CsvLimits& limits = {});

/// The two files Kumu imports.
struct KumuCsv {
    std::string elements;
    std::string connections;
};

/// A snapshot as the two files: UTF-8 with a byte-order mark, ',' between cells, CRLF, RFC 4180 quoting, and
/// every cell a spreadsheet would run as a formula neutralised (csvCell).
KumuCsv writeKumuCsv(const Snapshot& snapshot, const ExportAnnotations& annotations);

} // namespace speelveld
