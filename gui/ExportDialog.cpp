#include "ExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace speelveld::gui {

ExportDialog::ExportDialog(const ExportOptions& initial, QWidget* parent) : QDialog(parent), format_(initial.format)
{
    setWindowTitle(tr("Export the map"));
    title_ = new QLineEdit(initial.title, this);
    title_->setToolTip(tr("Printed above the map; leave it empty for none."));
    legend_ = new QCheckBox(tr("The legend of actor kinds and relation types"), this);
    legend_->setChecked(initial.legend);
    table_ = new QCheckBox(tr("The metric table (the main measures of every actor)"), this);
    table_->setChecked(initial.notes.table);
    table_->setToolTip(tr("Printed below the map: in- and out-degree, betweenness, closeness, PageRank and role "
                          "clarity, as the metrics panel shows them."));
    findings_ = new QCheckBox(tr("The governance mode and the role-clarity findings"), this);
    findings_->setChecked(initial.notes.findings);
    findings_->setToolTip(tr("Printed below the map, in the words of the findings panel."));
    dpi_ = new QSpinBox(this);
    dpi_->setRange(36, 600);
    dpi_->setValue(initial.dpi);
    dpi_->setSuffix(tr(" dpi"));
    dpi_->setEnabled(format_ == ExportFormat::Png);
    dpi_->setToolTip(tr("Dots per inch of the picture: 150 for a screen or a document, 300 for print."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), title_);
    form->addRow(tr("Show:"), legend_);
    form->addRow(QString(), table_);
    form->addRow(QString(), findings_);
    form->addRow(tr("&Resolution (PNG):"), dpi_);
    form->addRow(buttons);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = format_;
    options.title = title_->text().trimmed();
    options.legend = legend_->isChecked();
    options.dpi = dpi_->value();
    options.notes.table = table_->isChecked();
    options.notes.findings = findings_->isChecked();
    return options;
}

} // namespace speelveld::gui
