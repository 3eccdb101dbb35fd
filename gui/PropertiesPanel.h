#pragma once
// The properties of the chosen actor or relation, every attribute of DOMAIN.md, editable. Each change the
// user finishes (a field left, a choice made) is one undo step, made through the window's EditRequest.

#include "core/Network.h"
#include "gui/EditCommand.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace speelveld::gui {

class AttributeTable;

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(QWidget* parent = nullptr);

    /// The network shown and how edits are made; nullptr shows nothing.
    void setNetwork(const Network* network, EditRequest edit);
    /// Shows one actor, one relation, or (0) nothing.
    void showActor(Id actor);
    void showRelation(Id relation);
    Id shownActor() const { return actor_; }
    Id shownRelation() const { return relation_; }
    /// The network changed: show the values as they are now (and nothing, if the entity is gone).
    void refresh();

    // The fields, for tests and for the window's "rename" shortcut.
    QLineEdit* nameField() const { return name_; }
    QComboBox* kindField() const { return kind_; }
    QLineEdit* tagsField() const { return tags_; }
    QTableWidget* rolesTable() const { return roles_; }
    QTableWidget* attributesTable() const;
    QTableWidget* relationAttributesTable() const;
    QListWidget* relationsList() const { return relations_; }
    QComboBox* relationTypeField() const { return type_; }
    QComboBox* relationDomainField() const { return domain_; }
    QSpinBox* strengthField() const { return strength_; }
    QComboBox* trustField() const { return trust_; }
    QComboBox* basisField() const { return basis_; }
    QComboBox* steeringField() const { return steering_; }
    QComboBox* financingField() const { return financing_; }
    QLineEdit* validFromField() const { return validFrom_; }
    QLineEdit* validToField() const { return validTo_; }
    QPlainTextEdit* noteField() const { return note_; }

    /// Adds a role (the first domain, "network member") to the shown actor; the user then picks both.
    void addRole();
    /// Adds a domain to the network by name, as one undo step; returns its id (0 when refused).
    Id addDomain(const QString& name);
    /// Adds an empty free attribute row named `name` with `value`.
    void addAttribute(const QString& name, const QString& value);

signals:
    /// The user picked a relation of the shown actor (the map may highlight it).
    void relationChosen(Id relation);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildActorPage();
    QWidget* buildRelationPage();
    void fillActor();
    void fillRelation();
    void fillDomainChoices(QComboBox* box, Id selected, bool allowNone) const;
    void editActor(const QString& text, const std::function<void(Actor&)>& change);
    void editRelation(const QString& text, const std::function<void(Relation&)>& change);
    void commitRoles();
    void commitDescription();
    void commitNote();

    const Network* network_ = nullptr;
    EditRequest edit_;
    Id actor_ = 0;
    Id relation_ = 0;
    bool filling_ = false; ///< true while fields are set from the model, so their signals are not edits

    QStackedWidget* pages_ = nullptr;
    QLineEdit* name_ = nullptr;
    QComboBox* kind_ = nullptr;
    QPlainTextEdit* description_ = nullptr;
    QLineEdit* tags_ = nullptr;
    QTableWidget* roles_ = nullptr;
    AttributeTable* attributes_ = nullptr;
    QListWidget* relations_ = nullptr;
    QLabel* ends_ = nullptr;
    QComboBox* type_ = nullptr;
    QComboBox* domain_ = nullptr;
    QSpinBox* strength_ = nullptr;
    QComboBox* trust_ = nullptr;
    QComboBox* basis_ = nullptr;
    QComboBox* steering_ = nullptr;
    QComboBox* financing_ = nullptr;
    QLineEdit* validFrom_ = nullptr;
    QLineEdit* validTo_ = nullptr;
    QPlainTextEdit* note_ = nullptr;
    AttributeTable* relationAttributes_ = nullptr;
};

} // namespace speelveld::gui
