#include "ui/charts/ChartStyle.h"

#include "ui/charts/ChartView.h"
#include "ui/common/Formatting.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

// The property holding a category axis' full names.
const char *const kCategoryLabels = "storelensCategoryLabels";
// Qt Charts gives each label of an axis its share of the axis, less a padding on either side.
constexpr double kLabelPadding = 8;
// A negative value smaller than this share of the largest does not set the value axis' scale (setValueRange).
constexpr double kSmallNegativeShare = 0.02;

// `label`, made distinct from `taken` with zero-width spaces (categories must be unique).
QString distinct(QString label, const QStringList &taken)
{
    while (taken.contains(label))
        label += QChar(0x200b);
    return label;
}

// A label format of fixed decimals ("%.0f") with as many decimals as ticks `step` apart need to read apart:
// money axes of small amounts (0, 0.5, 1, 1.5) read "0, 1, 1, 2" with none.
void writeTicksApart(QValueAxis *axis, double step)
{
    static const QRegularExpression fixed(QStringLiteral("^%\\.(\\d)f$"));
    const QRegularExpressionMatch match = fixed.match(axis->labelFormat());
    const int needed = tickDecimals(step);
    if (match.hasMatch() && match.captured(1).toInt() < needed)
        axis->setLabelFormat(QStringLiteral("%.%1f").arg(needed));
}

void thinBottomLabels(QCategoryAxis *axis, const QStringList &full, double plotWidth)
{
    const int n = int(full.size());
    const QFontMetricsF metrics(axis->labelsFont());
    double widest = 0;
    for (const QString &label : full)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // With k labels shown the axis is cut into k + 1 parts, one per label and the start.
    int step = 1;
    while (step < n && plotWidth / (std::ceil(double(n) / step) + 1) - 2 * kLabelPadding < widest)
        ++step;
    QStringList shown;
    std::vector<int> positions;
    for (int i = (n - 1) % step; i < n; i += step) {
        shown.append(distinct(full[i], shown));
        positions.push_back(i);
    }
    if (shown == axis->categoriesLabels())
        return;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    for (size_t i = 0; i < positions.size(); ++i)
        axis->append(shown[qsizetype(i)], positions[i]);
}

// Fewer date ticks along the bottom when their labels ("Sept. 2025") would not fit side by side; never more
// than the chart asked for.
void spaceDateTicks(QDateTimeAxis *axis, double plotWidth)
{
    const char *const asked = "storelensTickCount";
    if (!axis->property(asked).isValid())
        axis->setProperty(asked, axis->tickCount());
    const QFontMetricsF metrics(axis->labelsFont());
    double widest = 0;
    for (int month = 1; month <= 12; ++month) {
        const QDateTime sample(QDate(2000, month, 28), QTime(23, 59));
        widest = std::max(widest, metrics.horizontalAdvance(QLocale().toString(sample, axis->format())));
    }
    const int fitting = int(plotWidth / (widest + 2 * kLabelPadding));
    const int count = std::clamp(fitting, 2, std::max(2, axis->property(asked).toInt()));
    if (count != axis->tickCount())
        axis->setTickCount(count);
}

// A side label cut at its end; a product's name with its code in brackets ("Christmas Hamper Basket
// (HOM-HAM-01)") is cut in its name and keeps the code, which tells apart two products of one name (trial 20:
// "Christmas Hamper Basket (HO…" and "… (506…" could not be told apart).
QString shortenedSideLabel(const QString &label, const QFontMetricsF &metrics, double widest)
{
    if (metrics.horizontalAdvance(label) <= widest)
        return label;
    const qsizetype open = label.lastIndexOf(QStringLiteral(" ("));
    if (open > 0 && label.endsWith(QLatin1Char(')'))) {
        const QString code = label.mid(open);
        const double room = widest - metrics.horizontalAdvance(code);
        if (room >= widest * 0.4)
            return metrics.elidedText(label.left(open), Qt::ElideRight, room) + code;
    }
    return metrics.elidedText(label, Qt::ElideRight, widest);
}

void shortenSideLabels(QBarCategoryAxis *axis, const QStringList &full, double chartWidth)
{
    const QFontMetricsF metrics(axis->labelsFont());
    const double widest = std::max(60.0, chartWidth / 3);
    QStringList shown;
    for (const QString &label : full)
        shown.append(distinct(shortenedSideLabel(label, metrics, widest), shown));
    if (shown != axis->categories())
        axis->setCategories(shown);
}

} // namespace

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setBackgroundRoundness(4);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(qMax(9.0, title.pointSizeF()));
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(6, 6, 6, 6));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis, palette);
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsBrush(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(palette.color(QPalette::Mid));
}

