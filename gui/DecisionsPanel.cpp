#include "DecisionsPanel.h"

#include "gui/Labels.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace speelveld::gui {

namespace {

constexpr Raci kAllRaci[] = {Raci::Responsible, Raci::Accountable, Raci::Consulted, Raci::Informed};

/// RACI letters are the same in Dutch practice, so they are not translated; the words next to them are.
QString letter(Raci raci)
{
    switch (raci) {
    case Raci::Responsible:
        return QStringLiteral("R");
    case Raci::Accountable:
        return QStringLiteral("A");
    case Raci::Consulted:
        return QStringLiteral("C");
    case Raci::Informed:
        return QStringLiteral("I");
    }
    return {};
}

const QString kNone = QStringLiteral("—");

} // namespace

DecisionsPanel::DecisionsPanel(QWidget* parent) : QWidget(parent)
{
    decisions_ = new QComboBox(this);
    decisions_->setObjectName(QStringLiteral("decisions"));
    decisions_->setToolTip(tr("The decision whose RACI the table shows."));
    decisions_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    decisions_->setMinimumContentsLength(16);
    add_ = new QPushButton(tr("&Add…"), this);
    add_->setToolTip(tr("Add a decision."));
    edit_ = new QPushButton(tr("&Edit…"), this);
    edit_->setToolTip(tr("Change the title, description and domain of this decision."));
    delete_ = new QPushButton(tr("&Delete"), this);
    delete_->setToolTip(tr("Delete this decision; Undo brings it back."));
    details_ = new QLabel(this);
    details_->setWordWrap(true);
    details_->setTextFormat(Qt::PlainText);

    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("actorFilter"));
    filter_->setPlaceholderText(tr("Find an actor by name…"));
    filter_->setClearButtonEnabled(true);

    table_ = new QTableWidget(0, 3, this);
    table_->setObjectName(QStringLiteral("raciTable"));
    table_->setHorizontalHeaderLabels({tr("Actor"), tr("Kind"), tr("RACI")});
    table_->horizontalHeaderItem(kRaciColumn)
        ->setToolTip(tr("Responsible, Accountable, Consulted or Informed; “—”: no part in this decision."));
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(kKindColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(kRaciColumn, QHeaderView::ResizeToContents);
    // Room for a combo box in every row.
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 14);
    table_->viewport()->installEventFilter(this);

    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("accountableWarning"));
    warning_->setWordWrap(true);
    warning_->setTextFormat(Qt::PlainText);
    QFont bold = warning_->font();
    bold.setBold(true);
    warning_->setFont(bold);
    warning_->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(decisions_, 1);
    top->addWidget(add_);
    top->addWidget(edit_);
    top->addWidget(delete_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(details_);
    layout->addWidget(filter_);
    layout->addWidget(table_, 1);
    layout->addWidget(warning_);

    connect(decisions_, &QComboBox::currentIndexChanged, this, [this](int index) {
        current_ = index >= 0 ? decisions_->itemData(index).value<Id>() : 0;
        showAssignments();
    });
    connect(add_, &QPushButton::clicked, this, &DecisionsPanel::askNewDecision);
    connect(edit_, &QPushButton::clicked, this, &DecisionsPanel::askDetails);
    connect(delete_, &QPushButton::clicked, this, [this] { deleteDecision(current_); });
    connect(filter_, &QLineEdit::textChanged, this, &DecisionsPanel::applyFilter);
    connect(table_->verticalScrollBar(), &QScrollBar::valueChanged, this, &DecisionsPanel::makeVisibleBoxes);
    refresh();
}

DecisionsPanel::~DecisionsPanel()
{
    // The children outlive this object's members: the table scrolls as its rows go, and must no longer call in.
    table_->viewport()->removeEventFilter(this);
    table_->verticalScrollBar()->disconnect(this);
    decisions_->disconnect(this);
}

void DecisionsPanel::setNetwork(const Network* network, EditRequest edit)
{
    network_ = network;
    editRequest_ = std::move(edit);
    current_ = 0;
    rows_.clear();
    table_->setRowCount(0);
    refresh();
}

void DecisionsPanel::refresh()
{
    fillDecisions();
    fillActors();
    showAssignments();
    applyFilter();
}

void DecisionsPanel::setCurrentDecision(Id decision)
{
    const int index = decisions_->findData(QVariant::fromValue(decision));
    if (index >= 0) {
        decisions_->setCurrentIndex(index);
    }
}

