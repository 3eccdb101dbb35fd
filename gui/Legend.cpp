#include "Legend.h"

#include "gui/Labels.h"
#include "gui/Theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <algorithm>
#include <set>

namespace speelveld::gui {
namespace {

constexpr qreal kRow = 22;
constexpr qreal kSwatch = 34;
constexpr qreal kGap = 8;
constexpr qreal kPadding = 10;

QFont headingFont()
{
    QFont font = mapFont();
    font.setBold(true);
    return font;
}

QString actorsHeading() { return QCoreApplication::translate("Legend", "Actors"); }
QString relationsHeading() { return QCoreApplication::translate("Legend", "Relations"); }
QString groupLabel() { return QCoreApplication::translate("Legend", "Group (cluster)"); }
QString sizeHeading(const MeasureScale& scale)
{
    return QCoreApplication::translate("Legend", "Size: %1").arg(scale.title);
}
QString colourHeading(const MeasureScale& scale)
{
    return QCoreApplication::translate("Legend", "Colour: %1").arg(scale.title);
}
QString rangeText(const MeasureScale& scale)
{
    return QCoreApplication::translate("Legend", "%1 to %2")
        .arg(QString::number(scale.low, 'f', scale.decimals), QString::number(scale.high, 'f', scale.decimals));
}

/// Each measure scale takes a heading and one row with its swatch and range.
int scaleRows(const LegendContent& content) { return (content.size ? 2 : 0) + (content.colour ? 2 : 0); }

} // namespace

LegendContent legendFor(const Network& network)
{
    const std::set<ActorKind> kinds = kindsIn(network);
    const std::set<RelationType> types = relationTypesIn(network);
    LegendContent content;
    for (ActorKind kind : allActorKinds()) {
        if (kinds.count(kind) != 0) {
            content.kinds.push_back(kind);
        }
    }
    for (RelationType type : allRelationTypes()) {
        if (types.count(type) != 0) {
            content.types.push_back(type);
        }
    }
    content.groups = !network.groups().empty();
    return content;
}

QSizeF legendSize(const LegendContent& content)
{
    const QFontMetricsF text(mapFont());
    const QFontMetricsF heading(headingFont());
    qreal width = std::max(heading.horizontalAdvance(actorsHeading()), heading.horizontalAdvance(relationsHeading()));
    for (ActorKind kind : content.kinds) {
        width = std::max(width, kSwatch + kGap + text.horizontalAdvance(label(kind)));
    }
    for (RelationType type : content.types) {
        width = std::max(width, kSwatch + kGap + text.horizontalAdvance(label(type)));
    }
    if (content.groups) {
        width = std::max(width, kSwatch + kGap + text.horizontalAdvance(groupLabel()));
    }
    if (content.size) {
        width = std::max({width, heading.horizontalAdvance(sizeHeading(*content.size)),
                          kSwatch + kGap + text.horizontalAdvance(rangeText(*content.size))});
    }
    if (content.colour) {
        width = std::max({width, heading.horizontalAdvance(colourHeading(*content.colour)),
                          kSwatch + kGap + text.horizontalAdvance(rangeText(*content.colour))});
    }
    const auto rows = static_cast<qreal>(content.kinds.size() + content.types.size() + (content.groups ? 1 : 0) + 2 +
                                         scaleRows(content));
    const qreal gaps = scaleRows(content) > 0 ? 2 * kGap : kGap;
    return {std::ceil(width + 2 * kPadding), std::ceil(rows * kRow + gaps + 2 * kPadding)};
}

void paintLegend(QPainter& painter, const QPointF& origin, const LegendContent& content)
{
    painter.save();
    const QSizeF size = legendSize(content);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
    painter.setBrush(QColor(0xff, 0xff, 0xff, 0xee));
    painter.drawRoundedRect(QRectF(origin, size), 6, 6);
    qreal y = origin.y() + kPadding;
    const qreal x = origin.x() + kPadding;
    auto heading = [&](const QString& title) {
        painter.setFont(headingFont());
        painter.setPen(textColour());
        painter.drawText(QRectF(x, y, size.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += kRow;
    };
    auto text = [&](const QString& words) {
        painter.setFont(mapFont());
        painter.setPen(textColour());
        painter.drawText(QRectF(x + kSwatch + kGap, y, size.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter, words);
        y += kRow;
    };
    heading(actorsHeading());
    for (ActorKind kind : content.kinds) {
        const KindStyle style = styleFor(kind);
        painter.setPen(QPen(style.stroke, 1.2));
        painter.setBrush(style.fill);
        painter.drawPath(shapePath(style.shape, QRectF(x, y + 3, kSwatch, kRow - 6)));
        text(label(kind));
    }
    if (content.groups) {
        painter.setPen(QPen(clusterStroke(), 1.2, Qt::DashLine));
        painter.setBrush(clusterFill());
        painter.drawRoundedRect(QRectF(x, y + 3, kSwatch, kRow - 6), 5, 5);
        text(groupLabel());
    }
    y += kGap;
    heading(relationsHeading());
    for (RelationType type : content.types) {
        const QPen pen = relationPen(type, 3);
        painter.setPen(pen);
        const qreal mid = y + kRow / 2;
        const qreal end = x + kSwatch - (styleFor(type).arrow ? 7 : 0);
        painter.drawLine(QPointF(x, mid), QPointF(end, mid));
        if (styleFor(type).arrow) {
            painter.setPen(QPen(pen.color(), 1));
            painter.setBrush(pen.color());
            painter.drawPolygon(QPolygonF(
                {QPointF(x + kSwatch, mid), QPointF(x + kSwatch - 9, mid - 4), QPointF(x + kSwatch - 9, mid + 4)}));
        }
        text(label(type));
    }
    if (scaleRows(content) > 0) {
        y += kGap;
    }
    if (content.size) {
        heading(sizeHeading(*content.size));
        // A small and a large box: the smallest and the largest value.
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(x + 2, y + 8, 10, 7), 2, 2);
        painter.drawRoundedRect(QRectF(x + 15, y + 2, kSwatch - 15, kRow - 4), 3, 3);
        text(rangeText(*content.size));
    }
    if (content.colour) {
        heading(colourHeading(*content.colour));
        QLinearGradient ramp(QPointF(x, 0), QPointF(x + kSwatch, 0));
        for (int i = 0; i <= 4; ++i) {
            ramp.setColorAt(i / 4.0, measureColour(i / 4.0));
        }
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        painter.setBrush(ramp);
        painter.drawRect(QRectF(x, y + 4, kSwatch, kRow - 8));
        text(rangeText(*content.colour));
    }
    painter.restore();
}

} // namespace speelveld::gui
