#include "ImportCommand.h"

#include "Commands.h"
#include "core/UserError.h"
#include "gui/DataExport.h"
#include "layouts/ImportFile.h"

#include <QFileInfo>

namespace speelveld::app {

Project readImport(const ImportRequest& request)
{
    const CsvColumnMapping mapping =
        request.mapping.isEmpty() ? CsvColumnMapping{} : parseColumnMapping(request.mapping.toStdString());
    std::optional<std::filesystem::path> connections;
    if (!request.connections.isEmpty()) {
        connections = request.connections.toStdString();
    } else if (request.file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        // What `speelveld export --format csv` writes beside the elements file.
        const QString beside = gui::connectionsPathFor(request.file);
        if (QFileInfo::exists(beside)) {
            connections = beside.toStdString();
            say(QStringLiteral("speelveld: the connections from %1").arg(beside));
        }
    }
    Imported imported = importFile(request.file.toStdString(), connections, mapping);
    Project& project = imported.project;
    if (!request.title.isEmpty()) {
        project.title = request.title.toStdString();
    } else if (project.title.empty()) {
        project.title = QFileInfo(request.file).completeBaseName().toStdString();
    }
    const ImportReport& report = imported.report;
    const Network& network = project.snapshots.at(project.current).network;
    say(QStringLiteral("speelveld: read %1 as %2: %3 actors, %4 relations, %5 groups")
            .arg(request.file, QString::fromStdString(report.format))
            .arg(network.actors().size())
            .arg(network.relations().size())
            .arg(network.groups().size()));
    for (const auto& line : report.mapped) {
        say(QStringLiteral("  mapped: ") + QString::fromStdString(line));
    }
    for (const auto& line : report.kept) {
        say(QStringLiteral("  kept:   ") + QString::fromStdString(line));
    }
    for (const auto& line : report.notes) {
        say(QStringLiteral("  note:   ") + QString::fromStdString(line));
    }
    return std::move(imported.project);
}

int runImport(const ImportRequest& request)
{
    try {
        writeProjectFile(readImport(request), request.output);
        say(QStringLiteral("speelveld: wrote %1").arg(request.output));
        return Ok;
    } catch (const UserError& error) {
        say(QStringLiteral("speelveld: ") + QString::fromStdString(error.what()));
    }
    return BadInput;
}

} // namespace speelveld::app
