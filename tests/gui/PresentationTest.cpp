// Presentation mode on the Delft example, in a real window: the steps, what each reveals, the spotlight on one
// actor, and leaving it with the editing window as it was.
#include "gui/Presentation.h"
#include "WindowSupport.h"
#include "gui/ActorItem.h"
#include "gui/FindingsPanel.h"
#include "gui/MainWindow.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "gui/MetricsRunner.h"
#include "gui/Theme.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

using Reveal = PresentationStep::Reveal;

/// Delft 2015 (data/delft.json), counted by hand, in the model's order of kinds and types:
///   kinds   municipality 1, council 1, director 1, regional body 1, provider 7, network organisation 1,
///           access team 1, supervisor 2, advisor 1, insurer 1, resident initiative 1, client council 1 (19)
///   types   commissions 6, funds 1, accountable to 8, supervises 2, refers to 4, collaborates with 9,
///           member of 7, advises 2, informs 6, depends on 1 (46)
///   and the 6 role-clarity findings the findings panel lists: 1 + 12 + 10 + 6 = 29 steps.
const std::vector<ActorKind> kKinds{ActorKind::Municipality,
                                    ActorKind::Council,
                                    ActorKind::Director,
                                    ActorKind::RegionalBody,
                                    ActorKind::Provider,
                                    ActorKind::NetworkOrganisation,
                                    ActorKind::AccessTeam,
                                    ActorKind::Supervisor,
                                    ActorKind::Advisor,
                                    ActorKind::Insurer,
                                    ActorKind::ResidentInitiative,
                                    ActorKind::ClientCouncil};
const std::vector<std::size_t> kActorsAfter{1, 2, 3, 4, 11, 12, 13, 15, 16, 17, 18, 19};
const std::vector<std::size_t> kRelationsAfter{6, 7, 15, 17, 21, 30, 37, 39, 45, 46};
constexpr std::size_t kFindings = 6;

using test::qpath;

/// The Delft example in a shown window, laid out, with its metrics computed.
void openDelft(MainWindow& window)
{
    test::openAndWait(window, test::dataFile("delft.json"));
    window.metricsRunner()->wait();
    QCoreApplication::processEvents();
    REQUIRE(window.metricsRunner()->result() != nullptr);
}

std::size_t shownActors(const MainWindow& window)
{
    std::size_t count = 0;
    for (const Actor& actor : window.network().actors()) {
        count += window.scene()->isActorShown(actor.id) ? 1 : 0;
    }
    return count;
}

std::size_t shownRelations(const MainWindow& window)
{
    std::size_t count = 0;
    for (const Relation& relation : window.network().relations()) {
        count += window.scene()->isRelationShown(relation.id) ? 1 : 0;
    }
    return count;
}

std::unordered_set<Id> asSet(const std::vector<Id>& ids) { return {ids.begin(), ids.end()}; }

} // namespace

TEST_CASE("presentation steps for Delft 2015: title, 12 kinds, 10 relation types, 6 findings, in that order")
{
    MainWindow window;
    openDelft(window);
    REQUIRE(window.metricsRunner()->result()->roleClarity.findings.size() == kFindings);
    Presentation& presentation = *window.presentation();
    presentation.enter();
    REQUIRE(presentation.isActive());
    const auto& steps = presentation.steps();
    REQUIRE(steps.size() == 1 + kKinds.size() + kRelationsAfter.size() + kFindings);
    CHECK(steps[0].reveal == Reveal::Title);
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        CHECK(steps[1 + i].reveal == Reveal::Actors);
        CHECK(steps[1 + i].kind == kKinds[i]);
    }
    const std::size_t firstType = 1 + kKinds.size();
    CHECK(steps[firstType].type == RelationType::Commissions);
    CHECK(steps[firstType + 9].type == RelationType::DependsOn);
    for (std::size_t i = 0; i < kFindings; ++i) {
        CHECK(steps[firstType + 10 + i].reveal == Reveal::Finding);
        CHECK(steps[firstType + 10 + i].finding == i);
    }
    CHECK(presentation.headline() == QStringLiteral("Delft: van welzijnsorganisatie naar netwerkorganisatie"));
    CHECK(presentation.detail().startsWith(QStringLiteral("Delft 2015")));
    presentation.leave();
}

