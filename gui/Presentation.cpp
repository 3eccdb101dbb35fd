#include "Presentation.h"

#include "gui/ActorItem.h"
#include "gui/FindingText.h"
#include "gui/Labels.h"
#include "gui/MainWindow.h"
#include "gui/MapScene.h"
#include "gui/MapView.h"
#include "gui/MetricsRunner.h"
#include "gui/RelationShape.h"
#include "gui/Theme.h"
#include "layouts/Layout.h"
#include "layouts/Overlap.h"

#include <QApplication>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace speelveld::gui {

namespace {
/// Labels this many pixels high on the fitted map can be read from the back of a meeting room at 1024×768.
constexpr qreal kLabelPixels = 19;
/// Above this many actors the map is not pulled together (quadratic) and labels stay as small as they come.
constexpr std::size_t kMaxCompacted = 400;
/// Room between actors once they are pushed apart, for the relations between them (scene units, each side).
constexpr double kGap = 6;
/// Room around the fitted map (scene units): cluster boxes and arrowheads reach past the actors.
constexpr qreal kMargin = 28;
/// Lines of detail under the headline; the bar keeps its height so the map does not jump between steps.
constexpr int kDetailLines = 2;

QRectF boxesOf(const std::vector<NodeDrawing>& nodes)
{
    QRectF rect;
    for (const NodeDrawing& node : nodes) {
        const Rect box = node.box();
        rect = rect.united(QRectF(box.x, box.y, box.width, box.height));
    }
    return rect;
}

/// A short stretch of a relation type's line, for the caption bar: its colour, dash and arrowhead.
QPixmap swatchFor(RelationType type, int height)
{
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap pixmap(QSize(height * 3, height) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(height / 16.0, height / 16.0);
    EdgeDrawing edge;
    edge.path = {{4, 8}, {18, 8}, {26, 8}, {38, 8}};
    edge.arrowTip = {44, 8};
    paintRelation(painter, relationShape(edge, type, 3), type, 3, std::nullopt);
    return pixmap;
}
} // namespace

Presentation::Presentation(MainWindow& window) : QObject(&window), window_(window)
{
    // A layout that ends while presenting redraws the map in the editing sizes: present the new places.
    connect(&window_, &MainWindow::layoutFinished, this, [this] {
        if (isActive()) {
            saved_->drawing = window_.scene()->drawing();
            showPresentationDrawing();
            applyStep();
        }
    });
    connect(window_.metricsRunner(), &MetricsRunner::finished, this, [this] {
        if (isActive()) {
            refreshSteps();
        }
    });
}

Presentation::~Presentation()
{
    if (isActive()) {
        qApp->removeEventFilter(this);
        setMapLooks(MapLooks::Standard);
    }
}

void Presentation::toggle()
{
    if (isActive()) {
        leave();
    } else {
        enter();
    }
}

void Presentation::enter()
{
    if (isActive() || window_.project().snapshots.empty()) {
        return;
    }
    MapScene* scene = window_.scene();
    MapView* view = window_.view();
    saved_ = std::make_unique<Saved>();
    saved_->geometry = window_.saveGeometry();
    saved_->docks = window_.saveState();
    saved_->state = window_.windowState();
    saved_->menuBar = window_.menuBar()->isVisible();
    saved_->statusBar = window_.statusBar()->isVisible();
    saved_->transform = view->transform();
    saved_->centre = view->mapToScene(view->viewport()->rect().center());
    saved_->horizontal = view->horizontalScrollBarPolicy();
    saved_->vertical = view->verticalScrollBarPolicy();
    saved_->drawing = scene->drawing();
    saved_->shownActors = scene->shownActors();
    saved_->shownRelations = scene->shownRelations();
    saved_->spotlit = scene->isSpotlit();
    saved_->spotActors.assign(scene->spotlitActors().begin(), scene->spotlitActors().end());
    saved_->spotRelations.assign(scene->spotlitRelations().begin(), scene->spotlitRelations().end());

    for (QDockWidget* dock : window_.findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        dock->hide();
    }
    for (QToolBar* bar : window_.findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly)) {
        bar->hide();
    }
    window_.menuBar()->hide();
    window_.statusBar()->hide();
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    buildStage();
    setMapLooks(MapLooks::Projector);
    scene->setBackgroundBrush(backgroundColour());
    showPresentationDrawing();
    // Keys and clicks go through the application, ahead of the window's shortcuts and the editor's tools,
    // so a step key never edits the map and a click never drags an actor.
    qApp->installEventFilter(this);
    requested_ = (window_.windowState() & ~(Qt::WindowMinimized | Qt::WindowMaximized)) | Qt::WindowFullScreen;
    if (const QScreen* screen = window_.screen()) {
        // Without a window manager (a bare X server) the state alone changes nothing. Before the state:
        // a new geometry ends full screen.
        window_.setGeometry(screen->geometry());
    }
    window_.setWindowState(requested_);
    window_.show();
    view->setFocus();
    refreshSteps();
    goTo(0);
    fitMap();
    emit activeChanged(true);
}

