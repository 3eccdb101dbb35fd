#pragma once
// Undoable: any edit of one snapshot's network (add, change, remove, move; with everything that goes along).
// Edits the model only; the map, the panels and the metrics follow the network's notifications.

#include "core/NetworkEdit.h"
#include "core/Project.h"

#include <QUndoCommand>
#include <functional>

namespace speelveld::gui {

/// How a panel asks for an edit: a line for the undo history and the change itself. The window records it
/// as one undo step; a change the model refuses comes back as a message (and nothing changed).
using EditRequest =
    std::function<std::optional<QString>(const QString& text, const std::function<void(Network&)>& edit)>;

class EditCommand : public QUndoCommand {
public:
    /// `edit` has already been applied to the snapshot with id `snapshot` (see NetworkEdit::record).
    /// `reveal` is called before undo and redo with the snapshot, so the window can show the map it changes.
    EditCommand(Project& project, Id snapshot, NetworkEdit edit, const QString& text, std::function<void(Id)> reveal);

    void redo() override;
    void undo() override;

    const NetworkEdit& edit() const { return edit_; }

private:
    Network& network();

    Project& project_;
    Id snapshot_;
    NetworkEdit edit_;
    std::function<void(Id)> reveal_;
    bool applied_ = true; ///< the first redo (from QUndoStack::push) finds the edit already made
};

} // namespace speelveld::gui
