#pragma once
// `speelveld import`: a GraphML, GEXF, DOT or Kumu-style CSV file (pair) into a Speelveld project, saying what
// was mapped onto the model and what was kept as free attributes.

#include "core/Project.h"

#include <QString>

namespace speelveld::app {

struct ImportRequest {
    QString file;
    QString connections; ///< Kumu CSV: the connections file; empty for none
    QString mapping;     ///< Kumu CSV: "Heading=field,..." for headings of its own
    QString output;      ///< .speelveld, or .json for Speelveld JSON
    QString title;       ///< empty: the file's name
};

/// Reads the request's file as `speelveld import` does (a CSV elements file takes the connections file beside
/// it when none is given) and says on stderr what it mapped, kept and noted. Throws UserError.
Project readImport(const ImportRequest& request);

int runImport(const ImportRequest& request);

} // namespace speelveld::app
