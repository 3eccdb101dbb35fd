#include "MapScene.h"

#include "gui/ActorItem.h"
#include "gui/GroupItem.h"
#include "gui/RelationLayer.h"
#include "gui/Theme.h"
#include "layouts/Layout.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QToolTip>

namespace speelveld::gui {

namespace {
constexpr qreal kLabelWrapWidth = 150;
constexpr qreal kPaddingX = 16;
constexpr qreal kPaddingY = 10;

Size measureActor(const QFontMetricsF& metrics, const Actor& actor)
{
    const QRectF text = metrics.boundingRect(QRectF(0, 0, kLabelWrapWidth, 1000), Qt::AlignCenter | Qt::TextWordWrap,
                                             QString::fromStdString(actor.name));
    const QSizeF allowance = shapeAllowance(styleFor(actor.kind).shape);
    const qreal width = std::max<qreal>(60, (text.width() + kPaddingX) * allowance.width());
    const qreal height = std::max<qreal>(30, (text.height() + kPaddingY) * allowance.height());
    return {std::ceil(width), std::ceil(height)};
}

bool sameRoute(const EdgeDrawing& a, const EdgeDrawing& b) { return a.path == b.path && a.arrowTip == b.arrowTip; }
} // namespace

MapScene::MapScene(QObject* parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(backgroundColour());
    // Items move when dragged; a BSP index would be rebuilt on every move (PITFALLS: "no BSP index for
    // items that move").
    setItemIndexMethod(NoIndex);
}

// The layers draw from relations_: they must go before it does.
MapScene::~MapScene() { clear(); }

std::unordered_map<Id, Size> MapScene::measureActors(const Network& network)
{
    const QFontMetricsF metrics(mapFont());
    std::unordered_map<Id, Size> sizes;
    sizes.reserve(network.actors().size());
    for (const auto& actor : network.actors()) {
        sizes[actor.id] = measureActor(metrics, actor);
    }
    return sizes;
}

bool MapScene::followModel(const Network& network)
{
    const QFontMetricsF metrics(mapFont());
    LayoutOptions options;
    options.nodeSizes.reserve(network.actors().size());
    decltype(measured_) measured;
    measured.reserve(network.actors().size());
    for (const auto& actor : network.actors()) {
        auto key = std::make_pair(actor.name, actor.kind);
        const auto known = measured_.find(actor.id);
        const Size size = known != measured_.end() && known->second.first == key ? known->second.second
                                                                                 : measureActor(metrics, actor);
        options.nodeSizes[actor.id] = size;
        measured.emplace(actor.id, std::make_pair(std::move(key), size));
    }
    measured_ = std::move(measured);
    auto drawing = drawingFromPositions(network, options);
    if (!drawing) {
        return false;
    }
    updateDrawing(network, std::move(*drawing));
    return true;
}

void MapScene::showDrawing(const Network& network, const Drawing& drawing)
{
    clear();
    settled_ = nullptr;
    lifted_ = nullptr;
    actors_.clear();
    actorOrder_.clear();
    liftedActors_.clear();
    dragPicture_ = false;
    groups_.clear();
    relationsOfActor_.clear();
    groupsOfActor_.clear();
    nodeIndex_.clear();
    edgeIndex_.clear();
    network_ = &network;
    drawing_ = drawing;
    following_ = true;
    for (std::size_t i = 0; i < drawing_.nodes.size(); ++i) {
        const NodeDrawing& node = drawing_.nodes[i];
        const Actor* actor = network.actor(node.actor);
        if (actor == nullptr) {
            continue;
        }
        auto* item = new ActorItem(*actor, node.size);
        item->setPos(node.centre.x, node.centre.y);
        addItem(item);
        actors_[node.actor] = item;
        actorOrder_.push_back(item);
        nodeIndex_[node.actor] = i;
    }
    relations_.reset(network, drawing_);
    for (const auto& entry : relations_.entries()) {
        relationsOfActor_.emplace(entry.source, entry.id);
        if (entry.target != entry.source) {
            relationsOfActor_.emplace(entry.target, entry.id);
        }
    }
    settled_ = new RelationLayer(relations_, RelationLayer::Part::Settled);
    settled_->setBlockSource([this](const QRectF& area, PictureItems& items) { collectPictureItems(area, items); });
    settled_->setActorPainter([this](QPainter& painter, const QRectF& area) { paintPictureActors(painter, area); });
    lifted_ = new RelationLayer(relations_, RelationLayer::Part::Lifted);
    addItem(settled_);
    addItem(lifted_);
    rebuildGroups(network);
    indexDrawing();
    following_ = false;
    finishDrawing();
}

void MapScene::updateDrawing(const Network& network, Drawing drawing)
{
    if (network_ != &network || settled_ == nullptr) {
        showDrawing(network, drawing);
        return;
    }
    following_ = true;
    rebuilding_ = true;
    updateRelations(network, drawing); // compares with the drawing shown so far: first
    drawing_ = std::move(drawing);     // not a copy: 100,000 routes are as many allocations
    updateActors(network);
    rebuildGroups(network);
    indexDrawing();
    rebuilding_ = false;
    following_ = false;
    finishDrawing();
}

void MapScene::updateRelations(const Network& network, const Drawing& drawing)
{
    // A shape still fits when the route is the one it was made from: the same as before, between actors that
    // neither a drag nor a measure's scale moved off the drawing's route (see reroute).
    auto asLaidOut = [this](Id actor) {
        const auto index = nodeIndex_.find(actor);
        return index != nodeIndex_.end() && drawing_.nodes[index->second].centre == laidOut_[index->second] &&
               !scales_.contains(actor);
    };
    const RelationSet::Changes changes =
        relations_.update(network, drawing, [&](const RelationEntry& entry, const EdgeDrawing& route) {
            const auto edge = edgeIndex_.find(entry.id);
            return edge != edgeIndex_.end() && sameRoute(drawing_.edges[edge->second], route) &&
                   asLaidOut(entry.source) && asLaidOut(entry.target);
        });
    for (const RelationEntry& gone : changes.removed) {
        for (Id end : {gone.source, gone.target}) {
            auto [begin, last] = relationsOfActor_.equal_range(end);
            for (auto it = begin; it != last; ++it) {
                if (it->second == gone.id) {
                    relationsOfActor_.erase(it);
                    break;
                }
            }
        }
    }
    for (Id added : changes.added) {
        const RelationEntry& entry = *relations_.find(added);
        relationsOfActor_.emplace(entry.source, entry.id);
        if (entry.target != entry.source) {
            relationsOfActor_.emplace(entry.target, entry.id);
        }
    }
}

void MapScene::updateActors(const Network& network)
{
    std::unordered_set<Id> shown;
    shown.reserve(drawing_.nodes.size());
    std::vector<std::size_t> made; // places in actorOrder_ of new items
    actorOrder_.clear();
    nodeIndex_.clear();
    for (std::size_t i = 0; i < drawing_.nodes.size(); ++i) {
        const NodeDrawing& node = drawing_.nodes[i];
        const Actor* actor = network.actor(node.actor);
        if (actor == nullptr) {
            continue;
        }
        ActorItem* item = actorItem(node.actor);
        if (item == nullptr) {
            item = new ActorItem(*actor, node.size);
            item->setPos(node.centre.x, node.centre.y);
            addItem(item);
            actors_[node.actor] = item;
            made.push_back(actorOrder_.size());
        } else {
            if (!item->shows(*actor)) {
                item->setActor(*actor);
            }
            item->setSize(node.size);
            if (item->pos() != QPointF(node.centre.x, node.centre.y)) {
                item->setPos(node.centre.x, node.centre.y);
            }
        }
        actorOrder_.push_back(item);
        nodeIndex_[node.actor] = i;
        shown.insert(node.actor);
    }
    // A new item goes on top; one that comes back (an undone delete) is stacked where a fresh drawing has it,
    // from the last back, so each goes under a follower that is already in place.
    for (auto place = made.rbegin(); place != made.rend(); ++place) {
        if (*place + 1 < actorOrder_.size()) {
            actorOrder_[*place]->stackBefore(actorOrder_[*place + 1]);
        }
    }
    for (auto it = actors_.begin(); it != actors_.end();) {
        if (shown.contains(it->first)) {
            ++it;
            continue;
        }
        liftedActors_.erase(it->first);
        dragStart_.erase(it->first);
        delete it->second; // leaves the scene
        it = actors_.erase(it);
    }
}

void MapScene::rebuildGroups(const Network& network)
{
    for (const auto& [id, item] : groups_) {
        delete item;
    }
    groups_.clear();
    groupsOfActor_.clear();
    for (const auto& cluster : drawing_.clusters) {
        if (const Group* group = network.group(cluster.group)) {
            auto* item = new GroupItem(*group, cluster);
            addItem(item);
            groups_[cluster.group] = item;
            for (Id member : group->members) {
                groupsOfActor_.emplace(member, cluster.group);
            }
        }
    }
}

void MapScene::indexDrawing()
{
    // In place, and then without the relations that left: rebuilt, it was 100,000 allocations per edit.
    for (std::size_t i = 0; i < drawing_.edges.size(); ++i) {
        edgeIndex_[drawing_.edges[i].relation] = i;
    }
    if (edgeIndex_.size() != drawing_.edges.size()) {
        std::erase_if(edgeIndex_, [this](const auto& item) {
            return item.second >= drawing_.edges.size() || drawing_.edges[item.second].relation != item.first;
        });
    }
    laidOut_.clear();
    for (const auto& node : drawing_.nodes) {
        laidOut_.push_back(node.centre);
    }
}

void MapScene::finishDrawing()
{
    applyMeasureStyle(!scales_.empty());
    applyLooks();
    applyViewScale();
    setSceneRect(mapRect().adjusted(-200, -200, 200, 200));
}

void MapScene::setMeasureStyle(std::unordered_map<Id, qreal> scales, std::unordered_map<Id, QColor> fills)
{
    const bool rescaled = !scales_.empty() || !scales.empty();
    scales_ = std::move(scales);
    fills_ = std::move(fills);
    applyMeasureStyle(rescaled);
}

void MapScene::applyMeasureStyle(bool reroute)
{
    for (const auto& [id, item] : actors_) {
        const auto scale = scales_.find(id);
        item->setScale(scale == scales_.end() ? 1.0 : scale->second);
        const auto fill = fills_.find(id);
        item->setMeasureFill(fill == fills_.end() ? std::nullopt : std::optional<QColor>(fill->second));
    }
    applyViewScale(); // sizes changed; and the picture's blocks have new colours
    if (settled_ != nullptr) {
        settled_->invalidateCache();
    }
    if (network_ == nullptr || !reroute) {
        return;
    }
    for (auto& entry : relations_.entries()) {
        this->reroute(entry);
    }
    relationsChanged(true, true);
    refitClusters();
}

void MapScene::spotlight(const std::vector<Id>& actors, const std::vector<Id>& relations,
                         std::unordered_map<Id, QColor> bands)
{
    spotlit_ = true;
    spotActors_ = {actors.begin(), actors.end()};
    spotRelations_ = {relations.begin(), relations.end()};
    spotBands_ = std::move(bands);
    applyLooks();
}

void MapScene::clearSpotlight()
{
    spotlit_ = false;
    spotActors_.clear();
    spotRelations_.clear();
    spotBands_.clear();
    applyLooks();
}

void MapScene::setKept(std::optional<std::unordered_set<Id>> actors, std::optional<std::unordered_set<Id>> relations)
{
    keptActors_ = std::move(actors);
    keptRelations_ = std::move(relations);
    applyLooks();
}

bool MapScene::isActorFaded(Id actor) const
{
    return (spotlit_ && !spotActors_.contains(actor)) || (keptActors_ && !keptActors_->contains(actor));
}

void MapScene::setShownOnly(std::optional<std::unordered_set<Id>> actors,
                            std::optional<std::unordered_set<Id>> relations)
{
    shownActors_ = std::move(actors);
    shownRelations_ = std::move(relations);
    applyLooks();
}

bool MapScene::isActorShown(Id actor) const { return !shownActors_ || shownActors_->contains(actor); }

void MapScene::setViewScale(qreal scale)
{
    if (scale != viewScale_) {
        // Nothing changes when everything was a block and stays one (and no drag took any out of the picture).
        const bool same = viewScale_ > 0 && scale > 0 && viewScale_ < allBlocksBelow_ && scale < allBlocksBelow_ &&
                          !dragPicture_ && liftedActors_.empty();
        viewScale_ = scale;
        if (!same) {
            applyViewScale();
        }
    }
}

void MapScene::applyViewScale()
{
    const bool pictured = viewScale_ > 0 && settled_ != nullptr && settled_->keepsPicture();
    bool changed = false;
    allBlocksBelow_ = pictured ? GroupItem::fillOnlyBelowScale() : 0;
    for (ActorItem* item : actorOrder_) {
        allBlocksBelow_ = std::min(allBlocksBelow_, item->blockBelowScale());
        const bool inPicture =
            pictured && (dragPicture_ || item->isBlockAt(viewScale_)) && !liftedActors_.contains(item->actorId());
        if (inPicture != item->isInPicture()) {
            item->setInPicture(inPicture);
            changed = true;
        }
    }
    for (const auto& [id, item] : groups_) {
        const bool inPicture = pictured && item->isFillOnlyAt(viewScale_) && !hasLiftedMember(id);
        if (inPicture != item->isInPicture()) {
            item->setInPicture(inPicture);
            changed = true;
        }
    }
    if (changed) {
        settled_->invalidateCache();
    }
}

bool MapScene::hasLiftedMember(Id group) const
{
    if (liftedActors_.empty() || network_ == nullptr) {
        return false;
    }
    const Group* found = network_->group(group);
    return found != nullptr && std::any_of(found->members.begin(), found->members.end(),
                                           [&](Id member) { return liftedActors_.contains(member); });
}

void MapScene::collectPictureItems(const QRectF& area, PictureItems& items) const
{
    items.actorsInFull = dragPicture_;
    for (const auto& [id, item] : groups_) {
        if (item->isInPicture() && item->isVisible() && item->box().intersects(area)) {
            const QColor colour = item->fillColour();
            auto same = std::find_if(items.areas.begin(), items.areas.end(),
                                     [&](const AreaGroup& group) { return group.colour == colour; });
            if (same == items.areas.end()) {
                same = items.areas.insert(items.areas.end(), {colour, {}});
            }
            same->rects.push_back(item->box());
        }
    }
    for (const ActorItem* item : actorOrder_) {
        if (item->isInPicture() && item->isVisible() && item->isBlockAt(viewScale_)) {
            if (const QRectF block = item->sceneBlock(); block.intersects(area)) {
                items.blocks.push_back({block, item->blockColour()});
            }
        }
    }
}

void MapScene::paintPictureActors(QPainter& painter, const QRectF& area) const
{
    if (!dragPicture_) {
        return;
    }
    for (const ActorItem* item : actorOrder_) {
        if (item->isInPicture() && item->isVisible() && !item->isBlockAt(viewScale_) &&
            item->sceneBoundingRect().intersects(area)) {
            item->paintInPicture(painter);
        }
    }
}

void MapScene::startDragPicture()
{
    // At a working zoom a move repainted every actor (and label) in the box around the dragged relations: for
    // a hub, most of the view. Drawn into the picture once, they cost a blit per move instead.
    if (dragPicture_ || settled_ == nullptr || !settled_->keepsPicture() || viewScale_ <= 0) {
        return;
    }
    dragPicture_ = true;
    for (const auto& [id, start] : dragStart_) {
        liftedActors_.insert(id);
    }
    applyViewScale();
}

void MapScene::invalidatePictureOf(const ActorItem* item)
{
    if (item->isInPicture() && settled_ != nullptr) {
        settled_->invalidateCache();
    }
}

void MapScene::applyLooks()
{
    for (const auto& [id, item] : actors_) {
        const bool lit = spotActors_.contains(id);
        item->setVisible(isActorShown(id));
        item->setSpotlit(lit);
        item->setOpacity(!isActorFaded(id) ? 1.0 : kFadedOpacity);
    }
    for (auto& entry : relations_.entries()) {
        const bool lit = spotRelations_.contains(entry.id);
        entry.hidden = (shownRelations_ && !shownRelations_->contains(entry.id)) || !isActorShown(entry.source) ||
                       !isActorShown(entry.target);
        entry.spotlit = lit;
        const auto band = lit ? spotBands_.find(entry.id) : spotBands_.end();
        entry.band = band != spotBands_.end() ? band->second : QColor();
        entry.faded = (spotlit_ && !lit) || (keptRelations_ && !keptRelations_->contains(entry.id));
    }
    relationsChanged(true, true);
    for (const auto& [id, item] : groups_) {
        bool anyShown = !shownActors_;
        if (const Group* group = network_ != nullptr ? network_->group(id) : nullptr; group != nullptr && !anyShown) {
            for (Id member : group->members) {
                anyShown = anyShown || isActorShown(member);
            }
        }
        item->setVisible(anyShown);
        item->setOpacity(spotlit_ ? kFadedOpacity : 1.0);
    }
}

QRectF MapScene::spotlightRect() const
{
    QRectF rect;
    for (Id id : spotActors_) {
        if (const ActorItem* item = actorItem(id); item != nullptr && item->isVisible()) {
            rect = rect.united(item->sceneBoundingRect());
        }
    }
    for (Id id : spotRelations_) {
        if (const RelationEntry* entry = relations_.find(id); entry != nullptr && !entry->hidden) {
            rect = rect.united(entry->shape.bounds);
        }
    }
    return rect;
}

NodeDrawing MapScene::shownNode(std::size_t index) const
{
    NodeDrawing node = drawing_.nodes[index];
    if (const auto scale = scales_.find(node.actor); scale != scales_.end()) {
        node.size = {node.size.width * scale->second, node.size.height * scale->second};
    }
    return node;
}

ActorItem* MapScene::actorItem(Id actor) const
{
    auto it = actors_.find(actor);
    return it == actors_.end() ? nullptr : it->second;
}

std::optional<QPainterPath> MapScene::relationPath(Id relation) const
{
    const RelationEntry* entry = relations_.find(relation);
    return entry == nullptr ? std::nullopt : std::optional<QPainterPath>(entry->shape.path);
}

bool MapScene::isRelationShown(Id relation) const
{
    const RelationEntry* entry = relations_.find(relation);
    return entry != nullptr && !entry->hidden;
}

bool MapScene::isRelationFaded(Id relation) const
{
    const RelationEntry* entry = relations_.find(relation);
    return entry != nullptr && entry->faded;
}

std::optional<QColor> MapScene::relationBand(Id relation) const
{
    const RelationEntry* entry = relations_.find(relation);
    return entry != nullptr ? entry->bandColour() : std::nullopt;
}

std::optional<Id> MapScene::relationAt(QPointF scenePos, qreal tolerance) const
{
    return relations_.at(scenePos, tolerance);
}

QRectF MapScene::mapRect() const
{
    QRectF rect(drawing_.bounds.x, drawing_.bounds.y, drawing_.bounds.width, drawing_.bounds.height);
    for (const auto& [id, item] : actors_) {
        rect = rect.united(item->sceneBoundingRect());
    }
    for (const auto& [id, item] : groups_) {
        rect = rect.united(item->sceneBoundingRect());
    }
    return rect;
}

void MapScene::actorChanged(const Actor& actor)
{
    ActorItem* item = actorItem(actor.id);
    if (item == nullptr) {
        return;
    }
    item->setActor(actor);
    allBlocksBelow_ = 0;       // its size may have changed
    invalidatePictureOf(item); // its block may have a new colour, or place
    if (actor.position && item->pos() != QPointF(actor.position->x, actor.position->y)) {
        following_ = true;
        item->setPos(actor.position->x, actor.position->y);
        following_ = false;
        actorItemMoved(item);
    }
}

void MapScene::actorItemMoved(ActorItem* item)
{
    if (rebuilding_) { // updateDrawing puts the item where the new drawing has it, routes and all
        return;
    }
    auto index = nodeIndex_.find(item->actorId());
    if (index == nodeIndex_.end()) {
        return;
    }
    drawing_.nodes[index->second].centre = {item->pos().x(), item->pos().y()};
    const bool dragged = !following_ && !dragStart_.empty(); // by the user's hand, not the model
    if (dragged) {
        startDragPicture();
    }
    if (item->isInPicture()) {
        if (dragged) {
            // Dragged: out of the picture, drawn by its item until the drag ends (so further moves leave the
            // picture as it is).
            liftedActors_.insert(item->actorId());
            item->setInPicture(false);
        }
        settled_->invalidateCache();
    }
    // While the user drags, the actor's relations move to the overlay layer, so the cached picture of all the
    // others stays valid and each move redraws only these.
    rerouteRelationsOf(item->actorId(), dragged);
    auto [begin, end] = groupsOfActor_.equal_range(item->actorId());
    for (auto it = begin; it != end; ++it) {
        if (auto group = groups_.find(it->second); group != groups_.end()) {
            if (dragged && group->second->isInPicture()) {
                // Its box follows every move: drawn by its item until the drag ends, as the actor.
                group->second->setInPicture(false);
                settled_->invalidateCache();
            }
            refitCluster(group->first, group->second);
        }
    }
}

void MapScene::rerouteRelationsOf(Id actor, bool lift)
{
    if (network_ == nullptr) {
        return;
    }
    bool settledChanged = false;
    bool liftedChanged = false;
    auto [begin, end] = relationsOfActor_.equal_range(actor);
    for (auto it = begin; it != end; ++it) {
        RelationEntry* entry = relations_.find(it->second);
        if (entry == nullptr) {
            continue;
        }
        if (lift && !entry->lifted) {
            relations_.lift(*entry);
            settledChanged = true; // it leaves the picture, once
        }
        reroute(*entry);
        (entry->lifted ? liftedChanged : settledChanged) = true;
    }
    relationsChanged(settledChanged, liftedChanged);
}

void MapScene::relationsChanged(bool settled, bool lifted)
{
    if (settled && settled_ != nullptr) {
        settled_->relationsChanged();
    }
    if (lifted && lifted_ != nullptr) {
        lifted_->relationsChanged();
    }
}

void MapScene::settleLifted()
{
    if (!liftedActors_.empty() || dragPicture_) {
        liftedActors_.clear();
        dragPicture_ = false;
        applyViewScale();
    }
    if (relations_.settleAll()) {
        relationsChanged(true, true);
    }
}

void MapScene::reroute(RelationEntry& entry)
{
    const std::size_t from = nodeIndex_.at(entry.source);
    const std::size_t to = nodeIndex_.at(entry.target);
    // The layout's own curve while both ends are where it put them at their laid-out size; straight otherwise.
    const bool asLaidOut = drawing_.nodes[from].centre == laidOut_[from] && drawing_.nodes[to].centre == laidOut_[to] &&
                           !scales_.contains(entry.source) && !scales_.contains(entry.target);
    if (const auto edge = edgeIndex_.find(entry.id); asLaidOut && edge != edgeIndex_.end()) {
        entry.shape = relationShape(drawing_.edges[edge->second], entry.type, entry.strength);
        return;
    }
    entry.shape = relationShape(straightEdge(entry.id, shownNode(from), shownNode(to)), entry.type, entry.strength);
}

void MapScene::refitClusters()
{
    for (const auto& [id, item] : groups_) {
        refitCluster(id, item);
    }
}

void MapScene::refitCluster(Id id, GroupItem* item)
{
    const Group* group = network_ != nullptr ? network_->group(id) : nullptr;
    if (group == nullptr) {
        return;
    }
    std::optional<Rect> box;
    for (Id member : group->members) {
        auto index = nodeIndex_.find(member);
        if (index != nodeIndex_.end()) {
            const Rect memberBox = shownNode(index->second).box();
            box = box ? box->united(memberBox) : memberBox;
        }
    }
    if (box && item->setBox(clusterBoxAround(*box)) && item->isInPicture() && settled_ != nullptr) {
        settled_->invalidateCache();
    }
}

std::vector<Id> MapScene::selectedActors() const
{
    std::vector<Id> actors;
    for (QGraphicsItem* item : selectedItems()) {
        if (auto* actor = qgraphicsitem_cast<ActorItem*>(item)) {
            actors.push_back(actor->actorId());
        }
    }
    return actors;
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mousePressEvent(event);
    dragStart_.clear();
    for (QGraphicsItem* selected : selectedItems()) {
        if (auto* item = qgraphicsitem_cast<ActorItem*>(selected)) {
            dragStart_[item->actorId()] = item->pos();
        }
    }
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    QList<QPair<qint64, QPointF>> moves;
    for (const auto& [id, start] : dragStart_) {
        if (ActorItem* item = actorItem(id); item != nullptr && item->pos() != start) {
            moves.append({id, item->pos()});
        }
    }
    dragStart_.clear();
    settleLifted();
    if (!moves.isEmpty() && !following_) {
        emit actorsDragged(moves);
    }
}

void MapScene::helpEvent(QGraphicsSceneHelpEvent* event)
{
    for (const QGraphicsItem* item : items(event->scenePos())) {
        if (!item->toolTip().isEmpty()) {
            QGraphicsScene::helpEvent(event); // an actor's own tooltip
            return;
        }
    }
    // Four pixels either side of the line, whatever the zoom.
    qreal scale = 1;
    if (const auto* view =
            event->widget() != nullptr ? qobject_cast<QGraphicsView*>(event->widget()->parentWidget()) : nullptr) {
        scale = std::max<qreal>(view->transform().m11(), 1e-6);
    }
    if (const auto id = relationAt(event->scenePos(), 4 / scale)) {
        QToolTip::showText(event->screenPos(), relations_.find(*id)->toolTip, event->widget());
        event->setAccepted(true);
        return;
    }
    QGraphicsScene::helpEvent(event);
}

} // namespace speelveld::gui