bool DecisionsPanel::request(const QString& text, const std::function<void(Network&)>& change)
{
    // The window reports a refused change in its status bar; the caller's refresh shows the unchanged state.
    return network_ != nullptr && editRequest_ && !editRequest_(text, change).has_value();
}

QString DecisionsPanel::uniqueTitle(const QString& wanted) const
{
    auto taken = [this](const QString& title) {
        return network_ != nullptr && std::ranges::any_of(network_->decisions(), [&](const Decision& decision) {
                   return qs(decision.title) == title;
               });
    };
    QString title = wanted;
    for (int number = 2; taken(title); ++number) {
        title = wanted + QLatin1Char(' ') + QString::number(number);
    }
    return title;
}

Id DecisionsPanel::addDecision(const QString& title)
{
    const QString wanted = title.trimmed();
    const QString chosen = wanted.isEmpty() ? uniqueTitle(tr("New decision")) : wanted;
    Id added = 0;
    const bool done = request(tr("Add decision “%1”").arg(chosen),
                              [&](Network& network) { added = network.addDecision({.title = chosen.toStdString()}); });
    refresh();
    if (!done) {
        return 0;
    }
    setCurrentDecision(added);
    return added;
}

void DecisionsPanel::setDecisionDetails(Id decision, const QString& title, const QString& description, Id domain)
{
    const Decision* found = network_ != nullptr ? network_->decision(decision) : nullptr;
    if (found == nullptr) {
        return;
    }
    Decision changed = *found;
    // A decision always keeps a title: an emptied title field keeps the old one.
    if (!title.trimmed().isEmpty()) {
        changed.title = title.trimmed().toStdString();
    }
    changed.description = description.trimmed().toStdString();
    changed.domain = domain;
    if (changed == *found) {
        return;
    }
    request(tr("Change decision “%1”").arg(qs(found->title)),
            [&](Network& network) { network.updateDecision(changed); });
    refresh();
}

void DecisionsPanel::deleteDecision(Id decision)
{
    const Decision* found = network_ != nullptr ? network_->decision(decision) : nullptr;
    if (found == nullptr) {
        return;
    }
    request(tr("Delete decision “%1”").arg(qs(found->title)),
            [decision](Network& network) { network.removeDecision(decision); });
    refresh();
}

void DecisionsPanel::setRaci(Id decision, Id actor, std::optional<Raci> raci)
{
    const Decision* found = network_ != nullptr ? network_->decision(decision) : nullptr;
    const Actor* who = network_ != nullptr ? network_->actor(actor) : nullptr;
    if (found == nullptr || who == nullptr) {
        refresh();
        return;
    }
    Decision changed = *found;
    // One line per actor: the first keeps its place in the order, any repeats (from a hand-edited file) go.
    bool placed = false;
    for (auto it = changed.assignments.begin(); it != changed.assignments.end();) {
        if (it->actor != actor) {
            ++it;
        } else if (raci && !placed) {
            it->raci = *raci;
            placed = true;
            ++it;
        } else {
            it = changed.assignments.erase(it);
        }
    }
    if (raci && !placed) {
        changed.assignments.push_back({actor, *raci});
    }
    if (changed != *found) {
        request(tr("Set RACI of %1 in “%2”").arg(qs(who->name), qs(found->title)),
                [&](Network& network) { network.updateDecision(changed); });
    }
    refresh();
}

int DecisionsPanel::rowOf(Id actor) const
{
    const auto it = std::ranges::find(rows_, actor);
    return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}

QComboBox* DecisionsPanel::raciBox(int row)
{
    if (row < 0 || row >= static_cast<int>(rows_.size())) {
        return nullptr;
    }
    if (auto* existing = qobject_cast<QComboBox*>(table_->cellWidget(row, kRaciColumn))) {
        return existing;
    }
    auto* box = new QComboBox;
    box->addItem(kNone, -1);
    box->setItemData(0, tr("No part in this decision"), Qt::ToolTipRole);
    for (Raci raci : kAllRaci) {
        box->addItem(letter(raci), static_cast<int>(raci));
        const QString word = label(raci) + QStringLiteral(" (") + letter(raci) + QLatin1Char(')');
        box->setItemData(box->count() - 1, word, Qt::ToolTipRole);
    }
    const Id actor = rows_[static_cast<std::size_t>(row)];
    showBoxValue(box, raciOf(actor));
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, actor] {
        const int value = box->currentData().toInt();
        setRaci(current_, actor, value < 0 ? std::nullopt : std::optional<Raci>(static_cast<Raci>(value)));
    });
    table_->setCellWidget(row, kRaciColumn, box);
    return box;
}

