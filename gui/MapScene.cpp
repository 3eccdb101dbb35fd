#include "MapScene.h"

#include "gui/ActorItem.h"
#include "gui/GroupItem.h"
#include "gui/RelationItem.h"
#include "gui/Theme.h"
#include "layouts/Layout.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>

namespace speelveld::gui {

namespace {
constexpr qreal kLabelWrapWidth = 150;
constexpr qreal kPaddingX = 16;
constexpr qreal kPaddingY = 10;
} // namespace

MapScene::MapScene(QObject* parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(backgroundColour());
    // Items move when dragged; a BSP index would be rebuilt on every move (PITFALLS: "no BSP index for
    // items that move").
    setItemIndexMethod(NoIndex);
}

std::unordered_map<Id, Size> MapScene::measureActors(const Network& network)
{
    const QFontMetricsF metrics(mapFont());
    std::unordered_map<Id, Size> sizes;
    sizes.reserve(network.actors().size());
    for (const auto& actor : network.actors()) {
        const QRectF text =
            metrics.boundingRect(QRectF(0, 0, kLabelWrapWidth, 1000), Qt::AlignCenter | Qt::TextWordWrap,
                                 QString::fromStdString(actor.name));
        const QSizeF allowance = shapeAllowance(styleFor(actor.kind).shape);
        const qreal width = std::max<qreal>(60, (text.width() + kPaddingX) * allowance.width());
        const qreal height = std::max<qreal>(30, (text.height() + kPaddingY) * allowance.height());
        sizes[actor.id] = {std::ceil(width), std::ceil(height)};
    }
    return sizes;
}

void MapScene::showDrawing(const Network& network, const Drawing& drawing)
{
    clear();
    actors_.clear();
    relations_.clear();
    groups_.clear();
    relationsOfActor_.clear();
    nodeIndex_.clear();
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
        nodeIndex_[node.actor] = i;
    }
    for (const auto& edge : drawing_.edges) {
        const Relation* relation = network.relation(edge.relation);
        if (relation == nullptr) {
            continue;
        }
        auto* item = new RelationItem(*relation, edge);
        addItem(item);
        relations_[edge.relation] = item;
        relationsOfActor_.emplace(relation->source, relation->id);
        if (relation->target != relation->source) {
            relationsOfActor_.emplace(relation->target, relation->id);
        }
    }
    for (const auto& cluster : drawing_.clusters) {
        if (const Group* group = network.group(cluster.group)) {
            auto* item = new GroupItem(*group, cluster);
            addItem(item);
            groups_[cluster.group] = item;
        }
    }
    edgeIndex_.clear();
    for (std::size_t i = 0; i < drawing_.edges.size(); ++i) {
        edgeIndex_[drawing_.edges[i].relation] = i;
    }
    laidOut_.clear();
    for (const auto& node : drawing_.nodes) {
        laidOut_.push_back(node.centre);
    }
    following_ = false;
    applyMeasureStyle(!scales_.empty());
    applySpotlight();
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
    if (network_ == nullptr || !reroute) {
        return;
    }
    for (const auto& [id, item] : relations_) {
        if (const Relation* relation = network_->relation(id)) {
            this->reroute(*relation, item);
        }
    }
    refitClusters();
}

void MapScene::spotlight(const std::vector<Id>& actors, const std::vector<Id>& relations)
{
    spotlit_ = true;
    spotActors_ = {actors.begin(), actors.end()};
    spotRelations_ = {relations.begin(), relations.end()};
    applySpotlight();
}

void MapScene::clearSpotlight()
{
    spotlit_ = false;
    spotActors_.clear();
    spotRelations_.clear();
    applySpotlight();
}

void MapScene::applySpotlight()
{
    for (const auto& [id, item] : actors_) {
        const bool lit = spotActors_.contains(id);
        item->setSpotlit(lit);
        item->setOpacity(!spotlit_ || lit ? 1.0 : kFadedOpacity);
    }
    for (const auto& [id, item] : relations_) {
        const bool lit = spotRelations_.contains(id);
        item->setSpotlit(lit);
        item->setOpacity(!spotlit_ || lit ? 1.0 : kFadedOpacity);
    }
    for (const auto& [id, item] : groups_) {
        item->setOpacity(spotlit_ ? kFadedOpacity : 1.0);
    }
}

QRectF MapScene::spotlightRect() const
{
    QRectF rect;
    for (Id id : spotActors_) {
        if (const ActorItem* item = actorItem(id)) {
            rect = rect.united(item->sceneBoundingRect());
        }
    }
    for (Id id : spotRelations_) {
        if (const RelationItem* item = relationItem(id)) {
            rect = rect.united(item->sceneBoundingRect());
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

RelationItem* MapScene::relationItem(Id relation) const
{
    auto it = relations_.find(relation);
    return it == relations_.end() ? nullptr : it->second;
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
    if (actor.position && item->pos() != QPointF(actor.position->x, actor.position->y)) {
        following_ = true;
        item->setPos(actor.position->x, actor.position->y);
        following_ = false;
        actorItemMoved(item);
    }
}

void MapScene::actorItemMoved(ActorItem* item)
{
    auto index = nodeIndex_.find(item->actorId());
    if (index == nodeIndex_.end()) {
        return;
    }
    drawing_.nodes[index->second].centre = {item->pos().x(), item->pos().y()};
    rerouteRelationsOf(item->actorId());
    refitClusters();
}

void MapScene::rerouteRelationsOf(Id actor)
{
    if (network_ == nullptr) {
        return;
    }
    auto [begin, end] = relationsOfActor_.equal_range(actor);
    for (auto it = begin; it != end; ++it) {
        const Relation* relation = network_->relation(it->second);
        RelationItem* item = relationItem(it->second);
        if (relation != nullptr && item != nullptr) {
            reroute(*relation, item);
        }
    }
}

void MapScene::reroute(const Relation& relation, RelationItem* item)
{
    const std::size_t from = nodeIndex_.at(relation.source);
    const std::size_t to = nodeIndex_.at(relation.target);
    // The layout's own curve while both ends are where it put them at their laid-out size; straight otherwise.
    const bool asLaidOut = drawing_.nodes[from].centre == laidOut_[from] && drawing_.nodes[to].centre == laidOut_[to] &&
                           !scales_.contains(relation.source) && !scales_.contains(relation.target);
    if (const auto edge = edgeIndex_.find(relation.id); asLaidOut && edge != edgeIndex_.end()) {
        item->setRoute(drawing_.edges[edge->second]);
        return;
    }
    item->setRoute(straightEdge(relation.id, shownNode(from), shownNode(to)));
}

void MapScene::refitClusters()
{
    if (network_ == nullptr || groups_.empty()) {
        return;
    }
    for (const auto& [id, item] : groups_) {
        const Group* group = network_->group(id);
        std::optional<Rect> box;
        for (Id member : group->members) {
            auto index = nodeIndex_.find(member);
            if (index != nodeIndex_.end()) {
                const Rect memberBox = shownNode(index->second).box();
                box = box ? box->united(memberBox) : memberBox;
            }
        }
        if (box) {
            item->setBox(clusterBoxAround(*box));
        }
    }
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
    if (!moves.isEmpty() && !following_) {
        emit actorsDragged(moves);
    }
}

} // namespace speelveld::gui
