#include "PropertiesPanel.h"

#include "gui/AttributeTable.h"
#include "gui/Labels.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace speelveld::gui {

namespace {

/// Fills a combo box with every value of an enumeration, in declaration order, with its label.
template <typename Enum> void fillEnum(QComboBox* box, int count)
{
    for (int i = 0; i < count; ++i) {
        box->addItem(label(static_cast<Enum>(i)), i);
    }
}

QString joinTags(const std::vector<std::string>& tags)
{
    QStringList list;
    for (const auto& tag : tags) {
        list << qs(tag);
    }
    return list.join(QStringLiteral(", "));
}

std::vector<std::string> splitTags(const QString& text)
{
    std::vector<std::string> tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && std::find(tags.begin(), tags.end(), tag.toStdString()) == tags.end()) {
            tags.push_back(tag.toStdString());
        }
    }
    return tags;
}

} // namespace

PropertiesPanel::PropertiesPanel(QWidget* parent) : QWidget(parent)
{
    pages_ = new QStackedWidget(this);
    auto* empty = new QLabel(tr("Choose an actor on the map to see and change its properties."), pages_);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    empty->setMargin(8);
    pages_->addWidget(empty);
    for (QWidget* page : {buildActorPage(), buildRelationPage()}) {
        auto* scroll = new QScrollArea(pages_);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        pages_->addWidget(scroll);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages_);
}

QWidget* PropertiesPanel::buildActorPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    name_ = new QLineEdit(page);
    name_->setObjectName(QStringLiteral("actorName"));
    form->addRow(tr("&Name"), name_);
    connect(name_, &QLineEdit::editingFinished, this, [this] {
        const QString text = name_->text().trimmed();
        if (!text.isEmpty()) {
            editActor(tr("Rename to “%1”").arg(text), [&text](Actor& actor) { actor.name = text.toStdString(); });
        }
    });
    kind_ = new QComboBox(page);
    for (ActorKind kind : allActorKinds()) {
        kind_->addItem(label(kind), static_cast<int>(kind));
    }
    form->addRow(tr("&Kind"), kind_);
    connect(kind_, &QComboBox::activated, this, [this] {
        const auto kind = static_cast<ActorKind>(kind_->currentData().toInt());
        editActor(tr("Make it a %1").arg(label(kind)), [kind](Actor& actor) { actor.kind = kind; });
    });
    description_ = new QPlainTextEdit(page);
    description_->setTabChangesFocus(true);
    description_->setMaximumHeight(90);
    description_->installEventFilter(this);
    form->addRow(tr("&Description"), description_);
    tags_ = new QLineEdit(page);
    tags_->setPlaceholderText(tr("words separated by commas"));
    form->addRow(tr("&Tags"), tags_);
    connect(tags_, &QLineEdit::editingFinished, this, [this] {
        const auto tags = splitTags(tags_->text());
        editActor(tr("Change tags"), [&tags](Actor& actor) { actor.tags = tags; });
    });

    roles_ = new QTableWidget(0, 2, page);
    roles_->setHorizontalHeaderLabels({tr("Domain"), tr("Role")});
    roles_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    roles_->verticalHeader()->hide();
    roles_->setSelectionBehavior(QAbstractItemView::SelectRows);
    roles_->setMinimumHeight(110);
    form->addRow(tr("Roles"), roles_);
    auto* roleButtons = new QHBoxLayout;
    auto* addRoleButton = new QPushButton(tr("Add role"), page);
    auto* removeRoleButton = new QPushButton(tr("Remove role"), page);
    auto* addDomainButton = new QPushButton(tr("New domain…"), page);
    addDomainButton->setToolTip(tr("A policy field in which roles and relations hold, such as Jeugd or Wmo."));
    roleButtons->addWidget(addRoleButton);
    roleButtons->addWidget(removeRoleButton);
    roleButtons->addWidget(addDomainButton);
    form->addRow(QString(), roleButtons);
    connect(addRoleButton, &QPushButton::clicked, this, &PropertiesPanel::addRole);
    connect(removeRoleButton, &QPushButton::clicked, this, [this] {
        const int row = roles_->currentRow();
        if (row < 0 || edit_ == nullptr) {
            return;
        }
        const Id role = roles_->item(row, 0) != nullptr ? roles_->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
        edit_(tr("Remove a role"), [role](Network& network) { network.removeRole(role); });
    });
    connect(addDomainButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New domain"), tr("Name of the domain:"), QLineEdit::Normal, QString(), &ok);
        if (ok) {
            addDomain(name);
        }
    });

    attributes_ = new AttributeTable(page);
    form->addRow(tr("Other attributes"), attributes_);
    connect(attributes_, &AttributeTable::edited, this, [this](const AttributeTable::Attributes& attributes) {
        editActor(tr("Change attributes"), [&attributes](Actor& actor) { actor.attributes = attributes; });
    });

    relations_ = new QListWidget(page);
    relations_->setMinimumHeight(90);
    relations_->setToolTip(tr("Double-click a relation to see and change it."));
    form->addRow(tr("Relations"), relations_);
    connect(relations_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const Id relation = item->data(Qt::UserRole).toLongLong();
        showRelation(relation);
        emit relationChosen(relation);
    });
    auto* deleteActor = new QPushButton(tr("Delete actor"), page);
    deleteActor->setToolTip(tr("Removes the actor with its relations, roles and RACI lines (Del). Undo brings "
                               "everything back."));
    form->addRow(QString(), deleteActor);
    connect(deleteActor, &QPushButton::clicked, this, [this] {
        if (network_ == nullptr || edit_ == nullptr || network_->actor(actor_) == nullptr) {
            return;
        }
        const Id id = actor_;
        edit_(tr("Delete “%1”").arg(qs(network_->actor(id)->name)),
              [id](Network& network) { network.removeActor(id); });
    });
    return page;
}

