#include "EditCommand.h"

#include <stdexcept>

namespace speelveld::gui {

EditCommand::EditCommand(Project& project, Id snapshot, NetworkEdit edit, const QString& text,
                         std::function<void(Id)> reveal)
    : QUndoCommand(text), project_(project), snapshot_(snapshot), edit_(std::move(edit)), reveal_(std::move(reveal))
{}

Network& EditCommand::network()
{
    // By id, not by reference: snapshots are added and removed while the command waits on the stack.
    for (auto& snapshot : project_.snapshots) {
        if (snapshot.id == snapshot_) {
            return snapshot.network;
        }
    }
    throw std::logic_error("the snapshot of an undo step is gone");
}

void EditCommand::redo()
{
    if (applied_) {
        applied_ = false;
        return;
    }
    if (reveal_) {
        reveal_(snapshot_);
    }
    edit_.redo(network());
}

void EditCommand::undo()
{
    if (reveal_) {
        reveal_(snapshot_);
    }
    edit_.undo(network());
}

} // namespace speelveld::gui
