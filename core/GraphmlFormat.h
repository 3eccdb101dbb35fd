#pragma once
// GraphML (docs/FORMATS.md, "GraphML"): read what yEd, Gephi, NetworkX and igraph write; write one snapshot so
// that yEd shows it drawn (kind colours, positions) and Gephi and NetworkX get every field as an attribute.

#include "ExportAnnotations.h"
#include "ImportReport.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace speelveld {

/// Reads a GraphML file into a project with one snapshot; throws UserError naming the file and the place.
Imported readGraphml(const std::filesystem::path& file);

/// Parses GraphML text; `fileName` names the file in messages and, without a graph name, the snapshot.
Imported parseGraphml(std::string_view text, const std::string& fileName);

/// The snapshot as GraphML text (the same snapshot and annotations give the same bytes).
std::string writeGraphml(const Snapshot& snapshot, const ExportAnnotations& annotations);

} // namespace speelveld