QWidget* PropertiesPanel::buildRelationPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    ends_ = new QLabel(page);
    ends_->setWordWrap(true);
    form->addRow(tr("Between"), ends_);
    type_ = new QComboBox(page);
    for (RelationType type : allRelationTypes()) {
        type_->addItem(label(type), static_cast<int>(type));
    }
    form->addRow(tr("&Type"), type_);
    connect(type_, &QComboBox::activated, this, [this] {
        const auto type = static_cast<RelationType>(type_->currentData().toInt());
        editRelation(tr("Relation type: %1").arg(label(type)), [type](Relation& r) { r.type = type; });
    });
    domain_ = new QComboBox(page);
    form->addRow(tr("&Domain"), domain_);
    connect(domain_, &QComboBox::activated, this, [this] {
        const Id domain = domain_->currentData().toLongLong();
        editRelation(tr("Relation domain"), [domain](Relation& r) { r.domain = domain; });
    });
    strength_ = new QSpinBox(page);
    strength_->setRange(1, 5);
    strength_->setToolTip(tr("1 weak … 5 strong"));
    form->addRow(tr("&Strength"), strength_);
    connect(strength_, &QSpinBox::editingFinished, this, [this] {
        const int value = strength_->value();
        editRelation(tr("Strength %1").arg(value), [value](Relation& r) { r.strength = value; });
    });
    trust_ = new QComboBox(page);
    trust_->addItem(tr("not stated"), 0);
    for (int i = 1; i <= 5; ++i) {
        trust_->addItem(QString::number(i), i);
    }
    trust_->setToolTip(tr("1 little trust … 5 much trust"));
    form->addRow(tr("T&rust"), trust_);
    connect(trust_, &QComboBox::activated, this, [this] {
        const int value = trust_->currentData().toInt();
        editRelation(tr("Trust"), [value](Relation& r) { r.trust = value; });
    });
    basis_ = new QComboBox(page);
    fillEnum<FormalBasis>(basis_, 7);
    form->addRow(tr("Formal &basis"), basis_);
    connect(basis_, &QComboBox::activated, this, [this] {
        const auto value = static_cast<FormalBasis>(basis_->currentData().toInt());
        editRelation(tr("Formal basis"), [value](Relation& r) { r.basis = value; });
    });
    steering_ = new QComboBox(page);
    fillEnum<SteeringFocus>(steering_, 5);
    form->addRow(tr("Steers on"), steering_);
    connect(steering_, &QComboBox::activated, this, [this] {
        const auto value = static_cast<SteeringFocus>(steering_->currentData().toInt());
        editRelation(tr("Steering"), [value](Relation& r) { r.steering = value; });
    });
    financing_ = new QComboBox(page);
    fillEnum<Financing>(financing_, 6);
    form->addRow(tr("&Financing"), financing_);
    connect(financing_, &QComboBox::activated, this, [this] {
        const auto value = static_cast<Financing>(financing_->currentData().toInt());
        editRelation(tr("Financing"), [value](Relation& r) { r.financing = value; });
    });
    auto* dateRule = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$")), page);
    validFrom_ = new QLineEdit(page);
    validTo_ = new QLineEdit(page);
    for (QLineEdit* date : {validFrom_, validTo_}) {
        date->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
        date->setValidator(dateRule);
    }
    form->addRow(tr("Valid &from"), validFrom_);
    form->addRow(tr("Valid &until"), validTo_);
    connect(validFrom_, &QLineEdit::editingFinished, this, [this] {
        const std::string value = validFrom_->text().toStdString();
        editRelation(tr("Valid from"), [&value](Relation& r) { r.validFrom = value; });
    });
    connect(validTo_, &QLineEdit::editingFinished, this, [this] {
        const std::string value = validTo_->text().toStdString();
        editRelation(tr("Valid until"), [&value](Relation& r) { r.validTo = value; });
    });
    note_ = new QPlainTextEdit(page);
    note_->setTabChangesFocus(true);
    note_->setMaximumHeight(90);
    note_->installEventFilter(this);
    form->addRow(tr("&Note"), note_);
    relationAttributes_ = new AttributeTable(page);
    relationAttributes_->setToolTip(tr("What an imported file said of this relation that has no field above."));
    form->addRow(tr("Other attributes"), relationAttributes_);
    connect(relationAttributes_, &AttributeTable::edited, this, [this](const AttributeTable::Attributes& attributes) {
        editRelation(tr("Change attributes"), [&attributes](Relation& r) { r.attributes = attributes; });
    });
    auto* buttons = new QHBoxLayout;
    auto* reverse = new QPushButton(tr("Reverse direction"), page);
    auto* remove = new QPushButton(tr("Delete relation"), page);
    auto* back = new QPushButton(tr("Back to the actor"), page);
    buttons->addWidget(reverse);
    buttons->addWidget(remove);
    buttons->addWidget(back);
    form->addRow(QString(), buttons);
    connect(reverse, &QPushButton::clicked, this,
            [this] { editRelation(tr("Reverse a relation"), [](Relation& r) { std::swap(r.source, r.target); }); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (network_ == nullptr || edit_ == nullptr || network_->relation(relation_) == nullptr) {
            return;
        }
        const Id id = relation_;
        edit_(tr("Delete a relation"), [id](Network& network) { network.removeRelation(id); });
    });
    connect(back, &QPushButton::clicked, this, [this] { showActor(actor_); });
    return page;
}

