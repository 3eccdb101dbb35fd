#pragma once
// The list of changes between two networks as sentences-in-columns, in the interface language: the
// comparison window's table and `speelveld diff` print the same lines.

#include "core/Comparison.h"

#include <QString>
#include <vector>

namespace speelveld::gui {

/// One added, removed or changed actor or relation.
struct ChangeLine {
    ChangeKind change = ChangeKind::Added;
    Entity entity = Entity::Actor;
    QString changeText; ///< "added", "removed", "changed"
    QString what;       ///< "actor" or "relation"
    QString which;      ///< the actor's name, or "A → B (commissions)"
    QString details;    ///< an actor's kind, or what changed ("strength, note")
};

/// Added actors, removed actors, changed actors, then the same for relations, each in the comparison's order.
std::vector<ChangeLine> changeLines(const NetworkComparison& comparison, const Network& before, const Network& after);

/// "From “A” to “B”: 3 actors added, 1 removed, …" without the map's colour legend.
QString changeCounts(const NetworkComparison& comparison, const QString& from, const QString& to);

} // namespace speelveld::gui
