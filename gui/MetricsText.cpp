#include "MetricsText.h"

#include "FindingText.h"
#include "Labels.h"
#include "MeasureColumns.h"
#include "TranslationContexts.h"

#include "core/CsvCell.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>
#include <nlohmann/json.hpp>

namespace speelveld::gui {
namespace {

QString number(double value, int decimals)
{
    if (std::isnan(value)) {
        return {};
    }
    return QString::number(value, 'f', decimals);
}

} // namespace

std::vector<NetworkFigure> networkFigures(const MetricsResult& m)
{
    const StructureResult& s = m.structure;
    return {
        {"actors", Measures::tr("Actors"), static_cast<double>(m.actors.size()), 0,
         Measures::tr("The number of actors on the map.")},
        {"density", Measures::tr("Density"), s.density, 3,
         Measures::tr("Share of all possible ties between two actors that exist (0–1), counting each direction.")},
        {"reciprocity", Measures::tr("Reciprocity"), s.reciprocity, 3,
         Measures::tr("Share of ties that are returned: A to B and also B to A (0–1).")},
        {"degree_centralisation", Measures::tr("Degree centralisation"), s.degreeCentralisation, 3,
         Measures::tr("How much the ties concentrate on one actor (Freeman, 0–1): 1 is a star around one actor.")},
        {"betweenness_centralisation", Measures::tr("Betweenness centralisation"), s.betweennessCentralisation, 3,
         Measures::tr(
             "How much the routes run through one actor (Freeman, 0–1): 1 when one actor brokers everything.")},
        {"weak_components", Measures::tr("Components"), static_cast<double>(s.weakComponents), 0,
         Measures::tr("The number of parts not tied to each other at all.")},
        {"strong_components", Measures::tr("Strong components"), static_cast<double>(s.strongComponents), 0,
         Measures::tr("The number of parts in which everyone reaches everyone following the directions of the ties.")},
        {"communities", Measures::tr("Communities"), static_cast<double>(s.communities), 0,
         Measures::tr("Groups of actors more tied to each other than to the rest (Louvain).")},
        {"modularity", Measures::tr("Modularity"), s.modularity, 3,
         Measures::tr("How clearly the network falls apart into those communities (below 0.3: hardly).")},
        {"role_clarity", Measures::tr("Role clarity index"), m.roleClarity.networkIndex, 2,
         Measures::tr(
             "The average, over the actors that any role-clarity check applies to, of the share of checks they "
             "pass (1 = clear).")},
        {"decisions_with_one_accountable", Measures::tr("Decisions with exactly one Accountable"),
         m.roleClarity.decisionsWithOneAccountable, 2,
         Measures::tr("Share of the decisions where exactly one actor is Accountable (RACI).")},
    };
}

QString estimateNote(const StructureResult& s)
{
    if (s.betweennessPivots == 0) {
        return {};
    }
    return QCoreApplication::translate("Measures",
                                       "Betweenness, closeness and harmonic closeness are estimates from %1 sampled "
                                       "actors (Brandes & Pich 2007); betweenness is within ±%2 of the exact value "
                                       "with 95% confidence.")
        .arg(s.betweennessPivots)
        .arg(s.betweennessErrorBound, 0, 'f', 3);
}

QString metricsTable(const MetricsResult& m, const Network& network)
{
    const auto columns = measureColumns();
    QStringList header{QCoreApplication::translate("Measures", "Actor"),
                       QCoreApplication::translate("Measures", "Kind")};
    for (const auto& column : columns) {
        header << column.title;
    }
    std::vector<QStringList> rows{header};
    for (std::size_t row = 0; row < m.actors.size(); ++row) {
        const Actor* actor = network.actor(m.actors[row]);
        QStringList cells{qs(actor->name), label(actor->kind)};
        for (const auto& column : columns) {
            cells << number(column.value(m, row), column.decimals);
        }
        rows.push_back(cells);
    }
    std::vector<qsizetype> width(header.size(), 0);
    for (const auto& cells : rows) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            width[static_cast<std::size_t>(i)] = std::max(width[static_cast<std::size_t>(i)], cells[i].size());
        }
    }
    QString out;
    for (const auto& cells : rows) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const auto w = static_cast<int>(width[static_cast<std::size_t>(i)]);
            padded << (i < 2 ? cells[i].leftJustified(w) : cells[i].rightJustified(w));
        }
        out += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    for (const auto& figure : networkFigures(m)) {
        out += figure.title + QStringLiteral(": ") + number(figure.value, figure.decimals) + QLatin1Char('\n');
    }
    const QString note = estimateNote(m.structure);
    if (!note.isEmpty()) {
        out += note + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') +
           QCoreApplication::translate("Measures", "Governance mode: %1").arg(governanceName(m.governance.mode)) +
           QLatin1Char('\n') + governanceExplanation(m.governance, network) + QLatin1Char('\n');
    out += QLatin1Char('\n') +
           QCoreApplication::translate("Measures", "Role-clarity findings (%1):").arg(m.roleClarity.findings.size()) +
           QLatin1Char('\n');
    for (const Finding& finding : m.roleClarity.findings) {
        out += QStringLiteral("- ") + checkName(finding.check) + QStringLiteral(": ") + describe(finding, network) +
               QLatin1Char('\n');
    }
    return out;
}