void Presentation::leave()
{
    if (!isActive()) {
        return;
    }
    qApp->removeEventFilter(this);
    const std::unique_ptr<Saved> saved = std::move(saved_);
    MapScene* scene = window_.scene();
    MapView* view = window_.view();
    actor_.reset();
    setMapLooks(MapLooks::Standard);
    scene->setBackgroundBrush(backgroundColour());
    scene->showDrawing(window_.network(), saved->drawing);
    scene->setShownOnly(saved->shownActors, saved->shownRelations);
    if (saved->spotlit) {
        scene->spotlight(saved->spotActors, saved->spotRelations);
    } else {
        scene->clearSpotlight();
    }
    removeStage();
    view->setHorizontalScrollBarPolicy(saved->horizontal);
    view->setVerticalScrollBarPolicy(saved->vertical);
    window_.menuBar()->setVisible(saved->menuBar);
    window_.statusBar()->setVisible(saved->statusBar);
    // The geometry first: restoring it can bring back a state of its own, and the state saved wins.
    window_.restoreGeometry(saved->geometry);
    window_.setWindowState(saved->state);
    requested_ = saved->state;
    window_.restoreState(saved->docks);
    window_.show();
    view->setTransform(saved->transform);
    view->centerOn(saved->centre);
    view->setFocus();
    emit activeChanged(false);
}

void Presentation::buildStage()
{
    // The map above, the caption bar below, in one widget in the window's centre for as long as it lasts.
    MapView* view = window_.view();
    const int screenHeight = window_.screen() != nullptr ? window_.screen()->size().height() : 768;
    stage_ = new QWidget;
    auto* layout = new QVBoxLayout(stage_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    window_.takeCentralWidget();
    layout->addWidget(view, 1);

    auto* bar = new QWidget(stage_);
    bar->setObjectName(QStringLiteral("presentationCaption"));
    bar->setAutoFillBackground(true);
    QPalette palette = bar->palette();
    palette.setColor(QPalette::Window, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::white);
    bar->setPalette(palette);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    headline_ = new QLabel(bar);
    detail_ = new QLabel(bar);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(26, screenHeight / 25));
    font.setBold(true);
    headline_->setFont(font);
    font.setPixelSize(std::max(20, screenHeight / 32));
    font.setBold(false);
    detail_->setFont(font);
    detail_->setWordWrap(true);
    detail_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    detail_->setFixedHeight(static_cast<int>(std::ceil(QFontMetricsF(font).lineSpacing() * kDetailLines)) + 2);
    text->addWidget(headline_);
    text->addWidget(detail_);
    swatch_ = new QLabel(bar);
    auto* row = new QHBoxLayout(bar);
    const int margin = std::max(12, screenHeight / 64);
    row->setContentsMargins(margin * 2, margin, margin * 2, margin);
    row->setSpacing(margin * 2);
    row->addWidget(swatch_, 0, Qt::AlignVCenter);
    row->addLayout(text, 1);
    layout->addWidget(bar);
    window_.setCentralWidget(stage_);
    view->show();
}

void Presentation::removeStage()
{
    MapView* view = window_.view();
    window_.takeCentralWidget();
    window_.setCentralWidget(view);
    view->show();
    delete stage_;
    stage_ = nullptr;
    headline_ = detail_ = swatch_ = nullptr;
}

