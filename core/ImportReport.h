#pragma once
// What an import did with a file, said to the user after every import (command line: stderr; window: a
// dialog): what it mapped onto the model, what it kept as free attributes, and anything it had to decide.

#include "Project.h"

#include <string>
#include <vector>

namespace speelveld {

/// Every line is a whole sentence in English for the command line; the window shows the same lines.
struct ImportReport {
    std::string format;              ///< what the file was read as: "GraphML (yEd)", "GEXF 1.3", "Kumu CSV"
    std::vector<std::string> mapped; ///< "node attribute \"type\" → actor kind (12 actors)"
    std::vector<std::string> kept;   ///< "node attribute \"budget\" kept as a free attribute (8 actors)"
    std::vector<std::string> notes;  ///< defaults used, values not understood, what was not read and why
};

/// A project made from a foreign file, and what was done to make it.
struct Imported {
    Project project;
    ImportReport report;
};

} // namespace speelveld
