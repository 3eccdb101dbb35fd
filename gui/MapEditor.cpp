#include "MapEditor.h"

#include "gui/ActorItem.h"
#include "gui/Labels.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "gui/Theme.h"

#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPen>
#include <QTimer>

namespace speelveld::gui {

MapEditor::MapEditor(MapView* view, MapScene* scene, std::function<const Network*()> network, EditRequest edit,
                     QObject* parent)
    : QObject(parent), view_(view), scene_(scene), network_(std::move(network)), edit_(std::move(edit))
{
    chooser_ = [this](QPoint at) -> std::optional<RelationType> {
        QMenu menu(view_);
        menu.setToolTipsVisible(true);
        menu.addSection(tr("Relation type"));
        for (RelationType type : allRelationTypes()) {
            menu.addAction(label(type))->setData(static_cast<int>(type));
        }
        const QAction* chosen = menu.exec(at);
        if (chosen == nullptr) {
            return std::nullopt;
        }
        return static_cast<RelationType>(chosen->data().toInt());
    };
    view_->viewport()->installEventFilter(this);
}

void MapEditor::setTool(Tool tool)
{
    if (tool == tool_) {
        return;
    }
    tool_ = tool;
    endConnecting();
    // Panning by dragging the background belongs to selecting; the other tools use the drag themselves.
    view_->setDragMode(tool == Tool::Select ? QGraphicsView::ScrollHandDrag : QGraphicsView::NoDrag);
    view_->viewport()->setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    emit toolChanged(tool);
}

Id MapEditor::actorAt(QPoint viewPosition) const
{
    for (QGraphicsItem* item : view_->items(viewPosition)) {
        for (QGraphicsItem* walk = item; walk != nullptr; walk = walk->parentItem()) {
            if (auto* actor = qgraphicsitem_cast<ActorItem*>(walk)) {
                return actor->actorId();
            }
        }
    }
    return 0;
}

Id MapEditor::selectedActor() const
{
    const std::vector<Id> selected = scene_->selectedActors();
    return selected.size() == 1 ? selected.front() : 0;
}

Id MapEditor::addActorAt(QPointF scenePosition)
{
    if (network_() == nullptr) {
        return 0;
    }
    Actor actor;
    actor.kind = kind_;
    actor.name = tr("New %1").arg(label(kind_)).toStdString();
    actor.position = Point{scenePosition.x(), scenePosition.y()};
    actor.pinned = true; // placed by hand: later layouts keep it here
    Id added = 0;
    edit_(tr("Add “%1”").arg(qs(actor.name)), [&](Network& network) { added = network.addActor(actor); });
    if (added != 0) {
        renameWhenDrawn(added, 10);
    }
    return added;
}

Id MapEditor::connectActors(Id from, Id to, RelationType type)
{
    const Network* network = network_();
    if (network == nullptr || network->actor(from) == nullptr || network->actor(to) == nullptr) {
        return 0;
    }
    Relation relation;
    relation.source = from;
    relation.target = to;
    relation.type = type;
    Id added = 0;
    edit_(tr("Connect “%1” to “%2”").arg(qs(network->actor(from)->name), qs(network->actor(to)->name)),
          [&](Network& edited) { added = edited.addRelation(relation); });
    return added;
}

void MapEditor::deleteSelection()
{
    const Network* network = network_();
    if (network == nullptr) {
        return;
    }
    const std::vector<Id> doomed = scene_->selectedActors();
    if (doomed.empty()) {
        return;
    }
    const QString text = doomed.size() == 1 ? tr("Delete “%1”").arg(qs(network->actor(doomed.front())->name))
                                            : tr("Delete %n actor(s)", nullptr, static_cast<int>(doomed.size()));
    edit_(text, [&doomed](Network& edited) {
        for (Id id : doomed) {
            if (edited.actor(id) != nullptr) {
                edited.removeActor(id);
            }
        }
    });
}

void MapEditor::renameInPlace(Id actor)
{
    const Network* network = network_();
    ActorItem* item = scene_->actorItem(actor);
    if (network == nullptr || network->actor(actor) == nullptr || item == nullptr) {
        return;
    }
    finishRename(true);
    renaming_ = actor;
    renameField_ = new QLineEdit(view_->viewport());
    renameField_->setObjectName(QStringLiteral("renameInPlace"));
    renameField_->setText(qs(network->actor(actor)->name));
    renameField_->selectAll();
    QFont font = renameField_->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    renameField_->setFont(font);
    const QPoint centre = view_->mapFromScene(item->sceneBoundingRect().center());
    const int width = std::max(220, view_->mapFromScene(item->sceneBoundingRect()).boundingRect().width());
    renameField_->resize(width, renameField_->sizeHint().height());
    renameField_->move(centre - QPoint(width / 2, renameField_->height() / 2));
    renameField_->installEventFilter(this);
    connect(renameField_, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    renameField_->show();
    renameField_->setFocus();
}

void MapEditor::renameWhenDrawn(Id actor, int tries)
{
    // The map draws a new actor once the edit's notifications are handled (a moment later); name it then.
    QTimer::singleShot(0, this, [this, actor, tries] {
        if (scene_->actorItem(actor) != nullptr) {
            renameInPlace(actor);
        } else if (tries > 0) {
            renameWhenDrawn(actor, tries - 1);
        }
    });
}

void MapEditor::finishRename(bool keep)
{
    if (renameField_ == nullptr) {
        return;
    }
    QLineEdit* field = renameField_;
    renameField_ = nullptr; // first: the commit below redraws, and focus-out must not commit twice
    const Id actor = renaming_;
    renaming_ = 0;
    const QString name = field->text().trimmed();
    field->hide();
    field->deleteLater();
    view_->setFocus();
    const Network* network = network_();
    if (!keep || name.isEmpty() || network == nullptr || network->actor(actor) == nullptr ||
        qs(network->actor(actor)->name) == name) {
        return;
    }
    Actor renamed = *network->actor(actor);
    renamed.name = name.toStdString();
    edit_(tr("Rename to “%1”").arg(name), [&renamed](Network& edited) { edited.updateActor(renamed); });
}

void MapEditor::endConnecting()
{
    connectFrom_ = 0;
    if (rubberLine_ != nullptr) {
        scene_->removeItem(rubberLine_);
        delete rubberLine_;
        rubberLine_ = nullptr;
    }
}

bool MapEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == renameField_) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            finishRename(true);
        }
        return false;
    }
    if (watched != view_->viewport()) {
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton) {
            return false;
        }
        const QPoint at = mouse->position().toPoint();
        const Id actor = actorAt(at);
        if (tool_ == Tool::AddActor && actor == 0) {
            addActorAt(view_->mapToScene(at));
            return true;
        }
        if (tool_ == Tool::Select && actor == 0) {
            // A click on a relation's line picks it (for the properties panel); the press still pans.
            const qreal tolerance = 5 / std::max<qreal>(view_->transform().m11(), 0.01);
            if (const auto relation = scene_->relationAt(view_->mapToScene(at), tolerance)) {
                emit relationClicked(*relation);
            }
            return false;
        }
        // Connect: with the connect tool, or Shift-drag from an actor with any tool.
        if (actor != 0 && (tool_ == Tool::Connect || (mouse->modifiers() & Qt::ShiftModifier))) {
            connectFrom_ = actor;
            const QPointF start = scene_->actorItem(actor)->sceneBoundingRect().center();
            rubberLine_ = scene_->addLine(QLineF(start, start), QPen(spotlightColour(), 2, Qt::DashLine));
            rubberLine_->setZValue(10);
            return true;
        }
        return false;
    }
    case QEvent::MouseMove:
        if (rubberLine_ != nullptr) {
            const QPointF end = view_->mapToScene(static_cast<QMouseEvent*>(event)->position().toPoint());
            rubberLine_->setLine(QLineF(rubberLine_->line().p1(), end));
            return true;
        }
        return false;
    case QEvent::MouseButtonRelease:
        if (connectFrom_ != 0) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            const Id from = connectFrom_;
            const Id to = actorAt(mouse->position().toPoint());
            endConnecting();
            if (to != 0 && to != from) {
                if (const auto type = chooser_(mouse->globalPosition().toPoint())) {
                    connectActors(from, to, *type);
                }
            }
            return true;
        }
        return false;
    case QEvent::MouseButtonDblClick: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const Id actor = actorAt(mouse->position().toPoint());
        if (actor != 0) {
            renameInPlace(actor);
        } else {
            addActorAt(view_->mapToScene(mouse->position().toPoint()));
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace speelveld::gui
