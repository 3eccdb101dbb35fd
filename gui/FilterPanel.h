#pragma once
// Filter and focus: by actor kind, relation type, domain, tag, a measure's range, a search text, and the
// neighbourhood of one actor. What does not pass fades on the map but stays where it is.

#include "core/Filter.h"
#include "core/Network.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace speelveld::gui {

class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(QWidget* parent = nullptr);

    /// The network whose kinds, types, domains and tags are offered; keeps what is ticked where it still exists.
    void setNetwork(const Network* network);
    /// The filter as the user set it.
    FilterSpec spec() const;
    /// Sets every control from `spec` (and announces the change once).
    void setSpec(const FilterSpec& spec);
    /// The actor the focus is on, and whether the focus is on.
    void setFocusActor(Id actor);
    /// Back to no filter at all.
    void clear();
    /// A line saying how much passes ("12 of 19 actors, 30 of 46 relations").
    void showResult(std::size_t actors, std::size_t ofActors, std::size_t relations, std::size_t ofRelations);

    QLineEdit* searchField() const { return search_; }
    QListWidget* kindsList() const { return kinds_; }
    QListWidget* typesList() const { return types_; }
    QListWidget* domainsList() const { return domains_; }
    QListWidget* tagsList() const { return tags_; }
    QComboBox* measureField() const { return measure_; }
    QDoubleSpinBox* minimumField() const { return minimum_; }
    QDoubleSpinBox* maximumField() const { return maximum_; }
    QCheckBox* focusField() const { return focus_; }
    QSpinBox* stepsField() const { return steps_; }

signals:
    void changed();

private:
    void fillLists();
    void announce();

    const Network* network_ = nullptr;
    bool filling_ = false;
    Id focusActor_ = 0;
    QLineEdit* search_ = nullptr;
    QListWidget* kinds_ = nullptr;
    QListWidget* types_ = nullptr;
    QListWidget* domains_ = nullptr;
    QListWidget* tags_ = nullptr;
    QComboBox* measure_ = nullptr;
    QDoubleSpinBox* minimum_ = nullptr;
    QDoubleSpinBox* maximum_ = nullptr;
    QCheckBox* focus_ = nullptr;
    QLabel* focusName_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QLabel* result_ = nullptr;
};

} // namespace speelveld::gui
