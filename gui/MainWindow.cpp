#include "MainWindow.h"

#include "core/FileReplacement.h"
#include "core/ProjectFile.h"
#include "core/ProjectLoader.h"
#include "core/UserError.h"
#include "gui/ActorItem.h"
#include "gui/AtomicWrite.h"
#include "gui/Autosave.h"
#include "gui/ComparisonWindow.h"
#include "gui/DecisionsPanel.h"
#include "gui/EditCommand.h"
#include "gui/ExportDialog.h"
#include "gui/FilterPanel.h"
#include "gui/FindingsPanel.h"
#include "gui/GroupsPanel.h"
#include "gui/Labels.h"
#include "gui/LegendWidget.h"
#include "gui/MapEditor.h"
#include "gui/MapExporter.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "gui/MeasureStyle.h"
#include "gui/MetricsModel.h"
#include "gui/MetricsPanel.h"
#include "gui/MetricsRunner.h"
#include "gui/MetricsText.h"
#include "gui/MetricsXlsx.h"
#include "gui/Presentation.h"
#include "gui/PropertiesPanel.h"
#include "gui/ReportWriter.h"
#include "gui/RoleConflictDialog.h"
#include "gui/SetRoleConflictsCommand.h"
#include "gui/SnapshotCommand.h"
#include "gui/Translations.h"
#include "layouts/ImportFile.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QtConcurrent/QtConcurrentRun>

