// The groups panel on its own, as the window will use it: groups and members in a tree, picking one selects
// its actors on the map, every change (new, rename, add selected, remove member, delete) is exactly one edit
// that undoes back to the original network, and refresh follows changes made elsewhere.
#include "gui/GroupsPanel.h"
#include "RecordedEdits.h"
#include "gui/Labels.h"

#include <doctest/doctest.h>

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

/// Delft voor Elkaar with three of its four partners, the fourth partner and the municipality outside it.
struct Delft {
    Delft()
    {
        kwadraad = network.addActor({.kind = ActorKind::Provider, .name = "Kwadraad"});
        mee = network.addActor({.kind = ActorKind::Provider, .name = "MEE Zuid-Holland Noord"});
        participe = network.addActor({.kind = ActorKind::Provider, .name = "Participe Delft"});
        sport = network.addActor({.kind = ActorKind::Provider, .name = "Sport & Evenementen Haaglanden"});
        gemeente = network.addActor({.kind = ActorKind::Municipality, .name = "Gemeente Delft"});
        dve = network.addGroup({.name = "Delft voor Elkaar", .members = {kwadraad, mee, participe}});
    }
    const Group& group(Id id) const
    {
        REQUIRE(network.group(id) != nullptr);
        return *network.group(id);
    }

    Network network;
    Id kwadraad = 0, mee = 0, participe = 0, sport = 0, gemeente = 0, dve = 0;
};

} // namespace

TEST_CASE("the groups panel shows groups with their members, and picking one selects its actors")
{
    Delft delft;
    test::RecordedEdits recorded(delft.network);
    GroupsPanel panel;
    panel.setNetwork(&delft.network, recorded.request());
    std::vector<std::vector<Id>> picked;
    QObject::connect(&panel, &GroupsPanel::actorsSelected,
                     [&](const std::vector<Id>& actors) { picked.push_back(actors); });

    QTreeWidget& tree = *panel.tree();
    REQUIRE(tree.topLevelItemCount() == 1);
    QTreeWidgetItem* group = tree.topLevelItem(0);
    CHECK(group->text(0) == QStringLiteral("Delft voor Elkaar (3)"));
    CHECK(group->isExpanded());
    REQUIRE(group->childCount() == 3);
    CHECK(group->child(1)->text(0) == QStringLiteral("MEE Zuid-Holland Noord"));
    CHECK(group->child(1)->text(1) == label(ActorKind::Provider));
    CHECK(picked.empty()); // showing the tree selects nothing on the map

    tree.setCurrentItem(group);
    REQUIRE(picked.size() == 1);
    CHECK(picked.back() == std::vector<Id>{delft.kwadraad, delft.mee, delft.participe});
    CHECK(panel.currentGroup() == delft.dve);
    CHECK(panel.currentMember() == 0);
    tree.setCurrentItem(group->child(1));
    REQUIRE(picked.size() == 2);
    CHECK(picked.back() == std::vector<Id>{delft.mee});
    CHECK(panel.currentMember() == delft.mee);
    CHECK(panel.removeButton()->isEnabled());
    CHECK(recorded.edits.empty());
}

