#pragma once
// Editing on the canvas: add an actor where you click, connect two actors by dragging from one to the other
// and picking the relation type, delete what is selected, rename an actor in place. Every edit goes through
// the window's EditRequest, so it is one undo step; the map redraws from the model.

#include "core/Network.h"
#include "gui/EditCommand.h"

#include <QObject>
#include <QPointF>
#include <functional>
#include <optional>

class QGraphicsLineItem;
class QLineEdit;

namespace speelveld::gui {

class MapScene;
class MapView;

class MapEditor : public QObject {
    Q_OBJECT
public:
    /// What a click on the map does: select and move; add an actor; connect two actors.
    enum class Tool { Select, AddActor, Connect };

    /// Asks which relation type a new connection gets (nullopt: the user changed their mind). The default
    /// shows a menu at the mouse; tests put their own answer here.
    using TypeChooser = std::function<std::optional<RelationType>(QPoint globalPosition)>;

    MapEditor(MapView* view, MapScene* scene, std::function<const Network*()> network, EditRequest edit,
              QObject* parent = nullptr);

    Tool tool() const { return tool_; }
    void setTool(Tool tool);
    ActorKind newActorKind() const { return kind_; }
    void setNewActorKind(ActorKind kind) { kind_ = kind; }
    void setTypeChooser(TypeChooser chooser) { chooser_ = std::move(chooser); }

    /// Adds an actor of the chosen kind centred at `scenePosition` and opens its name for typing; returns
    /// its id (0 when there is no map).
    Id addActorAt(QPointF scenePosition);
    /// Adds a relation of `type` from one actor to another (domain none, strength 3).
    Id connectActors(Id from, Id to, RelationType type);
    /// Deletes the selected actors with everything that refers to them, as one undo step.
    void deleteSelection();
    /// Opens a text field over the actor to type a new name: Enter keeps it, Esc leaves the name as it was.
    void renameInPlace(Id actor);
    /// The actor selected when exactly one is (0 otherwise).
    Id selectedActor() const;
    /// The open rename field, or nullptr.
    QLineEdit* renameField() const { return renameField_; }

signals:
    void toolChanged(MapEditor::Tool tool);
    /// The user clicked on a relation's line.
    void relationClicked(Id relation);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Id actorAt(QPoint viewPosition) const;
    void finishRename(bool keep);
    void renameWhenDrawn(Id actor, int tries);
    void endConnecting();

    MapView* view_;
    MapScene* scene_;
    std::function<const Network*()> network_;
    EditRequest edit_;
    TypeChooser chooser_;
    Tool tool_ = Tool::Select;
    ActorKind kind_ = ActorKind::Provider;
    Id connectFrom_ = 0;
    QGraphicsLineItem* rubberLine_ = nullptr;
    QLineEdit* renameField_ = nullptr;
    Id renaming_ = 0;
};

} // namespace speelveld::gui