namespace speelveld::gui {
namespace {

/// The wait cursor while an export is written, back to normal however it ends.
struct WaitCursor {
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    scene_ = new MapScene(this);
    view_ = new MapView(this);
    view_->setScene(scene_);
    setCentralWidget(view_);
    undo_ = new QUndoStack(this);
    metrics_ = new MetricsRunner(this);
    recompute_ = new QTimer(this);
    recompute_->setSingleShot(true);
    recompute_->setInterval(0);
    connect(recompute_, &QTimer::timeout, this, &MainWindow::recomputeMetrics);
    redraw_ = new QTimer(this);
    redraw_->setSingleShot(true);
    redraw_->setInterval(0);
    connect(redraw_, &QTimer::timeout, this, &MainWindow::redrawFromModel);
    refreshPanels_ = new QTimer(this);
    refreshPanels_->setSingleShot(true);
    refreshPanels_->setInterval(0);
    connect(refreshPanels_, &QTimer::timeout, this, [this] {
        filter_->setNetwork(&network());
        applyFilterToMap();
        properties_->refresh();
        decisions_->refresh();
        groups_->refresh();
    });
    watcher_ = new QFutureWatcher<LayoutResult>(this);
    connect(watcher_, &QFutureWatcher<LayoutResult>::finished, this, &MainWindow::layoutDone);
    connect(undo_, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    autosave_ = new Autosave(Autosave::defaultDirectory(), this);
    connect(undo_, &QUndoStack::indexChanged, this, &MainWindow::noteUnsaved);
    connect(autosave_, &Autosave::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
    connect(scene_, &MapScene::actorsDragged, this, [this](const QList<QPair<qint64, QPointF>>& moves) {
        // A drag pins the actors where they were dropped: later layouts keep them there.
        applyEdit(tr("Move %n actor(s)", nullptr, static_cast<int>(moves.size())), [&moves](Network& network) {
            for (const auto& [id, position] : moves) {
                if (network.actor(id) != nullptr) {
                    network.setActorPosition(id, {position.x(), position.y()}, true);
                }
            }
        });
    });
    editor_ = new MapEditor(
        view_, scene_, [this]() -> const Network* { return project_.snapshots.empty() ? nullptr : &network(); },
        editRequest(), this);
    buildActions();
    buildPanels();
    resize(1280, 860);
    // Dock sizes only take once the window is laid out.
    QTimer::singleShot(0, this, [this] {
        auto* metricsDock = findChild<QDockWidget*>(QStringLiteral("metricsDock"));
        auto* findingsDock = findChild<QDockWidget*>(QStringLiteral("findingsDock"));
        resizeDocks({metricsDock, findingsDock}, {width() * 11 / 20, width() * 9 / 20}, Qt::Horizontal);
        resizeDocks({metricsDock}, {height() * 2 / 5}, Qt::Vertical);
    });
    updateTitle();
}

MainWindow::~MainWindow()
{
    // A layout still running works on its own copy of the network; wait so it does not outlive the window.
    watcher_->waitForFinished();
    metrics_->disconnect(this);
    // Children outlive this destructor; the undo stack announces its clearing as it goes.
    undo_->disconnect(this);
    scene_->disconnect(this);
}

const Network& MainWindow::network() const { return project_.snapshots.at(shown_).network; }
Network& MainWindow::shownNetwork() { return project_.snapshots.at(shown_).network; }

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &as…"), this, [this] { saveAsDialog(); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Export map…"), this, &MainWindow::exportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("&Report (PDF)…"), this, &MainWindow::reportDialog);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import…"), this, &MainWindow::importDialog);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setToolTip(tr("Make a map from a file of another program: GraphML (yEd, Gephi), GEXF, DOT or "
                                "Kumu-style CSV"));
    file->addAction(tr("Export &data…"), this, &MainWindow::exportDataDialog);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undoAction = undo_->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = undo_->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    buildEditActions(edit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = viewMenu->addAction(tr("Zoom &in"), view_, &MapView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut = viewMenu->addAction(tr("Zoom &out"), view_, &MapView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = viewMenu->addAction(tr("&Fit map to window"), view_, &MapView::fitMap);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    // Presentation mode: full screen for a projector; it takes over the keys until Esc or F11 again.
    presentation_ = new Presentation(*this);
    QAction* present = viewMenu->addAction(tr("&Presentation mode"), presentation_, &Presentation::toggle);
    present->setShortcut(QKeySequence(Qt::Key_F11));

    QMenu* layoutMenu = menuBar()->addMenu(tr("&Layout"));
    engineGroup_ = new QActionGroup(this);
    QAction* automatic = layoutMenu->addAction(tr("Automatic (chosen by size)"));
    automatic->setCheckable(true);
    automatic->setChecked(true);
    automatic->setData(QString());
    engineGroup_->addAction(automatic);
    const std::map<LayoutEngine, QString> descriptions{
        {LayoutEngine::Dot, tr("Layered (dot): who commissions whom, top to bottom")},
        {LayoutEngine::Neato, tr("Spring (neato): related actors close together")},
        {LayoutEngine::Fdp, tr("Spring with groups (fdp)")},
        {LayoutEngine::Sfdp, tr("Large networks (sfdp)")},
        {LayoutEngine::Circo, tr("Circle (circo)")},
        {LayoutEngine::Twopi, tr("Radial (twopi): rings around the centre")},
    };
    for (LayoutEngine engine : allLayoutEngines()) {
        QAction* action = layoutMenu->addAction(descriptions.at(engine));
        action->setCheckable(true);
        action->setData(QString::fromLatin1(toKey(engine)));
        engineGroup_->addAction(action);
    }
    connect(engineGroup_, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString key = action->data().toString();
        engineChoice_ = key.isEmpty() ? std::nullopt : layoutEngineFromKey(key.toStdString());
        startLayout(engineChoice_, true);
    });
    layoutMenu->addSeparator();
    QAction* again = layoutMenu->addAction(tr("Lay out &again"), this, [this] { startLayout(engineChoice_, true); });
    again->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu* snapshots = menuBar()->addMenu(tr("&Snapshots"));
    QAction* newSnapshot = snapshots->addAction(tr("&New snapshot…"), this, [this] { addSnapshotDialog(false); });
    newSnapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newSnapshot->setToolTip(tr("A copy of the shown snapshot under a new name and date, to record how the network "
                               "stands now."));
    QAction* whatIf = snapshots->addAction(tr("&What-if scenario…"), this, [this] { addSnapshotDialog(true); });
    whatIf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    whatIf->setToolTip(tr("Try a change without touching the real map: a copy to edit freely and compare."));
    snapshots->addAction(tr("&Rename snapshot…"), this, &MainWindow::renameSnapshotDialog);
    deleteSnapshot_ = snapshots->addAction(tr("&Delete snapshot"), this, &MainWindow::deleteShownSnapshot);
    snapshots->addSeparator();
    QAction* previous = snapshots->addAction(tr("&Previous snapshot"), this, [this] {
        if (shown_ > 0) {
            showSnapshotIndex(shown_ - 1);
        }
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction* next = snapshots->addAction(tr("Ne&xt snapshot"), this, [this] {
        if (shown_ + 1 < project_.snapshots.size()) {
            showSnapshotIndex(shown_ + 1);
        }
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    snapshots->addSeparator();
    QAction* compare = snapshots->addAction(tr("&Compare snapshots…"), this, &MainWindow::openComparison);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu* metricsMenu = menuBar()->addMenu(tr("&Metrics"));
    QAction* recompute = metricsMenu->addAction(tr("&Recompute"), this, &MainWindow::recomputeMetrics);
    recompute->setShortcut(QKeySequence(Qt::Key_F5));
    weighted_ = metricsMenu->addAction(tr("Use tie &strength as weight"));
    weighted_->setCheckable(true);
    weighted_->setToolTip(tr("Strong ties count as short distances and add more to strength and PageRank."));
    undirected_ = metricsMenu->addAction(tr("&Ignore directions"));
    undirected_->setCheckable(true);
    undirected_->setToolTip(tr("Treat every tie as two-way: who reaches whom no longer depends on direction."));
    for (QAction* option : {weighted_, undirected_}) {
        connect(option, &QAction::toggled, this, &MainWindow::recomputeMetrics);
    }
    metricsMenu->addSeparator();
    metricsMenu->addAction(tr("Role-&conflict table…"), this, &MainWindow::editRoleConflicts);
    QAction* exportMetrics =
        metricsMenu->addAction(tr("&Export metrics table…"), this, &MainWindow::exportMetricsDialog);
    exportMetrics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* showAll = viewMenu->addAction(tr("&Show everything"), this, [this] {
        scene_->clearSpotlight();
        editor_->setTool(MapEditor::Tool::Select);
    });
    showAll->setShortcut(QKeySequence(Qt::Key_Escape));
    showAll->setToolTip(tr("End “show me”: the whole map again."));

    QMenu* settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    settingsMenu->addAction(tr("&Language…"), this, &MainWindow::chooseLanguage);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Speelveld"), this, &MainWindow::showAbout);

    QToolBar* bar = addToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("mapToolbar"));
    bar->addAction(open);
    bar->addAction(saveAction);
    bar->addAction(exportAction);
    bar->addSeparator();
    bar->addAction(undoAction);
    bar->addAction(redoAction);
    bar->addSeparator();
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    bar->addAction(fit);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Snapshot:") + QLatin1Char(' '), bar));
    snapshotBox_ = new QComboBox(bar);
    snapshotBox_->setToolTip(tr("The network at a date or under a scenario name"));
    snapshotBox_->setMinimumContentsLength(16);
    bar->addWidget(snapshotBox_);
    connect(snapshotBox_, &QComboBox::activated, this, [this](int index) {
        if (index >= 0) {
            showSnapshotIndex(static_cast<std::size_t>(index));
        }
    });
}

void MainWindow::buildEditActions(QMenu* edit)
{
    // Single keys act on the map only, so typing in a panel never triggers them.
    auto mapAction = [this, edit](const QString& text, const QKeySequence& key) {
        QAction* action = edit->addAction(text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view_->addAction(action);
        return action;
    };
    auto* tools = new QActionGroup(this);
    QAction* select = mapAction(tr("&Select and move"), QKeySequence(Qt::Key_S));
    QAction* add = mapAction(tr("&Add actors (click on the map)"), QKeySequence(Qt::Key_A));
    QAction* connectTool = mapAction(tr("&Connect actors (drag from one to another)"), QKeySequence(Qt::Key_C));
    add->setToolTip(tr("Click on an empty spot to add an actor of the chosen kind. Double-clicking an empty spot "
                       "also adds one."));
    connectTool->setToolTip(tr("Drag from one actor to another and pick the relation type. Shift-drag does the "
                               "same with any tool."));
    const std::pair<QAction*, MapEditor::Tool> toolActions[] = {
        {select, MapEditor::Tool::Select}, {add, MapEditor::Tool::AddActor}, {connectTool, MapEditor::Tool::Connect}};
    for (const auto& [action, tool] : toolActions) {
        action->setCheckable(true);
        tools->addAction(action);
        connect(action, &QAction::triggered, this, [this, tool = tool] { editor_->setTool(tool); });
    }
    select->setChecked(true);
    select->setIconText(tr("Select"));
    add->setIconText(tr("Add"));
    connectTool->setIconText(tr("Connect"));
    connect(editor_, &MapEditor::toolChanged, this, [select, add, connectTool](MapEditor::Tool tool) {
        (tool == MapEditor::Tool::Select     ? select
         : tool == MapEditor::Tool::AddActor ? add
                                             : connectTool)
            ->setChecked(true);
    });
    edit->addSeparator();
    QAction* rename = mapAction(tr("&Rename actor"), QKeySequence(Qt::Key_F2));
    connect(rename, &QAction::triggered, this, [this] { editor_->renameInPlace(editor_->selectedActor()); });
    QAction* remove = mapAction(tr("&Delete selected actors"), QKeySequence::Delete);
    connect(remove, &QAction::triggered, editor_, &MapEditor::deleteSelection);
    remove->setIconText(tr("Delete"));
    QAction* selectAll = mapAction(tr("Select a&ll actors"), QKeySequence::SelectAll);
    connect(selectAll, &QAction::triggered, this, [this] {
        for (QGraphicsItem* item : scene_->items()) {
            if (qgraphicsitem_cast<ActorItem*>(item) != nullptr) {
                item->setSelected(true);
            }
        }
    });

    QToolBar* bar = addToolBar(tr("Edit"));
    bar->setObjectName(QStringLiteral("editToolbar"));
    bar->addAction(select);
    bar->addAction(add);
    kindBox_ = new QComboBox(bar);
    kindBox_->setToolTip(tr("The kind of actor a click adds"));
    for (ActorKind kind : allActorKinds()) {
        kindBox_->addItem(label(kind), static_cast<int>(kind));
    }
    kindBox_->setCurrentIndex(kindBox_->findData(static_cast<int>(ActorKind::Provider)));
    connect(kindBox_, &QComboBox::activated, this, [this, add] {
        editor_->setNewActorKind(static_cast<ActorKind>(kindBox_->currentData().toInt()));
        editor_->setTool(MapEditor::Tool::AddActor);
        add->setChecked(true);
    });
    bar->addWidget(kindBox_);
    bar->addAction(connectTool);
    bar->addAction(remove);
}

void MainWindow::buildPanels()
{
    auto* dock = new QDockWidget(tr("Legend"), this);
    dock->setObjectName(QStringLiteral("legendDock"));
    legend_ = new LegendWidget(dock);
    dock->setWidget(legend_);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    QAction* toggle = dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QMenu* viewMenu = menuBar()->actions().at(2)->menu();
    viewMenu->addAction(toggle);

    auto* propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    properties_ = new PropertiesPanel(propertiesDock);
    propertiesDock->setWidget(properties_);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);
    propertiesDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    viewMenu->addAction(propertiesDock->toggleViewAction());

    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    auto* history = new QUndoView(undo_, historyDock);
    history->setEmptyLabel(tr("<opened>"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(dock, historyDock);
    dock->raise();

    auto* decisionsDock = new QDockWidget(tr("Decisions (RACI)"), this);
    decisionsDock->setObjectName(QStringLiteral("decisionsDock"));
    decisions_ = new DecisionsPanel(decisionsDock);
    decisionsDock->setWidget(decisions_);
    addDockWidget(Qt::RightDockWidgetArea, decisionsDock);
    tabifyDockWidget(propertiesDock, decisionsDock);
    decisionsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    viewMenu->addAction(decisionsDock->toggleViewAction());

    auto* groupsDock = new QDockWidget(tr("Groups"), this);
    groupsDock->setObjectName(QStringLiteral("groupsDock"));
    groups_ = new GroupsPanel(groupsDock);
    groupsDock->setWidget(groups_);
    addDockWidget(Qt::RightDockWidgetArea, groupsDock);
    tabifyDockWidget(propertiesDock, groupsDock);
    propertiesDock->raise();
    groupsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    viewMenu->addAction(groupsDock->toggleViewAction());
    connect(groups_, &GroupsPanel::actorsSelected, this, &MainWindow::selectOnMap);
    connect(editor_, &MapEditor::relationClicked, this, [this, propertiesDock](Id relation) {
        properties_->showRelation(relation);
        propertiesDock->show();
        propertiesDock->raise();
    });

    auto* filterDock = new QDockWidget(tr("Filter and focus"), this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filter_ = new FilterPanel(filterDock);
    filterDock->setWidget(filter_);
    addDockWidget(Qt::RightDockWidgetArea, filterDock);
    tabifyDockWidget(propertiesDock, filterDock);
    propertiesDock->raise();
    viewMenu->addAction(filterDock->toggleViewAction());
    QAction* find = viewMenu->addAction(tr("&Find actors…"), this, [this, filterDock] {
        filterDock->show();
        filterDock->raise();
        filter_->searchField()->setFocus();
        filter_->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    connect(filter_, &FilterPanel::changed, this, &MainWindow::applyFilterToMap);
    historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    viewMenu->addAction(historyDock->toggleViewAction());

    auto* findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsPanel_ = new FindingsPanel(findingsDock);
    findingsDock->setWidget(findingsPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    findingsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    viewMenu->addAction(findingsDock->toggleViewAction());
    connect(findingsPanel_, &FindingsPanel::showMe, this,
            [this](const std::vector<Id>& actors, const std::vector<Id>& relations) {
                scene_->spotlight(actors, relations);
                const QRectF area = scene_->spotlightRect();
                if (!area.isEmpty()) {
                    view_->ensureVisible(area, 40, 40);
                }
            });
    connect(findingsPanel_, &FindingsPanel::showAll, this, [this] { scene_->clearSpotlight(); });

    auto* metricsDock = new QDockWidget(tr("Metrics"), this);
    metricsDock->setObjectName(QStringLiteral("metricsDock"));
    metricsPanel_ = new MetricsPanel(metricsDock);
    metricsDock->setWidget(metricsPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, metricsDock);
    // Side by side under the map: the table needs width, the findings' sentences too.
    splitDockWidget(metricsDock, findingsDock, Qt::Horizontal);
    metricsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    viewMenu->addAction(metricsDock->toggleViewAction());
    connect(metricsPanel_, &MetricsPanel::actorsSelected, this, &MainWindow::selectOnMap);
    connect(metricsPanel_, &MetricsPanel::bindingChanged, this, &MainWindow::applyMeasureStyle);
    connect(metricsPanel_, &MetricsPanel::cancelRequested, metrics_, &MetricsRunner::cancel);
    connect(scene_, &QGraphicsScene::selectionChanged, this, [this] {
        if (syncingSelection_) {
            return;
        }
        const std::vector<Id> actors = scene_->selectedActors();
        metricsPanel_->selectActors(actors);
        groups_->setSelectedActors(actors);
        if (actors.size() == 1) {
            filter_->setFocusActor(actors.front());
            properties_->showActor(actors.front());
        }
    });
    connect(metrics_, &MetricsRunner::started, this, [this] { metricsPanel_->showProgress(-1); });
    connect(metrics_, &MetricsRunner::progressed, metricsPanel_, &MetricsPanel::showProgress);
    connect(metrics_, &MetricsRunner::finished, this, &MainWindow::metricsReady);
    connect(metrics_, &MetricsRunner::cancelled, this,
            [this] { metricsPanel_->showIdle(tr("Cancelled; the figures are from before the last edit.")); });
    connect(metrics_, &MetricsRunner::failed, this, [this](const QString& message) {
        metricsPanel_->showIdle(tr("The metrics could not be computed: %1").arg(message));
    });

    counts_ = new QLabel(this);
    statusBar()->addPermanentWidget(counts_);
    readOnlyLabel_ = new QLabel(tr("Read-only"), this);
    readOnlyLabel_->hide();
    statusBar()->addPermanentWidget(readOnlyLabel_);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setMaximumWidth(160);
    busy_->hide();
    statusBar()->addPermanentWidget(busy_);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->hide();
    connect(cancel_, &QPushButton::clicked, this, &MainWindow::cancelLayout);
    statusBar()->addPermanentWidget(cancel_);
}

std::optional<QString> MainWindow::openFile(const QString& path)
{
    try {
        const FileFormat format = detectFormat(path.toStdString());
        if (format != FileFormat::Project && format != FileFormat::SpeelveldJson) {
            return importFile(path);
        }
        Project project = openProjectFile(path.toStdString());
        importReport_.clear();
        setProject(std::move(project), path, format == FileFormat::Project);
        return std::nullopt;
    } catch (const UserError& error) {
        return QString::fromStdString(error.what());
    }
}

void MainWindow::noteUnsaved()
{
    if (undo_->isClean()) {
        autosave_->discard();
        return;
    }
    autosave_->changed(
        [this] {
            Project copy = project_;
            copy.current = shown_;
            return copy;
        },
        filePath_, undo_->index());
}

std::vector<Autosave::Pending> MainWindow::pendingRecoveries() const
{
    return Autosave::pending(Autosave::defaultDirectory());
}

std::optional<QString> MainWindow::restore(const Autosave::Pending& pending)
{
    Project project;
    try {
        project = openProjectFile(pending.copy.toStdString());
    } catch (const UserError& error) {
        return QString::fromStdString(error.what());
    }
    const bool isProject = !pending.original.isEmpty() && looksLikeSqlite(pending.original.toStdString());
    setProject(std::move(project), pending.original, isProject);
    // The restored work is saved nowhere but in the copy: the window says so, asks before closing, and keeps
    // a copy of its own before the old one goes.
    undo_->resetClean();
    noteUnsaved();
    autosave_->flush();
    Autosave::remove(pending);
    updateTitle();
    statusBar()->showMessage(tr("Restored the work of %1. Save it to keep it.")
                                 .arg(QLocale().toString(pending.written, QLocale::ShortFormat)));
    return std::nullopt;
}

void MainWindow::offerRecovery()
{
    const auto pending = pendingRecoveries();
    if (pending.empty()) {
        return;
    }
    const Autosave::Pending& newest = pending.front();
    const QString where =
        newest.original.isEmpty() ? tr("a map that was never saved") : QFileInfo(newest.original).fileName();
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                    tr("Speelveld stopped on %1 while %2 had changes that were not saved. Restore them?")
                        .arg(QLocale().toString(newest.written, QLocale::ShortFormat), where),
                    QMessageBox::NoButton, this);
    QPushButton* restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restoreButton);
    box.exec();
    if (box.clickedButton() == restoreButton) {
        if (const auto error = restore(newest)) {
            QMessageBox::critical(this, tr("Cannot restore the work"), *error);
        }
    } else if (box.clickedButton() == discardButton) {
        Autosave::remove(newest);
    }
}

void MainWindow::setProject(Project project, const QString& path, bool isProjectFile)
{
    cancelLayout();
    subscription_ = {};
    undo_->clear();
    project_ = std::move(project);
    filePath_ = path;
    fileIsProject_ = isProjectFile;
    // A file the user may not change (or in a folder they may not write in) is opened for reading: the
    // window says so, and Save asks for another name instead of failing.
    readOnly_ = isProjectFile && readOnlyReason(path.toStdString()).has_value();
    snapshotsChanged(project_.current);
    readOnlyLabel_->setVisible(readOnly_);
    if (readOnly_) {
        const QString message = tr("%1 is read-only: you can change the map and save it under another name (Save as).")
                                    .arg(QFileInfo(path).fileName());
        readOnlyLabel_->setToolTip(message);
        statusBar()->showMessage(message);
    }
}

bool MainWindow::showSnapshot(const QString& name)
{
    for (std::size_t i = 0; i < project_.snapshots.size(); ++i) {
        if (qs(project_.snapshots[i].name) == name) {
            showSnapshotIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::showSnapshotIndex(std::size_t index)
{
    if (index >= project_.snapshots.size()) {
        return;
    }
    cancelLayout();
    shown_ = index;
    snapshotBox_->setCurrentIndex(static_cast<int>(index));
    Network& network = shownNetwork();
    subscription_ = network.subscribe([this](const Change& change, Phase phase) {
        if (change.entity == Entity::Actor && change.kind == ChangeKind::Changed) {
            const Actor* actor = this->network().actor(change.id);
            if (phase == Phase::Before) {
                actorBefore_ = actor != nullptr ? std::optional<Actor>(*actor) : std::nullopt;
                return;
            }
            if (actor != nullptr) {
                scene_->actorChanged(*actor);
                // A move needs no new drawing; a new name or kind changes the actor's size and the legend.
                if (!actorBefore_ || actorBefore_->name != actor->name || actorBefore_->kind != actor->kind) {
                    redraw_->start();
                }
            }
        } else if (phase == Phase::After && change.entity != Entity::Decision) {
            redraw_->start(); // once for all the changes of one edit
        }
        if (phase == Phase::After) {
            recompute_->start(); // once for all the changes of one edit
            refreshPanels_->start();
        }
    });
    scene_->clearSpotlight();
    const EditRequest request = editRequest();
    properties_->setNetwork(&network, request);
    decisions_->setNetwork(&network, request);
    groups_->setNetwork(&network, request);
    filter_->setNetwork(&network);
    legend_->setContent(legendFor(network));
    LayoutOptions options;
    options.nodeSizes = MapScene::measureActors(network);
    if (auto stored = drawingFromPositions(network, options)) {
        scene_->showDrawing(network, *stored);
        view_->fitMap();
    } else {
        scene_->showDrawing(network, Drawing{});
        startLayout(engineChoice_, false);
    }
    recomputeMetrics();
    updateStatus();
    updateTitle();
}

void MainWindow::redrawFromModel()
{
    redraw_->stop();
    if (project_.snapshots.empty()) {
        return;
    }
    const Network& network = this->network();
    legend_->setContent(legendFor(network));
    // Every actor placed on the canvas has a place; one that has none (imported, say) gets a layout that
    // keeps the others where they are.
    if (!scene_->followModel(network)) {
        startLayout(engineChoice_, false);
    }
    applyMeasureStyle();
    updateStatus();
}

MetricsOptions MainWindow::metricsOptions() const
{
    MetricsOptions options;
    options.graph.directed = !undirected_->isChecked();
    options.structure.weighted = weighted_->isChecked();
    options.conflicts = project_.conflicts;
    return options;
}

void MainWindow::recomputeMetrics()
{
    recompute_->stop();
    if (project_.snapshots.empty()) {
        return;
    }
    metrics_->request(network(), metricsOptions());
}

void MainWindow::metricsReady()
{
    const auto result = metrics_->result();
    metricsPanel_->setResult(result, network());
    findingsPanel_->setResult(result, network());
    metricsPanel_->showIdle(tr("Up to date."));
    applyMeasureStyle();
    applyFilterToMap();
}

void MainWindow::applyFilterToMap()
{
    if (project_.snapshots.empty()) {
        return;
    }
    const FilterSpec spec = filter_->spec();
    const Network& shown = network();
    if (!spec.active()) {
        scene_->setKept(std::nullopt, std::nullopt);
        filter_->showResult(shown.actors().size(), shown.actors().size(), shown.relations().size(),
                            shown.relations().size());
        return;
    }
    const auto metrics = metrics_->result();
    Visibility kept = applyFilter(shown, spec, metrics.get());
    filter_->showResult(kept.actors.size(), shown.actors().size(), kept.relations.size(), shown.relations().size());
    scene_->setKept(std::move(kept.actors), std::move(kept.relations));
}

void MainWindow::applyMeasureStyle()
{
    if (project_.snapshots.empty()) {
        return;
    }
    LegendContent content = legendFor(network());
    const auto result = metrics_->result();
    if (result) {
        MeasureStyle style = measureStyle(*result, metricsPanel_->sizeMeasure(), metricsPanel_->colourMeasure());
        content.size = style.size;
        content.colour = style.colour;
        scene_->setMeasureStyle(std::move(style.scales), std::move(style.fills));
    }
    legend_->setContent(content);
}

void MainWindow::selectOnMap(const std::vector<Id>& actors)
{
    syncingSelection_ = true;
    scene_->clearSelection();
    QRectF area;
    for (Id id : actors) {
        if (ActorItem* item = scene_->actorItem(id)) {
            item->setSelected(true);
            area = area.united(item->sceneBoundingRect());
        }
    }
    if (!area.isEmpty()) {
        view_->ensureVisible(area, 40, 40);
    }
    syncingSelection_ = false;
}

std::optional<QString> MainWindow::applyEdit(const QString& text, const std::function<void(Network&)>& edit)
{
    if (project_.snapshots.empty()) {
        return tr("There is no map to edit.");
    }
    Snapshot& snapshot = project_.snapshots.at(shown_);
    for (const auto& other : project_.snapshots) {
        snapshot.network.reserveIds(other.network.nextFreeId());
    }
    try {
        NetworkEdit recorded = NetworkEdit::record(snapshot.network, edit);
        if (!recorded.empty()) {
            undo_->push(new EditCommand(project_, snapshot.id, std::move(recorded), text,
                                        [this](Id shownBy) { revealSnapshot(shownBy); }));
        }
    } catch (const ModelError& error) {
        const QString message = tr("This change cannot be made: %1").arg(QString::fromStdString(error.what()));
        statusBar()->showMessage(message, 8000);
        return message;
    }
    return std::nullopt;
}

EditRequest MainWindow::editRequest()
{
    return [this](const QString& text, const std::function<void(Network&)>& edit) { return applyEdit(text, edit); };
}

void MainWindow::revealSnapshot(Id snapshot)
{
    for (std::size_t i = 0; i < project_.snapshots.size(); ++i) {
        if (project_.snapshots[i].id == snapshot && i != shown_) {
            showSnapshotIndex(i);
        }
    }
}

void MainWindow::addSnapshot(const QString& name, const QString& date, bool whatIf)
{
    if (project_.snapshots.empty()) {
        return;
    }
    Snapshot copy = project_.snapshots.at(shown_);
    copy.id = SnapshotCommand::freshId(project_);
    copy.name = name.toStdString();
    copy.date = date.toStdString();
    copy.description =
        whatIf ? tr("What-if scenario, forked from “%1”.").arg(qs(project_.snapshots.at(shown_).name)).toStdString()
               : std::string();
    const std::size_t index = shown_ + 1;
    undo_->push(new SnapshotCommand(project_, std::nullopt, std::move(copy), index,
                                    whatIf ? tr("What-if scenario “%1”").arg(name) : tr("New snapshot “%1”").arg(name),
                                    [this](std::size_t shown) { snapshotsChanged(shown); }));
}

void MainWindow::addSnapshotDialog(bool whatIf)
{
    if (project_.snapshots.empty()) {
        return;
    }
    const QString current = qs(project_.snapshots.at(shown_).name);
    bool ok = false;
    const QString suggestion = whatIf ? tr("What if: %1").arg(current)
                                      : QDate::currentDate().toString(Qt::ISODate) + QLatin1Char(' ') + current;
    const QString name = QInputDialog::getText(this, whatIf ? tr("What-if scenario") : tr("New snapshot"),
                                               tr("Name of the new snapshot:"), QLineEdit::Normal, suggestion, &ok)
                             .trimmed();
    if (ok && !name.isEmpty()) {
        addSnapshot(name, whatIf ? QString() : QDate::currentDate().toString(Qt::ISODate), whatIf);
    }
}

void MainWindow::renameSnapshotDialog()
{
    if (project_.snapshots.empty()) {
        return;
    }
    const Snapshot& shown = project_.snapshots.at(shown_);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename snapshot"), tr("New name:"), QLineEdit::Normal, qs(shown.name), &ok)
            .trimmed();
    if (!ok || name.isEmpty() || name == qs(shown.name)) {
        return;
    }
    Snapshot renamed = shown;
    renamed.name = name.toStdString();
    undo_->push(new SnapshotCommand(project_, shown, std::move(renamed), shown_,
                                    tr("Rename snapshot to “%1”").arg(name),
                                    [this](std::size_t index) { snapshotsChanged(index); }));
}

void MainWindow::deleteShownSnapshot()
{
    if (project_.snapshots.size() < 2) {
        return; // a project always has a map to show
    }
    const Snapshot& shown = project_.snapshots.at(shown_);
    undo_->push(new SnapshotCommand(project_, shown, std::nullopt, shown_,
                                    tr("Delete snapshot “%1”").arg(qs(shown.name)),
                                    [this](std::size_t index) { snapshotsChanged(index); }));
}

void MainWindow::openComparison()
{
    if (project_.snapshots.empty()) {
        return;
    }
    if (comparison_ == nullptr) {
        comparison_ = new ComparisonWindow(this);
    }
    comparison_->setProject(project_);
    // At first: the shown snapshot against the one before it (a what-if against what it was forked from).
    const std::size_t to = shown_;
    const std::size_t from = shown_ > 0 ? shown_ - 1 : std::min<std::size_t>(1, project_.snapshots.size() - 1);
    comparison_->compare(from, to);
    comparison_->show();
    comparison_->raise();
}

void MainWindow::snapshotsChanged(std::size_t shown)
{
    snapshotBox_->clear();
    for (const auto& snapshot : project_.snapshots) {
        snapshotBox_->addItem(qs(snapshot.name));
    }
    deleteSnapshot_->setEnabled(project_.snapshots.size() > 1);
    shown_ = std::min(shown, project_.snapshots.size() - 1);
    showSnapshotIndex(shown_);
    updateTitle();
}

void MainWindow::setRoleConflicts(const RoleConflictTable& table)
{
    if (table == project_.conflicts) {
        return;
    }
    undo_->push(new SetRoleConflictsCommand(project_, table, [this] { recompute_->start(); }));
}

void MainWindow::editRoleConflicts()
{
    RoleConflictDialog dialog(project_.conflicts, this);
    if (dialog.exec() == QDialog::Accepted) {
        setRoleConflicts(dialog.table());
    }
}

void MainWindow::exportMetricsDialog()
{
    const auto result = metrics_->result();
    if (!result) {
        return;
    }
    QFileInfo current(filePath_);
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the metrics table"),
        current.absolutePath() + QLatin1Char('/') + current.completeBaseName() + QStringLiteral("-metrics.csv"),
        tr("CSV table (*.csv);;JSON (*.json);;Excel workbook (*.xlsx)"), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ||
        (QFileInfo(path).suffix().isEmpty() && selectedFilter.contains(QStringLiteral("xlsx")))) {
        const WaitCursor wait;
        try {
            writeMetricsXlsx(path, *result, network());
            statusBar()->showMessage(tr("Exported to %1.").arg(path), 5000);
        } catch (const UserError& error) {
            QMessageBox::critical(this, tr("Cannot export the metrics"), QString::fromStdString(error.what()));
        }
        return;
    }
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ||
                      (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
                       selectedFilter.contains(QStringLiteral("json")));
    const QString text = json ? metricsJson(*result, network()) : metricsCsv(*result, network());
    try {
        writeFileAtomically(path, text.toUtf8(), "the metrics table");
    } catch (const UserError& error) {
        QMessageBox::critical(this, tr("Cannot export the metrics"), QString::fromStdString(error.what()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(path), 5000);
}

void MainWindow::relayout(std::optional<LayoutEngine> engine, bool undoable)
{
    engineChoice_ = engine;
    const QString key = engine ? QString::fromLatin1(toKey(*engine)) : QString();
    for (QAction* action : engineGroup_->actions()) {
        action->setChecked(action->data().toString() == key);
    }
    startLayout(engine, undoable);
}

void MainWindow::startLayout(std::optional<LayoutEngine> engine, bool recordUndo)
{
    if (project_.snapshots.empty()) {
        return;
    }
    ++layoutGeneration_;
    layoutPending_ = true;
    const Network& network = shownNetwork();
    LayoutOptions options;
    options.engine = engine.value_or(defaultEngineFor(network));
    options.nodeSizes = MapScene::measureActors(network);
    layoutRecordsUndo_ = recordUndo;
    layoutEngineName_ = QString::fromLatin1(toKey(options.engine));
    busy_->show();
    cancel_->show();
    statusBar()->showMessage(tr("Laying out with %1…").arg(layoutEngineName_));
    // The worker gets its own copy: the user may keep looking (and the window may change snapshot).
    watcher_->setFuture(QtConcurrent::run([copy = Network(network), options]() -> LayoutResult {
        try {
            return layoutNetwork(copy, options);
        } catch (const std::exception& error) {
            return QString::fromStdString(error.what());
        }
    }));
    watcher_->setProperty("generation", layoutGeneration_);
}

void MainWindow::layoutDone()
{
    if (watcher_->property("generation").toInt() != layoutGeneration_) {
        return; // cancelled, or superseded by a newer request
    }
    layoutPending_ = false;
    busy_->hide();
    cancel_->hide();
    const LayoutResult result = watcher_->result();
    if (const auto* failure = std::get_if<QString>(&result)) {
        statusBar()->showMessage(tr("The layout failed: %1").arg(*failure));
        emit layoutFinished();
        return;
    }
    const Drawing& drawing = std::get<Drawing>(result);
    Network& network = shownNetwork();
    if (layoutRecordsUndo_) {
        applyEdit(tr("Lay out with %1").arg(layoutEngineName_), [&drawing](Network& edited) {
            for (const auto& node : drawing.nodes) {
                const Actor* actor = edited.actor(node.actor);
                if (actor != nullptr && actor->position != node.centre) {
                    edited.setActorPosition(node.actor, node.centre, actor->pinned);
                }
            }
        });
        scene_->showDrawing(network, drawing);
    } else {
        // The first layout of a map is not an edit of the user's: no undo step, but the places are kept.
        scene_->showDrawing(network, drawing);
        storePositions(network, drawing);
    }
    view_->fitMap();
    statusBar()->showMessage(tr("Laid out with %1.").arg(layoutEngineName_), 5000);
    updateStatus();
    emit layoutFinished();
}

void MainWindow::cancelLayout()
{
    if (layoutPending_) {
        ++layoutGeneration_;
        layoutPending_ = false;
        statusBar()->showMessage(tr("Layout cancelled; the map keeps its places."), 5000);
    }
    busy_->hide();
    cancel_->hide();
}

bool MainWindow::isLayoutRunning() const { return layoutPending_; }

void MainWindow::updateStatus()
{
    if (project_.snapshots.empty()) {
        counts_->clear();
        return;
    }
    const Network& shown = network();
    counts_->setText(tr("%n actor(s)", nullptr, static_cast<int>(shown.actors().size())) + QStringLiteral(" · ") +
                     tr("%n relation(s)", nullptr, static_cast<int>(shown.relations().size())));
}

void MainWindow::updateTitle()
{
    QString name = (filePath_.isEmpty() ? tr("Untitled") : QFileInfo(filePath_).fileName()) + QStringLiteral("[*]");
    if (readOnly_) {
        name += QLatin1Char(' ') + tr("[read-only]");
    }
    QString title = name + QStringLiteral(" — Speelveld");
    if (!project_.snapshots.empty()) {
        title = name + QStringLiteral(" (") + qs(project_.snapshots.at(shown_).name) + QStringLiteral(") — Speelveld");
    }
    setWindowTitle(title);
    setWindowModified(!undo_->isClean());
}

bool MainWindow::maybeSave()
{
    if (undo_->isClean()) {
        return true;
    }
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"), tr("The map has changes that are not saved yet. Save them?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave()) {
        autosave_->discard(); // saved, or the user chose to throw the changes away
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::openDialog()
{
    if (!maybeSave()) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a map"), QFileInfo(filePath_).absolutePath(),
                                     tr("Speelveld projects (*.speelveld);;Speelveld JSON (*.json);;Files of other "
                                        "programs (*.graphml *.gexf *.dot *.gv *.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto error = openFile(path)) {
        QMessageBox::critical(this, tr("Cannot open the map"), *error);
    }
}

std::optional<QString> MainWindow::saveTo(const QString& path)
{
    project_.current = shown_;
    try {
        saveProject(project_, path.toStdString());
    } catch (const UserError& error) {
        return QString::fromStdString(error.what());
    }
    filePath_ = path;
    fileIsProject_ = true;
    readOnly_ = false; // a file just written is one we may write
    readOnlyLabel_->hide();
    undo_->setClean();
    autosave_->discard();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), 5000);
    return std::nullopt;
}

bool MainWindow::save()
{
    if (!fileIsProject_ || readOnly_) {
        return saveAsDialog();
    }
    if (const auto error = saveTo(filePath_)) {
        QMessageBox::critical(this, tr("Cannot save the map"), *error);
        return false;
    }
    return true;
}

bool MainWindow::saveAsDialog()
{
    QFileInfo current(filePath_);
    const QString suggestion =
        current.absolutePath() + QLatin1Char('/') + current.completeBaseName() + QStringLiteral(".speelveld");
    QFileDialog dialog(this, tr("Save the map as"), suggestion, tr("Speelveld projects (*.speelveld)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("speelveld"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return false;
    }
    if (const auto error = saveTo(dialog.selectedFiles().constFirst())) {
        QMessageBox::critical(this, tr("Cannot save the map"), *error);
        return false;
    }
    return true;
}

void MainWindow::exportDialog()
{
    if (project_.snapshots.empty()) {
        return;
    }
    QFileInfo current(filePath_);
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the map"),
        current.absolutePath() + QLatin1Char('/') + current.completeBaseName() + QStringLiteral(".svg"),
        tr("SVG drawing (*.svg);;PDF document (*.pdf);;PNG picture (*.png)"), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    auto format = exportFormatFromName(path);
    if (!format) {
        format = selectedFilter.contains(QStringLiteral("pdf"))   ? ExportFormat::Pdf
                 : selectedFilter.contains(QStringLiteral("png")) ? ExportFormat::Png
                                                                  : ExportFormat::Svg;
    }
    ExportOptions initial;
    initial.format = *format;
    initial.title = qs(project_.snapshots.at(shown_).name);
    ExportDialog dialog(initial, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const auto error = exportMapTo(path, dialog.options())) {
        QMessageBox::critical(this, tr("Cannot export the map"), *error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(path), 5000);
}

std::optional<QString> MainWindow::exportMapTo(const QString& path, const ExportOptions& options)
{
    const WaitCursor wait;
    try {
        MapNotes notes;
        if (options.notes.any()) {
            notes = mapNotes(*currentMetrics(), network());
        }
        exportMap(*scene_, legend_->content(), path, options, notes);
    } catch (const UserError& error) {
        return QString::fromStdString(error.what());
    }
    return std::nullopt;
}

void MainWindow::reportDialog()
{
    if (project_.snapshots.empty()) {
        return;
    }
    QFileInfo current(filePath_);
    const QString path = QFileDialog::getSaveFileName(this, tr("Write the report"),
                                                      current.absolutePath() + QLatin1Char('/') +
                                                          current.completeBaseName() + QStringLiteral("-report.pdf"),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    statusBar()->showMessage(tr("Writing the report…"));
    if (const auto error = writeReportTo(path)) {
        statusBar()->clearMessage();
        QMessageBox::critical(this, tr("Cannot write the report"), *error);
        return;
    }
    statusBar()->showMessage(tr("Report written to %1.").arg(path), 5000);
}

std::optional<QString> MainWindow::writeReportTo(const QString& path)
{
    const WaitCursor wait;
    const Snapshot& snapshot = project_.snapshots.at(shown_);
    const auto metrics = currentMetrics();
    ReportContent content;
    content.title = !project_.title.empty() ? qs(project_.title) : QFileInfo(filePath_).completeBaseName();
    content.snapshot = qs(snapshot.name);
    content.snapshotDate = qs(snapshot.date);
    content.date = QDate::currentDate();
    content.network = &snapshot.network;
    content.metrics = metrics.get();
    try {
        writeReport(*scene_, legend_->content(), content, path);
    } catch (const UserError& error) {
        return QString::fromStdString(error.what());
    }
    return std::nullopt;
}

std::shared_ptr<const MetricsResult> MainWindow::currentMetrics()
{
    if (const auto result = metrics_->result(); result && !metrics_->isRunning() && !recompute_->isActive()) {
        return result;
    }
    return std::make_shared<const MetricsResult>(computeMetrics(network(), metricsOptions()));
}

void MainWindow::chooseLanguage()
{
    const QStringList names{tr("The system's language"), QStringLiteral("Nederlands"), QStringLiteral("English")};
    const QStringList codes{QString(), QStringLiteral("nl"), QStringLiteral("en")};
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Language"), tr("Speelveld speaks:"), names,
                              std::max<int>(0, static_cast<int>(codes.indexOf(savedLanguage()))), false, &ok);
    if (!ok) {
        return;
    }
    saveLanguage(codes.at(names.indexOf(chosen)));
    QMessageBox::information(this, tr("Language"),
                             tr("Speelveld speaks %1 from the next start. Your map stays as it is.").arg(chosen));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Speelveld"),
                       tr("Speelveld maps the governance network of the social domain: who holds which role, "
                          "who depends on whom, and where roles are unclear."));
}

} // namespace speelveld::gui
