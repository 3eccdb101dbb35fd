#pragma once
// The decisions panel: pick a decision, and say per actor who is Responsible, Accountable, Consulted or
// Informed in it (RACI). Every change is one undo step through the window's EditRequest. A warning names the
// problem when a decision has no Accountable actor or more than one (RC3 in DOMAIN.md).

#include "gui/EditCommand.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace speelveld::gui {

class DecisionsPanel : public QWidget {
    Q_OBJECT
public:
    /// The table's columns: actor name, actor kind, RACI letter (a combo box).
    enum Column { kNameColumn, kKindColumn, kRaciColumn };

    explicit DecisionsPanel(QWidget* parent = nullptr);
    ~DecisionsPanel() override;

    /// The network to show and how to change it; nullptr shows nothing and allows no edits.
    void setNetwork(const Network* network, EditRequest edit);
    /// Shows the network as it is now, keeping the chosen decision, the filter and the scroll position.
    void refresh();

    /// The decision the table shows (0: none).
    Id currentDecision() const { return current_; }
    void setCurrentDecision(Id decision);

    /// Adds a decision and shows it; an empty title gives "New decision", numbered when taken. Returns its id,
    /// or 0 when the edit was refused.
    Id addDecision(const QString& title);
    /// Changes the title, description and domain (0: none) of a decision, as one edit.
    void setDecisionDetails(Id decision, const QString& title, const QString& description, Id domain);
    /// Removes a decision without asking: undo brings it back.
    void deleteDecision(Id decision);
    /// Gives `actor` a letter in `decision`, or takes its letter away (nullopt).
    void setRaci(Id decision, Id actor, std::optional<Raci> raci);

    /// The table row that shows an actor, -1 when there is none.
    int rowOf(Id actor) const;
    /// The RACI combo box of a table row (made on demand: only rows scrolled into view have one).
    QComboBox* raciBox(int row);

    QComboBox* decisions() const { return decisions_; }
    QTableWidget* table() const { return table_; }
    QLineEdit* filter() const { return filter_; }
    QLabel* warning() const { return warning_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* editButton() const { return edit_; }
    QPushButton* deleteButton() const { return delete_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Makes the change as one undo step; false when the window refused it. Refreshes either way.
    bool request(const QString& text, const std::function<void(Network&)>& change);
    void askNewDecision();
    void askDetails();
    void fillDecisions();
    void fillActors();
    void showAssignments();
    void applyFilter();
    void makeVisibleBoxes();
    void showBoxValue(QComboBox* box, std::optional<Raci> raci);
    std::optional<Raci> raciOf(Id actor) const;
    QString uniqueTitle(const QString& wanted) const;

    const Network* network_ = nullptr;
    EditRequest editRequest_;
    Id current_ = 0;
    std::vector<Id> rows_; ///< the actor of each table row
    QComboBox* decisions_ = nullptr;
    QLabel* details_ = nullptr;
    QPushButton* add_ = nullptr;
    QPushButton* edit_ = nullptr;
    QPushButton* delete_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* warning_ = nullptr;
};

} // namespace speelveld::gui
