#pragma once
// Writes a snapshot in another tool's format (GraphML, GEXF, DOT, Kumu CSV), as Speelveld JSON, or its
// measures as an XLSX workbook; with the map's colours and every measure, for the command line and the window.

#include "core/ExportAnnotations.h"
#include "core/Metrics.h"
#include "core/Project.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace speelveld::gui {

enum class DataFormat { Graphml, Gexf, Dot, Json, Csv, Xlsx };

/// "graphml", "gexf", "dot", "json", "csv", "xlsx" (any case), or nullopt.
std::optional<DataFormat> dataFormatFromKey(const QString& key);

/// The map's colours per kind and relation type, and every per-actor measure of `metrics` by its key.
ExportAnnotations exportAnnotations(const MetricsResult& metrics);

/// Writes `snapshot` to `path` (JSON: the whole project, every snapshot). CSV writes two files: `path` with
/// the actors and, beside it, NAME-connections.csv with the relations. Each file is written whole or not at
/// all. Returns the files written. Throws UserError naming the file.
QStringList exportData(const Project& project, const Snapshot& snapshot, DataFormat format, const QString& path,
                       const MetricsResult& metrics);

/// The connections file written beside a CSV elements file: "kaart.csv" → "kaart-connections.csv".
QString connectionsPathFor(const QString& elementsPath);

} // namespace speelveld::gui
