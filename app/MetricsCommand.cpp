#include "MetricsCommand.h"

#include "Commands.h"
#include "core/JsonFormat.h"
#include "core/Metrics.h"
#include "core/ProjectLoader.h"
#include "core/UserError.h"
#include "gui/MetricsText.h"

#include <cstdio>

namespace speelveld::app {

int runMetrics(const MetricsRequest& request)
{
    if (request.format != QStringLiteral("table") && request.format != QStringLiteral("csv") &&
        request.format != QStringLiteral("json")) {
        say(QStringLiteral("speelveld metrics: unknown format \"%1\". Use table, csv or json.").arg(request.format));
        return Usage;
    }
    try {
        const Project project = openProjectFile(request.file.toStdString());
        const Snapshot* snapshot = pickSnapshot(project, request.snapshot, request.file);
        if (snapshot == nullptr) {
            return BadInput;
        }
        MetricsOptions options;
        options.conflicts =
            request.conflicts.isEmpty() ? project.conflicts : readRoleConflictsFile(request.conflicts.toStdString());
        options.graph.directed = !request.undirected;
        options.structure.weighted = request.weighted;
        if (request.pivots >= 0) {
            options.structure.betweennessPivots = static_cast<std::size_t>(request.pivots);
        }
        const MetricsResult result = computeMetrics(snapshot->network, options);
        const QString text = request.format == QStringLiteral("csv")    ? gui::metricsCsv(result, snapshot->network)
                             : request.format == QStringLiteral("json") ? gui::metricsJson(result, snapshot->network)
                                                                        : gui::metricsTable(result, snapshot->network);
        if (request.output.isEmpty()) {
            const QByteArray bytes = text.toUtf8();
            std::fwrite(bytes.data(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        } else {
            writeTextFile(request.output, text.toUtf8());
            say(QStringLiteral("speelveld: wrote %1 (%2 actors, %3 findings)")
                    .arg(request.output)
                    .arg(result.actors.size())
                    .arg(result.roleClarity.findings.size()));
        }
        if (!gui::estimateNote(result.structure).isEmpty()) {
            say(QStringLiteral("speelveld: ") + gui::estimateNote(result.structure));
        }
        return Ok;
    } catch (const UserError& error) {
        say(QStringLiteral("speelveld: ") + QString::fromStdString(error.what()));
    }
    return BadInput;
}

} // namespace speelveld::app
