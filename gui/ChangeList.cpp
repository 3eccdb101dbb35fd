#include "ChangeList.h"

#include "gui/Labels.h"
#include "gui/TranslationContexts.h"

#include <QCoreApplication>
#include <QStringList>
#include <map>

namespace speelveld::gui {
namespace {

/// The Speelveld JSON field keys of a change, in the interface language.
QString fieldsText(const std::vector<std::string>& fields)
{
    static const std::map<std::string, const char*> names{
        {"name", QT_TRANSLATE_NOOP("Changes", "name")},
        {"kind", QT_TRANSLATE_NOOP("Changes", "kind")},
        {"description", QT_TRANSLATE_NOOP("Changes", "description")},
        {"tags", QT_TRANSLATE_NOOP("Changes", "tags")},
        {"attributes", QT_TRANSLATE_NOOP("Changes", "attributes")},
        {"roles", QT_TRANSLATE_NOOP("Changes", "roles")},
        {"source", QT_TRANSLATE_NOOP("Changes", "from")},
        {"target", QT_TRANSLATE_NOOP("Changes", "to")},
        {"type", QT_TRANSLATE_NOOP("Changes", "type")},
        {"domain", QT_TRANSLATE_NOOP("Changes", "domain")},
        {"strength", QT_TRANSLATE_NOOP("Changes", "strength")},
        {"trust", QT_TRANSLATE_NOOP("Changes", "trust")},
        {"basis", QT_TRANSLATE_NOOP("Changes", "formal basis")},
        {"steering", QT_TRANSLATE_NOOP("Changes", "steering")},
        {"financing", QT_TRANSLATE_NOOP("Changes", "financing")},
        {"valid_from", QT_TRANSLATE_NOOP("Changes", "valid from")},
        {"valid_to", QT_TRANSLATE_NOOP("Changes", "valid until")},
        {"note", QT_TRANSLATE_NOOP("Changes", "note")},
    };
    QStringList words;
    for (const auto& field : fields) {
        const auto it = names.find(field);
        words << (it != names.end() ? Changes::tr(it->second) : QString::fromStdString(field));
    }
    return words.join(QStringLiteral(", "));
}

} // namespace

std::vector<ChangeLine> changeLines(const NetworkComparison& comparison, const Network& before, const Network& after)
{
    // A relation's ends may exist on one side only (an actor added or removed with it).
    auto actorName = [&](Id id) {
        const Actor* actor = after.actor(id) != nullptr ? after.actor(id) : before.actor(id);
        return actor != nullptr ? QString::fromStdString(actor->name) : QString::number(id);
    };
    auto relationText = [&](const Relation& relation) -> QString {
        return actorName(relation.source) +
               (isDirected(relation.type) ? QStringLiteral(" → ") : QStringLiteral(" ↔ ")) +
               actorName(relation.target) + QStringLiteral(" (") + label(relation.type) + QLatin1Char(')');
    };
    std::vector<ChangeLine> lines;
    const QString added = Changes::tr("added");
    const QString removed = Changes::tr("removed");
    const QString changed = Changes::tr("changed");
    const QString actorWord = Changes::tr("actor");
    const QString relationWord = Changes::tr("relation");
    auto name = [](const Actor* actor) { return QString::fromStdString(actor->name); };
    for (Id id : comparison.addedActors) {
        lines.push_back(
            {ChangeKind::Added, Entity::Actor, added, actorWord, name(after.actor(id)), label(after.actor(id)->kind)});
    }
    for (Id id : comparison.removedActors) {
        lines.push_back({ChangeKind::Removed, Entity::Actor, removed, actorWord, name(before.actor(id)),
                         label(before.actor(id)->kind)});
    }
    for (const auto& change : comparison.changedActors) {
        lines.push_back({ChangeKind::Changed, Entity::Actor, changed, actorWord, name(after.actor(change.after)),
                         fieldsText(change.fields)});
    }
    for (Id id : comparison.addedRelations) {
        lines.push_back(
            {ChangeKind::Added, Entity::Relation, added, relationWord, relationText(*after.relation(id)), {}});
    }
    for (Id id : comparison.removedRelations) {
        lines.push_back(
            {ChangeKind::Removed, Entity::Relation, removed, relationWord, relationText(*before.relation(id)), {}});
    }
    for (const auto& change : comparison.changedRelations) {
        lines.push_back({ChangeKind::Changed, Entity::Relation, changed, relationWord,
                         relationText(*after.relation(change.after)), fieldsText(change.fields)});
    }
    return lines;
}

QString changeCounts(const NetworkComparison& comparison, const QString& from, const QString& to)
{
    return Changes::tr("From “%1” to “%2”: %3 actors added, %4 removed, %5 changed; %6 relations added, %7 removed, %8 "
                       "changed.")
        .arg(from, to)
        .arg(comparison.addedActors.size())
        .arg(comparison.removedActors.size())
        .arg(comparison.changedActors.size())
        .arg(comparison.addedRelations.size())
        .arg(comparison.removedRelations.size())
        .arg(comparison.changedRelations.size());
}

} // namespace speelveld::gui
