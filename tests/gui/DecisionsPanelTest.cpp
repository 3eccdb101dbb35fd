// The decisions panel on its own, as the window will use it: RACI set through the combo boxes in the table,
// decisions added, changed and deleted, each as exactly one edit that undoes back to the original network;
// the Accountable warning (RC3); and refresh after changes made elsewhere.
#include "gui/DecisionsPanel.h"
#include "RecordedEdits.h"
#include "gui/Labels.h"

#include <doctest/doctest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

/// Five actors of the Delft example; the access decision has Gemeente A, de Toegang R, MEE C; the budget
/// decision has no lines yet.
struct Delft {
    Delft()
    {
        jeugd = network.addDomain({.name = "Jeugd"});
        gemeente = network.addActor({.kind = ActorKind::Municipality, .name = "Gemeente Delft"});
        raad = network.addActor({.kind = ActorKind::Council, .name = "Gemeenteraad Delft"});
        toegang = network.addActor({.kind = ActorKind::AccessTeam, .name = "de Toegang"});
        mee = network.addActor({.kind = ActorKind::Provider, .name = "MEE Zuid-Holland Noord"});
        kwadraad = network.addActor({.kind = ActorKind::Provider, .name = "Kwadraad"});
        access = network.addDecision(
            {.title = "Toegang tot specialistische jeugdzorg",
             .domain = jeugd,
             .assignments = {{gemeente, Raci::Accountable}, {toegang, Raci::Responsible}, {mee, Raci::Consulted}}});
        budget = network.addDecision({.title = "Budgetplafond 2027"});
    }
    const Decision& decision(Id id) const
    {
        REQUIRE(network.decision(id) != nullptr);
        return *network.decision(id);
    }

    Network network;
    Id jeugd = 0, gemeente = 0, raad = 0, toegang = 0, mee = 0, kwadraad = 0, access = 0, budget = 0;
};

/// Picks a letter ("R", "—") in an actor's combo box, as a user does.
void pick(DecisionsPanel& panel, Id actor, const QString& letter)
{
    QComboBox* box = panel.raciBox(panel.rowOf(actor));
    REQUIRE(box != nullptr);
    const int index = box->findText(letter);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

QString shown(DecisionsPanel& panel, Id actor)
{
    QComboBox* box = panel.raciBox(panel.rowOf(actor));
    REQUIRE(box != nullptr);
    return box->currentText();
}

} // namespace

TEST_CASE("the decisions panel lists the decisions and every actor with its RACI letter")
{
    Delft delft;
    test::RecordedEdits recorded(delft.network);
    DecisionsPanel panel;
    panel.setNetwork(&delft.network, recorded.request());
    panel.show();

    REQUIRE(panel.decisions()->count() == 2);
    CHECK(panel.decisions()->itemText(0) == QStringLiteral("Toegang tot specialistische jeugdzorg"));
    CHECK(panel.currentDecision() == delft.access);
    REQUIRE(panel.table()->rowCount() == 5);
    const int row = panel.rowOf(delft.gemeente);
    CHECK(panel.table()->item(row, DecisionsPanel::kNameColumn)->text() == QStringLiteral("Gemeente Delft"));
    CHECK(panel.table()->item(row, DecisionsPanel::kKindColumn)->text() == label(ActorKind::Municipality));
    CHECK(shown(panel, delft.gemeente) == QStringLiteral("A"));
    CHECK(shown(panel, delft.toegang) == QStringLiteral("R"));
    CHECK(shown(panel, delft.mee) == QStringLiteral("C"));
    CHECK(shown(panel, delft.kwadraad) == QStringLiteral("—"));
    // The letter's word is the tooltip, from the shared labels.
    CHECK(panel.raciBox(row)->toolTip() == QStringLiteral("Accountable (A)"));
    CHECK(panel.raciBox(row)->itemData(panel.raciBox(row)->findText(QStringLiteral("C")), Qt::ToolTipRole) ==
          QStringLiteral("Consulted (C)"));
    CHECK(panel.warning()->isHidden());
    CHECK(recorded.edits.empty()); // showing is not editing
}

