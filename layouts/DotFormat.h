#pragma once
// Graphviz DOT (docs/FORMATS.md, "DOT"): read with cgraph after DotPrecheck, written with positions, the
// model's fields as attributes, the map's colours and groups as clusters.

#include "DotPrecheck.h"

#include "core/ExportAnnotations.h"
#include "core/ImportReport.h"

#include <filesystem>
#include <string>

namespace speelveld {

/// Reads a DOT file into a project with one snapshot; throws UserError naming the file, the line or element
/// and what to do. Only the first graph of a file with several is read.
Imported readDot(const std::filesystem::path& file, const DotLimits& limits = {});
/// The same from text; `fileName` is used in messages and as the snapshot's name when the graph has none.
Imported parseDot(const std::string& text, const std::string& fileName, const DotLimits& limits = {});

/// A snapshot as a digraph: one node per actor (named by its id; label, kind, description, tags, roles, free
/// attributes, measures, pos="x,y!" in points with y up, fill colour), one edge per relation, one
/// `subgraph cluster_ID` per group.
std::string writeDot(const Snapshot& snapshot, const ExportAnnotations& annotations);

} // namespace speelveld
