#include "DiffCommand.h"

#include "Commands.h"
#include "core/Comparison.h"
#include "core/UserError.h"
#include "gui/ChangeList.h"
#include "layouts/ImportFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace speelveld::app {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString asText(const std::vector<gui::ChangeLine>& lines, const QString& counts)
{
    QString text = counts + QLatin1Char('\n');
    if (lines.empty()) {
        return text + QStringLiteral("No differences.\n");
    }
    qsizetype width[3] = {0, 0, 0};
    for (const auto& line : lines) {
        width[0] = std::max(width[0], line.changeText.size());
        width[1] = std::max(width[1], line.what.size());
        width[2] = std::max(width[2], line.which.size());
    }
    for (const auto& line : lines) {
        QString row = line.changeText.leftJustified(width[0]) + QStringLiteral("  ") +
                      line.what.leftJustified(width[1]) + QStringLiteral("  ") + line.which.leftJustified(width[2]) +
                      QStringLiteral("  ") + line.details;
        text += row.trimmed() + QLatin1Char('\n');
    }
    return text;
}

QString asJson(const std::vector<gui::ChangeLine>& lines, const QString& from, const QString& to)
{
    QJsonArray changes;
    for (const auto& line : lines) {
        const char* change = line.change == ChangeKind::Added     ? "added"
                             : line.change == ChangeKind::Removed ? "removed"
                                                                  : "changed";
        changes.append(
            QJsonObject{{QStringLiteral("change"), QLatin1StringView(change)},
                        {QStringLiteral("entity"),
                         line.entity == Entity::Actor ? QStringLiteral("actor") : QStringLiteral("relation")},
                        {QStringLiteral("which"), line.which},
                        {QStringLiteral("details"), line.details}});
    }
    const QJsonObject root{
        {QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("changes"), changes}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

/// The snapshot named `name`, else the one at `fallback`; nullptr after saying which exist.
const Snapshot* snapshotOr(const Project& project, const QString& name, std::size_t fallback, const QString& file)
{
    if (name.isEmpty()) {
        return &project.snapshots.at(fallback);
    }
    return pickSnapshot(project, name, file);
}

} // namespace

int runDiff(const DiffRequest& request)
{
    if (request.format != QStringLiteral("text") && request.format != QStringLiteral("json")) {
        say(QStringLiteral("speelveld diff: unknown format \"%1\". Use text or json.").arg(request.format));
        return Usage;
    }
    try {
        const Project first = openAnyFile(request.file.toStdString());
        const Snapshot* before = nullptr;
        const Snapshot* after = nullptr;
        Network aligned;
        QString toName;
        if (request.file2.isEmpty()) {
            if (first.snapshots.size() < 2 && (request.from.isEmpty() || request.to.isEmpty())) {
                say(QStringLiteral("speelveld diff: %1 has one snapshot. Give a second file to compare it with, "
                                   "or add a snapshot.")
                        .arg(request.file));
                return Usage;
            }
            before = snapshotOr(first, request.from, 0, request.file);
            after = snapshotOr(first, request.to, first.snapshots.size() - 1, request.file);
            if (before == nullptr || after == nullptr) {
                return BadInput;
            }
            aligned = after->network;
            toName = qs(after->name);
        } else {
            const Project second = openAnyFile(request.file2.toStdString());
            before = snapshotOr(first, request.from, first.current, request.file);
            const Snapshot* other = snapshotOr(second, request.to, second.current, request.file2);
            if (before == nullptr || other == nullptr) {
                return BadInput;
            }
            // Ids of two files mean nothing to each other; names do.
            aligned = alignByName(before->network, other->network);
            toName = qs(other->name);
        }
        const NetworkComparison comparison = compareNetworks(before->network, aligned);
        const auto lines = gui::changeLines(comparison, before->network, aligned);
        const QString from = qs(before->name);
        const QString to = toName;
        const QString text = request.format == QStringLiteral("json")
                                 ? asJson(lines, from, to)
                                 : asText(lines, gui::changeCounts(comparison, from, to));
        if (request.output.isEmpty()) {
            const QByteArray bytes = text.toUtf8();
            std::fwrite(bytes.data(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        } else {
            writeTextFile(request.output, text.toUtf8());
            say(QStringLiteral("speelveld: wrote %1 (%2 differences)").arg(request.output).arg(lines.size()));
        }
        return Ok;
    } catch (const UserError& error) {
        say(QStringLiteral("speelveld: ") + QString::fromStdString(error.what()));
    }
    return BadInput;
}

} // namespace speelveld::app
