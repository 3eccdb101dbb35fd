#include "ComparisonWindow.h"

#include "core/Metrics.h"
#include "gui/ChangeList.h"
#include "gui/Labels.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "gui/MeasureColumns.h"
#include "gui/MetricsText.h"
#include "layouts/Layout.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <unordered_set>

namespace speelveld::gui {

namespace {

/// A table cell that sorts by number when it holds one.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& text, double value) : QTableWidgetItem(text) { setData(Qt::UserRole, value); }
    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant mine = data(Qt::UserRole);
        const QVariant theirs = other.data(Qt::UserRole);
        if (mine.isValid() && theirs.isValid()) {
            return mine.toDouble() < theirs.toDouble();
        }
        return QTableWidgetItem::operator<(other);
    }
};

QString number(std::optional<double> value) { return value ? QLocale().toString(*value, 'g', 4) : QStringLiteral("—"); }

Drawing drawingOf(const Network& network)
{
    LayoutOptions options;
    options.nodeSizes = MapScene::measureActors(network);
    if (auto drawing = drawingFromPositions(network, options)) {
        return *drawing;
    }
    options.engine = defaultEngineFor(network);
    return layoutNetwork(network, options);
}

/// The network with every actor placed where `drawing` has it.
Network placedAs(Network network, const Drawing& drawing)
{
    for (const auto& node : drawing.nodes) {
        if (network.actor(node.actor) != nullptr) {
            network.setActorPosition(node.actor, node.centre, false);
        }
    }
    return network;
}

} // namespace

QColor ComparisonWindow::addedColour() { return QColor(0x56, 0xB4, 0xE9); }   // sky blue
QColor ComparisonWindow::removedColour() { return QColor(0xD5, 0x5E, 0x00); } // vermillion
QColor ComparisonWindow::changedColour() { return QColor(0xF0, 0xE4, 0x42); } // yellow

ComparisonWindow::ComparisonWindow(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Compare snapshots"));
    resize(1200, 800);
    fromBox_ = new QComboBox(this);
    toBox_ = new QComboBox(this);
    modeBox_ = new QComboBox(this);
    modeBox_->addItem(tr("One map, changes marked"));
    modeBox_->addItem(tr("Side by side"));
    auto* choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("&From:"), this));
    choose->addWidget(fromBox_, 1);
    choose->addWidget(new QLabel(tr("&To:"), this));
    choose->addWidget(toBox_, 1);
    choose->addWidget(new QLabel(tr("Show:"), this));
    choose->addWidget(modeBox_);
    qobject_cast<QLabel*>(choose->itemAt(0)->widget())->setBuddy(fromBox_);
    qobject_cast<QLabel*>(choose->itemAt(2)->widget())->setBuddy(toBox_);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);

    maps_ = new QStackedWidget(this);
    unionScene_ = new MapScene(this);
    unionView_ = new MapView(maps_);
    unionView_->setScene(unionScene_);
    maps_->addWidget(unionView_);
    auto* pair = new QSplitter(Qt::Horizontal, maps_);
    beforeScene_ = new MapScene(this);
    afterScene_ = new MapScene(this);
    beforeView_ = new MapView(pair);
    beforeView_->setScene(beforeScene_);
    afterView_ = new MapView(pair);
    afterView_->setScene(afterScene_);
    maps_->addWidget(pair);

    changes_ = new QTableWidget(0, 4, this);
    changes_->setHorizontalHeaderLabels({tr("Change"), tr("What"), tr("Which"), tr("Details")});
    metrics_ = new QTableWidget(0, 5, this);
    metrics_->setHorizontalHeaderLabels({tr("Actor"), tr("Measure"), tr("Before"), tr("After"), tr("Change")});
    for (QTableWidget* table : {changes_, metrics_}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // first in the order filled
        table->setSortingEnabled(true);
    }
    tabs_ = new QTabWidget(this);
    tabs_->addTab(changes_, tr("Changes"));
    tabs_->addTab(metrics_, tr("Metric changes"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(maps_);
    split->addWidget(tabs_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({500, 300});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);

    auto recompare = [this] {
        if (fromBox_->currentIndex() >= 0 && toBox_->currentIndex() >= 0) {
            compare(static_cast<std::size_t>(fromBox_->currentIndex()),
                    static_cast<std::size_t>(toBox_->currentIndex()));
        }
    };
    connect(fromBox_, &QComboBox::activated, this, recompare);
    connect(toBox_, &QComboBox::activated, this, recompare);
    connect(modeBox_, &QComboBox::activated, this,
            [this](int index) { setMode(index == 0 ? Mode::OneMap : Mode::SideBySide); });
}

void ComparisonWindow::setProject(const Project& project)
{
    project_ = project;
    for (QComboBox* box : {fromBox_, toBox_}) {
        box->clear();
        for (const auto& snapshot : project_.snapshots) {
            box->addItem(qs(snapshot.name));
        }
    }
}

void ComparisonWindow::setMode(Mode mode)
{
    modeBox_->setCurrentIndex(mode == Mode::OneMap ? 0 : 1);
    maps_->setCurrentIndex(mode == Mode::OneMap ? 0 : 1);
    fitMaps();
}

void ComparisonWindow::fitMaps()
{
    // After the views have their size: fitting a view that is not laid out yet fits it into nothing.
    QTimer::singleShot(0, this, [this] {
        for (MapView* view : {unionView_, beforeView_, afterView_}) {
            view->fitMap();
        }
    });
}

void ComparisonWindow::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitMaps();
}

