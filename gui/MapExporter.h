#pragma once
// Writes the map as SVG, PDF or PNG by rendering the same scene the canvas shows, with a title and legend.

#include "core/Project.h"
#include "gui/Legend.h"
#include "gui/MapNotes.h"
#include "layouts/Layout.h"

#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

namespace speelveld::gui {

class MapScene;

enum class ExportFormat { Svg, Pdf, Png };

/// The format a file name asks for (by its extension), or nullopt.
std::optional<ExportFormat> exportFormatFromName(const QString& name);
std::optional<ExportFormat> exportFormatFromKey(const QString& key);

/// How an export looks.
struct ExportOptions {
    ExportFormat format = ExportFormat::Svg;
    QString title; ///< printed above the map; empty for none
    bool legend = true;
    int dpi = 150;     ///< PNG only
    NotesChoice notes; ///< the metric table and the findings below the map (from the MapNotes given)
};

/// The part of the scene an export shows: the map with a small margin.
QRectF exportSource(const MapScene& scene);
/// Paints that part of the scene into `target` in full detail (every actor drawn by its item, faded ones
/// faded), keeping its aspect ratio.
void renderMap(QPainter& painter, MapScene& scene, const QRectF& target);

/// Renders the scene into `path` through a temporary file that replaces `path` only when complete, with the
/// notes the options choose below the map. Throws UserError (naming the file) when it cannot be written.
void exportMap(MapScene& scene, const LegendContent& legend, const QString& path, const ExportOptions& options,
               const MapNotes& notes = {});

/// The drawing the window would show of a network: its stored positions, or a layout with `engine` when it
/// has none or one is asked for. Throws LayoutError.
Drawing drawNetwork(const Network& network, std::optional<LayoutEngine> engine);

/// Draws one snapshot headless (drawNetwork) and exports it. Returns the drawing used. Throws UserError or
/// LayoutError.
Drawing exportSnapshot(const Snapshot& snapshot, std::optional<LayoutEngine> engine, const QString& path,
                       const ExportOptions& options, const MapNotes& notes = {});

} // namespace speelveld::gui
