#include "RoleConflictDialog.h"

#include "gui/Labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace speelveld::gui {

RoleConflictDialog::RoleConflictDialog(const RoleConflictTable& table, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Role-conflict table"));
    const auto& roles = allRoleTypes();
    const int n = static_cast<int>(roles.size());
    grid_ = new QTableWidget(n, n, this);
    QStringList names;
    for (RoleType role : roles) {
        names << label(role);
    }
    grid_->setHorizontalHeaderLabels(names);
    grid_->setVerticalHeaderLabels(names);
    grid_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    grid_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < n; ++row) {
        for (int column = 0; column < n; ++column) {
            auto* cell = new QTableWidgetItem;
            if (column > row) {
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                cell->setCheckState(Qt::Unchecked);
                cell->setToolTip(tr("Tick when one actor should not be both %1 and %2 in one domain.")
                                     .arg(names[row], names[column]));
            } else {
                cell->setFlags(Qt::NoItemFlags);
            }
            grid_->setItem(row, column, cell);
        }
    }
    setTable(table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* reset = buttons->addButton(tr("&Default table"), QDialogButtonBox::ResetRole);
    reset->setToolTip(tr("The five pairs every project starts with."));
    connect(reset, &QPushButton::clicked, this, [this] { setTable(RoleConflictTable::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(tr("A tick means: an actor that holds both roles in the same domain is a finding "
                                "(RC1 role conflict)."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(grid_, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

void RoleConflictDialog::setTable(const RoleConflictTable& table)
{
    const auto& roles = allRoleTypes();
    for (int row = 0; row < grid_->rowCount(); ++row) {
        for (int column = row + 1; column < grid_->columnCount(); ++column) {
            const bool ticked =
                table.conflicts(roles[static_cast<std::size_t>(row)], roles[static_cast<std::size_t>(column)]);
            grid_->item(row, column)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

RoleConflictTable RoleConflictDialog::table() const
{
    const auto& roles = allRoleTypes();
    RoleConflictTable table;
    for (int row = 0; row < grid_->rowCount(); ++row) {
        for (int column = row + 1; column < grid_->columnCount(); ++column) {
            if (grid_->item(row, column)->checkState() == Qt::Checked) {
                table.add(roles[static_cast<std::size_t>(row)], roles[static_cast<std::size_t>(column)]);
            }
        }
    }
    return table;
}

} // namespace speelveld::gui
