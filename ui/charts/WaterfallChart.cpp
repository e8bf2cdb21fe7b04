#include "ui/charts/WaterfallChart.h"

#include "ui/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace storelens::ui {

namespace {

// The bar sets of a stacked waterfall: an invisible base, then each kind's part above and below zero (a bar
// that crosses zero is drawn as both).
enum Set { Base, UpAbove, UpBelow, DownAbove, DownBelow, TotalAbove, TotalBelow, SetCount };

} // namespace

WaterfallChart::WaterfallChart(QWidget *parent)
    : ChartView(QStringLiteral("waterfallChart"), tr("Waterfall of the change"), parent)
{
    setMinimumHeight(240);
    rebuild();
}

void WaterfallChart::setData(const QString &title, std::vector<WaterfallStep> steps,
                             std::function<QString(double, bool)> format, bool moneyAxis)
{
    m_moneyAxis = moneyAxis;
    m_title = title;
    m_steps = std::move(steps);
    m_format = std::move(format);
    rebuild();
}

QString WaterfallChart::stepLabel(const WaterfallStep &step) const
{
    const QString amount = m_format ? m_format(step.value, !step.total) : QLocale().toString(step.value);
    return tr("%1: %2").arg(step.label, amount);
}

QList<QStringList> WaterfallChart::dataTable() const
{
    QList<QStringList> rows{{tr("Step"), tr("Amount"), tr("From"), tr("To")}};
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    for (const WaterfallStep &s : m_steps)
        rows.append({s.label, locale.toString(s.value, 'f', 2), locale.toString(s.from, 'f', 2),
                     locale.toString(s.to, 'f', 2)});
    return rows;
}

void WaterfallChart::rebuild()
{
    auto *chart = new QChart;
    auto *series = new QHorizontalStackedBarSeries(chart);
    const QPalette &pal = palette();
    std::array<QBarSet *, SetCount> sets{};
    const QColor up = seriesColor(0, pal);
    const QColor down = seriesColor(5, pal);
    const QColor total = pal.color(QPalette::PlaceholderText);
    const std::array<QColor, SetCount> colours{Qt::transparent, up, up, down, down, total, total};
    for (int k = 0; k < SetCount; ++k) {
        sets[size_t(k)] = new QBarSet(QString::number(k), series);
        sets[size_t(k)]->setColor(colours[size_t(k)]);
        sets[size_t(k)]->setBorderColor(Qt::transparent);
    }
    QStringList categories;
    // Qt draws the first category at the bottom: add in reverse so the start is on top.
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        const WaterfallStep &s = *it;
        std::array<double, SetCount> v{};
        const double lo = std::min(s.from, s.to);
        const double hi = std::max(s.from, s.to);
        const int above = s.total ? TotalAbove : s.value >= 0 ? UpAbove : DownAbove;
        if (lo >= 0) {
            v[Base] = lo;
            v[size_t(above)] = hi - lo;
        } else if (hi <= 0) {
            v[Base] = hi;
            v[size_t(above + 1)] = lo - hi;
        } else {
            v[size_t(above)] = hi;
            v[size_t(above + 1)] = lo;
        }
        for (int k = 0; k < SetCount; ++k)
            sets[size_t(k)]->append(v[size_t(k)]);
        QString category = s.label;
        while (categories.contains(category))
            category += QChar(0x200b);
        categories.append(category);
    }
    for (QBarSet *set : sets)
        series->append(set);
    series->setBarWidth(0.65);
    chart->addSeries(series);
    QValueAxis *x = attachSideCategoryAxes(chart, series, categories);
    if (!m_moneyAxis) {
        x->setLabelsVisible(false);
        x->setTitleText({});
    }
    double low = 0;
    double high = 1;
    bool cut = false;
    if (!m_steps.empty())
        waterfallRange(m_steps, &low, &high, &cut);
    x->setRange(low, high + (high - low) * 0.04);
    x->applyNiceNumbers();
    chart->setTitle(cut ? tr("%1 (axis does not start at zero)").arg(m_title) : m_title);
    chart->legend()->setVisible(false);
    const int count = int(m_steps.size());
    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this, count](bool status, int index) {
        const int row = count - 1 - index;
        if (!status || row < 0 || row >= count) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), stepLabel(m_steps[size_t(row)]));
    });
    // Each bar's amount beside its end (left of its start where the plot has no room on the right, inside
    // the bar at its end where there is no room on either side: a total on an axis that does not start at
    // zero fills the plot from its left edge, and the amount would cover the bar's name), placed anew
    // whenever the plot area changes.
    std::vector<QGraphicsSimpleTextItem *> amounts;
    for (const WaterfallStep &s : m_steps) {
        auto *text = new QGraphicsSimpleTextItem(
            m_format ? m_format(s.value, !s.total) : QLocale().toString(s.value), chart);
        text->setBrush(pal.color(QPalette::Text));
        text->setZValue(10);
        amounts.push_back(text);
    }
    const auto place = [this, chart, series, amounts, pal] {
        const QRectF plot = chart->plotArea();
        const int n = int(m_steps.size());
        for (int i = 0; i < n && size_t(i) < amounts.size(); ++i) {
            const WaterfallStep &s = m_steps[size_t(i)];
            const double row = n - 1 - i;
            const QPointF end = chart->mapToPosition(QPointF(std::max(s.from, s.to), row), series);
            const QPointF start = chart->mapToPosition(QPointF(std::min(s.from, s.to), row), series);
            QGraphicsSimpleTextItem *text = amounts[size_t(i)];
            const QRectF box = text->boundingRect();
            qreal x = std::max(end.x(), plot.left()) + 4;
            bool inside = false;
            if (x + box.width() > plot.right())
                x = std::max(plot.left(), start.x()) - box.width() - 4;
            if (x < plot.left()) {
                x = std::max(plot.left() + 4, std::min(end.x(), plot.right()) - box.width() - 4);
                inside = true;
            }
            text->setBrush(pal.color(inside ? QPalette::HighlightedText : QPalette::Text));
            text->setPos(x, end.y() - box.height() / 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    installChart(this, chart);
    place();
}

} // namespace storelens::ui
