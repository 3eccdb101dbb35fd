#pragma once
// Every file Speelveld reads, told apart by its content: its own project and JSON files, and the formats of
// other tools that `speelveld import` and File → Import take (GraphML, GEXF, DOT, Kumu-style CSV). It lives in
// layouts because DOT is read with Graphviz.

#include "core/CsvFormat.h"
#include "core/ImportReport.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace speelveld {

enum class FileFormat { Project, SpeelveldJson, Graphml, Gexf, Dot, KumuCsv };

/// A name for messages: "GraphML", "Kumu CSV".
std::string_view formatName(FileFormat format);

/// What a file is, by its first bytes (SQLite header, XML root element, JSON object, a DOT graph header), and
/// by its extension only for CSV, which has no signature. Throws UserError when the file cannot be read or is
/// none of these.
FileFormat detectFormat(const std::filesystem::path& file);

/// Reads any of those files into a project. `connections` (and `mapping`) are for Kumu CSV only: the second
/// file of the pair. A Speelveld project or JSON file comes back as it is, with a report that says so.
/// Throws UserError naming the file, the place and what to do.
Imported importFile(const std::filesystem::path& file,
                    const std::optional<std::filesystem::path>& connections = std::nullopt,
                    const CsvColumnMapping& mapping = {});

/// importFile's project without the report: for commands that take "a project or anything import reads".
Project openAnyFile(const std::filesystem::path& file);

} // namespace speelveld
