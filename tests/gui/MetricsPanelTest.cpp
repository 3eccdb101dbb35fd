// The metrics and findings panels in the real window: the table, selection both ways, "show me", binding
// size and colour to a measure, recomputing after an edit, the role-conflict table as an undo step, and the
// worker thread with progress and cancel for large networks.
#include "gui/MetricsPanel.h"
#include "WindowSupport.h"
#include "core/Generator.h"
#include "gui/ActorItem.h"
#include "gui/FindingsPanel.h"
#include "gui/LegendWidget.h"
#include "gui/MainWindow.h"
#include "gui/MapScene.h"
#include "gui/MeasureStyle.h"
#include "gui/MetricsModel.h"
#include "gui/MetricsRunner.h"
#include "gui/Theme.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

void openDelft(MainWindow& window) { test::openAndWait(window, test::dataFile("delft.json")); }

Id actorNamed(const Network& network, const std::string& name)
{
    for (const Actor& actor : network.actors()) {
        if (actor.name == name) {
            return actor.id;
        }
    }
    FAIL("no actor " << name);
    return 0;
}

int columnOf(const MetricsModel& model, const char* key)
{
    for (std::size_t i = 0; i < model.columns().size(); ++i) {
        if (std::string_view(model.columns()[i].key) == key) {
            return MetricsModel::kFirstMeasure + static_cast<int>(i);
        }
    }
    FAIL("no column " << key);
    return -1;
}

Id actorInRow(const MetricsPanel& panel, int row)
{
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(panel.table()->model());
    return panel.model()->actorAt(proxy->mapToSource(proxy->index(row, 0)).row());
}

} // namespace

TEST_CASE("the metrics table lists every actor, sorts on numbers, and selects on the map and back")
{
    MainWindow window;
    openDelft(window);
    MetricsPanel& panel = *window.metricsPanel();
    const Network& network = window.network();
    REQUIRE(panel.model()->rowCount() == static_cast<int>(network.actors().size()));
    CHECK(panel.model()->columnCount() == MetricsModel::kFirstMeasure + static_cast<int>(measureColumns().size()));
    // Header tooltips explain each measure.
    const int betweenness = columnOf(*panel.model(), "betweenness");
    CHECK(panel.model()
              ->headerData(betweenness, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("shortest")));

    // Sorting on betweenness, highest first: the municipality brokers most routes in Delft 2015 (0.464, ahead of
    // Delft voor Elkaar's 0.198; the CLI test prints the same figures).
    panel.table()->sortByColumn(betweenness, Qt::DescendingOrder);
    const Id gemeente = actorNamed(network, "Gemeente Delft");
    CHECK(actorInRow(panel, 0) == gemeente);
    CHECK(actorInRow(panel, 1) == actorNamed(network, "Delft voor Elkaar"));
    // Sorting is numeric, not by text: in-degree 10 comes before 8 and 5.
    panel.table()->sortByColumn(columnOf(*panel.model(), "in_degree"), Qt::DescendingOrder);
    CHECK(actorInRow(panel, 0) == gemeente);

    // Table → map.
    panel.table()->selectRow(0);
    CHECK(window.scene()->actorItem(gemeente)->isSelected());
    // Map → table.
    const Id toegang = actorNamed(network, "de Toegang");
    window.scene()->clearSelection();
    window.scene()->actorItem(toegang)->setSelected(true);
    const auto selected = panel.table()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(actorInRow(panel, selected.front().row()) == toegang);
    CHECK_FALSE(window.scene()->actorItem(gemeente)->isSelected());
}

