#include "DataExport.h"

#include "core/CsvFormat.h"
#include "core/GexfFormat.h"
#include "core/GraphmlFormat.h"
#include "core/JsonFormat.h"
#include "core/UserError.h"
#include "gui/AtomicWrite.h"
#include "gui/MeasureColumns.h"
#include "gui/MetricsXlsx.h"
#include "gui/Theme.h"
#include "layouts/DotFormat.h"

#include <QDir>
#include <QFileInfo>

namespace speelveld::gui {
namespace {

void writeWhole(const QString& path, const std::string& text)
{
    writeFileAtomically(path, QByteArray::fromStdString(text));
}

} // namespace

std::optional<DataFormat> dataFormatFromKey(const QString& key)
{
    const QString lower = key.toLower();
    for (const auto& [name, format] : {std::pair{"graphml", DataFormat::Graphml}, std::pair{"gexf", DataFormat::Gexf},
                                       std::pair{"dot", DataFormat::Dot}, std::pair{"json", DataFormat::Json},
                                       std::pair{"csv", DataFormat::Csv}, std::pair{"xlsx", DataFormat::Xlsx}}) {
        if (lower == QLatin1StringView(name)) {
            return format;
        }
    }
    return std::nullopt;
}

ExportAnnotations exportAnnotations(const MetricsResult& metrics)
{
    ExportAnnotations annotations;
    for (ActorKind kind : allActorKinds()) {
        annotations.kindColours[kind] = styleFor(kind).fill.name().toStdString();
    }
    for (RelationType type : allRelationTypes()) {
        annotations.relationColours[type] = styleFor(type).colour.name().toStdString();
    }
    for (const MeasureColumn& column : measureColumns()) {
        speelveld::MeasureColumn measure{column.key, {}};
        for (std::size_t row = 0; row < metrics.actors.size(); ++row) {
            const double value = column.value(metrics, row);
            if (value == value) { // NaN: undefined for this actor (closeness of an isolate)
                measure.values[metrics.actors[row]] = value;
            }
        }
        annotations.measures.push_back(std::move(measure));
    }
    return annotations;
}

QString connectionsPathFor(const QString& elementsPath)
{
    const QFileInfo info(elementsPath);
    const QString name = info.completeBaseName() + QStringLiteral("-connections.csv");
    return elementsPath.contains(QLatin1Char('/')) ? info.dir().filePath(name) : name;
}

QStringList exportData(const Project& project, const Snapshot& snapshot, DataFormat format, const QString& path,
                       const MetricsResult& metrics)
{
    if (format == DataFormat::Json) {
        writeWhole(path, writeJsonProject(project));
        return {path};
    }
    if (format == DataFormat::Xlsx) {
        writeMetricsXlsx(path, metrics, snapshot.network);
        return {path};
    }
    const ExportAnnotations annotations = exportAnnotations(metrics);
    switch (format) {
    case DataFormat::Graphml:
        writeWhole(path, writeGraphml(snapshot, annotations));
        return {path};
    case DataFormat::Gexf:
        writeWhole(path, writeGexf(snapshot, annotations));
        return {path};
    case DataFormat::Dot:
        writeWhole(path, writeDot(snapshot, annotations));
        return {path};
    case DataFormat::Csv: {
        const KumuCsv csv = writeKumuCsv(snapshot, annotations);
        const QString connections = connectionsPathFor(path);
        // Both files or neither: an elements file beside the connections of another export would mislead.
        writeFilesAtomically({{path, QByteArray::fromStdString(csv.elements)},
                              {connections, QByteArray::fromStdString(csv.connections)}});
        return {path, connections};
    }
    case DataFormat::Json:
    case DataFormat::Xlsx:
        break;
    }
    return {};
}

} // namespace speelveld::gui
