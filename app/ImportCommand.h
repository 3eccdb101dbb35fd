#pragma once
// `speelveld import`: a GraphML, GEXF, DOT or Kumu-style CSV file (pair) into a Speelveld project, saying what
// was mapped onto the model and what was kept as free attributes.

#include <QString>

namespace speelveld::app {

struct ImportRequest {
    QString file;
    QString connections; ///< Kumu CSV: the connections file; empty for none
    QString mapping;     ///< Kumu CSV: "Heading=field,..." for headings of its own
    QString output;      ///< .speelveld, or .json for Speelveld JSON
    QString title;       ///< empty: the file's name
};

int runImport(const ImportRequest& request);

} // namespace speelveld::app