TEST_CASE("findings in words, the governance mode, and show me")
{
    MainWindow window;
    openDelft(window);
    FindingsPanel& findings = *window.findingsPanel();
    const Network& network = window.network();
    REQUIRE(findings.list()->count() == 6); // the six findings of Delft 2015 (RoleClarityTest)
    CHECK(findings.list()->item(0)->text().contains(
        QStringLiteral("MEE Zuid-Holland Noord is both contractor and gatekeeper")));
    CHECK(findings.governance()->text().contains(QStringLiteral("Lead organisation")));
    CHECK(findings.governance()->text().contains(QStringLiteral("heuristic")));

    // "Show me" on the RC5 finding: the municipality, the volunteer initiatives and the one commission.
    const Id gemeente = actorNamed(network, "Gemeente Delft");
    const Id volunteers = actorNamed(network, "Vrijwilligersinitiatieven");
    int rc5 = -1;
    for (int row = 0; row < findings.list()->count(); ++row) {
        rc5 = findings.list()->item(row)->text().startsWith(QStringLiteral("RC5")) ? row : rc5;
    }
    REQUIRE(rc5 >= 0);
    findings.showFinding(rc5);
    MapScene& scene = *window.scene();
    CHECK(scene.isSpotlit());
    for (const Actor& actor : network.actors()) {
        const bool behind = actor.id == gemeente || actor.id == volunteers;
        CHECK(scene.actorItem(actor.id)->opacity() == (behind ? 1.0 : kFadedOpacity));
    }
    int lit = 0;
    for (const Relation& relation : network.relations()) {
        const bool behind =
            relation.type == RelationType::Commissions && relation.source == gemeente && relation.target == volunteers;
        lit += behind ? 1 : 0;
        CHECK(scene.isRelationFaded(relation.id) == !behind);
    }
    CHECK(lit == 1);
    // Escape ("Show everything") brings the whole map back.
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK_FALSE(scene.isSpotlit());
    CHECK(scene.actorItem(volunteers)->opacity() == 1.0);
}

TEST_CASE("metrics recompute by themselves after an edit, and the role-conflict table is one undo step")
{
    MainWindow window;
    openDelft(window);
    FindingsPanel& findings = *window.findingsPanel();
    REQUIRE(findings.list()->count() == 6);
    Network& network = window.editableNetwork();
    auto rc5 = [&] {
        for (int row = 0; row < findings.list()->count(); ++row) {
            if (findings.list()->item(row)->text().startsWith(QStringLiteral("RC5"))) {
                return findings.list()->item(row)->text();
            }
        }
        return QString();
    };
    CHECK(rc5().contains(QStringLiteral("without any collaboration")));
    // The volunteer initiatives start to inform the municipality: there is a relationship now, but the
    // commission's trust is 2, so RC5 stays, as "low trust".
    network.addRelation({.source = actorNamed(network, "Vrijwilligersinitiatieven"),
                         .target = actorNamed(network, "Gemeente Delft"),
                         .type = RelationType::Informs});
    REQUIRE(QTest::qWaitFor([&] { return rc5().contains(QStringLiteral("trust between them is low")); }, 5000));
    Id wmo = 0;
    for (const Domain& domain : network.domains()) {
        wmo = domain.name == "Wmo-ondersteuning" ? domain.id : wmo;
    }
    REQUIRE(wmo != 0);
    // A capped budget for the Wmo providers next to the per-unit tariff: RC6 (uncapped) goes.
    network.addRelation({.source = actorNamed(network, "Gemeente Delft"),
                         .target = actorNamed(network, "Aanbieders maatwerkvoorzieningen Wmo"),
                         .type = RelationType::Commissions,
                         .domain = wmo,
                         .financing = Financing::CappedBudget});
    REQUIRE(QTest::qWaitFor([&] { return findings.list()->count() == 5; }, 5000));
    CHECK(window.metricsPanel()->model()->rowCount() == static_cast<int>(network.actors().size()));

    // Dropping gatekeeper × contractor from the table silences MEE's RC1; undo brings it back.
    RoleConflictTable table = window.project().conflicts;
    table.remove(RoleType::Gatekeeper, RoleType::Contractor);
    const int steps = window.undoStack()->count();
    window.setRoleConflicts(table);
    CHECK(window.undoStack()->count() == steps + 1);
    REQUIRE(QTest::qWaitFor([&] { return findings.list()->count() == 4; }, 5000));
    CHECK(window.isWindowModified());
    window.undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return findings.list()->count() == 5; }, 5000));
    CHECK(window.project().conflicts == RoleConflictTable::defaults());
}