TEST_CASE("making and changing groups: one edit each, and undo gives the original network")
{
    Delft delft;
    const Network original = delft.network;
    test::RecordedEdits recorded(delft.network);
    GroupsPanel panel;
    panel.setNetwork(&delft.network, recorded.request());

    // New group from the map's selection.
    panel.setSelectedActors({delft.sport, delft.gemeente});
    CHECK(panel.selectionLabel()->text() ==
          QStringLiteral("Selected on the map: Sport & Evenementen Haaglanden, Gemeente Delft"));
    const Id sportGroup = panel.createGroup(QStringLiteral("Sport en gemeente"), panel.selectedActors());
    REQUIRE(recorded.edits.size() == 1);
    CHECK(recorded.texts.back() == QStringLiteral("New group “Sport en gemeente”"));
    CHECK(delft.group(sportGroup) ==
          Group{.id = sportGroup, .name = "Sport en gemeente", .members = {delft.sport, delft.gemeente}});
    CHECK(panel.currentGroup() == sportGroup);
    CHECK(panel.tree()->topLevelItemCount() == 2);
    // No name: "New group", numbered when taken; members that are not in the network are left out.
    const Id empty = panel.createGroup(QString(), {});
    const Id numbered = panel.createGroup(QString(), {delft.kwadraad, 999, delft.kwadraad});
    REQUIRE(recorded.edits.size() == 3);
    CHECK(delft.group(empty) == Group{.id = empty, .name = "New group"});
    CHECK(delft.group(numbered) == Group{.id = numbered, .name = "New group 2", .members = {delft.kwadraad}});

    panel.renameGroup(sportGroup, QStringLiteral("  Sport & gemeente "));
    REQUIRE(recorded.edits.size() == 4);
    CHECK(recorded.texts.back() == QStringLiteral("Rename group “Sport en gemeente” to “Sport & gemeente”"));
    CHECK(delft.group(sportGroup).name == "Sport & gemeente");
    panel.renameGroup(sportGroup, QStringLiteral(" ")); // an empty name is no name: nothing happens
    CHECK(recorded.edits.size() == 4);

    // Add selected: only the actors that are not members yet, as one edit.
    panel.setCurrent(delft.dve);
    panel.setSelectedActors({delft.sport, delft.kwadraad});
    REQUIRE(panel.addButton()->isEnabled());
    panel.addButton()->click();
    REQUIRE(recorded.edits.size() == 5);
    CHECK(recorded.texts.back() == QStringLiteral("Add Sport & Evenementen Haaglanden to group “Delft voor Elkaar”"));
    CHECK(delft.group(delft.dve).members == std::vector<Id>{delft.kwadraad, delft.mee, delft.participe, delft.sport});
    CHECK_FALSE(panel.addButton()->isEnabled()); // both are members now
    panel.addMembers(empty, {delft.mee, delft.gemeente});
    REQUIRE(recorded.edits.size() == 6);
    CHECK(recorded.texts.back() == QStringLiteral("Add 2 actors to group “New group”"));
    CHECK(delft.group(empty).members == std::vector<Id>{delft.mee, delft.gemeente});

    // Remove member, by the button, on the member's row.
    panel.setCurrent(delft.dve, delft.mee);
    REQUIRE(panel.removeButton()->isEnabled());
    panel.removeButton()->click();
    REQUIRE(recorded.edits.size() == 7);
    CHECK(recorded.texts.back() == QStringLiteral("Remove MEE Zuid-Holland Noord from group “Delft voor Elkaar”"));
    CHECK(delft.group(delft.dve).members == std::vector<Id>{delft.kwadraad, delft.participe, delft.sport});
    CHECK(panel.currentGroup() == delft.dve); // the group's row takes the member's place

    // Delete group, by the button, asks nothing; its actors stay.
    panel.setCurrent(numbered);
    panel.deleteButton()->click();
    REQUIRE(recorded.edits.size() == 8);
    CHECK(recorded.texts.back() == QStringLiteral("Delete group “New group 2”"));
    CHECK(delft.network.group(numbered) == nullptr);
    CHECK(delft.network.actor(delft.kwadraad) != nullptr);

    for (const NetworkEdit& edit : recorded.edits) {
        CHECK_FALSE(edit.empty());
    }
    recorded.undoAll();
    CHECK(delft.network == original);
}

TEST_CASE("the groups panel follows changes made elsewhere; a deleted actor leaves its groups")
{
    Delft delft;
    test::RecordedEdits recorded(delft.network);
    GroupsPanel panel;
    panel.setNetwork(&delft.network, recorded.request());
    panel.show();
    QTreeWidget& tree = *panel.tree();
    panel.setCurrent(delft.dve, delft.participe);

    // A member deleted elsewhere: its row goes, the current row stays.
    delft.network.removeActor(delft.mee);
    panel.refresh();
    REQUIRE(tree.topLevelItemCount() == 1);
    CHECK(tree.topLevelItem(0)->text(0) == QStringLiteral("Delft voor Elkaar (2)"));
    CHECK(tree.topLevelItem(0)->childCount() == 2);
    CHECK(panel.currentMember() == delft.participe);
    // The current member deleted: its group's row is current.
    delft.network.removeActor(delft.participe);
    panel.refresh();
    CHECK(panel.currentGroup() == delft.dve);
    CHECK(panel.currentMember() == 0);
    // A map selection that names a deleted actor keeps only the actors that are still there.
    panel.setSelectedActors({delft.mee, delft.gemeente});
    CHECK(panel.selectedActors() == std::vector<Id>{delft.gemeente});

    // A folded group stays folded; a group added elsewhere shows its members.
    tree.collapseItem(tree.topLevelItem(0));
    const Id region = delft.network.addGroup({.name = "Regio Haaglanden", .members = {delft.gemeente}});
    panel.refresh();
    REQUIRE(tree.topLevelItemCount() == 2);
    CHECK_FALSE(tree.topLevelItem(0)->isExpanded());
    CHECK(tree.topLevelItem(1)->isExpanded());
    CHECK(panel.currentGroup() == delft.dve);

    // The current group deleted elsewhere: the next group is current.
    delft.network.removeGroup(delft.dve);
    panel.refresh();
    CHECK(panel.currentGroup() == region);
    CHECK(recorded.edits.empty());

    panel.setNetwork(nullptr, {});
    CHECK(tree.topLevelItemCount() == 0);
    CHECK_FALSE(panel.newButton()->isEnabled());
    CHECK_FALSE(panel.addButton()->isEnabled());
}