void ComparisonWindow::compare(std::size_t from, std::size_t to)
{
    if (from >= project_.snapshots.size() || to >= project_.snapshots.size()) {
        return;
    }
    from_ = from;
    to_ = to;
    fromBox_->setCurrentIndex(static_cast<int>(from));
    toBox_->setCurrentIndex(static_cast<int>(to));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    rebuild();
    QApplication::restoreOverrideCursor();
}

void ComparisonWindow::rebuild()
{
    const Network& before = project_.snapshots[from_].network;
    const Network& after = project_.snapshots[to_].network;
    comparison_ = compareNetworks(before, after);

    // One map: the later network, with what was removed put back (at its old place when it had one).
    union_ = after;
    for (const auto& domain : before.domains()) {
        if (union_.domain(domain.id) == nullptr) {
            union_.addDomain(domain);
        }
    }
    for (Id id : comparison_.removedActors) {
        union_.addActor(*before.actor(id));
    }
    std::unordered_set<Id> removedRelations;
    for (Id id : comparison_.removedRelations) {
        Relation relation = *before.relation(id);
        if (union_.relation(relation.id) != nullptr) {
            relation.id = 0; // the id was reused for another relation
        }
        removedRelations.insert(union_.addRelation(relation));
    }
    const Drawing unionDrawing = drawingOf(union_);
    union_ = placedAs(union_, unionDrawing);
    // Side by side: every actor where the one map has it, so the eye finds it in the same place on both.
    before_ = placedAs(before, unionDrawing);
    after_ = placedAs(after, unionDrawing);

    std::unordered_map<Id, QColor> unionFills;
    std::unordered_map<Id, QColor> beforeFills;
    std::unordered_map<Id, QColor> afterFills;
    std::vector<Id> markedActors;
    std::vector<Id> beforeActors;
    std::vector<Id> afterActors;
    for (Id id : comparison_.addedActors) {
        unionFills[id] = afterFills[id] = addedColour();
        markedActors.push_back(id);
        afterActors.push_back(id);
    }
    for (Id id : comparison_.removedActors) {
        unionFills[id] = beforeFills[id] = removedColour();
        markedActors.push_back(id);
        beforeActors.push_back(id);
    }
    for (const auto& change : comparison_.changedActors) {
        unionFills[change.after] = afterFills[change.after] = beforeFills[change.before] = changedColour();
        markedActors.push_back(change.after);
        beforeActors.push_back(change.before);
        afterActors.push_back(change.after);
    }
    // Relations are marked by a band in the same colours under their own line (which keeps its type's look).
    std::unordered_map<Id, QColor> unionBands;
    std::unordered_map<Id, QColor> beforeBands;
    std::unordered_map<Id, QColor> afterBands;
    for (Id id : removedRelations) {
        unionBands[id] = removedColour();
    }
    for (Id id : comparison_.removedRelations) {
        beforeBands[id] = removedColour();
    }
    for (Id id : comparison_.addedRelations) {
        unionBands[id] = afterBands[id] = addedColour();
    }
    for (const auto& change : comparison_.changedRelations) {
        unionBands[change.after] = afterBands[change.after] = beforeBands[change.before] = changedColour();
    }
    const auto keys = [](const std::unordered_map<Id, QColor>& bands) {
        std::vector<Id> ids;
        for (const auto& entry : bands) {
            ids.push_back(entry.first);
        }
        return ids;
    };
    const std::vector<Id> markedRelations = keys(unionBands);
    const std::vector<Id> beforeRelations = keys(beforeBands);
    const std::vector<Id> afterRelations = keys(afterBands);
    // Every relation or actor that changed stands out; what stayed the same fades into the background.
    unionScene_->showDrawing(union_, unionDrawing);
    unionScene_->setMeasureStyle({}, std::move(unionFills));
    unionScene_->spotlight(markedActors, markedRelations, std::move(unionBands));
    beforeScene_->showDrawing(before_, drawingOf(before_));
    beforeScene_->setMeasureStyle({}, std::move(beforeFills));
    beforeScene_->spotlight(beforeActors, beforeRelations, std::move(beforeBands));
    afterScene_->showDrawing(after_, drawingOf(after_));
    afterScene_->setMeasureStyle({}, std::move(afterFills));
    afterScene_->spotlight(afterActors, afterRelations, std::move(afterBands));
    fitMaps();

    summary_->setText(changeCounts(comparison_, qs(project_.snapshots[from_].name), qs(project_.snapshots[to_].name)) +
                      QLatin1Char(' ') +
                      tr("Marked: added in blue, removed in red, changed in yellow; what stayed the same is faded."));
    fillChanges();
    fillMetrics();
}

