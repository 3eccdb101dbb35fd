#pragma once
// The canvas's scene: one item per actor and group, and the relations drawn together by two layers (no item
// per relation: at 100,000 relations those make every frame and every drag stall). Drawn from a Drawing.
// The canvas and every export render this same scene, so what the window shows is what the file holds.

#include "core/Network.h"
#include "gui/RelationSet.h"
#include "gui/ThinLines.h"
#include "layouts/Drawing.h"

#include <QColor>
#include <QGraphicsScene>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace speelveld::gui {

class ActorItem;
class GroupItem;
class RelationLayer;

class MapScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit MapScene(QObject* parent = nullptr);
    ~MapScene() override;

    /// The sizes actors will be drawn at (their names measured in the map font); layouts get these.
    static std::unordered_map<Id, Size> measureActors(const Network& network);

    /// Replaces the scene's items with the network drawn as `drawing`.
    void showDrawing(const Network& network, const Drawing& drawing);
    /// Shows `drawing` of the network the scene shows already, changing only the items and relations that
    /// differ from what is on the map (a new drawing of 10,000 actors took half a second per edit); other
    /// networks get showDrawing. The result looks as showDrawing would make it.
    void updateDrawing(const Network& network, Drawing drawing);
    /// Follows the model after an edit: the drawing from the actors' stored places (straight relations),
    /// shown with updateDrawing; names are measured again only where they changed. False when an actor has
    /// no place yet (a layout is needed): the scene then stays as it was.
    bool followModel(const Network& network);

    /// Follows a change of one actor in the model (position, name, kind): moves its item and its relations.
    void actorChanged(const Actor& actor);

    /// The actor's item, by model id (nullptr when absent).
    ActorItem* actorItem(Id actor) const;
    std::size_t actorItemCount() const { return actors_.size(); }
    /// The actors selected on the map, in the scene's order.
    std::vector<Id> selectedActors() const;

    /// The line a relation is drawn along, in scene coordinates (nullopt when it is not on the map).
    std::optional<QPainterPath> relationPath(Id relation) const;
    std::size_t relationCount() const { return relations_.entries().size(); }
    /// Whether a relation on the map is drawn at all (see setShownOnly), and whether faint ("show me").
    bool isRelationShown(Id relation) const;
    bool isRelationFaded(Id relation) const;
    /// The colour of the band under a lit relation (nullopt when it is not lit or not on the map).
    std::optional<QColor> relationBand(Id relation) const;
    /// The shown relation drawn within `tolerance` (scene units) of a scene point, topmost first.
    std::optional<Id> relationAt(QPointF scenePos, qreal tolerance = 4) const;

    /// Where the items are (for exports): the drawing's bounds, followed through drags.
    QRectF mapRect() const;

    /// Called by an ActorItem while it is dragged: its relations and clusters follow.
    void actorItemMoved(ActorItem* item);

    /// Binds the actors' size (a factor, 1 = as laid out) and fill colour to a measure; actors missing from a
    /// map keep their own. Empty maps: everything as laid out. Kept across new drawings.
    void setMeasureStyle(std::unordered_map<Id, qreal> scales, std::unordered_map<Id, QColor> fills);

    /// "Show me": these actors and relations stand out and everything else fades, staying in place.
    /// `bands` gives a lit relation its own band colour instead of the spotlight's (a comparison marks added,
    /// removed and changed relations apart). Kept across new drawings until cleared.
    void spotlight(const std::vector<Id>& actors, const std::vector<Id>& relations,
                   std::unordered_map<Id, QColor> bands = {});
    void clearSpotlight();
    bool isSpotlit() const { return spotlit_; }
    /// The scene area of the spotlit items that are shown (empty when nothing is spotlit).
    QRectF spotlightRect() const;

    /// Presentation mode: only these actors and relations are drawn at all (nullopt: all of them). A relation
    /// is drawn only while both its actors are, a group while one of its members is. Hidden wins over the
    /// spotlight. Kept across new drawings.
    void setShownOnly(std::optional<std::unordered_set<Id>> actors, std::optional<std::unordered_set<Id>> relations);
    bool isActorShown(Id actor) const;
    /// A filter: actors and relations outside these sets fade (nullopt: none fades), staying in place.
    /// Independent of "show me", which fades what it does not pick out as well. Kept across new drawings.
    void setKept(std::optional<std::unordered_set<Id>> actors, std::optional<std::unordered_set<Id>> relations);
    bool isActorFaded(Id actor) const;

    /// What the scene shows now, so presentation mode can put it back exactly as it was when it ends.
    const Drawing& drawing() const { return drawing_; }
    const std::optional<std::unordered_set<Id>>& shownActors() const { return shownActors_; }
    const std::optional<std::unordered_set<Id>>& shownRelations() const { return shownRelations_; }
    const std::unordered_set<Id>& spotlitActors() const { return spotActors_; }
    const std::unordered_set<Id>& spotlitRelations() const { return spotRelations_; }

    /// The scale the canvas shows the scene at (MapView says so before it paints). On a large map, actors that
    /// are mere blocks at that scale are drawn into the relation picture instead of by their items, which stay
    /// for the mouse; so are group boxes too small to show their names. 0 (the start): every item draws itself, as
    /// exports need (MapExporter sets it so).
    void setViewScale(qreal scale);
    qreal viewScale() const { return viewScale_; }