void PropertiesPanel::setNetwork(const Network* network, EditRequest edit)
{
    network_ = network;
    edit_ = std::move(edit);
    actor_ = 0;
    relation_ = 0;
    refresh();
}

void PropertiesPanel::showActor(Id actor)
{
    actor_ = actor;
    relation_ = 0;
    refresh();
}

void PropertiesPanel::showRelation(Id relation)
{
    relation_ = relation;
    if (network_ != nullptr && network_->relation(relation) != nullptr && network_->actor(actor_) == nullptr) {
        actor_ = network_->relation(relation)->source;
    }
    refresh();
}

void PropertiesPanel::refresh()
{
    if (network_ != nullptr && relation_ != 0 && network_->relation(relation_) != nullptr) {
        fillRelation();
        pages_->setCurrentIndex(2);
    } else if (network_ != nullptr && actor_ != 0 && network_->actor(actor_) != nullptr) {
        relation_ = 0;
        fillActor();
        pages_->setCurrentIndex(1);
    } else {
        actor_ = 0;
        relation_ = 0;
        pages_->setCurrentIndex(0);
    }
}

void PropertiesPanel::fillDomainChoices(QComboBox* box, Id selected, bool allowNone) const
{
    box->clear();
    if (allowNone) {
        box->addItem(tr("(no domain)"), qint64{0});
    }
    for (const auto& domain : network_->domains()) {
        box->addItem(qs(domain.name), qint64{domain.id});
    }
    box->setCurrentIndex(std::max(0, box->findData(qint64{selected})));
}

