#pragma once
// The jobs the `speelveld` command does without a window: export and generate.

#include "core/Project.h"
#include "gui/DataExport.h"
#include "layouts/Layout.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace speelveld::app {

/// Exit codes of every command (documented in --help and the README).
enum ExitCode { Ok = 0, BadInput = 1, Usage = 2 };

struct ExportRequest {
    QString file;
    QString format;
    QString output;
    QString layout;   ///< empty: stored positions, or chosen by size
    QString snapshot; ///< empty: the project's current one
    QString title;    ///< empty: the snapshot's name
    bool legend = true;
    bool table = false;    ///< the main measures of every actor below the map
    bool findings = false; ///< the governance mode and the role-clarity findings below the map
    int dpi = 150;
};

/// Writes the map of a project or example to SVG, PDF or PNG. Messages go to stderr.
int runExport(const ExportRequest& request);

struct GenerateRequest {
    std::size_t actors = 1000;
    unsigned long long seed = 1;
    QString output;
};

/// Writes the network of SNAPSHOT as data for another program (or its measures as a workbook, or PROJECT as
/// Speelveld JSON), with every measure computed with the project's role-conflict table, and says what it wrote.
/// Throws UserError naming the file.
int writeData(const Project& project, const Snapshot& snapshot, gui::DataFormat format, const QString& output);

/// Writes PROJECT whole: Speelveld JSON when OUTPUT ends in .json, otherwise a .speelveld project. Throws UserError.
void writeProjectFile(const Project& project, const QString& output);

/// Writes a generated network as a `.speelveld` project (or Speelveld JSON when OUTPUT ends in .json).
int runGenerate(const GenerateRequest& request);

/// Opens the window; FILE empty means the shipped Delft example.
int runWindow(const QString& file, const QString& snapshot, const QString& layout);

/// Writes a message for the user to stderr.
void say(const QString& message);

/// Writes TEXT to PATH whole or not at all (gui::writeFileAtomically). Throws UserError naming PATH.
void writeTextFile(const QString& path, const QByteArray& text);

/// The snapshot called NAME (or the current one when NAME is empty); nullptr after telling the user which
/// snapshots FILE has.
const Snapshot* pickSnapshot(const Project& project, const QString& name, const QString& file);

/// Opens FILE, picks the snapshot called NAME (the current one when empty) and runs JOB on it. Returns JOB's
/// exit code, or BadInput after telling the user what went wrong (a UserError or LayoutError, an unknown
/// snapshot).
int withSnapshot(const QString& file, const QString& name,
                 const std::function<int(const Project&, const Snapshot&)>& job);

/// The shipped example the window opens by default.
QString defaultExample();

/// The layout engine KEY names (nullopt for an empty KEY); nullopt after telling the user the engines
/// when KEY names none. `ok` says which.
std::optional<LayoutEngine> parseLayout(const QString& key, bool& ok, const QString& command);

} // namespace speelveld::app
