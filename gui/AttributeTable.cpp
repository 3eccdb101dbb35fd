#include "AttributeTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace speelveld::gui {

AttributeTable::AttributeTable(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    table_ = new QTableWidget(0, 2, this);
    table_->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setMinimumHeight(90);
    layout->addWidget(table_);
    connect(table_, &QTableWidget::itemChanged, this, [this] {
        if (!filling_) {
            emit edited(current());
        }
    });
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add attribute…"), this);
    auto* remove = new QPushButton(tr("Remove attribute"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New attribute"), tr("Name of the attribute:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            addAttribute(name.trimmed(), QString());
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = table_->currentRow();
        if (row >= 0) {
            filling_ = true;
            table_->removeRow(row);
            filling_ = false;
            emit edited(current());
        }
    });
}

void AttributeTable::setAttributes(const Attributes& attributes)
{
    filling_ = true;
    table_->setRowCount(0);
    for (const auto& [key, value] : attributes) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        table_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(key)));
        table_->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(value)));
    }
    filling_ = false;
}

void AttributeTable::addAttribute(const QString& name, const QString& value)
{
    Attributes attributes = current();
    attributes[name.toStdString()] = value.toStdString();
    emit edited(attributes);
}

AttributeTable::Attributes AttributeTable::current() const
{
    Attributes attributes;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const QTableWidgetItem* key = table_->item(row, 0);
        const QTableWidgetItem* value = table_->item(row, 1);
        if (key != nullptr && !key->text().trimmed().isEmpty()) {
            attributes[key->text().trimmed().toStdString()] = value != nullptr ? value->text().toStdString() : "";
        }
    }
    return attributes;
}

} // namespace speelveld::gui
