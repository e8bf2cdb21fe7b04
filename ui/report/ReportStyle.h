#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>

class QPaintDevice;

namespace storelens::ui {

// Fonts, colours and lengths of the PDF report, in the units of the device it is painted on (a QPdfWriter at
// 300 dpi, or the printer of the print preview). Colours differ in lightness, not only in hue, so the report
// reads in black-and-white print.
class ReportStyle
{
public:
    enum class Font { Title, Subtitle, Heading, Subheading, Body, Small, TableHeader, Table, Tiny };

    explicit ReportStyle(QPaintDevice *device);

    QPaintDevice *device() const { return m_device; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; } // typographic points to device units
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    QFont font(Font role) const;
    QFontMetricsF metrics(Font role) const;
    qreal lineHeight(Font role) const { return metrics(role).height(); }
    qreal gap() const { return pt(10); } // between blocks

    static QColor ink() { return QColor(25, 25, 25); }
    static QColor muted() { return QColor(95, 95, 95); }
    static QColor rule() { return QColor(160, 160, 160); }
    static QColor headerFill() { return QColor(226, 230, 236); }
    static QColor zebra() { return QColor(244, 245, 247); }
    static QColor accent() { return QColor(21, 70, 140); }       // dark blue: prints dark grey
    static QColor comparison() { return QColor(140, 140, 140); } // mid grey, dashed
    // The heatmap and grid ramp: position 0 … 1 from near-white to dark blue (lightness falls monotonically).
    static QColor ramp(qreal position);
    // Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
    // The light diagonal hatch that marks a partial period over `background`; the text stays readable.
    QBrush partialHatch(const QColor &background) const;

private:
    QPaintDevice *m_device = nullptr;
    qreal m_dpi = 72;
};

} // namespace storelens::ui
