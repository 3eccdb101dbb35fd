#pragma once
// Two snapshots compared (Delft 2010 against Delft 2015; a what-if scenario against its origin): as one map
// with the added, removed and changed actors and relations marked, or side by side with every actor in the
// same place on both; a list of every change; and a table of how the measures changed.

#include "core/Comparison.h"
#include "core/Project.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace speelveld::gui {

class MapScene;
class MapView;

class ComparisonWindow : public QDialog {
    Q_OBJECT
public:
    enum class Mode { OneMap, SideBySide };

    explicit ComparisonWindow(QWidget* parent = nullptr);

    /// The snapshots to choose from (copied: the project may change while this window is open).
    void setProject(const Project& project);
    /// Compares snapshot `from` (earlier) with `to` (later), by index into the project's snapshots.
    void compare(std::size_t from, std::size_t to);
    void setMode(Mode mode);

    const NetworkComparison& comparison() const { return comparison_; }
    /// The one map: the later network with what was removed put back in its old place.
    const Network& unionNetwork() const { return union_; }
    MapScene* unionScene() const { return unionScene_; }
    MapScene* beforeScene() const { return beforeScene_; }
    MapScene* afterScene() const { return afterScene_; }
    QTableWidget* changesTable() const { return changes_; }
    QTableWidget* metricsTable() const { return metrics_; }

    /// The colours of the marks (Okabe–Ito: told apart with every common colour blindness).
    static QColor addedColour();
    static QColor removedColour();
    static QColor changedColour();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitMaps();
    void rebuild();
    void fillChanges();
    void fillMetrics();
    QString actorName(Id id) const;

    Project project_;
    std::size_t from_ = 0;
    std::size_t to_ = 0;
    NetworkComparison comparison_;
    Network union_;
    Network before_;
    Network after_;
    QComboBox* fromBox_ = nullptr;
    QComboBox* toBox_ = nullptr;
    QComboBox* modeBox_ = nullptr;
    QLabel* summary_ = nullptr;
    QStackedWidget* maps_ = nullptr;
    MapScene* unionScene_ = nullptr;
    MapScene* beforeScene_ = nullptr;
    MapScene* afterScene_ = nullptr;
    MapView* unionView_ = nullptr;
    MapView* beforeView_ = nullptr;
    MapView* afterView_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QTableWidget* changes_ = nullptr;
    QTableWidget* metrics_ = nullptr;
};

} // namespace speelveld::gui
