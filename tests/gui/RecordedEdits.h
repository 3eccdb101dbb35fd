#pragma once
// What the window does with a panel's edits, without the window: each request is recorded with NetworkEdit
// (so the test can undo it exactly, as the undo stack would) and kept with its undo text.

#include "core/NetworkEdit.h"
#include "gui/EditCommand.h"

#include <QStringList>
#include <vector>

namespace speelveld::test {

struct RecordedEdits {
    explicit RecordedEdits(Network& edited) : network(edited) {}

    /// The request a panel gets; a change the model refuses comes back as its message, as in the window.
    gui::EditRequest request()
    {
        return [this](const QString& text, const std::function<void(Network&)>& edit) -> std::optional<QString> {
            try {
                edits.push_back(NetworkEdit::record(network, edit));
                texts << text;
            } catch (const ModelError& error) {
                return QString::fromStdString(error.what());
            }
            return std::nullopt;
        };
    }

    /// Undoes every recorded edit, last first.
    void undoAll()
    {
        for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
            it->undo(network);
        }
    }

    Network& network;
    std::vector<NetworkEdit> edits;
    QStringList texts;
};

} // namespace speelveld::test
