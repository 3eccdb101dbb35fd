#pragma once
// Writes the map as SVG, PDF or PNG by rendering the same scene the canvas shows, with a title and legend.

#include "core/Project.h"
#include "gui/Legend.h"
#include "layouts/Layout.h"

#include <QString>
#include <optional>

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
    int dpi = 150; ///< PNG only
};

/// Renders the scene into `path` through a temporary file that replaces `path` only when complete.
/// Throws UserError (naming the file) when it cannot be written.
void exportMap(MapScene& scene, const LegendContent& legend, const QString& path, const ExportOptions& options);

/// Draws one snapshot headless, as the window would show it (stored positions, or a layout with `engine`
/// when it has none or one is asked for), and exports it. Returns the drawing used. Throws UserError or
/// LayoutError.
Drawing exportSnapshot(const Snapshot& snapshot, std::optional<LayoutEngine> engine, const QString& path,
                       const ExportOptions& options);

} // namespace speelveld::gui
