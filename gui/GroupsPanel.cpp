#include "GroupsPanel.h"

#include "gui/Labels.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace speelveld::gui {

namespace {

constexpr int kGroupRole = Qt::UserRole;
constexpr int kMemberRole = Qt::UserRole + 1;

Id groupOf(const QTreeWidgetItem* item) { return item != nullptr ? item->data(0, kGroupRole).value<Id>() : 0; }
Id memberOf(const QTreeWidgetItem* item) { return item != nullptr ? item->data(0, kMemberRole).value<Id>() : 0; }

/// At most this many names in the "selected on the map" line; a long selection ends in "…".
constexpr qsizetype kNamesShown = 4;

} // namespace

GroupsPanel::GroupsPanel(QWidget* parent) : QWidget(parent)
{
    selection_ = new QLabel(this);
    selection_->setObjectName(QStringLiteral("mapSelection"));
    selection_->setWordWrap(true);
    selection_->setTextFormat(Qt::PlainText);

    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("groupsTree"));
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Group / actor"), tr("Kind")});
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(false);
    tree_->setToolTip(tr("Click a group or an actor to select it on the map."));

    new_ = new QPushButton(tr("&New group…"), this);
    new_->setToolTip(tr("Make a group of the actors selected on the map."));
    rename_ = new QPushButton(tr("&Rename…"), this);
    rename_->setToolTip(tr("Give this group another name."));
    delete_ = new QPushButton(tr("&Delete group"), this);
    delete_->setToolTip(tr("Delete this group; its actors stay on the map. Undo brings it back."));
    add_ = new QPushButton(tr("&Add selected"), this);
    add_->setToolTip(tr("Add the actors selected on the map to this group."));
    remove_ = new QPushButton(tr("Re&move member"), this);
    remove_->setToolTip(tr("Take this actor out of the group; the actor stays on the map."));

    auto* buttons = new QGridLayout;
    buttons->addWidget(new_, 0, 0);
    buttons->addWidget(rename_, 0, 1);
    buttons->addWidget(delete_, 0, 2);
    buttons->addWidget(add_, 1, 0);
    buttons->addWidget(remove_, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tree_, 1);
    layout->addWidget(selection_);
    layout->addLayout(buttons);

    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        updateButtons();
        if (!filling_) {
            announce(item);
        }
    });
    // Clicking the current row again selects its actors again, after the user picked others on the map.
    connect(tree_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item == tree_->currentItem()) {
            announce(item);
        }
    });
    connect(tree_, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem* item) {
        if (!filling_) {
            collapsed_.insert(groupOf(item));
        }
    });
    connect(tree_, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        if (!filling_) {
            collapsed_.erase(groupOf(item));
        }
    });
    connect(new_, &QPushButton::clicked, this, &GroupsPanel::askNewGroup);
    connect(rename_, &QPushButton::clicked, this, &GroupsPanel::askRename);
    connect(delete_, &QPushButton::clicked, this, [this] { deleteGroup(currentGroup()); });
    connect(add_, &QPushButton::clicked, this, [this] { addMembers(currentGroup(), selectedActors()); });
    connect(remove_, &QPushButton::clicked, this, [this] { removeMember(currentGroup(), currentMember()); });
    refresh();
}

GroupsPanel::~GroupsPanel()
{
    // The children outlive this object's members: the tree may announce its rows going, and must not call in.
    tree_->disconnect(this);
}

void GroupsPanel::setNetwork(const Network* network, EditRequest edit)
{
    network_ = network;
    editRequest_ = std::move(edit);
    collapsed_.clear();
    filling_ = true;
    tree_->clear();
    filling_ = false;
    refresh();
}

