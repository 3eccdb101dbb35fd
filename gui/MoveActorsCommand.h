#pragma once
// Undoable: actors get new positions (a drag pins them; a layout places them). Edits the model only;
// the scene follows the model's notifications.

#include "core/Network.h"

#include <QUndoCommand>
#include <vector>

namespace speelveld::gui {

class MoveActorsCommand : public QUndoCommand {
public:
    /// One actor's place before and after.
    struct Move {
        Id actor = 0;
        std::optional<Point> before;
        bool pinnedBefore = false;
        Point after;
        bool pinnedAfter = false;
    };

    MoveActorsCommand(Network& network, std::vector<Move> moves, const QString& text);

    /// Moves for actors dragged by the user: they end up pinned where they were dropped.
    static std::vector<Move> drags(const Network& network, const std::vector<std::pair<Id, Point>>& drops);

    void redo() override;
    void undo() override;

private:
    Network& network_;
    std::vector<Move> moves_;
};

} // namespace speelveld::gui
