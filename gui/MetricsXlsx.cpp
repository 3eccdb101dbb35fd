#include "MetricsXlsx.h"

#include "core/UserError.h"
#include "gui/AtomicWrite.h"
#include "gui/FindingText.h"
#include "gui/Labels.h"
#include "gui/MeasureColumns.h"
#include "gui/MetricsText.h"
#include "gui/TranslationContexts.h"

#include <QFile>
#include <cmath>
#include <map>
#include <utility>
#include <xlsxwriter.h>

namespace speelveld::gui {
namespace {

[[noreturn]] void fail(const QString& path, const std::string& place, const std::string& why)
{
    throw UserError(path.toStdString(), place, "the workbook could not be written (" + why + ")",
                    "Check the folder exists, that you may write there and that the disk is not full");
}

/// Owns a libxlsxwriter workbook: close() writes the file; a workbook dropped unwritten is freed unwritten.
class Workbook {
public:
    explicit Workbook(const QString& file) : handle_(workbook_new(QFile::encodeName(file).constData())) {}
    ~Workbook()
    {
        if (handle_ != nullptr) {
            lxw_workbook_free(handle_);
        }
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return handle_; }
    lxw_error close() { return workbook_close(std::exchange(handle_, nullptr)); }

private:
    lxw_workbook* handle_;
};

/// One sheet: cells written with their errors turned into UserErrors, and column widths that fit the texts.
class Sheet {
public:
    Sheet(const Workbook& book, const QString& name, const QString& path) : path_(path), name_(name.toStdString())
    {
        sheet_ = workbook_add_worksheet(book.get(), name_.c_str());
        if (sheet_ == nullptr) {
            fail(path_, "sheet " + name_, "the sheet could not be added");
        }
    }
    ~Sheet() = default;
    Sheet(const Sheet&) = delete;
    Sheet& operator=(const Sheet&) = delete;

    lxw_worksheet* get() const { return sheet_; }

    /// Text as a string cell: write_string never makes a formula of "=1+1".
    void text(lxw_row_t row, lxw_col_t column, const QString& value, lxw_format* format = nullptr)
    {
        if (value.isEmpty()) {
            return;
        }
        check(worksheet_write_string(sheet_, row, column, value.toUtf8().constData(), format), row, column);
        fit(column, value.size());
    }
    void number(lxw_row_t row, lxw_col_t column, double value, lxw_format* format)
    {
        if (std::isnan(value)) {
            return; // an empty cell, as in the CSV
        }
        check(worksheet_write_number(sheet_, row, column, value, format), row, column);
        fit(column, 8);
    }
    /// Sets the widths of the columns written so far; `widest` caps long texts (they wrap in the cell instead).
    void setWidths(qsizetype widest)
    {
        for (const auto& [column, characters] : widths_) {
            worksheet_set_column(sheet_, column, column, static_cast<double>(std::min(characters, widest) + 2),
                                 nullptr);
        }
    }

private:
    void check(lxw_error error, lxw_row_t row, lxw_col_t column)
    {
        if (error != LXW_NO_ERROR) {
            char cell[16] = {};
            lxw_rowcol_to_cell(cell, row, column);
            fail(path_, "sheet " + name_ + ", cell " + cell, lxw_strerror(error));
        }
    }
    void fit(lxw_col_t column, qsizetype characters)
    {
        qsizetype& width = widths_[column];
        width = std::max(width, characters);
    }

    QString path_;
    std::string name_;
    lxw_worksheet* sheet_ = nullptr;
    std::map<lxw_col_t, qsizetype> widths_;
};

/// The number formats of the workbook, one per count of decimals.
class NumberFormats {
public:
    explicit NumberFormats(lxw_workbook* book) : book_(book) {}
    lxw_format* decimals(int count)
    {
        lxw_format*& format = formats_[count];
        if (format == nullptr) {
            format = workbook_add_format(book_);
            const std::string pattern = count > 0 ? "0." + std::string(static_cast<std::size_t>(count), '0') : "0";
            format_set_num_format(format, pattern.c_str());
        }
        return format;
    }

private:
    lxw_workbook* book_;
    std::map<int, lxw_format*> formats_;
};

void measuresSheet(Sheet& sheet, lxw_format* bold, NumberFormats& formats, const MetricsResult& m,
                   const Network& network)
{
    const auto columns = measureColumns();
    sheet.text(0, 0, Measures::tr("Actor"), bold);
    sheet.text(0, 1, Measures::tr("Kind"), bold);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        sheet.text(0, static_cast<lxw_col_t>(c + 2), columns[c].title, bold);
    }
    for (std::size_t row = 0; row < m.actors.size(); ++row) {
        const auto r = static_cast<lxw_row_t>(row + 1);
        const Actor* actor = network.actor(m.actors[row]);
        sheet.text(r, 0, actor ? qs(actor->name) : QString());
        sheet.text(r, 1, actor ? label(actor->kind) : QString());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            sheet.number(r, static_cast<lxw_col_t>(c + 2), columns[c].value(m, row),
                         formats.decimals(columns[c].decimals));
        }
    }
    // The header and the names stay in sight while scrolling; a filter on every column.
    worksheet_freeze_panes(sheet.get(), 1, 1);
    worksheet_autofilter(sheet.get(), 0, 0, static_cast<lxw_row_t>(m.actors.size()),
                         static_cast<lxw_col_t>(columns.size() + 1));
    sheet.setWidths(50);
}