TEST_CASE("a RACI cell changed in the table is one edit of the decision, and undo puts it back")
{
    Delft delft;
    const Network original = delft.network;
    test::RecordedEdits recorded(delft.network);
    DecisionsPanel panel;
    panel.setNetwork(&delft.network, recorded.request());
    panel.show();

    pick(panel, delft.kwadraad, QStringLiteral("R"));
    REQUIRE(recorded.edits.size() == 1);
    CHECK(recorded.texts.back() == QStringLiteral("Set RACI of Kwadraad in “Toegang tot specialistische jeugdzorg”"));
    CHECK(delft.decision(delft.access).assignments == std::vector<RaciAssignment>{{delft.gemeente, Raci::Accountable},
                                                                                  {delft.toegang, Raci::Responsible},
                                                                                  {delft.mee, Raci::Consulted},
                                                                                  {delft.kwadraad, Raci::Responsible}});
    // "—" takes the line away; another letter changes the line where it stands.
    pick(panel, delft.mee, QStringLiteral("—"));
    pick(panel, delft.toegang, QStringLiteral("I"));
    REQUIRE(recorded.edits.size() == 3);
    CHECK(delft.decision(delft.access).assignments == std::vector<RaciAssignment>{{delft.gemeente, Raci::Accountable},
                                                                                  {delft.toegang, Raci::Informed},
                                                                                  {delft.kwadraad, Raci::Responsible}});
    CHECK(delft.decision(delft.budget).assignments.empty());
    // The same letter again changes nothing, so it is no undo step.
    panel.setRaci(delft.access, delft.toegang, Raci::Informed);
    CHECK(recorded.edits.size() == 3);
    for (const NetworkEdit& edit : recorded.edits) {
        CHECK_FALSE(edit.empty());
    }

    recorded.undoAll();
    CHECK(delft.network == original);
    panel.refresh();
    CHECK(shown(panel, delft.kwadraad) == QStringLiteral("—"));
    CHECK(shown(panel, delft.mee) == QStringLiteral("C"));
}

TEST_CASE("the decisions panel warns when a decision has no or more than one accountable actor")
{
    Delft delft;
    test::RecordedEdits recorded(delft.network);
    DecisionsPanel panel;
    panel.setNetwork(&delft.network, recorded.request());
    panel.show();
    CHECK(panel.warning()->isHidden()); // one: Gemeente Delft

    pick(panel, delft.toegang, QStringLiteral("A"));
    REQUIRE_FALSE(panel.warning()->isHidden());
    CHECK(panel.warning()->text() == QStringLiteral("This decision has 2 accountable actors (Gemeente Delft, de "
                                                    "Toegang); a decision should have exactly one."));
    pick(panel, delft.gemeente, QStringLiteral("—"));
    CHECK(panel.warning()->isHidden());
    pick(panel, delft.toegang, QStringLiteral("C"));
    REQUIRE_FALSE(panel.warning()->isHidden());
    CHECK(panel.warning()->text() ==
          QStringLiteral("No actor is accountable for this decision; a decision should have exactly one."));

    // Another decision, chosen in the list: its own letters and its own warning.
    pick(panel, delft.gemeente, QStringLiteral("A"));
    CHECK(panel.warning()->isHidden());
    panel.decisions()->setCurrentIndex(1);
    CHECK(panel.currentDecision() == delft.budget);
    CHECK(shown(panel, delft.gemeente) == QStringLiteral("—"));
    CHECK_FALSE(panel.warning()->isHidden());
    pick(panel, delft.raad, QStringLiteral("A"));
    CHECK(delft.decision(delft.budget).assignments == std::vector<RaciAssignment>{{delft.raad, Raci::Accountable}});
    CHECK(panel.warning()->isHidden());
}

TEST_CASE("adding, changing and deleting decisions: one edit each, and undo gives the original network")
{
    Delft delft;
    const Network original = delft.network;
    test::RecordedEdits recorded(delft.network);
    DecisionsPanel panel;
    panel.setNetwork(&delft.network, recorded.request());

    const Id first = panel.addDecision(QString());
    REQUIRE(recorded.edits.size() == 1);
    CHECK(recorded.texts.back() == QStringLiteral("Add decision “New decision”"));
    const Id second = panel.addDecision(QStringLiteral("  "));
    REQUIRE(recorded.edits.size() == 2);
    CHECK(delft.decision(first) == Decision{.id = first, .title = "New decision"});
    CHECK(delft.decision(second).title == "New decision 2"); // made unique
    CHECK(panel.currentDecision() == second);                // the new one is shown, ready for its letters
    CHECK(panel.decisions()->count() == 4);
    CHECK(panel.decisions()->currentText() == QStringLiteral("New decision 2"));
    CHECK_FALSE(panel.warning()->isHidden()); // nobody is accountable yet

    panel.setDecisionDetails(first, QStringLiteral("Inkoop Wmo-ondersteuning"), QStringLiteral("Per 2026"),
                             delft.jeugd);
    REQUIRE(recorded.edits.size() == 3);
    CHECK(recorded.texts.back() == QStringLiteral("Change decision “New decision”"));
    CHECK(delft.decision(first) ==
          Decision{.id = first, .title = "Inkoop Wmo-ondersteuning", .description = "Per 2026", .domain = delft.jeugd});
    CHECK(panel.decisions()->itemText(2) == QStringLiteral("Inkoop Wmo-ondersteuning"));
    // Nothing changed: no edit. A domain that does not exist: the model refuses, nothing changes.
    panel.setDecisionDetails(first, QStringLiteral("Inkoop Wmo-ondersteuning"), QStringLiteral("Per 2026"),
                             delft.jeugd);
    panel.setDecisionDetails(first, QStringLiteral("Inkoop"), QString(), 999);
    CHECK(recorded.edits.size() == 3);
    CHECK(delft.decision(first).title == "Inkoop Wmo-ondersteuning");

    // Delete, by the button, asks nothing; the neighbour in the list is shown next.
    panel.setCurrentDecision(first);
    REQUIRE(panel.deleteButton()->isEnabled());
    panel.deleteButton()->click();
    REQUIRE(recorded.edits.size() == 4);
    CHECK(recorded.texts.back() == QStringLiteral("Delete decision “Inkoop Wmo-ondersteuning”"));
    CHECK(delft.network.decision(first) == nullptr);
    CHECK(delft.network.decisions().size() == 3);
    CHECK(panel.currentDecision() == second);

    for (const NetworkEdit& edit : recorded.edits) {
        CHECK_FALSE(edit.empty());
    }
    recorded.undoAll();
    CHECK(delft.network == original);
}