QString ComparisonWindow::actorName(Id id) const
{
    if (const Actor* actor = union_.actor(id)) {
        return qs(actor->name);
    }
    return QString::number(id);
}

void ComparisonWindow::fillChanges()
{
    const Network& before = project_.snapshots[from_].network;
    const Network& after = project_.snapshots[to_].network;
    changes_->setSortingEnabled(false);
    changes_->setRowCount(0);
    auto add = [this](const QString& change, const QColor& colour, const QString& what, const QString& which,
                      const QString& details) {
        const int row = changes_->rowCount();
        changes_->insertRow(row);
        auto* mark = new QTableWidgetItem(change);
        mark->setBackground(colour);
        mark->setForeground(Qt::black);
        changes_->setItem(row, 0, mark);
        changes_->setItem(row, 1, new QTableWidgetItem(what));
        changes_->setItem(row, 2, new QTableWidgetItem(which));
        changes_->setItem(row, 3, new QTableWidgetItem(details));
    };
    for (const ChangeLine& line : changeLines(comparison_, before, after)) {
        const QColor colour = line.change == ChangeKind::Added     ? addedColour()
                              : line.change == ChangeKind::Removed ? removedColour()
                                                                   : changedColour();
        add(line.changeText, colour, line.what, line.which, line.details);
    }
    changes_->setSortingEnabled(true);
    changes_->resizeColumnsToContents();
}

void ComparisonWindow::fillMetrics()
{
    MetricsOptions options;
    options.conflicts = project_.conflicts;
    const MetricsResult before = computeMetrics(project_.snapshots[from_].network, options);
    const MetricsResult after = computeMetrics(project_.snapshots[to_].network, options);
    const MetricsComparison changes = compareMetrics(comparison_, before, after);
    std::map<std::string, QString> titles;
    for (const auto& column : measureColumns()) {
        titles[column.key] = column.title;
    }
    for (const auto& figure : networkFigures(after)) {
        titles.try_emplace(figure.key, figure.title);
    }
    auto title = [&titles](std::string_view key) {
        const auto it = titles.find(std::string(key));
        return it != titles.end() ? it->second : QString::fromLatin1(key.data(), static_cast<int>(key.size()));
    };
    metrics_->setSortingEnabled(false);
    metrics_->setRowCount(0);
    auto add = [this](const QString& who, const QString& measure, const MeasureChange& change) {
        const auto delta = change.delta();
        if (change.before == change.after || (delta && std::abs(*delta) < 1e-9)) {
            return; // only what changed
        }
        const int row = metrics_->rowCount();
        metrics_->insertRow(row);
        metrics_->setItem(row, 0, new QTableWidgetItem(who));
        metrics_->setItem(row, 1, new QTableWidgetItem(measure));
        metrics_->setItem(row, 2, new NumberItem(number(change.before), change.before.value_or(0)));
        metrics_->setItem(row, 3, new NumberItem(number(change.after), change.after.value_or(0)));
        auto* difference =
            new NumberItem(delta ? (*delta > 0 ? QStringLiteral("+") : QString()) + number(delta) : QStringLiteral("—"),
                           delta.value_or(0));
        if (delta) {
            difference->setForeground(*delta > 0 ? QColor(0x00, 0x72, 0xB2) : removedColour());
        }
        metrics_->setItem(row, 4, difference);
    };
    const QString whole = tr("(the whole network)");
    for (const auto& change : changes.network) {
        add(whole, title(change.key), change);
    }
    for (const auto& actor : changes.actors) {
        const QString who = actorName(actor.after != 0 ? actor.after : actor.before);
        for (const auto& change : actor.measures) {
            add(who, title(change.key), change);
        }
    }
    metrics_->setSortingEnabled(true);
    metrics_->resizeColumnsToContents();
}

} // namespace speelveld::gui
