#pragma once
// Asks how a map export should look: its title, the legend, the metric table and the findings below the map,
// and the resolution of a PNG picture.

#include "gui/MapExporter.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace speelveld::gui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(const ExportOptions& initial, QWidget* parent = nullptr);

    /// The options as chosen (the format stays the initial one).
    ExportOptions options() const;

    QLineEdit* titleField() const { return title_; }
    QCheckBox* legendBox() const { return legend_; }
    QCheckBox* tableBox() const { return table_; }
    QCheckBox* findingsBox() const { return findings_; }
    QSpinBox* dpiField() const { return dpi_; }

private:
    ExportFormat format_;
    QLineEdit* title_ = nullptr;
    QCheckBox* legend_ = nullptr;
    QCheckBox* table_ = nullptr;
    QCheckBox* findings_ = nullptr;
    QSpinBox* dpi_ = nullptr;
};

} // namespace speelveld::gui
