#include "core/ProjectLoader.h"
#include "gui/ActorItem.h"
#include "gui/ComparisonWindow.h"
#include "gui/MainWindow.h"
#include "gui/MapScene.h"

#include <doctest/doctest.h>

#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <set>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

const QString kDelft = QStringLiteral(SPEELVELD_SOURCE_DIR "/data/delft.json");

/// Before:  A ──commissions──▶ B ──refers_to──▶ C
/// After:   A ──commissions──▶ B                 C     A ──funds──▶ C (new), D (new, alone)
/// so the comparison lists exactly one relation added (A → C), one removed (B → C), one actor added (D).
Project handMadePair()
{
    Project project;
    Snapshot before;
    before.id = 1;
    before.name = "Voor";
    const Id a = before.network.addActor({.id = 1, .kind = ActorKind::Municipality, .name = "A", .position = {{0, 0}}});
    const Id b = before.network.addActor({.id = 2, .name = "B", .position = {{200, 0}}});
    const Id c = before.network.addActor({.id = 3, .name = "C", .position = {{100, 150}}});
    before.network.addRelation({.id = 10, .source = a, .target = b, .type = RelationType::Commissions});
    before.network.addRelation({.id = 11, .source = b, .target = c, .type = RelationType::RefersTo});
    Snapshot after = before;
    after.id = 2;
    after.name = "Na";
    after.network.removeRelation(11);
    after.network.addRelation({.id = 12, .source = a, .target = c, .type = RelationType::Funds});
    after.network.addActor({.id = 4, .name = "D", .position = {{300, 150}}});
    project.snapshots = {before, after};
    return project;
}

std::set<QString> rowsOf(const QTableWidget* table, const QString& change, const QString& what)
{
    std::set<QString> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == change && table->item(row, 1)->text() == what) {
            rows.insert(table->item(row, 2)->text());
        }
    }
    return rows;
}

} // namespace

TEST_CASE("a comparison of a hand-made pair lists exactly the added and removed relations and actors")
{
    ComparisonWindow window;
    window.setProject(handMadePair());
    window.compare(0, 1);
    CHECK(window.comparison().addedRelations == std::vector<Id>{12});
    CHECK(window.comparison().removedRelations == std::vector<Id>{11});
    CHECK(window.comparison().addedActors == std::vector<Id>{4});
    CHECK(window.comparison().removedActors.empty());
    CHECK(window.comparison().changedRelations.empty());

    const QTableWidget* changes = window.changesTable();
    CHECK(changes->rowCount() == 3);
    CHECK(rowsOf(changes, QStringLiteral("added"), QStringLiteral("relation")) ==
          std::set<QString>{QStringLiteral("A → C (funds)")});
    CHECK(rowsOf(changes, QStringLiteral("removed"), QStringLiteral("relation")) ==
          std::set<QString>{QStringLiteral("B → C (refers to)")});
    CHECK(rowsOf(changes, QStringLiteral("added"), QStringLiteral("actor")) == std::set<QString>{QStringLiteral("D")});

    // The one map holds the later network and the removed relation; what changed stands out, the rest fades.
    CHECK(window.unionNetwork().relations().size() == 3);
    CHECK(window.unionScene()->relationCount() == 3);
    CHECK_FALSE(window.unionScene()->isRelationFaded(12));
    CHECK_FALSE(window.unionScene()->isRelationFaded(11));
    CHECK(window.unionScene()->isRelationFaded(10));
    // Coloured by what happened to them: added in the added colour, removed in the removed one, the rest plain.
    CHECK(window.unionScene()->relationBand(12) == ComparisonWindow::addedColour());
    CHECK(window.unionScene()->relationBand(11) == ComparisonWindow::removedColour());
    CHECK_FALSE(window.unionScene()->relationBand(10).has_value());
    CHECK(window.beforeScene()->relationBand(11) == ComparisonWindow::removedColour());
    CHECK(window.afterScene()->relationBand(12) == ComparisonWindow::addedColour());
    // Side by side: the removed relation on the left, the added one on the right, actors in the same places.
    CHECK_FALSE(window.beforeScene()->isRelationFaded(11));
    CHECK(window.afterScene()->relationPath(12).has_value());
    CHECK_FALSE(window.afterScene()->relationPath(11).has_value());
    CHECK(window.beforeScene()->actorItem(1)->pos() == window.afterScene()->actorItem(1)->pos());

    // Metric changes: B's out-degree goes from 1 to 0 (B → C removed), A's from 1 to 2 (A → C added);
    // C's in-degree stays 1 (from B, then from A), so it is not listed.
    const QTableWidget* metrics = window.metricsTable();
    bool bOutDegree = false;
    for (int row = 0; row < metrics->rowCount(); ++row) {
        if (metrics->item(row, 0)->text() == QStringLiteral("B") &&
            metrics->item(row, 1)->text() == QStringLiteral("Out-degree")) {
            bOutDegree = true;
            CHECK(metrics->item(row, 2)->text() == QStringLiteral("1"));
            CHECK(metrics->item(row, 3)->text() == QStringLiteral("0"));
            CHECK(metrics->item(row, 4)->text() == QStringLiteral("-1"));
        }
        if (metrics->item(row, 0)->text() == QStringLiteral("A") &&
            metrics->item(row, 1)->text() == QStringLiteral("Out-degree")) {
            CHECK(metrics->item(row, 4)->text() == QStringLiteral("+1"));
        }
        CHECK_FALSE((metrics->item(row, 0)->text() == QStringLiteral("C") &&
                     metrics->item(row, 1)->text() == QStringLiteral("In-degree"))); // unchanged: not listed
    }
    CHECK(bOutDegree);
}

