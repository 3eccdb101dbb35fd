#include "MoveActorsCommand.h"

namespace speelveld::gui {

MoveActorsCommand::MoveActorsCommand(Network& network, std::vector<Move> moves, const QString& text)
    : QUndoCommand(text), network_(network), moves_(std::move(moves))
{}

std::vector<MoveActorsCommand::Move> MoveActorsCommand::drags(const Network& network,
                                                              const std::vector<std::pair<Id, Point>>& drops)
{
    std::vector<Move> moves;
    for (const auto& [id, point] : drops) {
        if (const Actor* actor = network.actor(id)) {
            moves.push_back({id, actor->position, actor->pinned, point, true});
        }
    }
    return moves;
}

void MoveActorsCommand::redo()
{
    for (const auto& move : moves_) {
        network_.setActorPosition(move.actor, move.after, move.pinnedAfter);
    }
}

void MoveActorsCommand::undo()
{
    for (auto it = moves_.rbegin(); it != moves_.rend(); ++it) {
        if (it->before) {
            network_.setActorPosition(it->actor, *it->before, it->pinnedBefore);
        } else {
            // The actor had no place before: give back the model exactly as it was.
            Actor actor = *network_.actor(it->actor);
            actor.position.reset();
            actor.pinned = it->pinnedBefore;
            network_.updateActor(actor);
        }
    }
}

} // namespace speelveld::gui
