#include "SnapshotCommand.h"

#include <algorithm>

namespace speelveld::gui {

SnapshotCommand::SnapshotCommand(Project& project, std::optional<Snapshot> before, std::optional<Snapshot> after,
                                 std::size_t index, const QString& text, std::function<void(std::size_t)> changed)
    : QUndoCommand(text), project_(project), before_(std::move(before)), after_(std::move(after)), index_(index),
      changed_(std::move(changed))
{}

Id SnapshotCommand::freshId(const Project& project)
{
    Id highest = 0;
    for (const auto& snapshot : project.snapshots) {
        highest = std::max(highest, snapshot.id);
    }
    return highest + 1;
}

void SnapshotCommand::put(const std::optional<Snapshot>& from, const std::optional<Snapshot>& to)
{
    auto& list = project_.snapshots;
    const auto at = list.begin() + static_cast<std::ptrdiff_t>(std::min(index_, list.size()));
    if (from && to) {
        // A rename: the network stays as it is now (edits made since belong to it), only the name changes.
        list.at(index_).name = to->name;
        list.at(index_).date = to->date;
        list.at(index_).description = to->description;
    } else if (to) {
        list.insert(at, *to);
    } else if (from) {
        list.erase(at);
    }
    if (changed_) {
        changed_(std::min(index_, list.size() - 1));
    }
}

void SnapshotCommand::redo()
{
    if (before_ && !after_) {
        before_ = project_.snapshots.at(index_); // removed as it is now: undo brings back its later edits too
    }
    put(before_, after_);
}

void SnapshotCommand::undo()
{
    if (!before_ && after_) {
        after_ = project_.snapshots.at(index_); // keep the edits made to the added snapshot for redo
    }
    put(after_, before_);
}

} // namespace speelveld::gui
