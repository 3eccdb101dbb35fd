#pragma once
// Edits the role-conflict table (RC1): a tick in row A, column B means one actor should not hold roles A and
// B in the same domain. The table is symmetric, so only the upper half can be ticked.

#include "core/RoleClarity.h"

#include <QDialog>

class QTableWidget;

namespace speelveld::gui {

class RoleConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit RoleConflictDialog(const RoleConflictTable& table, QWidget* parent = nullptr);

    RoleConflictTable table() const;
    void setTable(const RoleConflictTable& table);
    QTableWidget* grid() const { return grid_; }

private:
    QTableWidget* grid_ = nullptr;
};

} // namespace speelveld::gui
