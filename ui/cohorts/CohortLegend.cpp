#include "ui/cohorts/CohortLegend.h"

#include "ui/cohorts/CohortCellDelegate.h"

#include <QLinearGradient>
#include <QPainter>

namespace storelens::ui {

namespace {

constexpr int RampWidth = 160;
constexpr int Gap = 8;

} // namespace

CohortLegend::CohortLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cohortLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void CohortLegend::setScale(const CohortColourScale &scale, const QString &title, const QString &lowText,
                            const QString &highText)
{
    m_scale = scale;
    m_title = title;
    m_lowText = lowText;
    m_highText = highText;
    updateToolTip();
    updateGeometry();
    update();
}

void CohortLegend::setSingleValue(const CohortColourScale &scale, const QString &title,
                                  const QString &valueText)
{
    m_scale = scale;
    m_title = title;
    m_lowText = valueText;
    m_highText.clear();
    updateToolTip();
    updateGeometry();
    update();
}

void CohortLegend::setShowsPartial(bool shows)
{
    if (shows == m_showsPartial)
        return;
    m_showsPartial = shows;
    updateToolTip();
    updateGeometry();
    update();
}

void CohortLegend::updateToolTip()
{
    QString tip = m_highText.isEmpty()
                      ? tr("%1: every cell is %2, so the colours do not vary.").arg(m_title, m_lowText)
                      : tr("%1: the colour runs from %2 (palest) to %3 or more (strongest).")
                            .arg(m_title, m_lowText, m_highText);
    if (m_showsPartial)
        tip += QLatin1Char(' ') +
               tr("Hatched cells with a dashed outline are figures to date: their period is not over yet.");
    setToolTip(tip);
}

// The title as a label before the scale, written as the language writes one ("Rétention client :" in
// French, trial 24fr).
QString CohortLegend::titleText() const
{
    return tr("%1:", "a label before the colour scale").arg(m_title);
}

QStringList CohortLegend::labels() const
{
    QStringList words;
    if (!m_title.isEmpty())
        words << titleText();
    words << m_lowText;
    if (!m_highText.isEmpty())
        words << m_highText;
    if (m_showsPartial)
        words << partialText();
    return words;
}

QString CohortLegend::partialText() const
{
    return tr("To date (the period is not over yet)");
}

int CohortLegend::oneRowWidth() const
{
    const QFontMetrics fm = fontMetrics();
    const int ramp = fm.horizontalAdvance(titleText()) + fm.horizontalAdvance(m_lowText) + RampWidth +
                     fm.horizontalAdvance(m_highText) + 5 * Gap;
    return m_showsPartial ? ramp + 2 * fm.height() + fm.horizontalAdvance(partialText()) + 3 * Gap : ramp;
}

bool CohortLegend::partialOnSecondRow() const
{
    return m_showsPartial && width() < oneRowWidth();
}

QSize CohortLegend::sizeHint() const
{
    // Too narrow for one row (the heatmap beside a chart, in German or Spanish): the note on partial periods
    // goes to a second row instead of being cut ("Hasta la fecha (el periodo aún no ha terminad", trial 16).
    const int row = fontMetrics().height() + 10;
    return QSize(oneRowWidth(), partialOnSecondRow() ? 2 * row : row);
}

void CohortLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometry(); // the height hint follows the width
}

QSize CohortLegend::minimumSizeHint() const
{
    return QSize(RampWidth, fontMetrics().height() + 10);
}

void CohortLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    int y = 5;
    int x = 0;
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(text);
    const auto drawText = [&](const QString &s) {
        const int w = fm.horizontalAdvance(s);
        painter.drawText(QRect(x, y, w, h), Qt::AlignVCenter | Qt::AlignLeft, s);
        x += w + Gap;
    };
    if (!m_title.isEmpty())
        drawText(titleText());
    if (m_highText.isEmpty()) {
        const QRect single(x, y + 1, 2 * h, h - 2);
        painter.fillRect(single, m_scale.colour(m_scale.maximum()));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(single.adjusted(0, 0, -1, -1));
        painter.setPen(text);
        x += single.width() + Gap;
        drawText(m_lowText);
    } else {
        drawText(m_lowText);
        QLinearGradient ramp(x, 0, x + RampWidth, 0);
        ramp.setColorAt(0, m_scale.low());
        ramp.setColorAt(1, m_scale.high());
        const QRect rampRect(x, y + 2, RampWidth, h - 4);
        painter.fillRect(rampRect, ramp);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(rampRect.adjusted(0, 0, -1, -1));
        painter.setPen(text);
        x += RampWidth + Gap;
        drawText(m_highText);
    }
    if (!m_showsPartial)
        return;
    x += Gap;
    if (partialOnSecondRow()) {
        x = 0;
        y += h + 10;
    }
    const QRect swatch(x, y + 1, 2 * h, h - 2);
    painter.fillRect(swatch, m_scale.colourAt(0.5));
    CohortCellDelegate::paintPartialMarks(&painter, swatch,
                                          CohortColourScale::textColourOn(m_scale.colourAt(0.5)));
    x += swatch.width() + Gap;
    painter.setPen(text);
    drawText(partialText());
}

} // namespace storelens::ui
