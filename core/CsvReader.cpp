#include "CsvReader.h"

#include "CsvCell.h"
#include "TextCheck.h"
#include "UserError.h"

#include <csv.h>

#include <algorithm>
#include <array>
#include <exception>

namespace speelveld {
namespace {

/// Owns a libcsv parser.
class Parser {
public:
    explicit Parser(unsigned char options)
    {
        if (csv_init(&parser_, options) != 0) {
            throw std::bad_alloc();
        }
    }
    ~Parser() { csv_free(&parser_); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
    csv_parser* get() { return &parser_; }

private:
    csv_parser parser_{};
};

// libcsv trims spaces and tabs around unquoted cells by default; a name that ends in a space must come back
// as written, so nothing counts as a space.
int noSpace(unsigned char) { return 0; }

/// The separator the heading line uses most, outside quotes: ';' for Dutch Excel, tab, or ','.
char separatorOf(std::string_view text)
{
    std::array<std::size_t, 3> counts{};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted) {
            counts[0] += c == ',' ? 1 : 0;
            counts[1] += c == ';' ? 1 : 0;
            counts[2] += c == '\t' ? 1 : 0;
        }
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2]) {
        return ';';
    }
    return counts[2] > counts[0] ? '\t' : ',';
}

struct Reading {
    const CsvText* csv = nullptr;
    const CsvLimits* limits = nullptr;
    const std::function<void(std::vector<std::string>&, std::size_t)>* row = nullptr;
    std::vector<std::string> cells;
    std::size_t headings = 0; ///< 0 until the heading line is read
    std::size_t records = 0;
    std::size_t rowLine = 1;
    std::exception_ptr failure;

    [[noreturn]] void fail(std::size_t line, const std::string& problem, const std::string& hint) const
    {
        throw UserError(csv->name, "line " + std::to_string(line), problem, hint);
    }

    void cell(const void* data, std::size_t length)
    {
        if (length > limits->maxCellBytes) {
            fail(rowLine, "a cell is longer than the limit of " + std::to_string(limits->maxCellBytes) + " bytes",
                 "Shorten it, or check that every quote in the file is closed");
        }
        cells.push_back(csvCellText(std::string_view(static_cast<const char*>(data), length)));
    }

    void end()
    {
        const bool blank = std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
            return c.find_first_not_of(" \t") == std::string::npos;
        });
        if (headings == 0) {
            if (blank) {
                fail(rowLine, "the first line holds no headings",
                     "Put the column headings (Label, Type, ... or From, To, ...) on the first line");
            }
            headings = cells.size();
        } else if (blank) {
            cells.clear();
            return;
        } else if (cells.size() != headings) {
            fail(rowLine,
                 "this record has " + std::to_string(cells.size()) + " cells, but the heading line has " +
                     std::to_string(headings),
                 "Check for a separator too many or too few, or a quote that is not closed");
        } else if (++records > limits->maxRows) {
            fail(rowLine, "the file has more than " + std::to_string(limits->maxRows) + " records, the limit",
                 "Split the file or import a smaller network");
        }
        (*row)(cells, rowLine);
        cells.clear();
    }
};

void onCell(void* data, std::size_t length, void* context)
{
    auto* reading = static_cast<Reading*>(context);
    if (reading->failure) {
        return;
    }
    // Exceptions must not unwind through libcsv's C frames: keep them and rethrow after csv_parse returns.
    try {
        reading->cell(data, length);
    } catch (...) {
        reading->failure = std::current_exception();
    }
}

void onRowEnd(int, void* context)
{
    auto* reading = static_cast<Reading*>(context);
    if (reading->failure) {
        return;
    }
    try {
        reading->end();
    } catch (...) {
        reading->failure = std::current_exception();
    }
}

/// The text as UTF-8 without a byte-order mark; Windows-1252 is converted, anything else refused.
std::string decoded(const CsvText& csv, ImportTally& tally)
{
    std::string_view text = csv.text;
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
        text.remove_prefix(3);
    } else if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0) {
        throw UserError(csv.name, "", "the file is UTF-16 text, which Speelveld does not read",
                        "Save it from the spreadsheet as \"CSV UTF-8\"");
    }
    const auto bad = firstInvalidUtf8(text);
    if (!bad) {
        return std::string(text);
    }
    if (text.find('\0') != std::string_view::npos) {
        throw UserError(csv.name, "line " + std::to_string(lineAt(text, text.find('\0'))),
                        "the file holds a NUL byte, so it is not a CSV text file",
                        "Choose the CSV file the spreadsheet saved (not a workbook or another file)");
    }
    if (auto converted = utf8FromWindows1252(text)) {
        tally.note(csv.name + " is not UTF-8; it was read as Windows-1252, the encoding older Excel versions use "
                              "for CSV.");
        return *converted;
    }
    throw UserError(csv.name, "line " + std::to_string(lineAt(text, *bad)), "the file is not text in UTF-8",
                    "Save it from the spreadsheet as \"CSV UTF-8\"");
}

} // namespace

CsvText readCsvFile(const std::filesystem::path& file, const CsvLimits& limits)
{
    return {readTextFile(file, limits.maxBytes), file.string()};
}

void readCsvRows(const CsvText& csv, const CsvLimits& limits, ImportTally& tally,
                 const std::function<void(std::vector<std::string>& cells, std::size_t line)>& row)
{
    if (csv.text.size() > limits.maxBytes) {
        throw UserError(csv.name, "",
                        "the text is larger than the limit of " + std::to_string(limits.maxBytes) + " bytes",
                        "Split it or import a smaller network");
    }
    const std::string text = decoded(csv, tally);
    const char separator = separatorOf(text);
    if (separator != ',') {
        tally.note(csv.name + " uses " + (separator == ';' ? "';'" : "tabs") +
                   " between cells (found from the heading line).");
    }
    Parser parser(CSV_STRICT | CSV_STRICT_FINI);
    csv_set_delim(parser.get(), static_cast<unsigned char>(separator));
    csv_set_space_func(parser.get(), &noSpace);

    Reading reading;
    reading.csv = &csv;
    reading.limits = &limits;
    reading.row = &row;
    // Feed one physical line at a time, so every record knows the line it starts on.
    std::size_t line = 1;
    std::size_t start = 0;
    constexpr int kRowNotBegun = 0; // libcsv's parser state between records
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size() - 1) + 1;
        if (parser.get()->pstate == kRowNotBegun) {
            reading.rowLine = line;
        }
        const std::size_t length = end - start;
        const std::size_t parsed = csv_parse(parser.get(), text.data() + start, length, &onCell, &onRowEnd, &reading);
        if (reading.failure) {
            std::rethrow_exception(reading.failure);
        }
        if (parsed != length) {
            reading.fail(line,
                         "a quote is in the wrong place (a quoted cell must be quoted from its first to its "
                         "last character)",
                         "Write a quote inside a cell as two quotes, \"\", and quote the whole cell");
        }
        start = end;
        ++line;
    }
    if (csv_fini(parser.get(), &onCell, &onRowEnd, &reading) != 0) {
        reading.fail(reading.rowLine, "a quoted cell that starts here is never closed", "Add the closing quote");
    }
    if (reading.failure) {
        std::rethrow_exception(reading.failure);
    }
    if (reading.headings == 0) {
        throw UserError(csv.name, "", "the file is empty", "Choose the CSV file with the headings on line 1");
    }
}

} // namespace speelveld
