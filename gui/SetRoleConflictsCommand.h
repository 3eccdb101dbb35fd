#pragma once
// Undoable: the project's role-conflict table is replaced. Edits the model only; `changed` tells the window
// to recompute the findings.

#include "core/Project.h"

#include <QUndoCommand>
#include <functional>

namespace speelveld::gui {

class SetRoleConflictsCommand : public QUndoCommand {
public:
    SetRoleConflictsCommand(Project& project, RoleConflictTable table, std::function<void()> changed);

    void redo() override;
    void undo() override;

private:
    void swap();

    Project& project_;
    RoleConflictTable other_; ///< the table that is not in the project right now
    std::function<void()> changed_;
};

} // namespace speelveld::gui