void PropertiesPanel::fillActor()
{
    const Actor& actor = *network_->actor(actor_);
    filling_ = true;
    name_->setText(qs(actor.name));
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(actor.kind)));
    description_->setPlainText(qs(actor.description));
    tags_->setText(joinTags(actor.tags));

    roles_->setRowCount(0);
    for (const auto& role : network_->roles()) {
        if (role.actor != actor_) {
            continue;
        }
        const int row = roles_->rowCount();
        roles_->insertRow(row);
        auto* holder = new QTableWidgetItem;
        holder->setData(Qt::UserRole, qint64{role.id});
        roles_->setItem(row, 0, holder);
        auto* domain = new QComboBox(roles_);
        fillDomainChoices(domain, role.domain, false);
        auto* type = new QComboBox(roles_);
        for (RoleType value : allRoleTypes()) {
            type->addItem(label(value), static_cast<int>(value));
        }
        type->setCurrentIndex(type->findData(static_cast<int>(role.type)));
        roles_->setCellWidget(row, 0, domain);
        roles_->setCellWidget(row, 1, type);
        for (QComboBox* box : {domain, type}) {
            connect(box, &QComboBox::activated, this, &PropertiesPanel::commitRoles);
        }
    }

    attributes_->setAttributes(actor.attributes);

    relations_->clear();
    for (const auto& relation : network_->relations()) {
        if (relation.source != actor_ && relation.target != actor_) {
            continue;
        }
        const bool outgoing = relation.source == actor_;
        const Actor* other = network_->actor(outgoing ? relation.target : relation.source);
        const QString arrow = !isDirected(relation.type) ? QStringLiteral("↔")
                              : outgoing                 ? QStringLiteral("→")
                                                         : QStringLiteral("←");
        auto* item = new QListWidgetItem(arrow + QLatin1Char(' ') + (other != nullptr ? qs(other->name) : QString()) +
                                         QStringLiteral(" (") + label(relation.type) + QLatin1Char(')'));
        item->setData(Qt::UserRole, qint64{relation.id});
        relations_->addItem(item);
    }
    filling_ = false;
}

void PropertiesPanel::fillRelation()
{
    const Relation& relation = *network_->relation(relation_);
    filling_ = true;
    const Actor* source = network_->actor(relation.source);
    const Actor* target = network_->actor(relation.target);
    ends_->setText(qs(source->name) + (isDirected(relation.type) ? QStringLiteral(" → ") : QStringLiteral(" ↔ ")) +
                   qs(target->name));
    type_->setCurrentIndex(type_->findData(static_cast<int>(relation.type)));
    fillDomainChoices(domain_, relation.domain, true);
    strength_->setValue(relation.strength);
    trust_->setCurrentIndex(trust_->findData(relation.trust));
    basis_->setCurrentIndex(basis_->findData(static_cast<int>(relation.basis)));
    steering_->setCurrentIndex(steering_->findData(static_cast<int>(relation.steering)));
    financing_->setCurrentIndex(financing_->findData(static_cast<int>(relation.financing)));
    validFrom_->setText(qs(relation.validFrom));
    validTo_->setText(qs(relation.validTo));
    note_->setPlainText(qs(relation.note));
    relationAttributes_->setAttributes(relation.attributes);
    filling_ = false;
}

