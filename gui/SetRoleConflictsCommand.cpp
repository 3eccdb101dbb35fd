#include "SetRoleConflictsCommand.h"

#include <QCoreApplication>

namespace speelveld::gui {

SetRoleConflictsCommand::SetRoleConflictsCommand(Project& project, RoleConflictTable table,
                                                 std::function<void()> changed)
    : QUndoCommand(QCoreApplication::translate("RoleConflicts", "Change the role-conflict table")), project_(project),
      other_(std::move(table)), changed_(std::move(changed))
{}

void SetRoleConflictsCommand::redo() { swap(); }
void SetRoleConflictsCommand::undo() { swap(); }

void SetRoleConflictsCommand::swap()
{
    std::swap(project_.conflicts, other_);
    if (changed_) {
        changed_();
    }
}

} // namespace speelveld::gui