void networkSheet(Sheet& sheet, lxw_format* bold, lxw_format* wrap, NumberFormats& formats, const MetricsResult& m,
                  const Network& network)
{
    sheet.text(0, 0, Measures::tr("Figure"), bold);
    sheet.text(0, 1, Measures::tr("Value"), bold);
    sheet.text(0, 2, Measures::tr("What it means"), bold);
    lxw_row_t row = 1;
    for (const NetworkFigure& figure : networkFigures(m)) {
        sheet.text(row, 0, figure.title);
        sheet.number(row, 1, figure.value, formats.decimals(figure.decimals));
        sheet.text(row, 2, figure.explanation, wrap);
        ++row;
    }
    const QString note = estimateNote(m.structure);
    if (!note.isEmpty()) {
        sheet.text(row++, 2, note, wrap);
    }
    ++row;
    sheet.text(row, 0, Findings::tr("Governance mode (heuristic)"), bold);
    sheet.text(row, 1, governanceName(m.governance.mode));
    sheet.text(row, 2, governanceExplanation(m.governance, network), wrap);
    worksheet_freeze_panes(sheet.get(), 1, 0);
    sheet.setWidths(80);
}

void findingsSheet(Sheet& sheet, lxw_format* bold, lxw_format* wrap, const MetricsResult& m, const Network& network)
{
    sheet.text(0, 0, Findings::tr("Check"), bold);
    sheet.text(0, 1, Findings::tr("Finding"), bold);
    sheet.text(0, 2, Findings::tr("Actors"), bold);
    lxw_row_t row = 1;
    for (const Finding& finding : m.roleClarity.findings) {
        QStringList names;
        for (const Id id : finding.actors) {
            names << (network.actor(id) ? qs(network.actor(id)->name) : QStringLiteral("#%1").arg(id));
        }
        sheet.text(row, 0, checkName(finding.check));
        sheet.text(row, 1, describe(finding, network), wrap);
        sheet.text(row, 2, names.join(QStringLiteral(", ")), wrap);
        ++row;
    }
    worksheet_freeze_panes(sheet.get(), 1, 0);
    if (row > 1) {
        worksheet_autofilter(sheet.get(), 0, 0, row - 1, 2);
    }
    sheet.setWidths(80);
}

} // namespace

void writeMetricsXlsx(const QString& path, const MetricsResult& m, const Network& network)
{
    // libxlsxwriter writes to a file name only.
    writeAtomicallyByName(path, "the workbook", [&](const QString& written) {
        Workbook book(written);
        if (book.get() == nullptr) {
            fail(path, "", "libxlsxwriter could not start a workbook");
        }
        lxw_format* bold = workbook_add_format(book.get());
        format_set_bold(bold);
        lxw_format* wrap = workbook_add_format(book.get());
        format_set_text_wrap(wrap);
        format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
        NumberFormats formats(book.get());
        Sheet measures(book, Measures::tr("Measures"), path);
        measuresSheet(measures, bold, formats, m, network);
        Sheet figures(book, Measures::tr("Network"), path);
        networkSheet(figures, bold, wrap, formats, m, network);
        Sheet findings(book, Findings::tr("Findings"), path);
        findingsSheet(findings, bold, wrap, m, network);
        if (const lxw_error error = book.close(); error != LXW_NO_ERROR) {
            fail(path, "", lxw_strerror(error));
        }
    });
}

} // namespace speelveld::gui
