#include "FilterPanel.h"

#include "core/ActorMeasures.h"
#include "gui/Labels.h"
#include "gui/MeasureColumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>
#include <set>

namespace speelveld::gui {

namespace {

QListWidget* checkList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setMaximumHeight(110);
    list->setToolTip(QCoreApplication::translate("FilterPanel", "Tick what to keep; nothing ticked keeps all."));
    return list;
}

/// The ticked items' data, and the items ticked before (by data) ticked again after a refill.
std::set<QString> ticked(const QListWidget* list)
{
    std::set<QString> result;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            result.insert(list->item(i)->data(Qt::UserRole).toString());
        }
    }
    return result;
}

void addCheck(QListWidget* list, const QString& text, const QVariant& data, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace

FilterPanel::FilterPanel(QWidget* parent) : QWidget(parent)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    search_ = new QLineEdit(page);
    search_->setPlaceholderText(tr("name, description or tag"));
    search_->setClearButtonEnabled(true);
    form->addRow(tr("&Search"), search_);
    connect(search_, &QLineEdit::textChanged, this, &FilterPanel::announce);
    kinds_ = checkList(page);
    form->addRow(tr("Actor &kinds"), kinds_);
    types_ = checkList(page);
    form->addRow(tr("&Relation types"), types_);
    domains_ = checkList(page);
    form->addRow(tr("&Domains"), domains_);
    tags_ = checkList(page);
    form->addRow(tr("T&ags"), tags_);
    for (QListWidget* list : {kinds_, types_, domains_, tags_}) {
        connect(list, &QListWidget::itemChanged, this, &FilterPanel::announce);
    }

    measure_ = new QComboBox(page);
    measure_->addItem(tr("(no measure)"), QString());
    for (const auto& column : measureColumns()) {
        if (findActorMeasure(column.key) != nullptr && !findActorMeasure(column.key)->label) {
            measure_->addItem(column.title, QString::fromLatin1(column.key));
        }
    }
    minimum_ = new QDoubleSpinBox(page);
    maximum_ = new QDoubleSpinBox(page);
    for (QDoubleSpinBox* box : {minimum_, maximum_}) {
        box->setRange(-1e9, 1e9);
        box->setDecimals(3);
        box->setSingleStep(0.05);
    }
    maximum_->setValue(1000);
    auto* range = new QHBoxLayout;
    range->addWidget(minimum_);
    range->addWidget(new QLabel(tr("and"), page));
    range->addWidget(maximum_);
    form->addRow(tr("&Measure"), measure_);
    form->addRow(tr("between"), range);
    connect(measure_, &QComboBox::currentIndexChanged, this, &FilterPanel::announce);
    connect(minimum_, &QDoubleSpinBox::valueChanged, this, &FilterPanel::announce);
    connect(maximum_, &QDoubleSpinBox::valueChanged, this, &FilterPanel::announce);

    focus_ = new QCheckBox(tr("&Focus on the selected actor"), page);
    focus_->setToolTip(tr("Keeps the actor and its neighbours up to the given number of steps; the rest fades."));
    focusName_ = new QLabel(page);
    steps_ = new QSpinBox(page);
    steps_->setRange(1, 6);
    steps_->setSuffix(tr(" step(s)"));
    form->addRow(focus_);
    form->addRow(focusName_, steps_);
    connect(focus_, &QCheckBox::toggled, this, &FilterPanel::announce);
    connect(steps_, &QSpinBox::valueChanged, this, &FilterPanel::announce);

    auto* clearButton = new QPushButton(tr("&Clear filter"), page);
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clear);
    result_ = new QLabel(page);
    result_->setWordWrap(true);
    form->addRow(clearButton);
    form->addRow(result_);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void FilterPanel::setNetwork(const Network* network)
{
    network_ = network;
    fillLists();
}