TEST_CASE("the decisions panel follows changes made elsewhere, keeping the decision, filter and scroll position")
{
    Delft delft;
    for (int i = 1; i <= 40; ++i) {
        delft.network.addActor({.kind = ActorKind::Provider, .name = "Aanbieder " + std::to_string(100 + i)});
    }
    test::RecordedEdits recorded(delft.network);
    DecisionsPanel panel;
    panel.setNetwork(&delft.network, recorded.request());
    panel.resize(420, 320);
    panel.show();
    REQUIRE(panel.table()->rowCount() == 45);
    // Combo boxes only for the rows in view: a network of thousands of actors stays quick.
    const int lastRow = panel.table()->rowCount() - 1;
    CHECK(panel.table()->cellWidget(lastRow, DecisionsPanel::kRaciColumn) == nullptr);

    panel.setCurrentDecision(delft.budget);
    QScrollBar* scroll = panel.table()->verticalScrollBar();
    REQUIRE(scroll->maximum() > 10);
    scroll->setValue(scroll->maximum());
    CHECK(panel.table()->cellWidget(lastRow, DecisionsPanel::kRaciColumn) != nullptr);
    scroll->setValue(scroll->maximum() / 2);
    const int position = scroll->value();

    // Another panel (or the map) gives Kwadraad a letter and adds a decision; the window calls refresh.
    Decision budget = delft.decision(delft.budget);
    budget.assignments.push_back({delft.kwadraad, Raci::Accountable});
    delft.network.updateDecision(budget);
    delft.network.addDecision({.title = "Subsidie welzijn"});
    panel.refresh();
    CHECK(panel.decisions()->count() == 3);
    CHECK(panel.currentDecision() == delft.budget);
    CHECK(shown(panel, delft.kwadraad) == QStringLiteral("A"));
    CHECK(panel.warning()->isHidden());
    CHECK(scroll->value() == position);

    // An actor deleted elsewhere leaves the table: its row and its box go, the rest keep their letters.
    delft.network.removeActor(delft.kwadraad);
    panel.refresh();
    CHECK(panel.table()->rowCount() == 44);
    CHECK(panel.rowOf(delft.kwadraad) == -1);
    CHECK(scroll->value() == position);
    CHECK(panel.currentDecision() == delft.budget);
    CHECK_FALSE(panel.warning()->isHidden()); // its A went with it
    panel.setCurrentDecision(delft.access);
    CHECK(shown(panel, delft.mee) == QStringLiteral("C"));

    // The filter finds an actor by name, case aside, and stays through a refresh.
    panel.filter()->setText(QStringLiteral("toegang"));
    auto visibleRows = [&] {
        std::vector<int> rows;
        for (int row = 0; row < panel.table()->rowCount(); ++row) {
            if (!panel.table()->isRowHidden(row)) {
                rows.push_back(row);
            }
        }
        return rows;
    };
    CHECK(visibleRows() == std::vector<int>{panel.rowOf(delft.toegang)});
    delft.network.removeActor(delft.mee);
    panel.refresh();
    CHECK(visibleRows() == std::vector<int>{panel.rowOf(delft.toegang)});
    panel.filter()->clear();
    CHECK(visibleRows().size() == 43);

    // The shown decision deleted elsewhere: its neighbour is shown; no decisions at all: nothing to edit.
    delft.network.removeDecision(delft.access);
    panel.refresh();
    CHECK(panel.currentDecision() == delft.budget);
    for (Decision decision : std::vector<Decision>(delft.network.decisions())) {
        delft.network.removeDecision(decision.id);
    }
    panel.refresh();
    CHECK(panel.currentDecision() == 0);
    CHECK_FALSE(panel.table()->isEnabled());
    CHECK_FALSE(panel.deleteButton()->isEnabled());
    CHECK(panel.warning()->isHidden());
    CHECK(recorded.edits.empty());

    panel.setNetwork(nullptr, {});
    CHECK(panel.table()->rowCount() == 0);
    CHECK(panel.decisions()->count() == 0);
    CHECK_FALSE(panel.addButton()->isEnabled());
}
