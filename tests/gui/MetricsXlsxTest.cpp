// The metrics workbook: an XLSX file is a zip of XML parts; the test reads them back (unzip -p) cell by cell.

#include "gui/MetricsXlsx.h"
#include "ProgramOutput.h"
#include "WindowSupport.h"
#include "core/JsonFormat.h"
#include "core/UserError.h"
#include "gui/FindingText.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QXmlStreamReader>
#include <map>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

using test::qpath;

QByteArray part(const QString& xlsx, const QString& name)
{
    return test::programOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
}

/// One cell as written: its text (a shared string resolved) or number, whether it is a string, a formula,
/// and its style index.
struct Cell {
    QString value;
    bool string = false;
    bool formula = false;
    int style = 0;
};

/// Every cell of one sheet by its reference ("B2"), and whether the sheet keeps a frozen pane.
struct Sheet {
    std::map<QString, Cell> cells;
    bool frozen = false;
};

Sheet readSheet(const QString& xlsx, int number)
{
    QStringList strings;
    QXmlStreamReader shared(part(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    while (!shared.atEnd()) {
        if (shared.readNext() == QXmlStreamReader::StartElement && shared.name() == QLatin1StringView("si")) {
            strings << shared.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    Sheet sheet;
    QXmlStreamReader xml(part(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
    QString reference;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1StringView("pane")) {
            sheet.frozen = attributes.value(QLatin1StringView("state")) == QLatin1StringView("frozen");
        } else if (xml.name() == QLatin1StringView("c")) {
            reference = attributes.value(QLatin1StringView("r")).toString();
            Cell& cell = sheet.cells[reference];
            cell.string = attributes.value(QLatin1StringView("t")) == QLatin1StringView("s");
            cell.style = attributes.value(QLatin1StringView("s")).toInt();
        } else if (xml.name() == QLatin1StringView("f")) {
            sheet.cells[reference].formula = true;
        } else if (xml.name() == QLatin1StringView("v")) {
            Cell& cell = sheet.cells[reference];
            const QString value = xml.readElementText();
            cell.value = cell.string ? strings.value(value.toInt()) : value;
        }
    }
    REQUIRE_MESSAGE(!xml.hasError(), xml.errorString().toStdString());
    return sheet;
}

/// Whether cell style STYLE (an index into cellXfs) has a bold font.
bool isBold(const QString& xlsx, int style)
{
    QXmlStreamReader xml(part(xlsx, QStringLiteral("xl/styles.xml")));
    std::vector<bool> boldFonts;
    std::vector<int> fontOfStyle;
    QString section;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1StringView("fonts") || name == QLatin1StringView("cellXfs") ||
            name == QLatin1StringView("cellStyleXfs")) {
            section = name.toString();
        } else if (section == QLatin1StringView("fonts") && name == QLatin1StringView("font")) {
            boldFonts.push_back(false);
        } else if (section == QLatin1StringView("fonts") && name == QLatin1StringView("b")) {
            boldFonts.back() = true;
        } else if (section == QLatin1StringView("cellXfs") && name == QLatin1StringView("xf")) {
            fontOfStyle.push_back(xml.attributes().value(QLatin1StringView("fontId")).toInt());
        }
    }
    REQUIRE(static_cast<std::size_t>(style) < fontOfStyle.size());
    return boldFonts.at(static_cast<std::size_t>(fontOfStyle[static_cast<std::size_t>(style)]));
}

} // namespace

TEST_CASE("the workbook holds every actor's measures as numbers, the network figures and the findings")
{
    test::TempDir dir;
    Project project = readJsonProject(test::dataFile("delft.json"));
    Network& network = project.snapshots.at(project.current).network;
    // A name a spreadsheet would run as a formula if it were written as one.
    Actor formula = network.actors().front();
    formula.name = "=1+1";
    network.updateActor(formula);
    const MetricsResult m = computeMetrics(network, MetricsOptions{});
    const QString xlsx = qpath(dir / "metrics.xlsx");
    writeMetricsXlsx(xlsx, m, network);
    CHECK(QDir(qpath(dir.path())).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("metrics.xlsx")});

    const QString workbook = QString::fromUtf8(part(xlsx, QStringLiteral("xl/workbook.xml")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Measures\" sheetId=\"1\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Network\" sheetId=\"2\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Findings\" sheetId=\"3\"")));

    const Sheet measures = readSheet(xlsx, 1);
    CHECK(measures.frozen);
    CHECK(measures.cells.at(QStringLiteral("A1")).value == QStringLiteral("Actor"));
    CHECK(measures.cells.at(QStringLiteral("C1")).value == QStringLiteral("In-degree"));
    CHECK(isBold(xlsx, measures.cells.at(QStringLiteral("A1")).style));
    CHECK_FALSE(isBold(xlsx, measures.cells.at(QStringLiteral("A2")).style));
    for (std::size_t row = 0; row < m.actors.size(); ++row) {
        const QString r = QString::number(row + 2);
        const Cell& name = measures.cells.at(QStringLiteral("A") + r);
        CHECK(name.value == QString::fromStdString(network.actor(m.actors[row])->name));
        CHECK(name.string);
        // In-degree (C) and betweenness (G) are numbers, the exact values.
        const Cell& inDegree = measures.cells.at(QStringLiteral("C") + r);
        CHECK_FALSE(inDegree.string);
        CHECK(inDegree.value.toDouble() == doctest::Approx(m.structure.inDegree[row]));
        CHECK(measures.cells.at(QStringLiteral("G") + r).value.toDouble() ==
              doctest::Approx(m.structure.betweennessNormalised[row]));
    }
    const Cell& written = measures.cells.at(QStringLiteral("A2"));
    CHECK(written.value == QStringLiteral("=1+1"));
    CHECK(written.string);
    CHECK_FALSE(written.formula);

    const Sheet figures = readSheet(xlsx, 2);
    CHECK(figures.cells.at(QStringLiteral("A3")).value == QStringLiteral("Density"));
    CHECK(figures.cells.at(QStringLiteral("B3")).value.toDouble() == doctest::Approx(m.structure.density));
    bool governance = false;
    for (const auto& [reference, cell] : figures.cells) {
        governance = governance || cell.value == QStringLiteral("Lead organisation");
    }
    CHECK(governance);

    const Sheet findings = readSheet(xlsx, 3);
    REQUIRE(m.roleClarity.findings.size() == 6);
    for (std::size_t i = 0; i < m.roleClarity.findings.size(); ++i) {
        const Finding& finding = m.roleClarity.findings[i];
        const QString r = QString::number(i + 2);
        CHECK(findings.cells.at(QStringLiteral("A") + r).value == checkName(finding.check));
        CHECK(findings.cells.at(QStringLiteral("B") + r).value == describe(finding, network));
        if (!finding.actors.empty()) { // an orphan decision has nobody behind it
            CHECK(findings.cells.at(QStringLiteral("C") + r)
                      .value.startsWith(QString::fromStdString(network.actor(finding.actors.front())->name)));
        }
    }
    CHECK(findings.cells.count(QStringLiteral("A8")) == 0);
}

TEST_CASE("a workbook that cannot be written names the file and leaves nothing behind")
{
    test::TempDir dir;
    const Project project = readJsonProject(test::dataFile("inburgering.json"));
    const Network& network = project.snapshots.front().network;
    const QString xlsx = qpath(dir / "missing" / "metrics.xlsx");
    CHECK_THROWS_WITH_AS(writeMetricsXlsx(xlsx, computeMetrics(network, MetricsOptions{}), network),
                         doctest::Contains("metrics.xlsx: the workbook could not be written"), UserError);
    CHECK_FALSE(QFile::exists(xlsx));
}