TEST_CASE("each step reveals its kind or type; relations only in relation steps; findings are spotlit")
{
    MainWindow window;
    openDelft(window);
    Presentation& presentation = *window.presentation();
    presentation.enter();
    const Network& network = window.network();
    MapScene& scene = *window.scene();

    CHECK(shownActors(window) == 0); // the title step shows the title only
    CHECK(shownRelations(window) == 0);
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        presentation.next();
        CAPTURE(i);
        CHECK(presentation.currentStep() == 1 + i);
        CHECK(shownActors(window) == kActorsAfter[i]);
        CHECK(shownRelations(window) == 0);
        CHECK_FALSE(scene.isSpotlit());
        for (const Actor& actor : network.actors()) {
            const bool revealed = std::find(kKinds.begin(), kKinds.begin() + static_cast<long>(i) + 1, actor.kind) !=
                                  kKinds.begin() + static_cast<long>(i) + 1;
            CHECK(scene.isActorShown(actor.id) == revealed);
        }
        CHECK(presentation.headline().startsWith(QStringLiteral("Step %1 of 29: ").arg(i + 2)));
    }
    for (std::size_t i = 0; i < kRelationsAfter.size(); ++i) {
        presentation.next();
        CAPTURE(i);
        CHECK(shownActors(window) == network.actors().size());
        CHECK(shownRelations(window) == kRelationsAfter[i]);
        const RelationType type = presentation.steps()[presentation.currentStep()].type;
        for (const Relation& relation : network.relations()) {
            if (relation.type == type) {
                CHECK(scene.isRelationShown(relation.id));
            }
        }
    }
    const auto& findings = window.metricsRunner()->result()->roleClarity.findings;
    for (std::size_t i = 0; i < kFindings; ++i) {
        presentation.next();
        CAPTURE(i);
        CHECK(shownActors(window) == network.actors().size());
        CHECK(shownRelations(window) == network.relations().size());
        REQUIRE(scene.isSpotlit());
        CHECK(scene.spotlitActors() == asSet(findings[i].actors));
        CHECK(scene.spotlitRelations() == asSet(findings[i].relations));
        for (const Relation& relation : network.relations()) {
            CHECK(scene.isRelationFaded(relation.id) == !scene.spotlitRelations().contains(relation.id));
        }
        CHECK_FALSE(presentation.detail().isEmpty());
    }
    presentation.next(); // past the end: stays on the last step
    CHECK(presentation.currentStep() == presentation.steps().size() - 1);

    // Back undoes a step exactly: from the first finding to the last relation type, then to the last kind.
    presentation.goTo(1 + kKinds.size() + kRelationsAfter.size());
    presentation.back();
    CHECK_FALSE(scene.isSpotlit());
    CHECK(shownRelations(window) == network.relations().size());
    presentation.back();
    CHECK(shownRelations(window) == kRelationsAfter[kRelationsAfter.size() - 2]);
    presentation.goTo(1 + kKinds.size());
    presentation.back();
    CHECK(shownActors(window) == network.actors().size());
    CHECK(shownRelations(window) == 0);
    presentation.leave();
}

TEST_CASE("keys and clicker keys step through; S and arrow keys do not edit; Esc leaves")
{
    MainWindow window;
    openDelft(window);
    Presentation& presentation = *window.presentation();
    QWidget* view = window.view();
    QTest::keyClick(view, Qt::Key_F11);
    REQUIRE(presentation.isActive());
    QTest::keyClick(view, Qt::Key_PageDown);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(presentation.currentStep() == 3);
    QTest::keyClick(view, Qt::Key_PageUp);
    QTest::keyClick(view, Qt::Key_Backspace);
    CHECK(presentation.currentStep() == 1);
    QTest::keyClick(view, Qt::Key_End);
    CHECK(presentation.currentStep() == presentation.steps().size() - 1);
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(presentation.currentStep() == 0);
    QTest::keyClick(view, Qt::Key_End);
    QTest::keyClick(view, Qt::Key_S); // picks the first actor; S again drops it
    CHECK(presentation.spotlitActor().has_value());
    QTest::keyClick(view, Qt::Key_S);
    CHECK_FALSE(presentation.spotlitActor().has_value());
    QTest::keyClick(view, Qt::Key_Escape);
    CHECK_FALSE(presentation.isActive());
    CHECK(window.undoStack()->count() == 0);
}

