#include "Commands.h"

#include "core/Generator.h"
#include "core/JsonFormat.h"
#include "core/Metrics.h"
#include "core/ProjectFile.h"
#include "core/ProjectLoader.h"
#include "core/UserError.h"
#include "gui/AtomicWrite.h"
#include "gui/DataExport.h"
#include "gui/MainWindow.h"
#include "gui/MapExporter.h"
#include "gui/MapScene.h"
#include "gui/Theme.h"
#include "layouts/ImportFile.h"
#include "layouts/Layout.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontInfo>
#include <QTimer>
#include <cstdio>

namespace speelveld::app {
namespace {

QString layoutKeys()
{
    QStringList keys;
    for (LayoutEngine engine : allLayoutEngines()) {
        keys << QString::fromLatin1(toKey(engine));
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace

std::optional<LayoutEngine> parseLayout(const QString& key, bool& ok, const QString& command)
{
    ok = true;
    if (key.isEmpty()) {
        return std::nullopt;
    }
    auto engine = layoutEngineFromKey(key.toStdString());
    ok = engine.has_value();
    if (!ok) {
        say(QStringLiteral("%1: unknown layout \"%2\". Use one of: %3.").arg(command, key, layoutKeys()));
    }
    return engine;
}

const Snapshot* pickSnapshot(const Project& project, const QString& name, const QString& file)
{
    if (name.isEmpty()) {
        return &project.snapshots.at(project.current);
    }
    if (const Snapshot* snapshot = project.findSnapshot(name.toStdString())) {
        return snapshot;
    }
    QStringList names;
    for (const auto& snapshot : project.snapshots) {
        names << QString::fromStdString(snapshot.name);
    }
    say(QStringLiteral("speelveld: %1: there is no snapshot \"%2\". Snapshots in this file: %3")
            .arg(file, name, names.join(QStringLiteral(", "))));
    return nullptr;
}

namespace {

void checkFont()
{
    const QFontInfo info(gui::mapFont());
    if (info.family() != gui::mapFont().family()) {
        say(QStringLiteral("speelveld: warning: the font \"%1\" is missing (got \"%2\"); labels may not fit. "
                           "Install the Debian package fonts-dejavu-core.")
                .arg(gui::mapFont().family(), info.family()));
    }
}

} // namespace

void say(const QString& message) { std::fprintf(stderr, "%s\n", qPrintable(message)); }

void writeTextFile(const QString& path, const QByteArray& text) { gui::writeFileAtomically(path, text); }

int withSnapshot(const QString& file, const QString& name,
                 const std::function<int(const Project&, const Snapshot&)>& job)
{
    try {
        const Project project = openAnyFile(file.toStdString());
        const Snapshot* snapshot = pickSnapshot(project, name, file);
        return snapshot == nullptr ? BadInput : job(project, *snapshot);
    } catch (const UserError& error) {
        say(QStringLiteral("speelveld: ") + QString::fromStdString(error.what()));
    } catch (const LayoutError& error) {
        say(QStringLiteral("speelveld: %1: %2").arg(file, QString::fromStdString(error.what())));
    }
    return BadInput;
}

QString defaultExample() { return QStringLiteral(SPEELVELD_DATA_DIR "/delft.json"); }

namespace {

/// The map as a drawing (SVG, PDF or PNG), with the metric table and findings below it when asked.
int exportDrawing(const ExportRequest& request, gui::ExportFormat format, std::optional<LayoutEngine> engine)
{
    return withSnapshot(request.file, request.snapshot, [&](const Project& project, const Snapshot& snapshot) {
        checkFont();
        gui::ExportOptions options;
        options.format = format;
        options.title = request.title.isEmpty() ? QString::fromStdString(snapshot.name) : request.title;
        options.legend = request.legend;
        options.dpi = request.dpi;
        options.notes = {request.table, request.findings};
        gui::MapNotes notes;
        if (options.notes.any()) {
            MetricsOptions metrics;
            metrics.conflicts = project.conflicts;
            notes = gui::mapNotes(computeMetrics(snapshot.network, metrics), snapshot.network);
        }
        const Drawing drawing = gui::exportSnapshot(snapshot, engine, request.output, options, notes);
        say(QStringLiteral("speelveld: wrote %1 (%2 actors, %3 relations, layout: %4)")
                .arg(request.output)
                .arg(drawing.nodes.size())
                .arg(drawing.edges.size())
                .arg(QString::fromStdString(drawing.engine)));
        return Ok;
    });
}

} // namespace

int writeData(const Project& project, const Snapshot& snapshot, gui::DataFormat format, const QString& output)
{
    MetricsOptions options;
    options.conflicts = project.conflicts;
    const MetricsResult metrics = computeMetrics(snapshot.network, options);
    const QStringList written = gui::exportData(project, snapshot, format, output, metrics);
    say(QStringLiteral("speelveld: wrote %1 (%2 actors, %3 relations)")
            .arg(written.join(QStringLiteral(" and ")))
            .arg(snapshot.network.actors().size())
            .arg(snapshot.network.relations().size()));
    return Ok;
}

void writeProjectFile(const Project& project, const QString& output)
{
    if (output.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        writeTextFile(output, QByteArray::fromStdString(writeJsonProject(project)));
    } else {
        saveProject(project, output.toStdString());
    }
}

int runExport(const ExportRequest& request)
{
    if (const auto data = gui::dataFormatFromKey(request.format)) {
        return withSnapshot(request.file, request.snapshot, [&](const Project& project, const Snapshot& snapshot) {
            return writeData(project, snapshot, *data, request.output);
        });
    }
    const auto format = gui::exportFormatFromKey(request.format);
    if (!format) {
        say(QStringLiteral("speelveld export: unknown format \"%1\". Use svg, pdf, png, graphml, gexf, dot, json, "
                           "csv or xlsx.")
                .arg(request.format));
        return Usage;
    }
    bool layoutOk = true;
    const auto engine = parseLayout(request.layout, layoutOk, QStringLiteral("speelveld export"));
    if (!layoutOk) {
        return Usage;
    }
    return exportDrawing(request, *format, engine);
}

int runGenerate(const GenerateRequest& request)
{
    GeneratorOptions options;
    options.actors = request.actors;
    options.seed = request.seed;
    const Project project = generateProject(options);
    try {
        writeProjectFile(project, request.output);
    } catch (const UserError& error) {
        say(QStringLiteral("speelveld: ") + QString::fromStdString(error.what()));
        return BadInput;
    }
    const Network& network = project.snapshots.front().network;
    say(QStringLiteral("speelveld: wrote %1 (%2 actors, %3 relations, seed %4)")
            .arg(request.output)
            .arg(network.actors().size())
            .arg(network.relations().size())
            .arg(request.seed));
    return Ok;
}

int runWindow(const QString& file, const QString& snapshot, const QString& layout)
{
    bool layoutOk = true;
    const auto engine = parseLayout(layout, layoutOk, QStringLiteral("speelveld"));
    if (!layoutOk) {
        return Usage;
    }
    const QString path = file.isEmpty() ? defaultExample() : file;
    gui::MainWindow window;
    if (const auto error = window.openFile(path)) {
        say(QStringLiteral("speelveld: ") + *error);
        return BadInput;
    }
    if (!snapshot.isEmpty() && !window.showSnapshot(snapshot)) {
        say(QStringLiteral("speelveld: %1: there is no snapshot \"%2\".").arg(path, snapshot));
        return BadInput;
    }
    if (engine) {
        window.relayout(engine, false);
    }
    window.show();
    window.offerRecovery();
    return QApplication::exec();
}

} // namespace speelveld::app
