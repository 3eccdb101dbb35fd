#include "ConvertCommand.h"

#include "Commands.h"
#include "core/ProjectFile.h"
#include "core/UserError.h"
#include "gui/DataExport.h"

#include <QFileInfo>

namespace speelveld::app {

int runConvert(const ConvertRequest& request)
{
    const QString& output = request.input.output;
    const QString key = request.format.isEmpty() ? QFileInfo(output).suffix() : request.format;
    const bool project = key.compare(QStringLiteral("speelveld"), Qt::CaseInsensitive) == 0;
    const auto data = gui::dataFormatFromKey(key);
    if (!project && !data) {
        // Said before anything is read: a long import should not end in a usage error.
        if (request.format.isEmpty()) {
            say(QStringLiteral("speelveld convert: %1: the name does not say which format to write. End it in "
                               ".graphml, .gexf, .json, .dot, .csv, .xlsx or .speelveld, or give --format.")
                    .arg(output));
        } else {
            say(QStringLiteral("speelveld convert: unknown format \"%1\". Use graphml, gexf, json, dot, csv, xlsx "
                               "or speelveld.")
                    .arg(request.format));
        }
        return Usage;
    }
    try {
        const Project read = readImport(request.input);
        if (project) {
            saveProject(read, output.toStdString());
            say(QStringLiteral("speelveld: wrote %1 (%2 snapshot(s))").arg(output).arg(read.snapshots.size()));
            return Ok;
        }
        const Snapshot* snapshot = pickSnapshot(read, request.snapshot, request.input.file);
        return snapshot == nullptr ? BadInput : writeData(read, *snapshot, *data, output);
    } catch (const UserError& error) {
        say(QStringLiteral("speelveld: ") + QString::fromStdString(error.what()));
    }
    return BadInput;
}

} // namespace speelveld::app
