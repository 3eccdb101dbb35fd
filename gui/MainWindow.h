#pragma once
// The Speelveld window: the map of one snapshot, its legend, open/save/export, zoom and layout choice, and the
// metrics and findings panels, kept up to date after every edit.

#include "core/Metrics.h"
#include "core/Project.h"
#include "gui/Autosave.h"
#include "gui/EditCommand.h"
#include "layouts/Layout.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTimer;
class QUndoStack;

namespace speelveld::gui {

struct ExportOptions;
class FindingsPanel;
class LegendWidget;
class MapScene;
class MapView;
class MetricsPanel;
class MetricsRunner;
class MapEditor;
class FilterPanel;
class ComparisonWindow;
class DecisionsPanel;
class GroupsPanel;
class PropertiesPanel;
class Presentation;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project or Speelveld JSON file, or imports any file another program wrote (GraphML, GEXF, DOT,
    /// Kumu CSV) as unsaved work; on failure shows nothing and returns the message.
    std::optional<QString> openFile(const QString& path);
    /// Imports a file of another program (with a Kumu CSV elements file: its connections file, empty for none
    /// or the one beside it, and headings of its own); on failure returns the message. The project is unsaved
    /// work; importReport() says what was mapped and kept.
    std::optional<QString> importFile(const QString& path, const QString& connections = {},
                                      const QString& mapping = {});
    /// What the last import mapped, kept and noted, as lines for the user (empty after opening a project).
    const QStringList& importReport() const { return importReport_; }
    /// Writes the shown snapshot as GraphML, GEXF, DOT, CSV (a pair), JSON (the project) or an XLSX workbook
    /// of its measures, by the extension of `path`; returns the files written, or the message on failure.
    std::variant<QStringList, QString> exportDataTo(const QString& path);

    /// Shows the snapshot with this name; false when there is none.
    bool showSnapshot(const QString& name);

    /// Lays the shown snapshot out again with this engine (nullopt: chosen by size), in the background;
    /// with `undoable` the new places are one undo step.
    void relayout(std::optional<LayoutEngine> engine, bool undoable = true);

    /// Copies of earlier sessions that ended without saving (a crash, a kill), newest first.
    std::vector<Autosave::Pending> pendingRecoveries() const;
    /// Opens such a copy as unsaved work on its original file; on failure returns the message.
    std::optional<QString> restore(const Autosave::Pending& pending);
    /// Asks whether to restore the newest copy, if there is one (called once at start).
    void offerRecovery();
    Autosave* autosave() const { return autosave_; }
    /// Saves to a `.speelveld` file; on failure returns the message.
    std::optional<QString> saveTo(const QString& path);
    /// Whether the open project file may not be changed (its permissions, or its folder's): the title and
    /// the status bar say so, and Save asks for another name.
    bool isReadOnly() const { return readOnly_; }

    const Project& project() const { return project_; }
    const Network& network() const;
    MapScene* scene() const { return scene_; }
    MapView* view() const { return view_; }
    QUndoStack* undoStack() const { return undo_; }
    bool isLayoutRunning() const;
    MetricsPanel* metricsPanel() const { return metricsPanel_; }
    FindingsPanel* findingsPanel() const { return findingsPanel_; }
    PropertiesPanel* propertiesPanel() const { return properties_; }
    MapEditor* editor() const { return editor_; }
    DecisionsPanel* decisionsPanel() const { return decisions_; }
    GroupsPanel* groupsPanel() const { return groups_; }
    ComparisonWindow* comparisonWindow() const { return comparison_; }
    FilterPanel* filterPanel() const { return filter_; }
    MetricsRunner* metricsRunner() const { return metrics_; }
    Presentation* presentation() const { return presentation_; }

    /// The shown network, for edits; every change is announced by the network, and the map and the metrics
    /// follow. Edits the user makes go through undo commands.
    Network& editableNetwork() { return shownNetwork(); }

    /// Makes `edit` on the shown network as one undo step named `text`; an edit the model refuses changes
    /// nothing and comes back as a message (also shown in the status bar).
    std::optional<QString> applyEdit(const QString& text, const std::function<void(Network&)>& edit);
    /// Adds a copy of the shown snapshot after it (a what-if scenario says where it came from), as one undo
    /// step, and shows it.
    void addSnapshot(const QString& name, const QString& date, bool whatIf);
    void deleteShownSnapshot();
    /// Opens the comparison of two snapshots (the shown one and the one before it, at first).
    void openComparison();
    /// Replaces the project's role-conflict table as one undo step.
    void setRoleConflicts(const RoleConflictTable& table);
    /// Computes the metrics of the shown network again (at once, or in the background when large).
    void recomputeMetrics();

    /// Exports the map as the canvas shows it (the snapshot, with what a filter, focus or "show me" fades
    /// faded), with the metric table and findings the options ask for. On failure returns the message.
    std::optional<QString> exportMapTo(const QString& path, const ExportOptions& options);
    /// Writes the PDF report of the shown snapshot, its map as the canvas shows it. On failure returns the
    /// message.
    std::optional<QString> writeReportTo(const QString& path);

signals:
    /// A layout ended (the map shows it) or failed (the status bar says why).
    void layoutFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    using LayoutResult = std::variant<Drawing, QString>;

    void buildActions();
    void buildPanels();
    void buildEditActions(QMenu* edit);
    void setProject(Project project, const QString& path, bool isProjectFile);
    void showSnapshotIndex(std::size_t index);
    void revealSnapshot(Id snapshot);
    /// What the panels and the map editor call to edit: applyEdit, one undo step each.
    EditRequest editRequest();
    void snapshotsChanged(std::size_t shown);
    void addSnapshotDialog(bool whatIf);
    void renameSnapshotDialog();
    void startLayout(std::optional<LayoutEngine> engine, bool recordUndo);
    void layoutDone();
    void redrawFromModel();
    void noteUnsaved();
    void cancelLayout();
    void updateStatus();
    void updateTitle();
    bool maybeSave();
    void openDialog();
    bool save();
    bool saveAsDialog();
    void exportDialog();
    void reportDialog();
    void importDialog();
    void exportDataDialog();
    /// The metrics of the shown network as it is now: the panels' result when it is up to date, else computed
    /// here and now.
    std::shared_ptr<const MetricsResult> currentMetrics();
    void showAbout();
    void chooseLanguage();
    void editRoleConflicts();
    void exportMetricsDialog();
    void metricsReady();
    void applyMeasureStyle();
    void applyFilterToMap();
    void selectOnMap(const std::vector<Id>& actors);
    MetricsOptions metricsOptions() const;
    Network& shownNetwork();

    Project project_;
    QString filePath_;
    QStringList importReport_;
    bool fileIsProject_ = false;
    bool readOnly_ = false;
    std::size_t shown_ = 0;
    std::optional<LayoutEngine> engineChoice_;

    MapScene* scene_ = nullptr;
    MapView* view_ = nullptr;
    LegendWidget* legend_ = nullptr;
    QUndoStack* undo_ = nullptr;
    QComboBox* snapshotBox_ = nullptr;
    QActionGroup* engineGroup_ = nullptr;
    QLabel* counts_ = nullptr;
    QLabel* readOnlyLabel_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QPushButton* cancel_ = nullptr;

    MetricsRunner* metrics_ = nullptr;
    MapEditor* editor_ = nullptr;
    Autosave* autosave_ = nullptr;
    PropertiesPanel* properties_ = nullptr;
    DecisionsPanel* decisions_ = nullptr;
    GroupsPanel* groups_ = nullptr;
    QTimer* refreshPanels_ = nullptr;
    QComboBox* kindBox_ = nullptr;
    QAction* deleteSnapshot_ = nullptr;
    ComparisonWindow* comparison_ = nullptr;
    FilterPanel* filter_ = nullptr;
    MetricsPanel* metricsPanel_ = nullptr;
    FindingsPanel* findingsPanel_ = nullptr;
    QTimer* recompute_ = nullptr;      ///< gathers the changes of one edit into one recomputation
    QTimer* redraw_ = nullptr;         ///< gathers the changes of one edit into one new drawing
    std::optional<Actor> actorBefore_; ///< the actor as it was, while a change of it is announced
    QAction* weighted_ = nullptr;
    QAction* undirected_ = nullptr;
    bool syncingSelection_ = false;

    QFutureWatcher<LayoutResult>* watcher_ = nullptr;
    int layoutGeneration_ = 0;
    /// From startLayout until its result is taken or dropped. Not the future's state: a future can have
    /// finished while its result still waits in the event queue, and that result must then be dropped
    /// (cancelled) or awaited (isLayoutRunning), not forgotten.
    bool layoutPending_ = false;
    bool layoutRecordsUndo_ = false;
    QString layoutEngineName_;
    Network::Subscription subscription_;

    Presentation* presentation_ = nullptr; ///< presentation mode (View menu, F11)
};

} // namespace speelveld::gui
