#pragma once
// The Speelveld window: the map of one snapshot, its legend, open/save/export, zoom and layout choice.

#include "core/Project.h"
#include "layouts/Layout.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <optional>
#include <variant>

class QActionGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QUndoStack;

namespace speelveld::gui {

class LegendWidget;
class MapScene;
class MapView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project or Speelveld JSON file; on failure shows nothing and returns the message.
    std::optional<QString> openFile(const QString& path);

    /// Shows the snapshot with this name; false when there is none.
    bool showSnapshot(const QString& name);

    /// Lays the shown snapshot out again with this engine (nullopt: chosen by size), in the background;
    /// with `undoable` the new places are one undo step.
    void relayout(std::optional<LayoutEngine> engine, bool undoable = true);

    /// Saves to a `.speelveld` file; on failure returns the message.
    std::optional<QString> saveTo(const QString& path);

    const Project& project() const { return project_; }
    const Network& network() const;
    MapScene* scene() const { return scene_; }
    MapView* view() const { return view_; }
    QUndoStack* undoStack() const { return undo_; }
    bool isLayoutRunning() const;

signals:
    /// A layout ended (the map shows it) or failed (the status bar says why).
    void layoutFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    using LayoutResult = std::variant<Drawing, QString>;

    void buildActions();
    void buildPanels();
    void setProject(Project project, const QString& path, bool isProjectFile);
    void showSnapshotIndex(std::size_t index);
    void startLayout(std::optional<LayoutEngine> engine, bool recordUndo);
    void layoutDone();
    void cancelLayout();
    void updateStatus();
    void updateTitle();
    bool maybeSave();
    void openDialog();
    bool save();
    bool saveAsDialog();
    void exportDialog();
    void showAbout();
    Network& shownNetwork();

    Project project_;
    QString filePath_;
    bool fileIsProject_ = false;
    std::size_t shown_ = 0;
    std::optional<LayoutEngine> engineChoice_;

    MapScene* scene_ = nullptr;
    MapView* view_ = nullptr;
    LegendWidget* legend_ = nullptr;
    QUndoStack* undo_ = nullptr;
    QComboBox* snapshotBox_ = nullptr;
    QActionGroup* engineGroup_ = nullptr;
    QLabel* counts_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QPushButton* cancel_ = nullptr;

    QFutureWatcher<LayoutResult>* watcher_ = nullptr;
    int layoutGeneration_ = 0;
    bool layoutRecordsUndo_ = false;
    QString layoutEngineName_;
    Network::Subscription subscription_;
};

} // namespace speelveld::gui
