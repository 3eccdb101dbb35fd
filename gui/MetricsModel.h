#pragma once
// The metrics table: one row per actor, its name and kind, then every measure of MeasureColumns. Sorts on the
// numbers, not on their text; headers explain each measure in a tooltip.

#include "core/Metrics.h"
#include "gui/MeasureColumns.h"

#include <QAbstractTableModel>
#include <memory>

namespace speelveld::gui {

class MetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The role a proxy sorts on: a number for measures, the text for names.
    static constexpr int kSortRole = Qt::UserRole;
    static constexpr int kFirstMeasure = 2; ///< columns 0 and 1 are the actor's name and kind

    explicit MetricsModel(QObject* parent = nullptr);

    /// Shows a result of this network (names and kinds are taken from it now).
    void setResult(std::shared_ptr<const MetricsResult> result, const Network& network);
    const std::shared_ptr<const MetricsResult>& result() const { return result_; }
    const std::vector<MeasureColumn>& columns() const { return columns_; }

    Id actorAt(int row) const;
    int rowOf(Id actor) const; ///< -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool isEstimate(const MeasureColumn& column) const;

    std::vector<MeasureColumn> columns_;
    std::shared_ptr<const MetricsResult> result_;
    std::vector<QString> names_;
    std::vector<QString> kinds_;
};

} // namespace speelveld::gui
