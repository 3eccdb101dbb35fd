// MainWindow's import and data export: files of other programs in, the shown snapshot out as data.
// Kept apart from MainWindow.cpp, which is long enough.

#include "MainWindow.h"

#include "core/UserError.h"
#include "gui/DataExport.h"
#include "layouts/ImportFile.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace speelveld::gui {

std::optional<QString> MainWindow::importFile(const QString& path, const QString& connections, const QString& mapping)
{
    try {
        std::optional<std::filesystem::path> pair;
        if (!connections.isEmpty()) {
            pair = connections.toStdString();
        } else if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
                   QFileInfo::exists(connectionsPathFor(path))) {
            pair = connectionsPathFor(path).toStdString(); // what Export data writes beside the elements
        }
        const CsvColumnMapping columns =
            mapping.isEmpty() ? CsvColumnMapping{} : parseColumnMapping(mapping.toStdString());
        Imported imported = speelveld::importFile(path.toStdString(), pair, columns);
        if (imported.project.title.empty()) {
            imported.project.title = QFileInfo(path).completeBaseName().toStdString();
        }
        QStringList report;
        const Network& network = imported.project.snapshots.at(imported.project.current).network;
        report << tr("Read %1 as %2: %3 actors, %4 relations, %5 groups.")
                      .arg(QFileInfo(path).fileName(), QString::fromStdString(imported.report.format))
                      .arg(network.actors().size())
                      .arg(network.relations().size())
                      .arg(network.groups().size());
        if (pair) {
            report << tr("Relations from %1.").arg(QString::fromStdString(pair->filename().string()));
        }
        for (const auto& line : imported.report.mapped) {
            report << tr("Mapped: %1").arg(QString::fromStdString(line));
        }
        for (const auto& line : imported.report.kept) {
            report << tr("Kept: %1").arg(QString::fromStdString(line));
        }
        for (const auto& line : imported.report.notes) {
            report << tr("Note: %1").arg(QString::fromStdString(line));
        }
        // Not a project file: Save asks where to keep it, and the import is not written over.
        setProject(std::move(imported.project), path, false);
        importReport_ = report;
        return std::nullopt;
    } catch (const UserError& error) {
        return QString::fromStdString(error.what());
    }
}

void MainWindow::importDialog()
{
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a file of another program"), QFileInfo(filePath_).absolutePath(),
        tr("Network files (*.graphml *.gexf *.dot *.gv *.csv *.tsv *.txt);;GraphML (*.graphml);;GEXF (*.gexf);;"
           "DOT (*.dot *.gv);;Kumu CSV: the elements file (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString connections;
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ||
                     path.endsWith(QStringLiteral(".tsv"), Qt::CaseInsensitive) ||
                     path.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive);
    if (csv && !QFileInfo::exists(connectionsPathFor(path))) {
        connections =
            QFileDialog::getOpenFileName(this, tr("The connections file (Cancel: actors only)"),
                                         QFileInfo(path).absolutePath(), tr("CSV (*.csv *.tsv *.txt);;All files (*)"));
    }
    QString mapping;
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto error = importFile(path, connections, mapping);
        QApplication::restoreOverrideCursor();
        if (!error) {
            break;
        }
        if (!csv) {
            QMessageBox::critical(this, tr("Cannot import the file"), *error);
            return;
        }
        // A spreadsheet with headings of its own: let the user say which heading means what, and try again.
        bool ok = false;
        mapping = QInputDialog::getText(this, tr("Cannot import the file"),
                                        *error + QStringLiteral("\n\n") +
                                            tr("Headings of your own can be mapped, for example "
                                               "Organisatie=label,Soort=type,Van=from,Naar=to:"),
                                        QLineEdit::Normal, mapping, &ok);
        if (!ok || mapping.trimmed().isEmpty()) {
            return;
        }
    }
    QMessageBox box(QMessageBox::Information, tr("Imported"), importReport_.constFirst(), QMessageBox::Ok, this);
    box.setInformativeText(tr("The map is not saved yet: Save (Ctrl+S) keeps it as a Speelveld project."));
    box.setDetailedText(importReport_.join(QLatin1Char('\n')));
    box.exec();
}

std::variant<QStringList, QString> MainWindow::exportDataTo(const QString& path)
{
    const auto format = dataFormatFromKey(QFileInfo(path).suffix());
    if (!format) {
        return tr("%1: Speelveld cannot tell the format from the name. End it in .graphml, .gexf, .dot, .json, "
                  ".csv or .xlsx.")
            .arg(path);
    }
    try {
        Project project = project_;
        project.current = shown_;
        return exportData(project, project.snapshots.at(shown_), *format, path, *currentMetrics());
    } catch (const UserError& error) {
        return QString::fromStdString(error.what());
    }
}

void MainWindow::exportDataDialog()
{
    QFileInfo current(filePath_);
    QFileDialog dialog(this, tr("Export the network as data"),
                       current.absolutePath() + QLatin1Char('/') + current.completeBaseName() +
                           QStringLiteral(".graphml"),
                       tr("GraphML for Gephi and yEd (*.graphml);;GEXF for Gephi (*.gexf);;DOT for Graphviz (*.dot);;"
                          "CSV for Kumu and spreadsheets: NAME.csv and NAME-connections.csv (*.csv);;"
                          "Speelveld JSON (*.json);;Excel workbook of the measures (*.xlsx)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return;
    }
    QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo(path).suffix().isEmpty()) {
        // The extension of the chosen filter: "(*.gexf)" → ".gexf".
        const QString filter = dialog.selectedNameFilter();
        const qsizetype star = filter.lastIndexOf(QStringLiteral("*."));
        path += filter.mid(star + 1, filter.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = exportDataTo(path);
    QApplication::restoreOverrideCursor();
    if (const QString* error = std::get_if<QString>(&result)) {
        QMessageBox::critical(this, tr("Cannot export"), *error);
        return;
    }
    statusBar()->showMessage(tr("Wrote %1.").arg(std::get<QStringList>(result).join(tr(" and "))), 8000);
}

} // namespace speelveld::gui
