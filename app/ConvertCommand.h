#pragma once
// `speelveld convert`: any file Speelveld reads into any data format it writes, or into a project: `import`
// followed by `export`, without a project file in between.

#include "ImportCommand.h"

#include <QString>

namespace speelveld::app {

struct ConvertRequest {
    ImportRequest input; ///< what to read, and `output`: the file to write
    QString format;      ///< graphml, gexf, json, dot, csv, xlsx or speelveld; empty: from the output's extension
    QString snapshot;    ///< for one-snapshot formats: which snapshot (empty: the current one)
};

int runConvert(const ConvertRequest& request);

} // namespace speelveld::app