TEST_CASE("node size and colour bound to a measure, with the scale in the legend")
{
    MainWindow window;
    openDelft(window);
    const Network& network = window.network();
    const Id gemeente = actorNamed(network, "Gemeente Delft");
    const Id raad = actorNamed(network, "Gemeenteraad Delft"); // betweenness 0
    window.metricsPanel()->bindSize(QStringLiteral("betweenness"));
    CHECK(window.scene()->actorItem(gemeente)->scale() == doctest::Approx(kMaxScale));
    CHECK(window.scene()->actorItem(raad)->scale() == doctest::Approx(kMinScale));
    auto* legend = window.findChild<LegendWidget*>();
    REQUIRE(legend != nullptr);
    REQUIRE(legend->content().size.has_value());
    CHECK(legend->content().size->low == 0);
    CHECK(legend->content().size->high == doctest::Approx(142.0 / (18 * 17)).epsilon(1e-9));

    window.metricsPanel()->bindColour(QStringLiteral("role_clarity"));
    REQUIRE(legend->content().colour.has_value());
    CHECK(legend->content().colour->title == QStringLiteral("Role clarity"));
    window.metricsPanel()->bindSize(QString());
    CHECK(window.scene()->actorItem(gemeente)->scale() == 1.0);
    CHECK_FALSE(legend->content().size.has_value());
}

TEST_CASE("measure style: hand-worked factors and colours")
{
    // Three actors with betweenness 0, 0.25 and 1 (normalised): factors 0.7, 0.975, 1.8; colours at 0, ¼, 1.
    MetricsResult result;
    result.actors = {11, 12, 13};
    result.structure.betweennessNormalised = {0, 0.25, 1};
    const auto columns = measureColumns();
    const MeasureColumn* betweenness = nullptr;
    for (const auto& column : columns) {
        betweenness = std::string_view(column.key) == "betweenness" ? &column : betweenness;
    }
    REQUIRE(betweenness != nullptr);
    const MeasureStyle style = measureStyle(result, betweenness, betweenness);
    CHECK(style.scales.at(11) == doctest::Approx(0.7));
    CHECK(style.scales.at(12) == doctest::Approx(0.7 + 1.1 * 0.25));
    CHECK(style.scales.at(13) == doctest::Approx(1.8));
    CHECK(style.fills.at(11) == measureColour(0));
    CHECK(style.fills.at(13) == measureColour(1));
    CHECK(style.size->high == 1);
    // Lighter means lower: the ramp darkens steadily.
    CHECK(measureColour(0).lightness() > measureColour(0.5).lightness());
    CHECK(measureColour(0.5).lightness() > measureColour(1).lightness());
    // All equal: the middle size.
    result.structure.betweennessNormalised = {0.3, 0.3, 0.3};
    CHECK(measureStyle(result, betweenness, nullptr).scales.at(12) == doctest::Approx(1.25));
}

TEST_CASE("large networks are computed in a worker thread, with progress, and can be cancelled")
{
    const Project project = generateProject({.actors = 3000, .seed = 3});
    const Network& network = project.snapshots.front().network;
    REQUIRE(static_cast<double>(network.actors().size()) * static_cast<double>(network.relations().size()) >
            MetricsRunner::kInlineWork);
    MetricsRunner runner;
    QSignalSpy started(&runner, &MetricsRunner::started);
    QSignalSpy progressed(&runner, &MetricsRunner::progressed);
    QSignalSpy finished(&runner, &MetricsRunner::finished);
    QSignalSpy cancelled(&runner, &MetricsRunner::cancelled);

    runner.request(network, {});
    CHECK(runner.isRunning()); // it returned at once: the window stays responsive
    CHECK(started.count() == 1);
    REQUIRE(finished.wait(120000));
    CHECK_FALSE(progressed.isEmpty());
    REQUIRE(runner.result() != nullptr);
    CHECK(runner.result()->actors.size() == network.actors().size());

    runner.request(network, {});
    runner.cancel();
    CHECK(cancelled.count() == 1);
    CHECK_FALSE(runner.isRunning());
    runner.wait();
    QTest::qWait(50);
    CHECK(finished.count() == 1); // the cancelled run delivers nothing
}