QColor seriesColor(int index, const QPalette &palette)
{
    // Colour-blind friendly hues (Okabe–Ito), lighter variants on dark backgrounds.
    static const QColor light[] = {QColor(0x00, 0x72, 0xb2), QColor(0x9a, 0x9a, 0x9a),
                                   QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                   QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00)};
    static const QColor dark[] = {QColor(0x56, 0xb4, 0xe9), QColor(0xa0, 0xa0, 0xa0),
                                  QColor(0xf0, 0xb4, 0x2a), QColor(0x2e, 0xc4, 0x9a),
                                  QColor(0xe0, 0x9a, 0xc4), QColor(0xf0, 0x7e, 0x2a)};
    const int n = int(std::size(light));
    return isDark(palette) ? dark[index % n] : light[index % n];
}

void prepareChartView(QChartView *view, const QString &accessibleName)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setAccessibleName(accessibleName);
    view->setFrameShape(QFrame::NoFrame);
    view->setFocusPolicy(Qt::NoFocus);
}

void setValueRange(QValueAxis *axis, double low, double high)
{
    low = std::min(0.0, low);
    if (!(high > low))
        high = low + 1;
    // A negative too small to be seen beside the largest value (trial 20: the category "(none)" at −£5.99
    // beside £48,000 stretched the axis down to −10,000) keeps the scale of the rest: the ticks stay on round
    // numbers from 0 and the axis starts just below the value instead of a whole interval lower.
    if (low < 0 && -low < high * kSmallNegativeShare) {
        axis->setRange(0, high * 1.05);
        axis->applyNiceNumbers();
        const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(step);
        axis->setMin(low * 1.05);
        writeTicksApart(axis, step);
        return;
    }
    axis->setRange(low, high * 1.05);
    axis->applyNiceNumbers();
    writeTicksApart(axis, (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1));
}

double niceTickStep(double span, int maxIntervals)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double raw = span / std::max(1, maxIntervals);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

void setNiceTicks(QValueAxis *axis, double low, double high, int maxIntervals)
{
    low = std::min(0.0, low);
    high = std::max(high, low);
    const double step = niceTickStep(high - low, maxIntervals);
    const double from = std::floor(low / step + 1e-9) * step;
    double to = std::ceil(high / step - 1e-9) * step;
    if (to <= from)
        to = from + step;
    axis->setRange(from, to);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(tickDecimals(step)));
}