Drawing Presentation::presentationDrawing() const
{
    const Network& network = window_.network();
    LayoutOptions options;
    // Measured now, in the projector's bold type.
    options.nodeSizes = MapScene::measureActors(network);
    std::vector<NodeDrawing> nodes = saved_->drawing.nodes;
    for (NodeDrawing& node : nodes) {
        if (const auto size = options.nodeSizes.find(node.actor); size != options.nodeSizes.end()) {
            node.size = size->second;
        }
    }
    if (nodes.size() <= kMaxCompacted && !nodes.empty()) {
        // The map as the advisor arranged it, pulled together and pushed apart again until its labels come out
        // large when it fills the screen: the same neighbours, less empty space between them.
        const QSize screen = window_.screen() != nullptr ? window_.screen()->size() : QSize(1024, 768);
        const QSizeF area(screen.width(), screen.height() * 0.8); // what the caption bar leaves
        const qreal wanted = kLabelPixels / mapFont().pixelSize();
        const QRectF bounds = boxesOf(nodes);
        const Point origin{bounds.center().x(), bounds.center().y()};
        // Each axis is pulled by what it lacks, so the packed map takes the screen's shape: pushing apart
        // alone tends to stack wide boxes into a tall column.
        const auto zooms = [&area](const std::vector<NodeDrawing>& placed) {
            const QRectF room = boxesOf(placed).adjusted(-kMargin, -kMargin, kMargin, kMargin);
            return std::pair(area.width() / room.width(), area.height() / room.height());
        };
        const auto zoomOf = [&zooms](const std::vector<NodeDrawing>& placed) {
            const auto [x, y] = zooms(placed);
            return std::min(x, y);
        };
        std::vector<NodeDrawing> best = nodes;
        removeOverlaps(best, kGap);
        double factorX = 1;
        double factorY = 1;
        std::vector<NodeDrawing> trial = best;
        for (int attempt = 0; attempt < 12 && zoomOf(best) < wanted; ++attempt) {
            const auto [zoomX, zoomY] = zooms(trial);
            factorX = std::min(1.0, factorX * std::clamp(zoomX / wanted, 0.5, 1.5));
            factorY = std::min(1.0, factorY * std::clamp(zoomY / wanted, 0.5, 1.5));
            trial = nodes;
            for (NodeDrawing& node : trial) {
                node.centre = {origin.x + (node.centre.x - origin.x) * factorX,
                               origin.y + (node.centre.y - origin.y) * factorY};
            }
            removeOverlaps(trial, kGap);
            if (zoomOf(trial) > zoomOf(best)) {
                best = trial;
            }
        }
        nodes = std::move(best);
    }
    Network placed = network;
    for (const NodeDrawing& node : nodes) {
        if (const Actor* actor = placed.actor(node.actor)) {
            placed.setActorPosition(node.actor, node.centre, actor->pinned);
        }
    }
    return drawingFromPositions(placed, options).value_or(saved_->drawing);
}

void Presentation::showPresentationDrawing()
{
    window_.scene()->showDrawing(window_.network(), presentationDrawing());
    fitMap();
}

void Presentation::fitMap()
{
    if (!isActive()) {
        return;
    }
    // The whole map, hidden actors included, so revealing a kind never moves what is already there; no cap
    // on the zoom as in the editing view, the room needs the size.
    MapView* view = window_.view();
    const QRectF map = window_.scene()->mapRect();
    if (!map.isEmpty()) {
        view->fitInView(map.adjusted(-kMargin / 2, -kMargin / 2, kMargin / 2, kMargin / 2), Qt::KeepAspectRatio);
    }
}

std::vector<Finding> Presentation::findings() const
{
    const auto result = window_.metricsRunner()->result();
    return result ? result->roleClarity.findings : std::vector<Finding>{};
}

void Presentation::refreshSteps()
{
    const std::size_t was = steps_.empty() ? 0 : current_;
    steps_ = presentationSteps(window_.network(), findings());
    current_ = std::min(was, steps_.size() - 1);
    applyStep();
}

void Presentation::goTo(std::size_t step)
{
    if (!isActive() || steps_.empty()) {
        return;
    }
    current_ = std::min(step, steps_.size() - 1);
    actor_.reset();
    applyStep();
    emit stepChanged(current_);
}

void Presentation::next()
{
    if (current_ + 1 < steps_.size()) {
        goTo(current_ + 1);
    }
}

void Presentation::back()
{
    if (current_ > 0) {
        goTo(current_ - 1);
    }
}

