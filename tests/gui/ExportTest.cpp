#include "WindowSupport.h"
#include "core/JsonFormat.h"
#include "core/UserError.h"
#include "gui/Labels.h"
#include "gui/MapExporter.h"
#include "gui/Theme.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QFontInfo>
#include <QImage>
#include <QProcess>
#include <QXmlStreamReader>
#include <map>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

using test::qpath;

/// Per actor kind, how many filled shapes in the SVG carry the kind's fill and outline colours.
std::map<ActorKind, int> kindShapesInSvg(const QString& file, QStringList* texts)
{
    QFile svg(file);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    std::map<ActorKind, int> shapes;
    std::vector<std::optional<ActorKind>> groupKinds;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1StringView("g")) {
                std::optional<ActorKind> kind;
                for (ActorKind candidate : allActorKinds()) {
                    const KindStyle style = styleFor(candidate);
                    if (xml.attributes().value(QLatin1StringView("fill")) == style.fill.name() &&
                        xml.attributes().value(QLatin1StringView("stroke")) == style.stroke.name()) {
                        kind = candidate;
                    }
                }
                groupKinds.push_back(kind);
            } else if (name == QLatin1StringView("text")) {
                texts->append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if ((name == QLatin1StringView("path") || name == QLatin1StringView("ellipse") ||
                        name == QLatin1StringView("polygon") || name == QLatin1StringView("rect")) &&
                       !groupKinds.empty() && groupKinds.back()) {
                ++shapes[*groupKinds.back()];
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1StringView("g")) {
            groupKinds.pop_back();
        }
    }
    CHECK_MESSAGE(!xml.hasError(), xml.errorString().toStdString());
    return shapes;
}

} // namespace

TEST_CASE("the map font is the one we asked for (missing fonts fail silently offscreen)")
{
    CHECK(QFontInfo(mapFont()).family() == QStringLiteral("DejaVu Sans"));
}

TEST_CASE("the SVG export parses as XML and holds one shape per actor, in its kind's colours")
{
    test::TempDir dir;
    for (const auto& example : test::examples()) {
        const Project project = readJsonProject(example);
        for (const auto& snapshot : project.snapshots) {
            CAPTURE(snapshot.name);
            const QString file = qpath(dir / "map.svg");
            ExportOptions options;
            options.legend = false;
            options.title = QString::fromStdString(snapshot.name);
            exportSnapshot(snapshot, LayoutEngine::Neato, file, options);
            QStringList texts;
            const auto shapes = kindShapesInSvg(file, &texts);
            std::map<ActorKind, int> expected;
            for (const auto& actor : snapshot.network.actors()) {
                ++expected[actor.kind];
            }
            CHECK(shapes == expected);
            const QString allText = texts.join(QLatin1Char(' '));
            CHECK(allText.contains(options.title));
            for (const auto& actor : snapshot.network.actors()) {
                // Long names wrap over several lines; every word is there.
                for (const QString& word : QString::fromStdString(actor.name).split(QLatin1Char(' '))) {
                    CHECK_MESSAGE(allText.contains(word), actor.name);
                }
            }
        }
    }
}

TEST_CASE("with the legend on, every kind shown gets one more swatch and its name")
{
    test::TempDir dir;
    const Project project = readJsonProject(test::dataFile("delft.json"));
    const Snapshot& snapshot = project.snapshots.at(project.current);
    const QString file = qpath(dir / "legend.svg");
    exportSnapshot(snapshot, LayoutEngine::Neato, file, ExportOptions{});
    QStringList texts;
    const auto shapes = kindShapesInSvg(file, &texts);
    std::map<ActorKind, int> expected;
    for (const auto& actor : snapshot.network.actors()) {
        ++expected[actor.kind];
    }
    for (auto& [kind, count] : expected) {
        CHECK(shapes.at(kind) == count + 1);
        CHECK(texts.contains(label(kind)));
    }
    for (const auto& relation : snapshot.network.relations()) {
        CHECK(texts.contains(label(relation.type)));
    }
}

TEST_CASE("the PDF export is a valid one-page PDF (pdfinfo)")
{
    test::TempDir dir;
    const Project project = readJsonProject(test::dataFile("delft.json"));
    const QString file = qpath(dir / "map.pdf");
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.title = QStringLiteral("Delft 2015");
    exportSnapshot(project.snapshots.at(project.current), std::nullopt, file, options);
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {file});
    REQUIRE_MESSAGE(pdfinfo.waitForFinished(30000), "pdfinfo (Debian package poppler-utils) did not run");
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    CHECK(pdfinfo.exitCode() == 0);
    CHECK(info.contains(QStringLiteral("Pages:           1")));
    CHECK(info.contains(QStringLiteral("Title:           Delft 2015")));
}

TEST_CASE("the PNG export has the asked resolution and is not blank")
{
    test::TempDir dir;
    const Project project = readJsonProject(test::dataFile("inburgering.json"));
    ExportOptions options;
    options.format = ExportFormat::Png;
    options.dpi = 72;
    exportSnapshot(project.snapshots.front(), LayoutEngine::Neato, qpath(dir / "a.png"), options);
    options.dpi = 144;
    exportSnapshot(project.snapshots.front(), LayoutEngine::Neato, qpath(dir / "b.png"), options);
    const QImage small(qpath(dir / "a.png"));
    const QImage large(qpath(dir / "b.png"));
    REQUIRE_FALSE(small.isNull());
    CHECK(std::abs(large.width() - 2 * small.width()) <= 2);
    CHECK(std::abs(large.height() - 2 * small.height()) <= 2);
    CHECK(large.dotsPerMeterX() == static_cast<int>(144 / 0.0254));
    std::map<QRgb, int> colours;
    for (int y = 0; y < small.height(); y += 4) {
        for (int x = 0; x < small.width(); x += 4) {
            ++colours[small.pixel(x, y)];
        }
    }
    CHECK(colours.size() > 20);
    CHECK(colours.count(qRgb(0xfd, 0xb4, 0x62)) == 1); // providers are drawn in their orange
}

TEST_CASE("an export that cannot be written names the file and leaves nothing behind")
{
    test::TempDir dir;
    const Project project = readJsonProject(test::dataFile("inburgering.json"));
    const QString file = qpath(dir / "missing-folder" / "map.svg");
    CHECK_THROWS_WITH_AS(exportSnapshot(project.snapshots.front(), LayoutEngine::Neato, file, ExportOptions{}),
                         doctest::Contains("map.svg"), UserError);
    CHECK_FALSE(QFile::exists(file));
    CHECK(exportFormatFromName(QStringLiteral("x.PDF")) == ExportFormat::Pdf);
    CHECK_FALSE(exportFormatFromName(QStringLiteral("x.docx")).has_value());
}
