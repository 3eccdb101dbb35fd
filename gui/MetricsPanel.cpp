#include "MetricsPanel.h"

#include "gui/MetricsModel.h"
#include "gui/MetricsText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace speelveld::gui {

MetricsPanel::MetricsPanel(QWidget* parent) : QWidget(parent)
{
    model_ = new MetricsModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(MetricsModel::kSortRole);
    proxy_->setSortLocaleAware(true);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("metricsTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(0, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionsMovable(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setToolTip(tr("Click a column title to sort; hover over it for what the measure means."));

    figures_ = new QTableWidget(0, 2, this);
    figures_->setObjectName(QStringLiteral("networkFigures"));
    figures_->setHorizontalHeaderLabels({tr("Whole network"), tr("Value")});
    figures_->verticalHeader()->hide();
    figures_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    figures_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    figures_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    figures_->setWordWrap(false);
    figures_->setTextElideMode(Qt::ElideRight);
    figures_->setMinimumWidth(220);
    figures_->setMaximumWidth(340);
    for (QTableView* view : {static_cast<QTableView*>(table_), static_cast<QTableView*>(figures_)}) {
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    }

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(table_);
    split->addWidget(figures_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({600, 240});

    sizeBox_ = new QComboBox(this);
    colourBox_ = new QComboBox(this);
    for (QComboBox* box : {sizeBox_, colourBox_}) {
        box->addItem(tr("(nothing)"), QString());
        for (const MeasureColumn& column : model_->columns()) {
            box->addItem(column.title, QString::fromLatin1(column.key));
            box->setItemData(box->count() - 1, column.explanation, Qt::ToolTipRole);
        }
        connect(box, &QComboBox::currentIndexChanged, this, &MetricsPanel::bindingChanged);
    }
    sizeBox_->setObjectName(QStringLiteral("sizeBy"));
    colourBox_->setObjectName(QStringLiteral("colourBy"));
    sizeBox_->setToolTip(tr("Draw actors larger the higher this measure is."));
    colourBox_->setToolTip(tr("Colour actors from light to dark blue by this measure."));

    status_ = new QLabel(this);
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(180);
    progress_->hide();
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setToolTip(tr("Stop computing; the table keeps the last figures."));
    cancel_->hide();
    connect(cancel_, &QPushButton::clicked, this, &MetricsPanel::cancelRequested);
    estimate_ = new QLabel(this);
    estimate_->setWordWrap(true);
    estimate_->setObjectName(QStringLiteral("estimateNote"));
    estimate_->hide();

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Size by:"), this));
    controls->addWidget(sizeBox_);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Colour by:"), this));
    controls->addWidget(colourBox_);
    controls->addStretch(1);
    controls->addWidget(status_);
    controls->addWidget(progress_);
    controls->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(estimate_);
    layout->addWidget(split, 1);

    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (selecting_) {
            return;
        }
        std::vector<Id> actors;
        for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
            actors.push_back(model_->actorAt(proxy_->mapToSource(index).row()));
        }
        emit actorsSelected(actors);
    });
}

void MetricsPanel::setResult(std::shared_ptr<const MetricsResult> result, const Network& network)
{
    // Keep the selection across the reset: the user is looking at those actors.
    std::vector<Id> selected;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
        selected.push_back(model_->actorAt(proxy_->mapToSource(index).row()));
    }
    selecting_ = true;
    model_->setResult(result, network);
    selecting_ = false;
    selectActors(selected);

    const auto figures = result ? networkFigures(*result) : std::vector<NetworkFigure>{};
    figures_->setRowCount(static_cast<int>(figures.size()));
    for (int row = 0; row < static_cast<int>(figures.size()); ++row) {
        const NetworkFigure& figure = figures[static_cast<std::size_t>(row)];
        auto* title = new QTableWidgetItem(figure.title);
        auto* value = new QTableWidgetItem(
            std::isnan(figure.value) ? QStringLiteral("–") : QLocale().toString(figure.value, 'f', figure.decimals));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        title->setToolTip(figure.explanation);
        value->setToolTip(figure.explanation);
        figures_->setItem(row, 0, title);
        figures_->setItem(row, 1, value);
    }
    const QString note = result ? estimateNote(result->structure) : QString();
    estimate_->setText(QStringLiteral("≈ ") + note);
    estimate_->setVisible(!note.isEmpty());
}

void MetricsPanel::showProgress(double share)
{
    status_->setText(tr("Computing…"));
    progress_->setRange(0, share < 0 ? 0 : 100);
    progress_->setValue(share < 0 ? 0 : static_cast<int>(std::lround(share * 100)));
    progress_->show();
    cancel_->show();
}

void MetricsPanel::showIdle(const QString& message)
{
    status_->setText(message);
    progress_->hide();
    cancel_->hide();
}

void MetricsPanel::selectActors(const std::vector<Id>& actors)
{
    selecting_ = true;
    QItemSelection selection;
    for (Id actor : actors) {
        const int row = model_->rowOf(actor);
        if (row >= 0) {
            const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
            selection.select(index, index.siblingAtColumn(proxy_->columnCount() - 1));
        }
    }
    table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        table_->scrollTo(selection.indexes().constFirst());
    }
    selecting_ = false;
}

const MeasureColumn* MetricsPanel::measureOf(const QComboBox* box) const
{
    const int index = box->currentIndex() - 1; // item 0 is "(nothing)"
    return index >= 0 && index < static_cast<int>(model_->columns().size())
               ? &model_->columns()[static_cast<std::size_t>(index)]
               : nullptr;
}

const MeasureColumn* MetricsPanel::sizeMeasure() const { return measureOf(sizeBox_); }
const MeasureColumn* MetricsPanel::colourMeasure() const { return measureOf(colourBox_); }

void MetricsPanel::bindSize(const QString& key) { sizeBox_->setCurrentIndex(std::max(0, sizeBox_->findData(key))); }
void MetricsPanel::bindColour(const QString& key)
{
    colourBox_->setCurrentIndex(std::max(0, colourBox_->findData(key)));
}

} // namespace speelveld::gui
