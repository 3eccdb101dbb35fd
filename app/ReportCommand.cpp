#include "ReportCommand.h"

#include "Commands.h"
#include "gui/ReportWriter.h"

namespace speelveld::app {

int runReport(const ReportRequest& request)
{
    if (!request.output.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        say(QStringLiteral("speelveld report: the report is a PDF; name the output file OUT.pdf (not \"%1\").")
                .arg(request.output));
        return Usage;
    }
    bool layoutOk = true;
    const auto engine = parseLayout(request.layout, layoutOk, QStringLiteral("speelveld report"));
    if (!layoutOk) {
        return Usage;
    }
    return withSnapshot(request.file, request.snapshot, [&](const Project& project, const Snapshot& snapshot) {
        const int pages = gui::writeSnapshotReport(project, snapshot, engine, request.title, request.output);
        say(QStringLiteral("speelveld: wrote %1 (%2 pages, snapshot \"%3\")")
                .arg(request.output)
                .arg(pages)
                .arg(QString::fromStdString(snapshot.name)));
        return Ok;
    });
}

} // namespace speelveld::app
