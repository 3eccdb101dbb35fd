#include "MetricsModel.h"

#include "gui/Labels.h"
#include "gui/MetricsText.h"

#include <QLocale>
#include <cmath>
#include <cstring>

namespace speelveld::gui {

MetricsModel::MetricsModel(QObject* parent) : QAbstractTableModel(parent), columns_(measureColumns()) {}

void MetricsModel::setResult(std::shared_ptr<const MetricsResult> result, const Network& network)
{
    beginResetModel();
    result_ = std::move(result);
    names_.clear();
    kinds_.clear();
    if (result_) {
        for (Id id : result_->actors) {
            const Actor* actor = network.actor(id);
            names_.push_back(actor ? qs(actor->name) : QString());
            kinds_.push_back(actor ? label(actor->kind) : QString());
        }
    }
    endResetModel();
}

Id MetricsModel::actorAt(int row) const
{
    return result_ && row >= 0 && static_cast<std::size_t>(row) < result_->actors.size()
               ? result_->actors[static_cast<std::size_t>(row)]
               : 0;
}

int MetricsModel::rowOf(Id actor) const
{
    if (!result_) {
        return -1;
    }
    const auto& ids = result_->actors;
    const auto it = std::find(ids.begin(), ids.end(), actor);
    return it == ids.end() ? -1 : static_cast<int>(it - ids.begin());
}

int MetricsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !result_ ? 0 : static_cast<int>(result_->actors.size());
}

int MetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFirstMeasure + static_cast<int>(columns_.size());
}

bool MetricsModel::isEstimate(const MeasureColumn& column) const
{
    // Sampled betweenness also estimates closeness and harmonic closeness (docs/METRICS.md).
    return result_ && result_->structure.betweennessPivots > 0 &&
           (std::strncmp(column.key, "betweenness", 11) == 0 || std::strcmp(column.key, "closeness") == 0 ||
            std::strcmp(column.key, "harmonic") == 0);
}

QVariant MetricsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !result_) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    if (index.column() < kFirstMeasure) {
        const QString& text = index.column() == 0 ? names_[row] : kinds_[row];
        return role == Qt::DisplayRole || role == kSortRole || role == Qt::ToolTipRole ? QVariant(text) : QVariant();
    }
    const MeasureColumn& column = columns_[static_cast<std::size_t>(index.column() - kFirstMeasure)];
    const double value = column.value(*result_, row);
    switch (role) {
    case Qt::DisplayRole:
        if (std::isnan(value)) {
            return QStringLiteral("–");
        }
        return QString((isEstimate(column) ? QStringLiteral("≈") : QString()) +
                       QLocale().toString(value, 'f', column.decimals));
    case kSortRole:
        return std::isnan(value) ? -1e300 : value; // undefined sorts below every number
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return QString(names_[row] + QStringLiteral(" — ") + column.title + QStringLiteral("\n") + column.explanation +
                       (isEstimate(column) ? QStringLiteral("\n") + estimateNote(result_->structure) : QString()));
    default:
        return {};
    }
}

QVariant MetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < kFirstMeasure) {
        if (role == Qt::DisplayRole) {
            return section == 0 ? tr("Actor") : tr("Kind");
        }
        return {};
    }
    const MeasureColumn& column = columns_[static_cast<std::size_t>(section - kFirstMeasure)];
    if (role == Qt::DisplayRole) {
        return QString((isEstimate(column) ? QStringLiteral("≈ ") : QString()) + column.title);
    }
    if (role == Qt::ToolTipRole) {
        return QString(column.explanation +
                       (isEstimate(column) ? QStringLiteral("\n") + estimateNote(result_->structure) : QString()));
    }
    return {};
}

} // namespace speelveld::gui