QString metricsCsv(const MetricsResult& m, const Network& network)
{
    const auto columns = measureColumns();
    QStringList header{QStringLiteral("actor"), QStringLiteral("kind")};
    for (const auto& column : columns) {
        header << QString::fromLatin1(column.key);
    }
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (std::size_t row = 0; row < m.actors.size(); ++row) {
        const Actor* actor = network.actor(m.actors[row]);
        QStringList cells{QString::fromStdString(csvCell(actor->name)), QString::fromLatin1(toKey(actor->kind))};
        for (const auto& column : columns) {
            const double value = column.value(m, row);
            cells << (std::isnan(value) ? QString() : QString::number(value, 'g', 10));
        }
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString findingsCsv(const MetricsResult& m, const Network& network)
{
    const auto cell = [](const QString& text) { return QString::fromStdString(csvCell(text.toStdString())); };
    QString out = QStringLiteral("check,finding,actors\r\n");
    for (const Finding& finding : m.roleClarity.findings) {
        QStringList names;
        for (const Id id : finding.actors) {
            const Actor* actor = network.actor(id);
            names << (actor != nullptr ? QString::fromStdString(actor->name) : QString::number(id));
        }
        out += cell(checkName(finding.check)) + QLatin1Char(',') + cell(describe(finding, network)) + QLatin1Char(',') +
               cell(names.join(QStringLiteral("; "))) + QStringLiteral("\r\n");
    }
    return out;
}

QString metricsJson(const MetricsResult& m, const Network& network)
{
    using nlohmann::json;
    const auto columns = measureColumns();
    json actors = json::array();
    for (std::size_t row = 0; row < m.actors.size(); ++row) {
        const Actor* actor = network.actor(m.actors[row]);
        json entry{{"name", actor->name}, {"kind", std::string(toKey(actor->kind))}};
        for (const auto& column : columns) {
            const double value = column.value(m, row);
            entry[column.key] = std::isnan(value) ? json(nullptr) : json(value);
        }
        actors.push_back(entry);
    }
    json figures = json::object();
    for (const auto& figure : networkFigures(m)) {
        figures[figure.key] = figure.value;
    }
    figures["betweenness_pivots"] = m.structure.betweennessPivots;
    figures["betweenness_error_bound"] = m.structure.betweennessErrorBound;
    json findings = json::array();
    for (const Finding& finding : m.roleClarity.findings) {
        std::vector<std::string> actorNames, relationIds;
        for (const Id id : finding.actors) {
            actorNames.push_back(network.actor(id) ? network.actor(id)->name : std::to_string(id));
        }
        findings.push_back({{"check", "RC" + std::to_string(static_cast<int>(finding.check))},
                            {"variant", finding.variant},
                            {"text", describe(finding, network).toStdString()},
                            {"actors", actorNames},
                            {"relations", finding.relations}});
    }
    const GovernanceEvidence& e = m.governance.evidence;
    json governance{{"mode", governanceName(m.governance.mode).toStdString()},
                    {"rule", m.governance.rule},
                    {"explanation", governanceExplanation(m.governance, network).toStdString()},
                    {"density", e.density},
                    {"degree_centralisation", e.degreeCentralisation},
                    {"most_central_reach", e.mostCentralReach},
                    {"members_of_administrative_body", e.members}};
    const json document{{"actors", actors}, {"network", figures}, {"governance", governance}, {"findings", findings}};
    return QString::fromStdString(document.dump(2)) + QLatin1Char('\n');
}

} // namespace speelveld::gui
