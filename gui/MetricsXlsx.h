#pragma once
// The metrics as an Excel workbook (libxlsxwriter): the sheets Measures (one row per actor, numbers as numbers),
// Network (the figures of the whole network and the governance mode) and Findings (check, sentence, actors).

#include "core/Metrics.h"

#include <QString>

namespace speelveld::gui {

/// Writes the workbook to `path` through a temporary file in the same folder, renamed over `path` only when
/// complete. Every text is written as text, never as a formula. Throws UserError naming the file.
void writeMetricsXlsx(const QString& path, const MetricsResult& m, const Network& network);

} // namespace speelveld::gui