void GroupsPanel::refresh()
{
    const Id group = currentGroup();
    const Id member = currentMember();
    const int groupRow = tree_->indexOfTopLevelItem(
        tree_->currentItem() != nullptr && tree_->currentItem()->parent() != nullptr ? tree_->currentItem()->parent()
                                                                                     : tree_->currentItem());
    const int scroll = tree_->verticalScrollBar()->value();

    filling_ = true;
    tree_->clear();
    if (network_ != nullptr) {
        for (const Group& g : network_->groups()) {
            auto* item = new QTreeWidgetItem(tree_);
            item->setText(0, qs(g.name) + QStringLiteral(" (") + QString::number(g.members.size()) + QLatin1Char(')'));
            item->setData(0, kGroupRole, QVariant::fromValue(g.id));
            item->setData(0, kMemberRole, QVariant::fromValue(Id{0}));
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            for (Id id : g.members) {
                const Actor* actor = network_->actor(id);
                if (actor == nullptr) {
                    continue;
                }
                auto* row = new QTreeWidgetItem(item);
                row->setText(0, qs(actor->name));
                row->setText(1, label(actor->kind));
                row->setToolTip(0, qs(actor->description));
                row->setData(0, kGroupRole, QVariant::fromValue(g.id));
                row->setData(0, kMemberRole, QVariant::fromValue(id));
            }
            item->setExpanded(!collapsed_.contains(g.id));
        }
    }
    // The same row as before; a member that left gives way to its group, a deleted group to its neighbour.
    QTreeWidgetItem* current = itemFor(group, member);
    if (current == nullptr) {
        current = itemFor(group, 0);
    }
    if (current == nullptr && groupRow >= 0 && tree_->topLevelItemCount() > 0) {
        current = tree_->topLevelItem(std::min(groupRow, tree_->topLevelItemCount() - 1));
    }
    tree_->setCurrentItem(current);
    tree_->doItemsLayout(); // the scroll range follows the new rows now, not at the next paint
    tree_->verticalScrollBar()->setValue(scroll);
    filling_ = false;
    showSelection();
    updateButtons();
}

void GroupsPanel::setSelectedActors(std::vector<Id> actors)
{
    selected_ = std::move(actors);
    showSelection();
    updateButtons();
}

std::vector<Id> GroupsPanel::selectedActors() const
{
    std::vector<Id> present;
    for (Id id : selected_) {
        if (network_ != nullptr && network_->actor(id) != nullptr && std::ranges::find(present, id) == present.end()) {
            present.push_back(id);
        }
    }
    return present;
}

Id GroupsPanel::currentGroup() const { return groupOf(tree_->currentItem()); }
Id GroupsPanel::currentMember() const { return memberOf(tree_->currentItem()); }

void GroupsPanel::setCurrent(Id group, Id member)
{
    filling_ = true;
    tree_->setCurrentItem(itemFor(group, member));
    filling_ = false;
    updateButtons();
}

QTreeWidgetItem* GroupsPanel::itemFor(Id group, Id member) const
{
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree_->topLevelItem(i);
        if (groupOf(item) != group) {
            continue;
        }
        if (member == 0) {
            return item;
        }
        for (int j = 0; j < item->childCount(); ++j) {
            if (memberOf(item->child(j)) == member) {
                return item->child(j);
            }
        }
    }
    return nullptr;
}

bool GroupsPanel::request(const QString& text, const std::function<void(Network&)>& change)
{
    // The window reports a refused change in its status bar; the caller's refresh shows the unchanged state.
    return network_ != nullptr && editRequest_ && !editRequest_(text, change).has_value();
}

QString GroupsPanel::uniqueName(const QString& wanted) const
{
    auto taken = [this](const QString& name) {
        return network_ != nullptr &&
               std::ranges::any_of(network_->groups(), [&](const Group& group) { return qs(group.name) == name; });
    };
    QString name = wanted;
    for (int number = 2; taken(name); ++number) {
        name = wanted + QLatin1Char(' ') + QString::number(number);
    }
    return name;
}

Id GroupsPanel::createGroup(const QString& name, std::vector<Id> members)
{
    if (network_ == nullptr) {
        return 0;
    }
    const QString wanted = name.trimmed();
    const QString chosen = wanted.isEmpty() ? uniqueName(tr("New group")) : wanted;
    // Only actors that exist, each once: the model refuses a member that is not in the network.
    std::vector<Id> kept;
    for (Id id : members) {
        if (network_->actor(id) != nullptr && std::ranges::find(kept, id) == kept.end()) {
            kept.push_back(id);
        }
    }
    Id added = 0;
    const bool done = request(tr("New group “%1”").arg(chosen), [&](Network& network) {
        added = network.addGroup({.name = chosen.toStdString(), .members = kept});
    });
    refresh();
    if (!done) {
        return 0;
    }
    setCurrent(added);
    return added;
}

