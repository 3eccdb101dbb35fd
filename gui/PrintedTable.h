#pragma once
// A table and wrapped paragraphs as printed on paper or in a picture (the diagram exports and the PDF report):
// measured first, so pages can be laid out, then painted. Units are points; fonts have pixel sizes.

#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;

namespace speelveld::gui {

/// The cells of a table. Text columns are left-aligned and wrap; number columns are right-aligned.
struct PrintedTable {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> numeric; ///< per column; a column missing here holds text

    bool isNumeric(std::size_t column) const { return column < numeric.size() && numeric[column]; }
};

/// Where the cells of a PrintedTable go: column widths and row heights for one font.
struct TableLayout {
    QFont font;
    std::vector<qreal> widths;
    qreal headerHeight = 0;
    std::vector<qreal> rowHeights;

    qreal width() const;
    /// The header and rows [first, last).
    qreal height(std::size_t first, std::size_t last) const;
};

/// Measures the table in `font`; a text column wraps its words beyond `maxTextWidth`, a header at its spaces.
TableLayout layoutTable(const PrintedTable& table, const QFont& font, qreal maxTextWidth);

/// Paints the header and then rows [first, last) with the top-left corner at `origin`.
void paintTable(QPainter& painter, const QPointF& origin, const PrintedTable& table, const TableLayout& layout,
                std::size_t first, std::size_t last);

/// The height of `text` wrapped at `width` in `font`.
qreal paragraphHeight(const QString& text, const QFont& font, qreal width);
/// Paints `text` wrapped at `width` from `origin`; returns the height used.
qreal paintParagraph(QPainter& painter, const QPointF& origin, const QString& text, const QFont& font, qreal width);

/// DejaVu Sans at this pixel size (points on paper), bold or not: the one family of every printed text.
QFont printFont(int pixelSize, bool bold = false);

} // namespace speelveld::gui
