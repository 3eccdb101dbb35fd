#include "WindowSupport.h"
#include "gui/ActorItem.h"
#include "gui/AttributeTable.h"
#include "gui/DecisionsPanel.h"
#include "gui/FilterPanel.h"
#include "gui/GroupsPanel.h"
#include "gui/MainWindow.h"
#include "gui/MapEditor.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "gui/PropertiesPanel.h"
#include "support/TestSupport.h"

#include <QTableWidget>
#include <doctest/doctest.h>

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

void openAndWait(MainWindow& window, const std::filesystem::path& file)
{
    window.resize(1200, 800);
    test::openAndWait(window, file);
    QTest::qWait(20);
}

Id actorNamed(const Network& network, const std::string& name)
{
    for (const auto& actor : network.actors()) {
        if (actor.name == name) {
            return actor.id;
        }
    }
    return 0;
}

std::vector<Network> networksOf(const Project& project)
{
    std::vector<Network> networks;
    for (const auto& snapshot : project.snapshots) {
        networks.push_back(snapshot.network);
    }
    return networks;
}

/// Drags on the map's viewport from one scene point to another, as a hand on a mouse would.
void dragOnMap(MapView* view, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPoint start = view->mapFromScene(from);
    const QPoint end = view->mapFromScene(to);
    QTest::mousePress(view->viewport(), Qt::LeftButton, modifiers, start);
    for (int step = 1; step <= 4; ++step) {
        QTest::mouseMove(view->viewport(), start + (end - start) * step / 4);
    }
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, modifiers, end);
}

} // namespace

TEST_CASE("an edit sequence on the map and in the panels, all undone, gives the original; redone, the edited")
{
    MainWindow window;
    openAndWait(window, test::dataFile("delft.json"));
    const std::vector<Network> original = networksOf(window.project());
    MapView* view = window.view();
    MapEditor* editor = window.editor();
    view->fitMap();
    QTest::qWait(20);

    // 1. Add an actor where you click (add tool), and type its name in place.
    editor->setNewActorKind(ActorKind::AccessTeam);
    editor->setTool(MapEditor::Tool::AddActor);
    const QPointF spot = window.scene()->mapRect().bottomRight() + QPointF(-5, -5);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(spot));
    QTest::qWait(50);
    REQUIRE(editor->renameField() != nullptr);
    editor->renameField()->selectAll();
    QTest::keyClicks(editor->renameField(), QStringLiteral("Wijkteam Noord"));
    QTest::keyClick(editor->renameField(), Qt::Key_Return);
    QTest::qWait(20);
    const Id wijkteam = actorNamed(window.network(), "Wijkteam Noord");
    REQUIRE(wijkteam != 0);
    CHECK(window.network().actor(wijkteam)->kind == ActorKind::AccessTeam);
    CHECK(window.network().actor(wijkteam)->pinned);
    editor->setTool(MapEditor::Tool::Select);

    // 2. Connect two actors by dragging from one to the other (Shift-drag) and picking the type.
    const Id gemeente = actorNamed(window.network(), "Gemeente Delft");
    REQUIRE(gemeente != 0);
    editor->setTypeChooser([](QPoint) { return RelationType::Commissions; });
    const std::size_t relationsBefore = window.network().relations().size();
    dragOnMap(view, window.scene()->actorItem(gemeente)->sceneBoundingRect().center(),
              window.scene()->actorItem(wijkteam)->sceneBoundingRect().center(), Qt::ShiftModifier);
    QTest::qWait(20);
    REQUIRE(window.network().relations().size() == relationsBefore + 1);
    const Relation made = window.network().relations().back();
    CHECK(made.source == gemeente);
    CHECK(made.target == wijkteam);
    CHECK(made.type == RelationType::Commissions);

    // 3. Change the relation's strength in the properties panel.
    PropertiesPanel* properties = window.propertiesPanel();
    properties->showRelation(made.id);
    properties->strengthField()->setValue(5);
    emit properties->strengthField()->editingFinished();
    CHECK(window.network().relation(made.id)->strength == 5);
    // ... and give it a free attribute, then change its value in the table.
    auto* relationAttributes = qobject_cast<AttributeTable*>(properties->relationAttributesTable()->parentWidget());
    REQUIRE(relationAttributes != nullptr);
    relationAttributes->addAttribute(QStringLiteral("gewicht"), QStringLiteral("0,7"));
    REQUIRE(properties->relationAttributesTable()->rowCount() == 1);
    properties->relationAttributesTable()->item(0, 1)->setText(QStringLiteral("0,9"));
    CHECK(window.network().relation(made.id)->attributes == std::map<std::string, std::string>{{"gewicht", "0,9"}});

    // 4. Rename an actor in the panel, and give it a tag.
    properties->showActor(gemeente);
    properties->nameField()->setText(QStringLiteral("Gemeente Delft (opdrachtgever)"));
    emit properties->nameField()->editingFinished();
    properties->tagsField()->setText(QStringLiteral("opdrachtgever, kadersteller, regie"));
    emit properties->tagsField()->editingFinished();
    CHECK(window.network().actor(gemeente)->name == "Gemeente Delft (opdrachtgever)");
    CHECK(window.network().actor(gemeente)->tags.size() == 3);

    // 5. Delete a selected actor (with its relations, roles and RACI lines).
    const Id kwadraad = actorNamed(window.network(), "Kwadraad");
    REQUIRE(kwadraad != 0);
    window.scene()->clearSelection();
    window.scene()->actorItem(kwadraad)->setSelected(true);
    editor->deleteSelection();
    CHECK(window.network().actor(kwadraad) == nullptr);

    // 6. A RACI letter and a group.
    REQUIRE_FALSE(window.network().decisions().empty());
    const Id decision = window.network().decisions().front().id;
    window.decisionsPanel()->setRaci(decision, wijkteam, Raci::Consulted);
    window.groupsPanel()->createGroup(QStringLiteral("Toegang"), {wijkteam, gemeente});
    QTest::qWait(20);

    const std::vector<Network> edited = networksOf(window.project());
    CHECK(edited != original);
    const int steps = window.undoStack()->count();
    CHECK(steps == 11); // add, rename in place, connect, strength, attribute, its value, rename, tags, delete,
                        // RACI, group
    while (window.undoStack()->canUndo()) {
        window.undoStack()->undo();
    }
    QTest::qWait(20);
    CHECK(networksOf(window.project()) == original);
    while (window.undoStack()->canRedo()) {
        window.undoStack()->redo();
    }
    QTest::qWait(20);
    CHECK(networksOf(window.project()) == edited);
}