signals:
    /// The user finished dragging these actors to these centres (the model is not changed yet).
    void actorsDragged(const QList<QPair<qint64, QPointF>>& moves);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    /// Tooltips of relations, found by geometry (actors have their own).
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    void rerouteRelationsOf(Id actor, bool lift);
    void reroute(RelationEntry& entry);
    void refitClusters();
    void refitCluster(Id group, GroupItem* item);
    void relationsChanged(bool settled, bool lifted);
    void settleLifted();
    NodeDrawing shownNode(std::size_t index) const;
    void applyMeasureStyle(bool reroute);
    void applyLooks();
    void applyViewScale();
    void collectPictureItems(const QRectF& area, PictureItems& items) const;
    /// Whether a member of the group is being dragged (its box then changes at every move).
    bool hasLiftedMember(Id group) const;
    void paintPictureActors(QPainter& painter, const QRectF& area) const;
    void startDragPicture();
    void invalidatePictureOf(const ActorItem* item);
    void indexDrawing();
    void updateActors(const Network& network);
    void updateRelations(const Network& network, const Drawing& drawing);
    void rebuildGroups(const Network& network);
    void finishDrawing();

    const Network* network_ = nullptr;
    Drawing drawing_;
    std::unordered_map<Id, ActorItem*> actors_;
    std::vector<ActorItem*> actorOrder_; ///< as added, so the picture stacks blocks as the items stack
    RelationSet relations_;
    RelationLayer* settled_ = nullptr; ///< relations not being dragged, from a cached picture
    RelationLayer* lifted_ = nullptr;  ///< relations of actors being dragged, drawn over it
    std::unordered_map<Id, GroupItem*> groups_;
    std::unordered_multimap<Id, Id> relationsOfActor_;
    std::unordered_multimap<Id, Id> groupsOfActor_;
    std::unordered_map<Id, std::size_t> nodeIndex_;
    std::unordered_map<Id, std::size_t> edgeIndex_;
    std::unordered_map<Id, QPointF> dragStart_;
    std::vector<Point> laidOut_; ///< the centres the drawing came with, to know which routes still fit
    std::unordered_map<Id, qreal> scales_;
    std::unordered_map<Id, QColor> fills_;
    bool spotlit_ = false;
    std::unordered_set<Id> spotActors_, spotRelations_;
    std::unordered_map<Id, QColor> spotBands_;
    std::optional<std::unordered_set<Id>> shownActors_, shownRelations_;
    std::optional<std::unordered_set<Id>> keptActors_, keptRelations_;
    bool following_ = false;  ///< true while items are moved by the model, so no drag is reported
    bool rebuilding_ = false; ///< true while updateDrawing brings the items in line with a new drawing
    qreal viewScale_ = 0;
    /// Below this view scale every actor is a block and every group box a fill (0: not known, since an actor
    /// changed). Found by applyViewScale, which need not look at 10,000 items again while both the old and the
    /// new scale are below it (~2 ms a frame at the overview).
    qreal allBlocksBelow_ = 0;
    std::unordered_set<Id> liftedActors_; ///< dragged actors taken out of the picture until the drag ends
    bool dragPicture_ = false; ///< a drag is on: the picture holds every other actor, in full where not a block
    /// Actor sizes measured for followModel, with the name and kind they were measured for.
    std::unordered_map<Id, std::pair<std::pair<std::string, ActorKind>, Size>> measured_;
};

} // namespace speelveld::gui
