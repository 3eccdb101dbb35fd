#include "ValidateCommand.h"

#include "Commands.h"
#include "core/ProjectFile.h"
#include "core/ProjectLoader.h"
#include "core/UserError.h"
#include "layouts/ImportFile.h"

#include <cstdio>

namespace speelveld::app {

int runValidate(const QString& file)
{
    try {
        // Opening checks everything a save relies on: SQLite's integrity check, our application id, the schema
        // version and the exact tables (no planted trigger or view), every value and every reference.
        const FileFormat format = detectFormat(file.toStdString());
        if (format != FileFormat::Project && format != FileFormat::SpeelveldJson) {
            say(QStringLiteral("speelveld: %1: this is a %2 file, not a Speelveld project. "
                               "'speelveld import' turns it into one.")
                    .arg(file, QString::fromLatin1(formatName(format))));
            return BadInput;
        }
        const Project project = openProjectFile(file.toStdString());
        QString text = QStringLiteral("%1: a sound Speelveld %2 with %3 snapshot(s):\n")
                           .arg(file, looksLikeSqlite(file.toStdString()) ? QStringLiteral("project")
                                                                          : QStringLiteral("JSON file"))
                           .arg(project.snapshots.size());
        for (const auto& snapshot : project.snapshots) {
            const Network& network = snapshot.network;
            text += QStringLiteral("  %1: %2 actors, %3 relations, %4 roles, %5 decisions, %6 groups\n")
                        .arg(QString::fromStdString(snapshot.name))
                        .arg(network.actors().size())
                        .arg(network.relations().size())
                        .arg(network.roles().size())
                        .arg(network.decisions().size())
                        .arg(network.groups().size());
        }
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.data(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        return Ok;
    } catch (const UserError& error) {
        say(QStringLiteral("speelveld: ") + QString::fromStdString(error.what()));
    }
    return BadInput;
}

} // namespace speelveld::app
