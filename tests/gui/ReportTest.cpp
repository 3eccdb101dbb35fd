// The PDF report: its pages read back with poppler's pdftotext and pdfinfo (Debian package poppler-utils).

#include "ProgramOutput.h"
#include "WindowSupport.h"
#include "core/Generator.h"
#include "core/JsonFormat.h"
#include "core/UserError.h"
#include "gui/FilterPanel.h"
#include "gui/FindingText.h"
#include "gui/MainWindow.h"
#include "gui/MapExporter.h"
#include "gui/MapScene.h"
#include "gui/ReportWriter.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

using test::qpath;

QString run(const QString& program, const QStringList& arguments)
{
    return QString::fromUtf8(test::programOutput(program, arguments));
}

/// The text of one page in the order it was drawn, without any white space (lines wrap differently in a
/// table cell, a paragraph and the map, and that must not matter) and with ligatures ("ﬁ") as letters.
QString pageText(const QString& pdf, int page)
{
    const QString number = QString::number(page);
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), number, QStringLiteral("-l"),
                                             number, pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

QString squeeze(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); }

int pageCount(const QString& pdf)
{
    const auto match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

bool isLandscape(const QString& pdf, int page)
{
    const QString number = QString::number(page);
    const QString info =
        run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), number, QStringLiteral("-l"), number, pdf});
    return info.contains(QStringLiteral("842 x 595"));
}

/// A report of one snapshot laid out with neato, its metrics computed with the default conflict table.
struct Report {
    Network network;
    MetricsResult metrics;
    int pages = 0;

    Report(const Network& source, const QString& path) : network(source)
    {
        MapScene scene;
        scene.showDrawing(network, drawNetwork(network, LayoutEngine::Neato));
        metrics = computeMetrics(network, MetricsOptions{});
        ReportContent content;
        content.title = QStringLiteral("Speelveld Delft");
        content.snapshot = QStringLiteral("Delft 2015");
        content.snapshotDate = QStringLiteral("2015-06-01");
        content.date = QDate(2025, 3, 14);
        content.network = &network;
        content.metrics = &metrics;
        pages = writeReport(scene, legendFor(network), content, path);
    }
};

} // namespace

TEST_CASE("the report has the title, the governance mode, every finding and every actor, and numbered pages")
{
    test::TempDir dir;
    const QString pdf = qpath(dir / "report.pdf");
    const Project project = readJsonProject(test::dataFile("delft.json"));
    const Report report(project.snapshots.at(project.current).network, pdf);
    REQUIRE(report.metrics.roleClarity.findings.size() == 6);
    CHECK(pageCount(pdf) == report.pages);
    // The map; the governance mode; the findings; the measures (wide: landscape); the network figures.
    CHECK(report.pages == 5);

    QStringList pages;
    for (int page = 1; page <= report.pages; ++page) {
        pages << pageText(pdf, page);
        CAPTURE(page);
        CHECK(pages.back().contains(squeeze(QStringLiteral("Page %1 of %2").arg(page).arg(report.pages))));
        CHECK(pages.back().contains(squeeze(QStringLiteral("Snapshot: Delft 2015 (2015-06-01)"))));
    }
    CHECK(pages[0].contains(QStringLiteral("SpeelveldDelft")));
    CHECK(pages[0].contains(squeeze(QStringLiteral("Report made with Speelveld on 2025-03-14"))));
    CHECK(pages[1].contains(squeeze(QStringLiteral("Lead organisation (heuristic)"))));
    CHECK(pages[1].contains(squeeze(governanceExplanation(report.metrics.governance, report.network))));
    for (const Finding& finding : report.metrics.roleClarity.findings) {
        CAPTURE(describe(finding, report.network).toStdString());
        CHECK(pages[2].contains(squeeze(describe(finding, report.network))));
        CHECK(pages[2].contains(squeeze(checkName(finding.check))));
    }
    CHECK(pages[2].contains(squeeze(QStringLiteral("No findings for: RC2 multiple principals, RC7 accountability"))));
    CHECK(isLandscape(pdf, 4));
    CHECK_FALSE(isLandscape(pdf, 3));
    for (const Actor& actor : report.network.actors()) {
        CAPTURE(actor.name);
        CHECK(pages[3].contains(squeeze(QString::fromStdString(actor.name))));
    }
    CHECK(pages[4].contains(squeeze(QStringLiteral("Decisions with exactly one Accountable"))));
    CHECK(pages[4].contains(squeeze(QStringLiteral("What these numbers mean"))));
}

TEST_CASE("a long metric table goes over several pages, each with the header row, and misses no actor")
{
    test::TempDir dir;
    const QString pdf = qpath(dir / "large.pdf");
    GeneratorOptions options;
    options.actors = 150;
    options.seed = 3;
    const Project project = generateProject(options);
    const Report report(project.snapshots.front().network, pdf);
    QString table;
    int tablePages = 0;
    for (int page = 4; page <= report.pages; ++page) {
        const QString text = pageText(pdf, page);
        if (text.contains(QStringLiteral("ActorKindIn-degreeOut-degreeBetweenness"))) {
            ++tablePages;
            table += text;
        }
    }
    CHECK(tablePages >= 3);
    for (const Actor& actor : report.network.actors()) {
        CAPTURE(actor.name);
        CHECK(table.contains(squeeze(QString::fromStdString(actor.name))));
    }
}

TEST_CASE("a report that cannot be written names the file and leaves nothing behind")
{
    test::TempDir dir;
    const Project project = readJsonProject(test::dataFile("inburgering.json"));
    const QString pdf = qpath(dir / "no-such-folder" / "report.pdf");
    CHECK_THROWS_WITH_AS(writeSnapshotReport(project, project.snapshots.front(), LayoutEngine::Neato, {}, pdf),
                         doctest::Contains("report.pdf: the report could not be written"), UserError);
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("the window's report is of the snapshot on screen and says when a filter fades part of the map")
{
    test::TempDir dir;
    MainWindow window;
    QSignalSpy laidOut(&window, &MainWindow::layoutFinished);
    test::openAndWait(window, test::dataFile("delft.json"));
    REQUIRE(window.showSnapshot(QStringLiteral("Delft 2010")));
    if (window.isLayoutRunning()) {
        REQUIRE(laidOut.wait(60000));
    }
    const QString faded = squeeze(QStringLiteral("Faded actors and relations were outside the filter"));
    const QString plain = qpath(dir / "plain.pdf");
    REQUIRE_FALSE(window.writeReportTo(plain).has_value());
    CHECK(pageText(plain, 1).contains(squeeze(QStringLiteral("Snapshot: Delft 2010 (2010-06-01)"))));
    CHECK_FALSE(pageText(plain, 1).contains(faded));

    window.filterPanel()->searchField()->setText(QStringLiteral("Delft"));
    const QString filtered = qpath(dir / "filtered.pdf");
    REQUIRE_FALSE(window.writeReportTo(filtered).has_value());
    CHECK(pageText(filtered, 1).contains(faded));
    // The tables still hold every actor of the snapshot.
    QString tables;
    for (int page = 4; page <= pageCount(filtered); ++page) {
        tables += pageText(filtered, page);
    }
    for (const Actor& actor : window.network().actors()) {
        CAPTURE(actor.name);
        CHECK(tables.contains(squeeze(QString::fromStdString(actor.name))));
    }

    const auto error = window.writeReportTo(qpath(dir / "missing" / "report.pdf"));
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("report.pdf: the report could not be written")));
}