bool DecisionsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table_->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        makeVisibleBoxes();
    }
    return QWidget::eventFilter(watched, event);
}

void DecisionsPanel::askNewDecision()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New decision"), tr("Title of the decision:"),
                                                QLineEdit::Normal, uniqueTitle(tr("New decision")), &ok);
    if (ok) {
        addDecision(title);
    }
}

void DecisionsPanel::askDetails()
{
    const Decision* found = network_ != nullptr ? network_->decision(current_) : nullptr;
    if (found == nullptr) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Decision"));
    auto* title = new QLineEdit(qs(found->title), &dialog);
    auto* description = new QPlainTextEdit(qs(found->description), &dialog);
    description->setTabChangesFocus(true);
    auto* domain = new QComboBox(&dialog);
    domain->addItem(tr("(no domain)"), QVariant::fromValue(Id{0}));
    for (const Domain& d : network_->domains()) {
        domain->addItem(qs(d.name), QVariant::fromValue(d.id));
    }
    domain->setCurrentIndex(std::max(0, domain->findData(QVariant::fromValue(found->domain))));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Description:"), description);
    form->addRow(tr("Domain:"), domain);
    form->addRow(buttons);
    const Id decision = current_;
    if (dialog.exec() == QDialog::Accepted) {
        setDecisionDetails(decision, title->text(), description->toPlainText(), domain->currentData().value<Id>());
    }
}

void DecisionsPanel::fillDecisions()
{
    const QSignalBlocker blocker(decisions_);
    const int before = decisions_->currentIndex();
    decisions_->clear();
    if (network_ != nullptr) {
        for (const Decision& decision : network_->decisions()) {
            decisions_->addItem(qs(decision.title), QVariant::fromValue(decision.id));
            if (!decision.description.empty()) {
                decisions_->setItemData(decisions_->count() - 1, qs(decision.description), Qt::ToolTipRole);
            }
        }
    }
    int index = decisions_->findData(QVariant::fromValue(current_));
    if (index < 0 && decisions_->count() > 0) {
        // The shown decision is gone (deleted, or another network): its neighbour takes its place.
        index = std::clamp(before, 0, decisions_->count() - 1);
    }
    decisions_->setCurrentIndex(index);
    current_ = index >= 0 ? decisions_->itemData(index).value<Id>() : 0;
}

void DecisionsPanel::fillActors()
{
    std::vector<const Actor*> actors;
    if (network_ != nullptr) {
        for (const Actor& actor : network_->actors()) {
            actors.push_back(&actor);
        }
    }
    // By name, so a row stays where the room expects it while letters change.
    std::ranges::stable_sort(actors, [](const Actor* a, const Actor* b) {
        return QString::localeAwareCompare(qs(a->name), qs(b->name)) < 0;
    });
    std::vector<Id> order;
    order.reserve(actors.size());
    for (const Actor* actor : actors) {
        order.push_back(actor->id);
    }
    const bool sameRows = order == rows_;
    const int scroll = table_->verticalScrollBar()->value();
    if (!sameRows) {
        // Removing the rows first drops their combo boxes, which belong to actors that may be gone.
        table_->setRowCount(0);
        rows_ = std::move(order);
        table_->setRowCount(static_cast<int>(rows_.size()));
    }
    for (int row = 0; row < static_cast<int>(actors.size()); ++row) {
        const Actor& actor = *actors[static_cast<std::size_t>(row)];
        if (sameRows) {
            table_->item(row, kNameColumn)->setText(qs(actor.name));
            table_->item(row, kNameColumn)->setToolTip(qs(actor.description));
            table_->item(row, kKindColumn)->setText(label(actor.kind));
            continue;
        }
        auto* name = new QTableWidgetItem(qs(actor.name));
        name->setToolTip(qs(actor.description));
        table_->setItem(row, kNameColumn, name);
        table_->setItem(row, kKindColumn, new QTableWidgetItem(label(actor.kind)));
        table_->setItem(row, kRaciColumn, new QTableWidgetItem);
    }
    if (!sameRows) {
        table_->doItemsLayout(); // the scroll range follows the new rows now, not at the next paint
        table_->verticalScrollBar()->setValue(scroll);
    }
}