void Presentation::applyStep()
{
    if (!isActive() || steps_.empty()) {
        return;
    }
    MapScene* scene = window_.scene();
    PresentationView shown = presentationView(steps_, current_, window_.network(), findings());
    scene->setShownOnly(std::move(shown.actors), std::move(shown.relations));
    if (actor_) {
        // The step's own view with one actor picked out instead of its finding.
        std::vector<Id> actors{*actor_};
        std::vector<Id> relations;
        for (const Relation& relation : window_.network().relations()) {
            if ((relation.source == *actor_ || relation.target == *actor_) && scene->isRelationShown(relation.id)) {
                relations.push_back(relation.id);
                actors.push_back(relation.source == *actor_ ? relation.target : relation.source);
            }
        }
        scene->spotlight(actors, relations);
    } else if (shown.spotlight) {
        scene->spotlight(shown.spotlight->first, shown.spotlight->second);
    } else {
        scene->clearSpotlight();
    }
    updateCaption();
}

void Presentation::spotlightActor(std::optional<Id> actor)
{
    if (!isActive()) {
        return;
    }
    actor_ = actor && window_.scene()->isActorShown(*actor) ? actor : std::nullopt;
    applyStep();
}

void Presentation::cycleActor(bool forward)
{
    if (!isActive()) {
        return;
    }
    // In the order the room met them: kind by kind, then by name.
    const auto& kinds = allActorKinds();
    std::vector<const Actor*> shown;
    for (const Actor& actor : window_.network().actors()) {
        if (window_.scene()->isActorShown(actor.id)) {
            shown.push_back(&actor);
        }
    }
    if (shown.empty()) {
        return;
    }
    std::sort(shown.begin(), shown.end(), [&kinds](const Actor* a, const Actor* b) {
        const auto rank = [&kinds](ActorKind kind) { return std::find(kinds.begin(), kinds.end(), kind); };
        return std::pair(rank(a->kind), a->name) < std::pair(rank(b->kind), b->name);
    });
    auto at = std::find_if(shown.begin(), shown.end(), [this](const Actor* a) { return actor_ == a->id; });
    std::size_t index = 0;
    if (at == shown.end()) {
        index = forward ? 0 : shown.size() - 1;
    } else {
        const auto here = static_cast<std::size_t>(at - shown.begin());
        index = forward ? (here + 1) % shown.size() : (here + shown.size() - 1) % shown.size();
    }
    spotlightActor(shown[index]->id);
}

QString Presentation::headline() const
{
    if (steps_.empty()) {
        return {};
    }
    const Network& network = window_.network();
    if (actor_) {
        if (const Actor* actor = network.actor(*actor_)) {
            return qs(actor->name);
        }
    }
    const PresentationStep& step = steps_[current_];
    const QString number = QString::number(current_ + 1);
    const QString count = QString::number(steps_.size());
    switch (step.reveal) {
    case PresentationStep::Reveal::Title: {
        const std::string& title = window_.project().title;
        return title.empty() ? tr("Presentation") : qs(title);
    }
    case PresentationStep::Reveal::Actors:
        return tr("Step %1 of %2: %3").arg(number, count, label(step.kind));
    case PresentationStep::Reveal::Relations:
        return tr("Step %1 of %2: relations “%3”").arg(number, count, label(step.type));
    case PresentationStep::Reveal::Finding: {
        const auto all = findings();
        return tr("Step %1 of %2: %3")
            .arg(number, count, step.finding < all.size() ? checkName(all[step.finding].check) : QString());
    }
    }
    return {};
}

QString Presentation::detail() const
{
    if (steps_.empty()) {
        return {};
    }
    const Network& network = window_.network();
    if (actor_) {
        if (const Actor* actor = network.actor(*actor_)) {
            return tr("%1, with its direct relations and the actors at their other ends.").arg(label(actor->kind));
        }
    }
    const PresentationStep& step = steps_[current_];
    switch (step.reveal) {
    case PresentationStep::Reveal::Title: {
        QString snapshot;
        for (const Snapshot& candidate : window_.project().snapshots) {
            snapshot = &candidate.network == &network ? qs(candidate.name) : snapshot;
        }
        return tr("%1. Next step: → or Page Down; back: ←; leave: Esc.").arg(snapshot);
    }
    case PresentationStep::Reveal::Actors: {
        QStringList names;
        for (const Actor& actor : network.actors()) {
            if (actor.kind == step.kind) {
                names << qs(actor.name);
            }
        }
        return names.join(QStringLiteral(" · "));
    }
    case PresentationStep::Reveal::Relations:
        return tr("Between the actors shown; the line's colour, dashes and arrowhead mark the type.");
    case PresentationStep::Reveal::Finding: {
        const auto all = findings();
        return step.finding < all.size() ? describe(all[step.finding], network) : QString();
    }
    }
    return {};
}