TEST_CASE("a what-if scenario is a copy to edit freely; undo takes the edits and then the scenario away")
{
    MainWindow window;
    REQUIRE(window.openFile(kDelft) == std::nullopt);
    const Project original = window.project();
    const std::size_t origin = window.project().current;
    const QString originName = QString::fromStdString(window.project().snapshots[origin].name);

    window.addSnapshot(QStringLiteral("Wat als: één toegang"), QString(), true);
    REQUIRE(window.project().snapshots.size() == original.snapshots.size() + 1);
    const Snapshot& fork = window.project().snapshots[origin + 1];
    CHECK(fork.name == "Wat als: één toegang");
    CHECK(QString::fromStdString(fork.description).contains(originName));
    CHECK(fork.network == window.project().snapshots[origin].network);
    CHECK(&window.network() == &fork.network); // the scenario is shown

    Id added = 0;
    window.applyEdit(QStringLiteral("add"), [&](Network& network) {
        added = network.addActor({.kind = ActorKind::AccessTeam, .name = "Eén toegang", .position = {{0, 0}}});
    });
    CHECK(window.project().snapshots[origin + 1].network.actor(added) != nullptr);
    CHECK(window.project().snapshots[origin].network.actor(added) == nullptr); // the origin is untouched

    // An actor added later in the origin gets an id of its own, not the scenario's.
    window.showSnapshot(originName);
    Id inOrigin = 0;
    window.applyEdit(QStringLiteral("add"), [&](Network& network) {
        inOrigin = network.addActor({.name = "Elders", .position = {{0, 0}}});
    });
    CHECK(inOrigin != added);

    window.undoStack()->undo(); // the actor in the origin
    window.undoStack()->undo(); // the actor in the scenario (and the scenario is shown again)
    CHECK(&window.network() == &window.project().snapshots[origin + 1].network);
    window.undoStack()->undo(); // the scenario
    CHECK(window.project().snapshots.size() == original.snapshots.size());
    for (std::size_t i = 0; i < original.snapshots.size(); ++i) {
        CHECK(window.project().snapshots[i].name == original.snapshots[i].name);
        CHECK(window.project().snapshots[i].network.actors().size() == original.snapshots[i].network.actors().size());
    }
    window.undoStack()->redo();
    window.undoStack()->redo();
    CHECK(window.project().snapshots[origin + 1].network.actor(added) != nullptr);
}

TEST_CASE("Delft 2010 against Delft 2015 in the comparison window: counts as worked out from the JSON")
{
    ComparisonWindow window;
    window.setProject(openProjectFile(kDelft.toStdString()));
    window.compare(0, 1);
    // The same counts core's ComparisonTest works out by hand from data/delft.json.
    CHECK(window.comparison().addedActors.size() == 10);
    CHECK(window.comparison().removedActors.size() == 3);
    CHECK(window.comparison().changedActors.size() == 5);
    CHECK(window.comparison().addedRelations.size() == 36);
    CHECK(window.comparison().removedRelations.size() == 12);
    CHECK(window.comparison().changedRelations.size() == 4);
    CHECK(window.changesTable()->rowCount() == 10 + 3 + 5 + 36 + 12 + 4);
    CHECK(window.metricsTable()->rowCount() > 0);
}
