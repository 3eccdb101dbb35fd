#pragma once
// The canvas's scene: one item per actor, relation and group, drawn from a Drawing. The canvas and every
// export render this same scene, so what the window shows is what the file holds.

#include "core/Network.h"
#include "layouts/Drawing.h"

#include <QColor>
#include <QGraphicsScene>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace speelveld::gui {

class ActorItem;
class GroupItem;
class RelationItem;

class MapScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit MapScene(QObject* parent = nullptr);

    /// The sizes actors will be drawn at (their names measured in the map font); layouts get these.
    static std::unordered_map<Id, Size> measureActors(const Network& network);

    /// Replaces the scene's items with the network drawn as `drawing`.
    void showDrawing(const Network& network, const Drawing& drawing);

    /// Follows a change of one actor in the model (position, name, kind): moves its item and its relations.
    void actorChanged(const Actor& actor);

    /// The items, by model id (nullptr when absent).
    ActorItem* actorItem(Id actor) const;
    RelationItem* relationItem(Id relation) const;
    std::size_t actorItemCount() const { return actors_.size(); }

    /// Where the items are (for exports): the drawing's bounds, followed through drags.
    QRectF mapRect() const;

    /// Called by an ActorItem while it is dragged: its relations and clusters follow.
    void actorItemMoved(ActorItem* item);

    /// Binds the actors' size (a factor, 1 = as laid out) and fill colour to a measure; actors missing from a
    /// map keep their own. Empty maps: everything as laid out. Kept across new drawings.
    void setMeasureStyle(std::unordered_map<Id, qreal> scales, std::unordered_map<Id, QColor> fills);

    /// "Show me": these actors and relations stand out and everything else fades, staying in place.
    /// Kept across new drawings until cleared.
    void spotlight(const std::vector<Id>& actors, const std::vector<Id>& relations);
    void clearSpotlight();
    bool isSpotlit() const { return spotlit_; }
    /// The scene area of the spotlit items (empty when nothing is spotlit).
    QRectF spotlightRect() const;

signals:
    /// The user finished dragging these actors to these centres (the model is not changed yet).
    void actorsDragged(const QList<QPair<qint64, QPointF>>& moves);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void rerouteRelationsOf(Id actor);
    void reroute(const Relation& relation, RelationItem* item);
    void refitClusters();
    NodeDrawing shownNode(std::size_t index) const;
    void applyMeasureStyle(bool reroute);
    void applySpotlight();

    const Network* network_ = nullptr;
    Drawing drawing_;
    std::unordered_map<Id, ActorItem*> actors_;
    std::unordered_map<Id, RelationItem*> relations_;
    std::unordered_map<Id, GroupItem*> groups_;
    std::unordered_multimap<Id, Id> relationsOfActor_;
    std::unordered_map<Id, std::size_t> nodeIndex_;
    std::unordered_map<Id, std::size_t> edgeIndex_;
    std::unordered_map<Id, QPointF> dragStart_;
    std::vector<Point> laidOut_; ///< the centres the drawing came with, to know which routes still fit
    std::unordered_map<Id, qreal> scales_;
    std::unordered_map<Id, QColor> fills_;
    bool spotlit_ = false;
    std::unordered_set<Id> spotActors_, spotRelations_;
    bool following_ = false; ///< true while items are moved by the model, so no drag is reported
};

} // namespace speelveld::gui
