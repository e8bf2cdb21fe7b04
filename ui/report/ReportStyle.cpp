#include "ui/report/ReportStyle.h"

#include "ui/cohorts/CohortColourScale.h"

#include <QPaintDevice>

#include <algorithm>

namespace storelens::ui {

ReportStyle::ReportStyle(QPaintDevice *device)
    : m_device(device)
    , m_dpi(device ? device->logicalDpiY() : 72)
{
}

QFont ReportStyle::font(Font role) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // No ligatures for simple scripts, so "fi" stays two letters when the PDF's text is searched, copied or
    // extracted (Qt 6.4 has no QFont::setFeature).
    f.setStyleStrategy(QFont::PreferNoShaping);
    switch (role) {
    case Font::Title:
        f.setPointSizeF(24);
        f.setBold(true);
        break;
    case Font::Subtitle:
        f.setPointSizeF(13);
        break;
    case Font::Heading:
        f.setPointSizeF(15);
        f.setBold(true);
        break;
    case Font::Subheading:
        f.setPointSizeF(11);
        f.setBold(true);
        break;
    case Font::Body:
        f.setPointSizeF(9.5);
        break;
    case Font::Small:
        f.setPointSizeF(8);
        break;
    case Font::TableHeader:
        f.setPointSizeF(8);
        f.setBold(true);
        break;
    case Font::Table:
        f.setPointSizeF(8);
        break;
    case Font::Tiny:
        f.setPointSizeF(6.5);
        break;
    }
    return f;
}

QFontMetricsF ReportStyle::metrics(Font role) const
{
    return QFontMetricsF(font(role), m_device);
}

QColor ReportStyle::ramp(qreal position)
{
    const qreal t = std::clamp(position, 0.0, 1.0);
    const QColor low(246, 248, 251);
    const QColor high(12, 44, 102);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
                            float(low.greenF() + (high.greenF() - low.greenF()) * t),
                            float(low.blueF() + (high.blueF() - low.blueF()) * t));
}

QColor ReportStyle::textOn(const QColor &background)
{
    return CohortColourScale::textColourOn(background);
}

} // namespace storelens::ui

namespace storelens::ui {

QBrush ReportStyle::partialHatch(const QColor &background) const
{
    QColor colour = textOn(background);
    colour.setAlpha(90);
    QBrush hatch(colour, Qt::BDiagPattern);
    hatch.setTransform(QTransform::fromScale(pt(1.2), pt(1.2)));
    return hatch;
}

} // namespace storelens::ui
