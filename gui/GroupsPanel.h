#pragma once
// The groups panel: every group with its members, to make groups from the actors selected on the map and to
// change them. Every change is one undo step through the window's EditRequest; picking a group or a member
// asks the window to select those actors on the map.

#include "gui/EditCommand.h"

#include <QWidget>
#include <set>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace speelveld::gui {

class GroupsPanel : public QWidget {
    Q_OBJECT
public:
    explicit GroupsPanel(QWidget* parent = nullptr);
    ~GroupsPanel() override;

    /// The network to show and how to change it; nullptr shows nothing and allows no edits.
    void setNetwork(const Network* network, EditRequest edit);
    /// Shows the network as it is now, keeping the current item, folded groups and the scroll position.
    void refresh();
    /// The actors selected on the map: what "New group" and "Add selected" take.
    void setSelectedActors(std::vector<Id> actors);
    /// The selected actors that are still in the network.
    std::vector<Id> selectedActors() const;

    /// The group of the current tree item and, on a member's row, that member (0: none).
    Id currentGroup() const;
    Id currentMember() const;
    /// Makes a group's row (member 0) or a member's row current, without announcing it.
    void setCurrent(Id group, Id member = 0);

    /// Makes a group of these actors (an empty name gives "New group", numbered when taken) and shows it.
    /// Returns its id, or 0 when the edit was refused.
    Id createGroup(const QString& name, std::vector<Id> members);
    void renameGroup(Id group, const QString& name);
    /// Removes a group without asking (its actors stay): undo brings it back.
    void deleteGroup(Id group);
    /// Adds those of `actors` that are not members yet, as one edit.
    void addMembers(Id group, const std::vector<Id>& actors);
    void removeMember(Id group, Id actor);

    QTreeWidget* tree() const { return tree_; }
    QLabel* selectionLabel() const { return selection_; }
    QPushButton* newButton() const { return new_; }
    QPushButton* renameButton() const { return rename_; }
    QPushButton* deleteButton() const { return delete_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* removeButton() const { return remove_; }

signals:
    /// The user picked a group (its members) or one member: the window selects them on the map.
    void actorsSelected(const std::vector<Id>& actors);

private:
    bool request(const QString& text, const std::function<void(Network&)>& change);
    void askNewGroup();
    void askRename();
    void announce(const QTreeWidgetItem* item);
    void updateButtons();
    void showSelection();
    QTreeWidgetItem* itemFor(Id group, Id member) const;
    QString uniqueName(const QString& wanted) const;

    const Network* network_ = nullptr;
    EditRequest editRequest_;
    std::vector<Id> selected_;
    std::set<Id> collapsed_; ///< groups the user folded; new groups show their members
    bool filling_ = false;   ///< the tree is being rebuilt: its signals are not the user's
    QLabel* selection_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QPushButton* new_ = nullptr;
    QPushButton* rename_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* add_ = nullptr;
    QPushButton* remove_ = nullptr;
};

} // namespace speelveld::gui
