#pragma once
// GEXF (docs/FORMATS.md, "GEXF"): read 1.1, 1.2draft and 1.3 as Gephi and NetworkX write them, with Gephi's viz
// colour, size and position; write GEXF 1.3 with the viz namespace, so Gephi shows kinds, colours and positions
// and can size and colour by the measures.

#include "ExportAnnotations.h"
#include "ImportReport.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace speelveld {

/// Reads a GEXF file into a project with one snapshot; throws UserError naming the file and the place.
Imported readGexf(const std::filesystem::path& file);

/// Parses GEXF text; `fileName` names the file in messages and, for foreign files, the snapshot.
Imported parseGexf(std::string_view text, const std::string& fileName);

/// The snapshot as GEXF 1.3 text (the same snapshot and annotations give the same bytes).
std::string writeGexf(const Snapshot& snapshot, const ExportAnnotations& annotations);

} // namespace speelveld
