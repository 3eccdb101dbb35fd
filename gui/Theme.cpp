#include "Theme.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QPen>
#include <QPolygonF>

namespace speelveld::gui {

namespace {
// One switch for the whole program: the canvas, its relation layers and the legend all draw through these
// functions, so presentation mode changes their looks without reaching into each of them.
MapLooks looks = MapLooks::Standard;

bool projector() { return looks == MapLooks::Projector; }

/// Projectors wash out pale colours and thin lines: black outlines, thicker lines, and the Okabe–Ito palette,
/// which stays apart for every common kind of colour blindness. The dashes are the standard ones, so colour is
/// never the only cue.
RelationStyle projectorStyle(RelationType type, RelationStyle standard)
{
    auto colour = [](const char* hex) { return QColor(QLatin1StringView{hex}); };
    switch (type) {
    case RelationType::Commissions:
    case RelationType::Advises:
        standard.colour = colour("#0072b2"); // blue; solid against dashed
        break;
    case RelationType::Funds:
        standard.colour = colour("#009e73"); // bluish green
        break;
    case RelationType::AccountableTo:
    case RelationType::DependsOn:
        standard.colour = colour("#000000"); // dashed against dash-dot-dot
        break;
    case RelationType::Supervises:
        standard.colour = colour("#cc79a7"); // reddish purple
        break;
    case RelationType::RefersTo:
        standard.colour = colour("#e69f00"); // orange
        break;
    case RelationType::CollaboratesWith:
        standard.colour = colour("#56b4e9"); // sky blue, solid, without arrowheads
        break;
    case RelationType::MemberOf:
    case RelationType::Informs:
        standard.colour = colour("#555555"); // dotted; strength sets the width
        break;
    }
    standard.width *= 1.8;
    return standard;
}
} // namespace

void setMapLooks(MapLooks next) { looks = next; }
MapLooks mapLooks() { return looks; }

KindStyle styleFor(ActorKind kind)
{
    // ColorBrewer Set3 and Paired, light enough for dark text; shapes differ where hues are close.
    auto style = [](const char* fill, NodeShape shape) {
        const QColor colour(QLatin1StringView{fill});
        if (projector()) {
            return KindStyle{colour.lighter(108), Qt::black, shape, 2.6};
        }
        return KindStyle{colour, colour.darker(190), shape};
    };
    switch (kind) {
    case ActorKind::Municipality:
        return style("#80b1d3", NodeShape::RoundedRect);
    case ActorKind::Council:
        return style("#bebada", NodeShape::Hexagon);
    case ActorKind::Director:
        return style("#a6cee3", NodeShape::Ellipse);
    case ActorKind::RegionalBody:
        return style("#8dd3c7", NodeShape::Octagon);
    case ActorKind::Ministry:
        return style("#fb8072", NodeShape::Rect);
    case ActorKind::UmbrellaBody:
        return style("#fccde5", NodeShape::Octagon);
    case ActorKind::Provider:
        return style("#fdb462", NodeShape::Rect);
    case ActorKind::NetworkOrganisation:
        return style("#b3de69", NodeShape::RoundedRect);
    case ActorKind::AccessTeam:
        return style("#ffed6f", NodeShape::Diamond);
    case ActorKind::Supervisor:
        return style("#bc80bd", NodeShape::Hexagon);
    case ActorKind::Advisor:
        return style("#ccebc5", NodeShape::Ellipse);
    case ActorKind::Insurer:
        return style("#e5c494", NodeShape::Parallelogram);
    case ActorKind::ResidentInitiative:
        return style("#ffffb3", NodeShape::Ellipse);
    case ActorKind::ClientCouncil:
        return style("#d9d9d9", NodeShape::Parallelogram);
    }
    return style("#d9d9d9", NodeShape::Rect);
}

RelationStyle styleFor(RelationType type)
{
    // Okabe–Ito-like hues, each with its own dash pattern so types stay apart in grey print too.
    auto style = [type](const char* colour, Qt::PenStyle dash, qreal width, bool arrow = true) {
        const RelationStyle standard{QColor(QLatin1StringView{colour}), dash, width, arrow};
        return projector() ? projectorStyle(type, standard) : standard;
    };
    switch (type) {
    case RelationType::Commissions:
        return style("#0b4f9c", Qt::SolidLine, 2.4);
    case RelationType::Funds:
        return style("#00806a", Qt::SolidLine, 1.8);
    case RelationType::AccountableTo:
        return style("#8c5a00", Qt::DashLine, 1.5);
    case RelationType::Supervises:
        return style("#b2182b", Qt::DashDotLine, 1.6);
    case RelationType::RefersTo:
        return style("#d55e00", Qt::SolidLine, 1.6);
    case RelationType::CollaboratesWith:
        return style("#7b3294", Qt::SolidLine, 1.6, false);
    case RelationType::MemberOf:
        return style("#555555", Qt::DotLine, 1.5);
    case RelationType::Advises:
        return style("#0072b2", Qt::DashLine, 1.3);
    case RelationType::Informs:
        return style("#8a8a8a", Qt::DotLine, 1.2);
    case RelationType::DependsOn:
        return style("#333333", Qt::DashDotDotLine, 1.4);
    }
    return style("#333333", Qt::SolidLine, 1.0);
}

QPen relationPen(RelationType type, int strength)
{
    const RelationStyle style = styleFor(type);
    QPen pen(style.colour, style.width * (0.6 + 0.2 * strength), style.dash, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(false);
    return pen;
}

QFont mapFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(projector() ? 14 : 12);
    font.setBold(projector()); // thin strokes vanish on a projector
    font.setStyleHint(QFont::SansSerif);
    return font;
}

QPainterPath shapePath(NodeShape shape, const QRectF& rect)
{
    QPainterPath path;
    const qreal w = rect.width();
    const qreal h = rect.height();
    const QPointF c = rect.center();
    switch (shape) {
    case NodeShape::RoundedRect:
        path.addRoundedRect(rect, 8, 8);
        break;
    case NodeShape::Rect:
        path.addRect(rect);
        break;
    case NodeShape::Ellipse:
        path.addEllipse(rect);
        break;
    case NodeShape::Diamond:
        path.addPolygon(QPolygonF({{c.x(), rect.top()},
                                   {rect.right(), c.y()},
                                   {c.x(), rect.bottom()},
                                   {rect.left(), c.y()},
                                   {c.x(), rect.top()}}));
        break;
    case NodeShape::Hexagon: {
        const qreal inset = std::min(h / 2, w / 4);
        path.addPolygon(QPolygonF({{rect.left() + inset, rect.top()},
                                   {rect.right() - inset, rect.top()},
                                   {rect.right(), c.y()},
                                   {rect.right() - inset, rect.bottom()},
                                   {rect.left() + inset, rect.bottom()},
                                   {rect.left(), c.y()},
                                   {rect.left() + inset, rect.top()}}));
        break;
    }
    case NodeShape::Octagon: {
        const qreal inset = std::min(h, w) * 0.28;
        path.addPolygon(QPolygonF({{rect.left() + inset, rect.top()},
                                   {rect.right() - inset, rect.top()},
                                   {rect.right(), rect.top() + inset},
                                   {rect.right(), rect.bottom() - inset},
                                   {rect.right() - inset, rect.bottom()},
                                   {rect.left() + inset, rect.bottom()},
                                   {rect.left(), rect.bottom() - inset},
                                   {rect.left(), rect.top() + inset},
                                   {rect.left() + inset, rect.top()}}));
        break;
    }
    case NodeShape::Parallelogram: {
        const qreal slant = std::min(h * 0.5, w / 5);
        path.addPolygon(QPolygonF({{rect.left() + slant, rect.top()},
                                   {rect.right(), rect.top()},
                                   {rect.right() - slant, rect.bottom()},
                                   {rect.left(), rect.bottom()},
                                   {rect.left() + slant, rect.top()}}));
        break;
    }
    }
    return path;
}

QSizeF shapeAllowance(NodeShape shape)
{
    switch (shape) {
    case NodeShape::Diamond:
        return {1.7, 1.9};
    case NodeShape::Ellipse:
        return {1.3, 1.35};
    case NodeShape::Hexagon:
    case NodeShape::Parallelogram:
        return {1.25, 1.0};
    case NodeShape::Octagon:
        return {1.15, 1.1};
    case NodeShape::RoundedRect:
    case NodeShape::Rect:
        break;
    }
    return {1.0, 1.0};
}

QColor backgroundColour() { return QColor(0xff, 0xff, 0xff); }
QColor textColour() { return projector() ? QColor(Qt::black) : QColor(0x1a, 0x1a, 0x1a); }
QColor clusterFill() { return projector() ? QColor(0, 0, 0, 0x10) : QColor(0xb3, 0xde, 0x69, 0x30); }
QColor clusterStroke() { return projector() ? QColor(0x44, 0x44, 0x44) : QColor(0x5a, 0x7d, 0x2a); }

QColor measureColour(double share)
{
    // ColorBrewer "Blues", from its second to its seventh class.
    static const std::array<QColor, 4> stops{QColor(0xef, 0xf3, 0xff), QColor(0xbd, 0xd7, 0xe7),
                                             QColor(0x6b, 0xae, 0xd6), QColor(0x31, 0x82, 0xbd)};
    const double t = std::clamp(std::isfinite(share) ? share : 0.0, 0.0, 1.0) * (stops.size() - 1);
    const auto low = std::min(static_cast<std::size_t>(t), stops.size() - 2);
    const double f = t - static_cast<double>(low);
    const QColor& a = stops[low];
    const QColor& b = stops[low + 1];
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor spotlightColour() { return {0xd5, 0x5e, 0x00}; }

} // namespace speelveld::gui
