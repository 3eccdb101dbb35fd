#pragma once
// Undoable: a snapshot is added (a new snapshot, a what-if fork), removed, or renamed. Edits the project
// only; `changed` tells the window which snapshot to show afterwards.

#include "core/Project.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace speelveld::gui {

class SnapshotCommand : public QUndoCommand {
public:
    /// `before` and `after`: the snapshot at `index` before and after the change (nullopt: absent).
    SnapshotCommand(Project& project, std::optional<Snapshot> before, std::optional<Snapshot> after, std::size_t index,
                    const QString& text, std::function<void(std::size_t shown)> changed);

    void redo() override;
    void undo() override;

    /// A fresh snapshot id for this project.
    static Id freshId(const Project& project);

private:
    void put(const std::optional<Snapshot>& from, const std::optional<Snapshot>& to);

    Project& project_;
    std::optional<Snapshot> before_;
    std::optional<Snapshot> after_;
    std::size_t index_;
    std::function<void(std::size_t)> changed_;
};

} // namespace speelveld::gui