int tickDecimals(double step)
{
    if (!(step > 0) || !std::isfinite(step))
        return 0;
    // The fewest decimals (at most 6) at which the step is written exactly: 2.5 × 10^n needs one more than
    // its power of ten, 0.25 two.
    for (int decimals = 0; decimals < 6; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 6;
}

void setCountTicks(QValueAxis *axis, double high)
{
    const double top = std::max(1.0, std::ceil(high - 1e-9));
    // Whole steps only (2.5 becomes 2): a count axis never repeats a rounded label such as "0, 1, 1, 2".
    const double step = std::max(1.0, std::floor(niceTickStep(top)));
    axis->setRange(0, std::ceil(top / step - 1e-9) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

void extendRange(const std::vector<double> &values, double *low, double *high)
{
    for (double v : values) {
        *low = std::min(*low, v);
        *high = std::max(*high, v);
    }
}

QBarSet *makeBarSet(const QString &name, const std::vector<double> &values, int count, const QColor &color,
                    QObject *parent)
{
    auto *set = new QBarSet(name, parent);
    for (int i = 0; i < count; ++i)
        set->append(size_t(i) < values.size() ? values[size_t(i)] : 0.0);
    set->setColor(color);
    set->setBorderColor(Qt::transparent);
    return set;
}

QValueAxis *attachCategoryAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories)
{
    QCategoryAxis *x = bottomCategoryAxis(chart, categories);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return y;
}

QValueAxis *attachSideCategoryAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories)
{
    auto *y = new QBarCategoryAxis(chart);
    y->setCategories(categories);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis(chart);
    x->setLabelFormat(QStringLiteral("%.0f"));
    setMoneyAxis(x);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return x;
}

QCategoryAxis *bottomCategoryAxis(QChart *chart, const QStringList &categories)
{
    auto *axis = new QCategoryAxis(chart);
    axis->setProperty(kCategoryLabels, categories);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max(qsizetype(1), categories.size()) - 0.5);
    axis->setGridLineVisible(false);
    for (int i = 0; i < categories.size(); ++i)
        axis->append(distinct(categories[i], axis->categoriesLabels()), i);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QStringList categoryLabels(QAbstractAxis *axis)
{
    if (!axis)
        return {};
    const QVariant full = axis->property(kCategoryLabels);
    if (full.isValid())
        return full.toStringList();
    if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
        return bars->categories();
    return {};
}

void fitCategoryLabels(QAbstractAxis *axis, double plotWidth, double chartWidth)
{
    if (auto *bottom = qobject_cast<QCategoryAxis *>(axis);
        bottom && bottom->property(kCategoryLabels).isValid()) {
        if (plotWidth > 0)
            thinBottomLabels(bottom, categoryLabels(axis), plotWidth);
    } else if (auto *dates = qobject_cast<QDateTimeAxis *>(axis);
               dates && dates->orientation() == Qt::Horizontal) {
        if (plotWidth > 0)
            spaceDateTicks(dates, plotWidth);
    } else if (auto *side = qobject_cast<QBarCategoryAxis *>(axis);
               side && side->orientation() == Qt::Vertical) {
        if (!side->property(kCategoryLabels).isValid())
            side->setProperty(kCategoryLabels, side->categories());
        if (chartWidth > 0)
            shortenSideLabels(side, categoryLabels(axis), chartWidth);
    }
}

void showBarTooltips(QAbstractBarSeries *series, const QStringList &categories, int decimals)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [categories, decimals](bool status, int index, QBarSet *set) {
                         if (!status) {
                             QToolTip::hideText();
                             return;
                         }
                         QToolTip::showText(
                             QCursor::pos(),
                             QCoreApplication::translate("storelens::ui::ChartStyle", "%1, %2: %3")
                                 .arg(set->label(), categories.value(index),
                                      QLocale().toString(set->at(index), 'f', decimals)));
                     });
}

void setMoneyAxis(QValueAxis *axis)
{
    axis->setTitleText(displayCurrencySymbol());
}

void hatchPartialBucket(QChart *chart, QAbstractSeries *series, int index, const QPalette &palette)
{
    if (index < 0)
        return;
    auto *band = new QGraphicsRectItem(chart); // owned by the chart's item tree
    QColor ink = palette.color(QPalette::Text);
    ink.setAlphaF(0.45);
    band->setBrush(QBrush(ink, Qt::BDiagPattern));
    band->setPen(Qt::NoPen);
    band->setZValue(100); // over the bars and lines
    const auto place = [chart, series, band, index] {
        const QRectF plot = chart->plotArea();
        const qreal left = chart->mapToPosition(QPointF(index - 0.5, 0), series).x();
        const qreal right = chart->mapToPosition(QPointF(index + 0.5, 0), series).x();
        band->setRect(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())).intersected(plot));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

void addChartNote(QChart *chart, const QString &note, const QPalette &palette)
{
    if (note.isEmpty())
        return;
    constexpr int kMargin = 6; // styleChart's margins
    constexpr int kInset = 8;  // the note's left and right inset within the chart's background
    auto *text = new QGraphicsTextItem(chart); // owned by the chart's item tree
    text->setObjectName(QStringLiteral("chartNote"));
    text->setPlainText(note);
    text->setFont(chart->legend()->font());
    text->setDefaultTextColor(palette.color(QPalette::Text));
    text->setAcceptedMouseButtons(Qt::NoButton);
    text->setAcceptHoverEvents(false);
    text->document()->setDocumentMargin(0);
    QTextOption option = text->document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WordWrap);
    text->document()->setDefaultTextOption(option);
    const auto place = [chart, text] {
        const QSizeF size = chart->size();
        text->setTextWidth(std::max(40.0, size.width() - 2 * kInset));
        const qreal height = text->boundingRect().height();
        text->setPos(kInset, size.height() - kMargin - height);
        QMargins margins = chart->margins();
        const int bottom = kMargin + int(std::ceil(height)) + 2;
        if (margins.bottom() != bottom) {
            margins.setBottom(bottom);
            chart->setMargins(margins);
        }
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, text, place);
    place();
}

void installChart(QChartView *view, QChart *chart)
{
    styleChart(chart, view->palette());
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    if (auto *chartView = qobject_cast<ChartView *>(view))
        chartView->fitAxisLabels();
}

} // namespace storelens::ui