TEST_CASE("a click or Tab spotlights one actor with its shown relations and neighbours; the background drops it")
{
    MainWindow window;
    openDelft(window);
    Presentation& presentation = *window.presentation();
    presentation.enter();
    const Network& network = window.network();
    MapScene& scene = *window.scene();
    const Actor& municipality = network.actors().front();
    REQUIRE(municipality.kind == ActorKind::Municipality);

    // After the commissioning relations: Gemeente Delft commissions five of the six.
    presentation.goTo(1 + kKinds.size());
    window.view()->centerOn(scene.actorItem(municipality.id));
    const QPointF place = scene.actorItem(municipality.id)->pos();
    const QPoint at = window.view()->mapFromScene(place);
    QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    REQUIRE(presentation.spotlitActor() == municipality.id);
    std::unordered_set<Id> actors{municipality.id};
    std::unordered_set<Id> relations;
    for (const Relation& relation : network.relations()) {
        if (relation.type == RelationType::Commissions &&
            (relation.source == municipality.id || relation.target == municipality.id)) {
            relations.insert(relation.id);
            actors.insert(relation.source == municipality.id ? relation.target : relation.source);
        }
    }
    CHECK(relations.size() == 5);
    CHECK(scene.spotlitActors() == actors);
    CHECK(scene.spotlitRelations() == relations);
    CHECK(presentation.headline() == QStringLiteral("Gemeente Delft"));
    CHECK(scene.actorItem(municipality.id)->pos() == place); // a click does not drag
    CHECK(window.undoStack()->count() == 0);

    QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
    CHECK_FALSE(presentation.spotlitActor().has_value());
    CHECK_FALSE(scene.isSpotlit());

    QTest::keyClick(window.view(), Qt::Key_Tab);
    CHECK(presentation.spotlitActor() == municipality.id); // kind by kind: the municipality comes first
    QTest::keyClick(window.view(), Qt::Key_Tab);
    CHECK(presentation.spotlitActor() != municipality.id);
    QTest::keyClick(window.view(), Qt::Key_Backtab);
    CHECK(presentation.spotlitActor() == municipality.id);
    presentation.next(); // a new step drops the actor
    CHECK_FALSE(presentation.spotlitActor().has_value());
    presentation.leave();
}

TEST_CASE("presenting is full screen in projector looks with no overlapping actors; leaving restores the window")
{
    MainWindow window;
    openDelft(window);
    MapScene& scene = *window.scene();
    // A "show me" from the findings panel, a zoom, and the docks as the user left them.
    window.findingsPanel()->showFinding(0);
    REQUIRE(scene.isSpotlit());
    const auto spotActors = scene.spotlitActors();
    window.view()->zoomIn();
    const QTransform transform = window.view()->transform();
    std::map<QString, bool> docks;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        docks[dock->objectName()] = dock->isVisible();
    }
    REQUIRE(docks.at(QStringLiteral("findingsDock")));
    const bool fullScreenBefore = window.windowState().testFlag(Qt::WindowFullScreen);
    REQUIRE_FALSE(fullScreenBefore);
    std::map<Id, QPointF> places;
    for (const Actor& actor : window.network().actors()) {
        places[actor.id] = scene.actorItem(actor.id)->pos();
    }

    Presentation& presentation = *window.presentation();
    QSignalSpy changed(&presentation, &Presentation::activeChanged);
    presentation.enter();
    CHECK(changed.count() == 1);
    CHECK(presentation.requestedState().testFlag(Qt::WindowFullScreen));
    CHECK(window.windowState().testFlag(Qt::WindowFullScreen));
    CHECK(mapLooks() == MapLooks::Projector);
    CHECK_FALSE(window.menuBar()->isVisible());
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        CHECK_FALSE(dock->isVisible());
    }
    for (QToolBar* bar : window.findChildren<QToolBar*>()) {
        CHECK_FALSE(bar->isVisible());
    }
    CHECK_FALSE(scene.isSpotlit());
    // Pulled together for large type, but no actor lies on another.
    presentation.goTo(kKinds.size());
    std::vector<QRectF> boxes;
    for (const Actor& actor : window.network().actors()) {
        boxes.push_back(scene.actorItem(actor.id)->sceneBoundingRect().adjusted(3, 3, -3, -3));
    }
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            CHECK_FALSE(boxes[i].intersects(boxes[j]));
        }
    }
    presentation.goTo(3);

    QTest::keyClick(window.view(), Qt::Key_Escape);
    CHECK_FALSE(presentation.isActive());
    CHECK(changed.count() == 2);
    CHECK(mapLooks() == MapLooks::Standard);
    CHECK_FALSE(window.windowState().testFlag(Qt::WindowFullScreen));
    CHECK(window.menuBar()->isVisible());
    CHECK(window.centralWidget() == window.view());
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        CAPTURE(dock->objectName().toStdString());
        CHECK(dock->isVisible() == docks.at(dock->objectName()));
    }
    CHECK(window.view()->transform() == transform);
    CHECK(shownActors(window) == window.network().actors().size());
    CHECK(shownRelations(window) == window.network().relations().size());
    CHECK(scene.isSpotlit()); // the "show me" from before is back
    CHECK(scene.spotlitActors() == spotActors);
    for (const Actor& actor : window.network().actors()) {
        CHECK(scene.actorItem(actor.id)->pos() == places.at(actor.id));
    }
    CHECK(window.undoStack()->count() == 0);
}