std::optional<Raci> DecisionsPanel::raciOf(Id actor) const
{
    const Decision* decision = network_ != nullptr ? network_->decision(current_) : nullptr;
    if (decision == nullptr) {
        return std::nullopt;
    }
    const auto it = std::ranges::find(decision->assignments, actor, &RaciAssignment::actor);
    return it == decision->assignments.end() ? std::nullopt : std::optional<Raci>(it->raci);
}

void DecisionsPanel::showBoxValue(QComboBox* box, std::optional<Raci> raci)
{
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(raci ? static_cast<int>(*raci) + 1 : 0);
    box->setToolTip(box->currentData(Qt::ToolTipRole).toString());
}

void DecisionsPanel::showAssignments()
{
    const Decision* decision = network_ != nullptr ? network_->decision(current_) : nullptr;
    add_->setEnabled(network_ != nullptr && editRequest_);
    edit_->setEnabled(decision != nullptr && editRequest_);
    delete_->setEnabled(decision != nullptr && editRequest_);
    table_->setEnabled(decision != nullptr && editRequest_);

    QStringList details;
    if (decision != nullptr) {
        if (const Domain* domain = network_->domain(decision->domain)) {
            details << tr("Domain: %1").arg(qs(domain->name));
        }
        if (!decision->description.empty()) {
            details << qs(decision->description);
        }
    } else if (network_ != nullptr) {
        details << tr("No decisions yet: add one to say who is responsible, accountable, consulted or informed.");
    }
    details_->setText(details.join(QLatin1Char('\n')));
    details_->setVisible(!details.isEmpty());

    for (int row = 0; row < static_cast<int>(rows_.size()); ++row) {
        const std::optional<Raci> raci = raciOf(rows_[static_cast<std::size_t>(row)]);
        // The item under the combo box carries the letter too, for rows without a box yet and for copying.
        if (QTableWidgetItem* item = table_->item(row, kRaciColumn)) {
            item->setText(raci ? letter(*raci) : kNone);
        }
        if (auto* box = qobject_cast<QComboBox*>(table_->cellWidget(row, kRaciColumn))) {
            showBoxValue(box, raci);
        }
    }

    std::vector<Id> counted;
    QStringList accountable;
    if (decision != nullptr) {
        for (const RaciAssignment& assignment : decision->assignments) {
            const Actor* actor = network_->actor(assignment.actor);
            if (assignment.raci == Raci::Accountable && actor != nullptr &&
                std::ranges::find(counted, actor->id) == counted.end()) {
                counted.push_back(actor->id);
                accountable << qs(actor->name);
            }
        }
    }
    if (decision == nullptr || accountable.size() == 1) {
        warning_->hide();
        warning_->clear();
    } else {
        warning_->setText(accountable.isEmpty()
                              ? tr("No actor is accountable for this decision; a decision should have exactly one.")
                              : tr("This decision has %1 accountable actors (%2); a decision should have exactly one.")
                                    .arg(QString::number(accountable.size()), accountable.join(QStringLiteral(", "))));
        warning_->show();
    }
}

void DecisionsPanel::applyFilter()
{
    const QString wanted = filter_->text().trimmed();
    for (int row = 0; row < table_->rowCount(); ++row) {
        const QTableWidgetItem* name = table_->item(row, kNameColumn);
        table_->setRowHidden(row, !wanted.isEmpty() &&
                                      (name == nullptr || !name->text().contains(wanted, Qt::CaseInsensitive)));
    }
    makeVisibleBoxes();
}

void DecisionsPanel::makeVisibleBoxes()
{
    // A combo box per row only where the user can see it: a network of thousands of actors would otherwise
    // build thousands of widgets on every refresh.
    const int rows = table_->rowCount();
    if (rows == 0 || table_->viewport()->height() <= 0) {
        return;
    }
    int first = table_->rowAt(0);
    int last = table_->rowAt(table_->viewport()->height() - 1);
    first = first < 0 ? 0 : first;
    last = last < 0 ? rows - 1 : last;
    for (int row = first; row <= last; ++row) {
        if (!table_->isRowHidden(row)) {
            raciBox(row);
        }
    }
}

} // namespace speelveld::gui