void PropertiesPanel::editActor(const QString& text, const std::function<void(Actor&)>& change)
{
    if (filling_ || network_ == nullptr || edit_ == nullptr || network_->actor(actor_) == nullptr) {
        return;
    }
    Actor actor = *network_->actor(actor_);
    change(actor);
    if (actor == *network_->actor(actor_)) {
        return; // nothing changed: no undo step
    }
    edit_(text, [&actor](Network& network) { network.updateActor(actor); });
}

void PropertiesPanel::editRelation(const QString& text, const std::function<void(Relation&)>& change)
{
    if (filling_ || network_ == nullptr || edit_ == nullptr || network_->relation(relation_) == nullptr) {
        return;
    }
    Relation relation = *network_->relation(relation_);
    change(relation);
    if (relation == *network_->relation(relation_)) {
        return;
    }
    if (const auto refused = edit_(text, [&relation](Network& network) { network.updateRelation(relation); })) {
        refresh(); // show the values that hold
    }
}

void PropertiesPanel::commitRoles()
{
    if (filling_ || network_ == nullptr || edit_ == nullptr) {
        return;
    }
    std::vector<Role> changed;
    for (int row = 0; row < roles_->rowCount(); ++row) {
        const auto* domain = qobject_cast<QComboBox*>(roles_->cellWidget(row, 0));
        const auto* type = qobject_cast<QComboBox*>(roles_->cellWidget(row, 1));
        if (domain == nullptr || type == nullptr || roles_->item(row, 0) == nullptr) {
            continue;
        }
        changed.push_back({roles_->item(row, 0)->data(Qt::UserRole).toLongLong(), actor_,
                           domain->currentData().toLongLong(), static_cast<RoleType>(type->currentData().toInt())});
    }
    edit_(tr("Change a role"), [&changed](Network& network) {
        for (const Role& role : changed) {
            network.replace(role);
        }
    });
}

void PropertiesPanel::addRole()
{
    if (network_ == nullptr || edit_ == nullptr || network_->actor(actor_) == nullptr) {
        return;
    }
    if (network_->domains().empty()) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New domain"),
                                                   tr("A role holds in a domain, and this map has none yet. "
                                                      "Name of the first domain:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || addDomain(name) == 0) {
            return;
        }
    }
    const Role role{0, actor_, network_->domains().front().id, RoleType::NetworkMember};
    edit_(tr("Add a role"), [&role](Network& network) { network.addRole(role); });
}

Id PropertiesPanel::addDomain(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || network_ == nullptr || edit_ == nullptr) {
        return 0;
    }
    Id added = 0;
    edit_(tr("Add domain “%1”").arg(trimmed), [&](Network& network) {
        added = network.addDomain({0, trimmed.toStdString()});
    });
    return added;
}

QTableWidget* PropertiesPanel::attributesTable() const { return attributes_->table(); }
QTableWidget* PropertiesPanel::relationAttributesTable() const { return relationAttributes_->table(); }

void PropertiesPanel::addAttribute(const QString& name, const QString& value)
{
    attributes_->addAttribute(name, value);
}

void PropertiesPanel::commitDescription()
{
    const std::string text = description_->toPlainText().toStdString();
    editActor(tr("Change the description"), [&text](Actor& actor) { actor.description = text; });
}

void PropertiesPanel::commitNote()
{
    const std::string text = note_->toPlainText().toStdString();
    editRelation(tr("Change the note"), [&text](Relation& r) { r.note = text; });
}

bool PropertiesPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Long texts are one undo step when the user leaves the field, not one per keystroke.
    if (event->type() == QEvent::FocusOut) {
        if (watched == description_) {
            commitDescription();
        } else if (watched == note_) {
            commitNote();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace speelveld::gui
