#include "Commands.h"

#include "core/Generator.h"
#include "core/JsonFormat.h"
#include "core/ProjectFile.h"
#include "core/ProjectLoader.h"
#include "core/UserError.h"
#include "gui/MainWindow.h"
#include "gui/MapExporter.h"
#include "gui/MapScene.h"
#include "gui/Theme.h"
#include "layouts/Layout.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontInfo>
#include <QSaveFile>
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

std::optional<LayoutEngine> parseLayout(const QString& key, bool& ok)
{
    ok = true;
    if (key.isEmpty()) {
        return std::nullopt;
    }
    auto engine = layoutEngineFromKey(key.toStdString());
    ok = engine.has_value();
    return engine;
}

} // namespace

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

void writeTextFile(const QString& path, const QByteArray& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        throw UserError(path.toStdString(), "", "cannot write the file (" + file.errorString().toStdString() + ")",
                        "Check the folder and the free space");
    }
}

QString defaultExample() { return QStringLiteral(SPEELVELD_DATA_DIR "/delft.json"); }

int runExport(const ExportRequest& request)
{
    const auto format = gui::exportFormatFromKey(request.format);
    if (!format) {
        say(QStringLiteral("speelveld export: unknown format \"%1\". Use svg, pdf or png.").arg(request.format));
        return Usage;
    }
    bool layoutOk = true;
    const auto engine = parseLayout(request.layout, layoutOk);
    if (!layoutOk) {
        say(QStringLiteral("speelveld export: unknown layout \"%1\". Use one of: %2.")
                .arg(request.layout, layoutKeys()));
        return Usage;
    }
    try {
        const Project project = openProjectFile(request.file.toStdString());
        const Snapshot* snapshot = pickSnapshot(project, request.snapshot, request.file);
        if (snapshot == nullptr) {
            return BadInput;
        }
        checkFont();
        gui::ExportOptions options;
        options.format = *format;
        options.title = request.title.isEmpty() ? QString::fromStdString(snapshot->name) : request.title;
        options.legend = request.legend;
        options.dpi = request.dpi;
        const Drawing drawing = gui::exportSnapshot(*snapshot, engine, request.output, options);
        say(QStringLiteral("speelveld: wrote %1 (%2 actors, %3 relations, layout: %4)")
                .arg(request.output)
                .arg(drawing.nodes.size())
                .arg(drawing.edges.size())
                .arg(QString::fromStdString(drawing.engine)));
        return Ok;
    } catch (const UserError& error) {
        say(QStringLiteral("speelveld: ") + QString::fromStdString(error.what()));
    } catch (const LayoutError& error) {
        say(QStringLiteral("speelveld: %1: %2").arg(request.file, QString::fromStdString(error.what())));
    }
    return BadInput;
}

int runGenerate(const GenerateRequest& request)
{
    GeneratorOptions options;
    options.actors = request.actors;
    options.seed = request.seed;
    const Project project = generateProject(options);
    try {
        if (request.output.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
            writeTextFile(request.output, QByteArray::fromStdString(writeJsonProject(project)));
        } else {
            saveProject(project, request.output.toStdString());
        }
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
    const auto engine = parseLayout(layout, layoutOk);
    if (!layoutOk) {
        say(QStringLiteral("speelveld: unknown layout \"%1\". Use one of: %2.").arg(layout, layoutKeys()));
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