void GroupsPanel::renameGroup(Id group, const QString& name)
{
    const Group* found = network_ != nullptr ? network_->group(group) : nullptr;
    const QString wanted = name.trimmed();
    if (found == nullptr || wanted.isEmpty() || wanted == qs(found->name)) {
        return;
    }
    Group changed = *found;
    changed.name = wanted.toStdString();
    request(tr("Rename group “%1” to “%2”").arg(qs(found->name), wanted),
            [&](Network& network) { network.updateGroup(changed); });
    refresh();
}

void GroupsPanel::deleteGroup(Id group)
{
    const Group* found = network_ != nullptr ? network_->group(group) : nullptr;
    if (found == nullptr) {
        return;
    }
    request(tr("Delete group “%1”").arg(qs(found->name)), [group](Network& network) { network.removeGroup(group); });
    refresh();
}

void GroupsPanel::addMembers(Id group, const std::vector<Id>& actors)
{
    const Group* found = network_ != nullptr ? network_->group(group) : nullptr;
    if (found == nullptr) {
        return;
    }
    Group changed = *found;
    std::vector<Id> added;
    for (Id id : actors) {
        if (network_->actor(id) != nullptr && std::ranges::find(changed.members, id) == changed.members.end()) {
            changed.members.push_back(id);
            added.push_back(id);
        }
    }
    if (added.empty()) {
        return;
    }
    // Two sentences rather than a plural form: one actor is named, several are counted.
    const QString text = added.size() == 1
                             ? tr("Add %1 to group “%2”").arg(qs(network_->actor(added[0])->name), qs(found->name))
                             : tr("Add %1 actors to group “%2”").arg(QString::number(added.size()), qs(found->name));
    request(text, [&](Network& network) { network.updateGroup(changed); });
    refresh();
}

void GroupsPanel::removeMember(Id group, Id actor)
{
    const Group* found = network_ != nullptr ? network_->group(group) : nullptr;
    const Actor* who = network_ != nullptr ? network_->actor(actor) : nullptr;
    if (found == nullptr || who == nullptr || std::ranges::find(found->members, actor) == found->members.end()) {
        return;
    }
    Group changed = *found;
    std::erase(changed.members, actor);
    request(tr("Remove %1 from group “%2”").arg(qs(who->name), qs(found->name)),
            [&](Network& network) { network.updateGroup(changed); });
    refresh();
}

void GroupsPanel::askNewGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New group"), tr("Name of the group:"), QLineEdit::Normal,
                                               uniqueName(tr("New group")), &ok);
    if (ok) {
        createGroup(name, selectedActors());
    }
}

void GroupsPanel::askRename()
{
    const Group* found = network_ != nullptr ? network_->group(currentGroup()) : nullptr;
    if (found == nullptr) {
        return;
    }
    const Id group = found->id;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename group"), tr("Name of the group:"), QLineEdit::Normal,
                                               qs(found->name), &ok);
    if (ok) {
        renameGroup(group, name);
    }
}

void GroupsPanel::announce(const QTreeWidgetItem* item)
{
    const Group* group = network_ != nullptr ? network_->group(groupOf(item)) : nullptr;
    if (group == nullptr) {
        return;
    }
    const Id member = memberOf(item);
    emit actorsSelected(member != 0 ? std::vector<Id>{member} : group->members);
}

void GroupsPanel::showSelection()
{
    QStringList names;
    const std::vector<Id> actors = selectedActors();
    for (Id id : actors) {
        names << qs(network_->actor(id)->name);
    }
    if (names.size() > kNamesShown) {
        names = names.mid(0, kNamesShown) << QStringLiteral("…");
    }
    selection_->setText(names.isEmpty() ? tr("Nothing is selected on the map.")
                                        : tr("Selected on the map: %1").arg(names.join(QStringLiteral(", "))));
}

void GroupsPanel::updateButtons()
{
    const bool editable = network_ != nullptr && editRequest_;
    const Group* group = network_ != nullptr ? network_->group(currentGroup()) : nullptr;
    bool addable = false;
    if (group != nullptr) {
        for (Id id : selectedActors()) {
            addable = addable || std::ranges::find(group->members, id) == group->members.end();
        }
    }
    new_->setEnabled(editable);
    rename_->setEnabled(editable && group != nullptr);
    delete_->setEnabled(editable && group != nullptr);
    add_->setEnabled(editable && addable);
    remove_->setEnabled(editable && group != nullptr && currentMember() != 0);
}

} // namespace speelveld::gui