void Presentation::updateCaption()
{
    if (headline_ == nullptr) {
        return;
    }
    headline_->setText(headline());
    // A long sentence gets smaller type rather than a taller bar: the map must not jump between steps.
    const QString text = detail();
    QFont font = detail_->font();
    const int base = std::max(20, (window_.screen() != nullptr ? window_.screen()->size().height() : 768) / 32);
    const qreal width = std::max(200, stage_->width() - 4 * std::max(12, base / 2) - swatch_->sizeHint().width());
    for (int size = base; size >= 14; --size) {
        font.setPixelSize(size);
        const QRectF needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text);
        if (needed.height() <= detail_->height()) {
            break;
        }
    }
    detail_->setFont(font);
    detail_->setText(text);
    const PresentationStep& step = steps_[current_];
    if (step.reveal == PresentationStep::Reveal::Relations && !actor_) {
        swatch_->setPixmap(swatchFor(step.type, headline_->font().pixelSize()));
        swatch_->show();
    } else {
        swatch_->clear();
        swatch_->hide();
    }
}

bool Presentation::isPresentationKey(int key)
{
    static const std::set<int> keys{Qt::Key_Right,     Qt::Key_Space,   Qt::Key_PageDown, Qt::Key_Down,   Qt::Key_Left,
                                    Qt::Key_Backspace, Qt::Key_PageUp,  Qt::Key_Up,       Qt::Key_Home,   Qt::Key_End,
                                    Qt::Key_Tab,       Qt::Key_Backtab, Qt::Key_S,        Qt::Key_Escape, Qt::Key_F11};
    return keys.contains(key);
}

bool Presentation::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
        back();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(steps_.empty() ? 0 : steps_.size() - 1);
        return true;
    case Qt::Key_Tab:
        cycleActor(!modifiers.testFlag(Qt::ShiftModifier));
        return true;
    case Qt::Key_Backtab:
        cycleActor(false);
        return true;
    case Qt::Key_S:
        if (actor_) {
            spotlightActor(std::nullopt);
        } else {
            cycleActor(true);
        }
        return true;
    case Qt::Key_Escape:
    case Qt::Key_F11:
        leave();
        return true;
    default:
        return false;
    }
}

bool Presentation::handleMouse(QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        std::optional<Id> hit;
        for (QGraphicsItem* item : window_.view()->items(mouse->position().toPoint())) {
            if (auto* actor = qgraphicsitem_cast<ActorItem*>(item); actor != nullptr && actor->isVisible()) {
                hit = actor->actorId();
                break;
            }
        }
        // A click on the actor already picked out, or on the background, drops it.
        spotlightActor(hit == actor_ ? std::nullopt : hit);
        return true;
    }
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::ContextMenu:
        return true; // no editing: no drags, no new actors, no menus
    case QEvent::MouseMove:
        return static_cast<QMouseEvent*>(event)->buttons() != Qt::NoButton;
    default:
        return false;
    }
}

bool Presentation::eventFilter(QObject* watched, QEvent* event)
{
    if (!isActive()) {
        return false;
    }
    if (watched == window_.view() && event->type() == QEvent::Resize) {
        // Full screen arrives after the request, at the window system's pace.
        QMetaObject::invokeMethod(this, &Presentation::fitMap, Qt::QueuedConnection);
        return false;
    }
    auto* widget = qobject_cast<QWidget*>(watched);
    if (widget == nullptr || widget->window() != &window_) {
        return false;
    }
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (!isPresentationKey(key->key())) {
            return false;
        }
        if (event->type() == QEvent::ShortcutOverride) {
            // Claim our keys ahead of the window's shortcuts: S must not pick the editor's tool, and F11 must
            // reach us while the menu that holds its action is hidden.
            event->accept();
            return true;
        }
        return handleKey(key->key(), key->modifiers());
    }
    if (watched == window_.view()->viewport()) {
        return handleMouse(event);
    }
    return false;
}

} // namespace speelveld::gui