TEST_CASE("a filter fades exactly the actors and relations that do not pass; focus keeps the neighbours")
{
    MainWindow window;
    openAndWait(window, test::dataFile("delft.json"));
    QTest::qWait(50);
    const Network& network = window.network();
    FilterPanel* filter = window.filterPanel();
    const MapScene* scene = window.scene();

    // Kind: providers only. Kept: every provider, and the relations between two providers.
    QListWidget* kinds = filter->kindsList();
    for (int i = 0; i < kinds->count(); ++i) {
        if (kinds->item(i)->data(Qt::UserRole).toInt() == static_cast<int>(ActorKind::Provider)) {
            kinds->item(i)->setCheckState(Qt::Checked);
        }
    }
    int providers = 0;
    for (const auto& actor : network.actors()) {
        const bool provider = actor.kind == ActorKind::Provider;
        providers += provider ? 1 : 0;
        CHECK(scene->isActorFaded(actor.id) == !provider);
        CHECK(scene->isActorShown(actor.id)); // faded, not hidden: it stays in place
    }
    CHECK(providers > 2);
    for (const auto& relation : network.relations()) {
        const bool both = network.actor(relation.source)->kind == ActorKind::Provider &&
                          network.actor(relation.target)->kind == ActorKind::Provider;
        CHECK(scene->isRelationFaded(relation.id) == !both);
    }

    // Search, on top of nothing else: the name, the description or a tag contains the text, in any case.
    filter->clear();
    filter->searchField()->setText(QStringLiteral("JEUGD"));
    for (const auto& actor : network.actors()) {
        QString text = QString::fromStdString(actor.name + " " + actor.description);
        for (const auto& tag : actor.tags) {
            text += QLatin1Char(' ') + QString::fromStdString(tag);
        }
        CHECK(scene->isActorFaded(actor.id) == !text.contains(QStringLiteral("jeugd"), Qt::CaseInsensitive));
    }

    // Focus on one actor, one step: the actor and exactly its direct neighbours.
    filter->clear();
    const Id focus = actorNamed(network, "Delft voor Elkaar");
    REQUIRE(focus != 0);
    window.scene()->clearSelection();
    window.scene()->actorItem(focus)->setSelected(true);
    filter->focusField()->setChecked(true);
    std::set<Id> expected{focus};
    for (const auto& relation : network.relations()) {
        if (relation.source == focus) {
            expected.insert(relation.target);
        }
        if (relation.target == focus) {
            expected.insert(relation.source);
        }
    }
    for (const auto& actor : network.actors()) {
        CHECK(scene->isActorFaded(actor.id) == !expected.contains(actor.id));
    }
    filter->clear();
    for (const auto& actor : network.actors()) {
        CHECK_FALSE(scene->isActorFaded(actor.id));
    }
}

TEST_CASE("a click on a relation's line shows that relation in the properties panel")
{
    MainWindow window;
    openAndWait(window, test::dataFile("delft.json"));
    MapView* view = window.view();
    view->fitMap();
    QTest::qWait(20);
    // A relation whose middle lies clear of every actor, so the click cannot land on one.
    Id chosen = 0;
    QPointF middle;
    for (const auto& relation : window.network().relations()) {
        const auto path = window.scene()->relationPath(relation.id);
        if (!path) {
            continue;
        }
        const QPointF point = path->pointAtPercent(0.5);
        bool clear = window.scene()->relationAt(point, 5 / view->transform().m11()) == relation.id;
        for (QGraphicsItem* item : view->items(view->mapFromScene(point))) {
            clear = clear && qgraphicsitem_cast<ActorItem*>(item) == nullptr && item->parentItem() == nullptr &&
                    item->zValue() < 1;
        }
        if (clear) {
            chosen = relation.id;
            middle = point;
            break;
        }
    }
    REQUIRE(chosen != 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(middle));
    CHECK(window.propertiesPanel()->shownRelation() == chosen);
}
