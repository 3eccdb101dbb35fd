#include "MetricsCommand.h"

#include "Commands.h"
#include "core/JsonFormat.h"
#include "core/Metrics.h"
#include "gui/MetricsText.h"
#include "gui/MetricsXlsx.h"

#include <cstdio>

namespace speelveld::app {

int runMetrics(const MetricsRequest& request)
{
    const bool xlsx = request.format == QStringLiteral("xlsx");
    if (request.format != QStringLiteral("table") && request.format != QStringLiteral("csv") &&
        request.format != QStringLiteral("json") && !xlsx) {
        say(QStringLiteral("speelveld metrics: unknown format \"%1\". Use table, csv, json or xlsx.")
                .arg(request.format));
        return Usage;
    }
    if (xlsx && request.output.isEmpty()) {
        say(QStringLiteral("speelveld metrics: an xlsx workbook cannot go to the screen; name a file with "
                           "-o OUT.xlsx."));
        return Usage;
    }
    if (request.findings && request.format != QStringLiteral("csv")) {
        say(QStringLiteral("speelveld metrics: --findings goes with --format csv (the table and json already hold "
                           "the findings; xlsx has a sheet of them)."));
        return Usage;
    }
    return withSnapshot(request.file, request.snapshot, [&](const Project& project, const Snapshot& snapshot) {
        MetricsOptions options;
        options.conflicts =
            request.conflicts.isEmpty() ? project.conflicts : readRoleConflictsFile(request.conflicts.toStdString());
        options.graph.directed = !request.undirected;
        options.structure.weighted = request.weighted;
        if (request.pivots >= 0) {
            options.structure.betweennessPivots = static_cast<std::size_t>(request.pivots);
        }
        const MetricsResult result = computeMetrics(snapshot.network, options);
        const Network& network = snapshot.network;
        if (xlsx) {
            gui::writeMetricsXlsx(request.output, result, network);
        } else {
            const bool csv = request.format == QStringLiteral("csv");
            const QString text = csv && request.findings                    ? gui::findingsCsv(result, network)
                                 : csv                                      ? gui::metricsCsv(result, network)
                                 : request.format == QStringLiteral("json") ? gui::metricsJson(result, network)
                                                                            : gui::metricsTable(result, network);
            if (request.output.isEmpty()) {
                const QByteArray bytes = text.toUtf8();
                std::fwrite(bytes.data(), 1, static_cast<std::size_t>(bytes.size()), stdout);
            } else {
                writeTextFile(request.output, text.toUtf8());
            }
        }
        if (!request.output.isEmpty()) {
            say(QStringLiteral("speelveld: wrote %1 (%2 actors, %3 findings)")
                    .arg(request.output)
                    .arg(result.actors.size())
                    .arg(result.roleClarity.findings.size()));
        }
        if (!gui::estimateNote(result.structure).isEmpty()) {
            say(QStringLiteral("speelveld: ") + gui::estimateNote(result.structure));
        }
        return Ok;
    });
}

} // namespace speelveld::app
