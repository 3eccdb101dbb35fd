#include "PrintedTable.h"

#include "gui/Theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <numeric>

namespace speelveld::gui {
namespace {

constexpr qreal kPadX = 4;
constexpr qreal kPadY = 2;
// Text laid out on a PDF or SVG device can come out a little wider than QFontMetricsF measured it.
constexpr qreal kSlack = 1.5;
constexpr qreal kTall = 1e6;

QFont boldOf(const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

qreal wrappedHeight(const QString& text, const QFont& font, qreal width)
{
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, kTall), Qt::TextWordWrap, text).height();
}

qreal longestWord(const QString& text, const QFontMetricsF& metrics)
{
    qreal widest = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest;
}

} // namespace

qreal TableLayout::width() const { return std::accumulate(widths.begin(), widths.end(), 0.0); }

qreal TableLayout::height(std::size_t first, std::size_t last) const
{
    last = std::min(last, rowHeights.size());
    qreal total = headerHeight;
    for (std::size_t row = first; row < last; ++row) {
        total += rowHeights[row];
    }
    return total;
}

TableLayout layoutTable(const PrintedTable& table, const QFont& font, qreal maxTextWidth)
{
    TableLayout layout;
    layout.font = font;
    const QFontMetricsF metrics(font);
    const QFontMetricsF headerMetrics(boldOf(font));
    const auto columns = static_cast<std::size_t>(table.header.size());
    layout.widths.assign(columns, 0);
    for (std::size_t column = 0; column < columns; ++column) {
        const QString& title = table.header[static_cast<qsizetype>(column)];
        qreal width = longestWord(title, headerMetrics);
        const bool text = !table.isNumeric(column);
        for (const QStringList& cells : table.rows) {
            const QString& cell = cells.value(static_cast<qsizetype>(column));
            width = std::max(width, text ? std::max(std::min(metrics.horizontalAdvance(cell), maxTextWidth),
                                                    longestWord(cell, metrics))
                                         : metrics.horizontalAdvance(cell));
        }
        layout.widths[column] = std::ceil(width + kSlack) + 2 * kPadX;
    }
    for (std::size_t column = 0; column < columns; ++column) {
        layout.headerHeight =
            std::max(layout.headerHeight, wrappedHeight(table.header[static_cast<qsizetype>(column)], boldOf(font),
                                                        layout.widths[column] - 2 * kPadX));
    }
    layout.headerHeight += 2 * kPadY;
    for (const QStringList& cells : table.rows) {
        qreal height = metrics.height();
        for (std::size_t column = 0; column < layout.widths.size(); ++column) {
            if (!table.isNumeric(column)) {
                height = std::max(height, wrappedHeight(cells.value(static_cast<qsizetype>(column)), font,
                                                        layout.widths[column] - 2 * kPadX));
            }
        }
        layout.rowHeights.push_back(height + 2 * kPadY);
    }
    return layout;
}

void paintTable(QPainter& painter, const QPointF& origin, const PrintedTable& table, const TableLayout& layout,
                std::size_t first, std::size_t last)
{
    last = std::min(last, table.rows.size());
    painter.save();
    const qreal width = layout.width();
    auto paintCells = [&](const QStringList& cells, qreal y, qreal height) {
        qreal x = origin.x();
        for (std::size_t column = 0; column < layout.widths.size(); ++column) {
            const bool text = !table.isNumeric(column);
            const QRectF cell(x + kPadX, y + kPadY, layout.widths[column] - 2 * kPadX, height - 2 * kPadY);
            painter.drawText(cell, (text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop | Qt::TextWordWrap,
                             cells.value(static_cast<qsizetype>(column)));
            x += layout.widths[column];
        }
    };
    qreal y = origin.y();
    painter.fillRect(QRectF(origin.x(), y, width, layout.headerHeight), QColor(0xe8, 0xe8, 0xe8));
    painter.setPen(textColour());
    painter.setFont(boldOf(layout.font));
    paintCells(table.header, y, layout.headerHeight);
    y += layout.headerHeight;
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
    painter.drawLine(QPointF(origin.x(), y), QPointF(origin.x() + width, y));
    painter.setFont(layout.font);
    for (std::size_t row = first; row < last; ++row) {
        const qreal height = layout.rowHeights[row];
        if ((row - first) % 2 == 1) {
            painter.fillRect(QRectF(origin.x(), y, width, height), QColor(0xf4, 0xf4, 0xf4));
        }
        painter.setPen(textColour());
        paintCells(table.rows[row], y, height);
        y += height;
    }
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
    painter.drawLine(QPointF(origin.x(), y), QPointF(origin.x() + width, y));
    painter.restore();
}

qreal paragraphHeight(const QString& text, const QFont& font, qreal width)
{
    return std::ceil(wrappedHeight(text, font, width - kSlack));
}

qreal paintParagraph(QPainter& painter, const QPointF& origin, const QString& text, const QFont& font, qreal width)
{
    const qreal height = paragraphHeight(text, font, width);
    painter.save();
    painter.setFont(font);
    painter.setPen(textColour());
    painter.drawText(QRectF(origin, QSizeF(width - kSlack, height)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     text);
    painter.restore();
    return height;
}

QFont printFont(int pixelSize, bool bold)
{
    QFont font = mapFont();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace speelveld::gui