void FilterPanel::fillLists()
{
    filling_ = true;
    const auto kinds = ticked(kinds_);
    const auto types = ticked(types_);
    const auto domains = ticked(domains_);
    const auto tags = ticked(tags_);
    for (QListWidget* list : {kinds_, types_, domains_, tags_}) {
        list->clear();
    }
    if (network_ != nullptr) {
        std::set<std::string> presentTags;
        for (const auto& actor : network_->actors()) {
            presentTags.insert(actor.tags.begin(), actor.tags.end());
        }
        for (ActorKind kind : kindsIn(*network_)) {
            addCheck(kinds_, label(kind), static_cast<int>(kind),
                     kinds.contains(QString::number(static_cast<int>(kind))));
        }
        for (RelationType type : relationTypesIn(*network_)) {
            addCheck(types_, label(type), static_cast<int>(type),
                     types.contains(QString::number(static_cast<int>(type))));
        }
        for (const auto& domain : network_->domains()) {
            addCheck(domains_, qs(domain.name), qint64{domain.id}, domains.contains(QString::number(domain.id)));
        }
        for (const auto& tag : presentTags) {
            addCheck(tags_, qs(tag), qs(tag), tags.contains(qs(tag)));
        }
    }
    filling_ = false;
    setFocusActor(focusActor_);
}

FilterSpec FilterPanel::spec() const
{
    FilterSpec spec;
    for (const QString& kind : ticked(kinds_)) {
        spec.kinds.insert(static_cast<ActorKind>(kind.toInt()));
    }
    for (const QString& type : ticked(types_)) {
        spec.relationTypes.insert(static_cast<RelationType>(type.toInt()));
    }
    for (const QString& domain : ticked(domains_)) {
        spec.domains.insert(domain.toLongLong());
    }
    for (const QString& tag : ticked(tags_)) {
        spec.tags.insert(tag.toStdString());
    }
    spec.search = search_->text().trimmed().toStdString();
    const QString measure = measure_->currentData().toString();
    if (!measure.isEmpty()) {
        spec.ranges.push_back({measure.toStdString(), minimum_->value(), maximum_->value()});
    }
    if (focus_->isChecked() && focusActor_ != 0) {
        spec.focus = focusActor_;
        spec.focusSteps = steps_->value();
    }
    return spec;
}

void FilterPanel::setSpec(const FilterSpec& spec)
{
    filling_ = true;
    auto tick = [](QListWidget* list, auto wanted) {
        for (int i = 0; i < list->count(); ++i) {
            list->item(i)->setCheckState(wanted(list->item(i)->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
        }
    };
    tick(kinds_, [&](const QVariant& v) { return spec.kinds.contains(static_cast<ActorKind>(v.toInt())); });
    tick(types_, [&](const QVariant& v) { return spec.relationTypes.contains(static_cast<RelationType>(v.toInt())); });
    tick(domains_, [&](const QVariant& v) { return spec.domains.contains(v.toLongLong()); });
    tick(tags_, [&](const QVariant& v) { return spec.tags.contains(v.toString().toStdString()); });
    search_->setText(QString::fromStdString(spec.search));
    if (spec.ranges.empty()) {
        measure_->setCurrentIndex(0);
    } else {
        measure_->setCurrentIndex(std::max(0, measure_->findData(QString::fromStdString(spec.ranges.front().measure))));
        minimum_->setValue(spec.ranges.front().min);
        maximum_->setValue(spec.ranges.front().max);
    }
    if (spec.focus) {
        focusActor_ = *spec.focus;
        steps_->setValue(spec.focusSteps);
    }
    focus_->setChecked(spec.focus.has_value());
    filling_ = false;
    setFocusActor(focusActor_);
    announce();
}

void FilterPanel::setFocusActor(Id actor)
{
    const bool moved = actor != focusActor_;
    focusActor_ = actor;
    const Actor* found = network_ != nullptr ? network_->actor(actor) : nullptr;
    focusName_->setText(found != nullptr ? qs(found->name) : tr("(select an actor on the map)"));
    if (moved && focus_->isChecked()) {
        announce();
    }
}

void FilterPanel::clear() { setSpec(FilterSpec{}); }

void FilterPanel::announce()
{
    if (!filling_) {
        emit changed();
    }
}

void FilterPanel::showResult(std::size_t actors, std::size_t ofActors, std::size_t relations, std::size_t ofRelations)
{
    if (!spec().active()) {
        result_->setText(tr("No filter: everything is shown."));
        return;
    }
    result_->setText(tr("Kept: %1 of %2 actors, %3 of %4 relations; the rest is faded.")
                         .arg(actors)
                         .arg(ofActors)
                         .arg(relations)
                         .arg(ofRelations));
}

} // namespace speelveld::gui
