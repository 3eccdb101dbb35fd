#pragma once
// Free attributes (name → text) of an actor or a relation, editable in place, with Add and Remove buttons.
// It edits nothing itself: it says what the attributes should now be, and the properties panel makes that one
// undoable edit.

#include <QWidget>
#include <map>
#include <string>

class QTableWidget;

namespace speelveld::gui {

class AttributeTable : public QWidget {
    Q_OBJECT
public:
    using Attributes = std::map<std::string, std::string>;

    explicit AttributeTable(QWidget* parent = nullptr);

    /// Shows these attributes (a model change or another entity); emits nothing.
    void setAttributes(const Attributes& attributes);
    /// Adds or replaces one attribute, as the Add button does after asking its name.
    void addAttribute(const QString& name, const QString& value);

    QTableWidget* table() const { return table_; }

signals:
    /// The user changed, added or removed an attribute; `attributes` is the whole new set.
    void edited(const Attributes& attributes);

private:
    Attributes current() const;

    QTableWidget* table_ = nullptr;
    bool filling_ = false;
};

} // namespace speelveld::gui
