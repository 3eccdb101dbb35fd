#pragma once
// Presentation mode, for an advisor with directors in a room: the map full screen on a projector, in high
// contrast with large type, told step by step from the keyboard or a clicker (the actors kind by kind, the
// relations type by type, then each role-clarity finding), one actor picked out on a click. Leaving puts the
// editing window back as it was.

#include "gui/PresentationSteps.h"
#include "layouts/Drawing.h"

#include <QByteArray>
#include <QObject>
#include <QPointF>
#include <QTransform>
#include <memory>
#include <optional>

class QLabel;
class QWidget;

namespace speelveld::gui {

class MainWindow;

class Presentation : public QObject {
    Q_OBJECT
public:
    /// Works on the window's map; does nothing until entered.
    explicit Presentation(MainWindow& window);
    ~Presentation() override;
    Presentation(const Presentation&) = delete;
    Presentation& operator=(const Presentation&) = delete;

    bool isActive() const { return saved_ != nullptr; }
    /// Full screen, projector looks, the title step. Nothing happens while the window shows no map.
    void enter();
    /// The editing window back: looks, docks, toolbars, menu, window state, zoom, what was hidden or picked out.
    void leave();
    void toggle();

    const std::vector<PresentationStep>& steps() const { return steps_; }
    std::size_t currentStep() const { return current_; }
    /// Shows step `step` (clamped to the last); a picked-out actor is dropped.
    void goTo(std::size_t step);
    void next();
    void back();

    /// Picks out an actor with its shown direct relations and their other ends, fading the rest; nullopt
    /// drops it and shows the step as it was.
    void spotlightActor(std::optional<Id> actor);
    std::optional<Id> spotlitActor() const { return actor_; }
    /// Picks out the next (or previous) shown actor, for Tab and Shift+Tab.
    void cycleActor(bool forward);

    /// What the caption bar says now: what the step shows, and a sentence or the names behind it.
    QString headline() const;
    QString detail() const;
    /// The window state presentation mode asked for; offscreen platforms need not honour it.
    Qt::WindowStates requestedState() const { return requested_; }

signals:
    void activeChanged(bool active);
    void stepChanged(std::size_t step);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Everything presentation mode changes, as it was before.
    struct Saved {
        QByteArray geometry;
        QByteArray docks;
        Qt::WindowStates state;
        bool menuBar = true;
        bool statusBar = true;
        QTransform transform;
        QPointF centre;
        Qt::ScrollBarPolicy horizontal = Qt::ScrollBarAsNeeded;
        Qt::ScrollBarPolicy vertical = Qt::ScrollBarAsNeeded;
        Drawing drawing;
        std::optional<std::unordered_set<Id>> shownActors, shownRelations;
        bool spotlit = false;
        std::vector<Id> spotActors, spotRelations;
    };

    void buildStage();
    void removeStage();
    void showPresentationDrawing();
    Drawing presentationDrawing() const;
    void refreshSteps();
    void applyStep();
    void updateCaption();
    void fitMap();
    static bool isPresentationKey(int key);
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    bool handleMouse(QEvent* event);
    std::vector<Finding> findings() const;

    MainWindow& window_;
    std::unique_ptr<Saved> saved_;
    std::vector<PresentationStep> steps_;
    std::size_t current_ = 0;
    std::optional<Id> actor_;
    Qt::WindowStates requested_;
    QWidget* stage_ = nullptr;
    QLabel* headline_ = nullptr;
    QLabel* detail_ = nullptr;
    QLabel* swatch_ = nullptr;
};

} // namespace speelveld::gui
