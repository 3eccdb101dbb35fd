#pragma once
// The metrics panel: every actor with every measure in a sortable table, the figures of the whole network,
// the choice of measure for node size and colour, and the progress of a computation that takes a while.

#include "core/Metrics.h"
#include "gui/MeasureColumns.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace speelveld::gui {

class MetricsModel;

class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetricsPanel(QWidget* parent = nullptr);

    /// Shows a finished result of this network.
    void setResult(std::shared_ptr<const MetricsResult> result, const Network& network);
    /// A computation runs (share < 0: not known yet) or ended.
    void showProgress(double share);
    void showIdle(const QString& message);

    /// Selects these actors' rows without announcing it.
    void selectActors(const std::vector<Id>& actors);

    /// The measures bound to node size and colour (nullptr: none).
    const MeasureColumn* sizeMeasure() const;
    const MeasureColumn* colourMeasure() const;
    /// Binds by the measure's key ("betweenness"); an empty or unknown key unbinds.
    void bindSize(const QString& key);
    void bindColour(const QString& key);

    QTableView* table() const { return table_; }
    MetricsModel* model() const { return model_; }
    QTableWidget* figures() const { return figures_; }

signals:
    void actorsSelected(const std::vector<Id>& actors);
    void bindingChanged();
    void cancelRequested();

private:
    const MeasureColumn* measureOf(const QComboBox* box) const;

    MetricsModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* table_ = nullptr;
    QTableWidget* figures_ = nullptr;
    QComboBox* sizeBox_ = nullptr;
    QComboBox* colourBox_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* estimate_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    bool selecting_ = false;
};

} // namespace speelveld::gui
