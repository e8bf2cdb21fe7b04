#include "ui/report/ReportChartBlock.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

namespace {

// A "nice" step (1, 2 or 5 × 10^k) that splits [0, span] into about `ticks` intervals.
double niceStep(double span, int ticks)
{
    if (span <= 0)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

ReportChartBlock::ReportChartBlock(const ReportStyle &style, qreal width, qreal height,
                                   std::vector<ReportChart> charts, QString currentName, QString previousName)
    : m_style(style)
    , m_height(height)
    , m_charts(std::move(charts))
    , m_currentName(std::move(currentName))
    , m_previousName(std::move(previousName))
{
    Q_UNUSED(width);
}

void ReportChartBlock::paint(QPainter &painter, const QRectF &rect, int, int) const
{
    const qreal legendHeight =
        m_currentName.isEmpty() ? 0 : m_style.lineHeight(ReportStyle::Font::Small) * 1.6;
    if (legendHeight > 0)
        paintLegend(painter, QRectF(rect.left(), rect.top(), rect.width(), legendHeight));
    const int n = std::max<int>(1, int(m_charts.size()));
    const qreal gutter = m_style.pt(14);
    const qreal w = (rect.width() - gutter * (n - 1)) / n;
    for (int i = 0; i < int(m_charts.size()); ++i) {
        const QRectF box(rect.left() + i * (w + gutter), rect.top() + legendHeight, w,
                         rect.height() - legendHeight);
        paintChart(painter, box, m_charts[size_t(i)]);
    }
}

void ReportChartBlock::paintLegend(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setFont(m_style.font(ReportStyle::Font::Small));
    const QFontMetricsF fm(painter.font(), m_style.device());
    const qreal y = rect.center().y();
    qreal x = rect.left();
    const qreal swatch = m_style.pt(22);
    painter.setPen(QPen(ReportStyle::accent(), m_style.pt(1.6)));
    painter.drawLine(QPointF(x, y), QPointF(x + swatch, y));
    painter.setBrush(ReportStyle::accent());
    painter.drawEllipse(QPointF(x + swatch / 2, y), m_style.pt(1.6), m_style.pt(1.6));
    x += swatch + m_style.pt(4);
    painter.setPen(ReportStyle::ink());
    painter.drawText(QPointF(x, y + fm.ascent() / 2 - fm.descent() / 2), m_currentName);
    x += fm.horizontalAdvance(m_currentName) + m_style.pt(16);
    if (!m_previousName.isEmpty()) {
        painter.setPen(QPen(ReportStyle::comparison(), m_style.pt(1.2), Qt::DashLine));
        painter.drawLine(QPointF(x, y), QPointF(x + swatch, y));
        x += swatch + m_style.pt(4);
        painter.setPen(ReportStyle::ink());
        painter.drawText(QPointF(x, y + fm.ascent() / 2 - fm.descent() / 2), m_previousName);
    }
    painter.restore();
}

void ReportChartBlock::paintChart(QPainter &painter, const QRectF &rect, const ReportChart &chart) const
{
    painter.save();
    const QFont titleFont = m_style.font(ReportStyle::Font::Subheading);
    const QFont tickFont = m_style.font(ReportStyle::Font::Tiny);
    const QFontMetricsF titleMetrics(titleFont, m_style.device());
    const QFontMetricsF tickMetrics(tickFont, m_style.device());
    painter.setFont(titleFont);
    painter.setPen(ReportStyle::ink());
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title);

    double lo = 0;
    double hi = 0;
    for (const auto *series : {&chart.values, &chart.previous}) {
        for (const auto &v : *series) {
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        }
    }
    double step = niceStep(hi - lo, 4);
    if (chart.wholeSteps)
        step = std::max(1.0, std::floor(step)); // 0, 1, 2 rather than 0, 0.5, 1 or 0, 2.5, 5 people
    lo = std::floor(lo / step) * step;
    hi = std::max(lo + step, std::ceil(hi / step) * step);

    QStringList tickTexts;
    qreal labelWidth = 0;
    for (double t = lo; t <= hi + step / 2; t += step) {
        tickTexts.append(chart.formatTick ? chart.formatTick(t, step) : QString::number(t));
        labelWidth = std::max(labelWidth, tickMetrics.horizontalAdvance(tickTexts.back()));
    }
    const QRectF plot(rect.left() + labelWidth + m_style.pt(4), rect.top() + titleMetrics.height() * 1.4,
                      rect.width() - labelWidth - m_style.pt(6),
                      rect.height() - titleMetrics.height() * 1.4 - tickMetrics.height() * 1.6);
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    const int n = int(chart.labels.size());
    const auto xOf = [&](int i) {
        return n <= 1 ? plot.center().x() : plot.left() + plot.width() * i / qreal(n - 1);
    };

    painter.setFont(tickFont);
    int tick = 0;
    for (double t = lo; t <= hi + step / 2; t += step, ++tick) {
        const qreal y = yOf(t);
        painter.setPen(
            QPen(t == 0 ? ReportStyle::muted() : ReportStyle::rule().lighter(125), m_style.pt(0.4)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ReportStyle::muted());
        painter.drawText(QRectF(rect.left(), y - tickMetrics.height() / 2, labelWidth, tickMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickTexts.value(tick));
    }
    // X labels: every k-th, as many as fit without overlapping.
    qreal widest = 0;
    for (const QString &l : chart.labels)
        widest = std::max(widest, tickMetrics.horizontalAdvance(l));
    const int every =
        std::max(1, int(std::ceil((widest + m_style.pt(6)) * n / std::max<qreal>(1, plot.width()))));
    // Each label centred on its point but kept inside the chart's own rectangle: the last one ("Dec 26 (to
    // date)") ran into the next chart's first (trial 12b). One that would then touch the label before it is
    // left out.
    qreal drawnRight = rect.left() - m_style.pt(6);
    for (int i = 0; i < n; ++i) {
        if (i % every != 0)
            continue;
        const qreal width = tickMetrics.horizontalAdvance(chart.labels.at(i));
        const qreal left =
            std::clamp(xOf(i) - width / 2, rect.left(), std::max(rect.left(), rect.right() - width));
        if (left < drawnRight + m_style.pt(6))
            continue;
        drawnRight = left + width;
        painter.setPen(ReportStyle::muted());
        painter.drawText(
            QRectF(left, plot.bottom() + tickMetrics.height() * 0.3, width + 1, tickMetrics.height()),
            Qt::AlignLeft | Qt::AlignTop, chart.labels.at(i));
    }

    const auto pathOf = [&](const std::vector<std::optional<double>> &series) {
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < std::min<int>(n, int(series.size())); ++i) {
            if (!series[size_t(i)]) {
                open = false;
                continue;
            }
            const QPointF p(xOf(i), yOf(*series[size_t(i)]));
            if (open)
                path.lineTo(p);
            else
                path.moveTo(p);
            open = true;
        }
        return path;
    };
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    if (!chart.previous.empty()) {
        painter.setPen(QPen(ReportStyle::comparison(), m_style.pt(1.1), Qt::DashLine, Qt::FlatCap));
        painter.drawPath(pathOf(chart.previous));
    }
    const bool partialLast = chart.partialIndex >= 1 && chart.partialIndex == n - 1 &&
                             int(chart.values.size()) >= n && chart.values[size_t(n - 1)] &&
                             chart.values[size_t(n - 2)];
    std::vector<std::optional<double>> solid = chart.values;
    if (partialLast) {
        const qreal from = (xOf(n - 2) + xOf(n - 1)) / 2;
        painter.fillRect(QRectF(QPointF(from, plot.top()), QPointF(plot.right(), plot.bottom())),
                         m_style.partialHatch(Qt::white));
        solid[size_t(n - 1)].reset();
        painter.setPen(QPen(ReportStyle::accent(), m_style.pt(1.6), Qt::DashLine, Qt::FlatCap));
        painter.drawLine(QPointF(xOf(n - 2), yOf(*chart.values[size_t(n - 2)])),
                         QPointF(xOf(n - 1), yOf(*chart.values[size_t(n - 1)])));
    }
    painter.setPen(QPen(ReportStyle::accent(), m_style.pt(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(pathOf(solid));
    if (n <= 40) {
        painter.setBrush(ReportStyle::accent());
        painter.setPen(Qt::NoPen);
        for (int i = 0; i < std::min<int>(n, int(chart.values.size())); ++i) {
            if (chart.values[size_t(i)])
                painter.drawEllipse(QPointF(xOf(i), yOf(*chart.values[size_t(i)])), m_style.pt(1.5),
                                    m_style.pt(1.5));
        }
    }
    painter.setPen(QPen(ReportStyle::muted(), m_style.pt(0.6)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

} // namespace storelens::ui
