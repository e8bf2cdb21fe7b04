#include "ui/charts/ChartView.h"

#include "ui/charts/ChartStyle.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <map>

namespace storelens::ui {

namespace {

// The last label along the bottom is centred on the last category, and a long one ("28 Sept. (bis heute)",
// the bucket not over yet) is wider than its category: the chart's right margin grows by what would hang
// past the plot area, so the label is never cut at the chart's edge.
void makeRoomForTheLastLabel(QChart *chart)
{
    constexpr int kMargin = 6; // styleChart's margins
    int right = kMargin;
    const auto bottom = chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : bottom) {
        auto *categories = qobject_cast<QCategoryAxis *>(axis);
        const int count = int(categoryLabels(axis).size());
        if (!categories || count == 0 || categories->categoriesLabels().isEmpty())
            continue;
        const QFontMetricsF metrics(categories->labelsFont());
        const double label = metrics.horizontalAdvance(categories->categoriesLabels().last());
        // The axis runs from -0.5 to count - 0.5, so half a category lies right of the last one's centre.
        const double halfCategory = chart->plotArea().width() / count / 2;
        const double overhang = label / 2 + 4 - halfCategory; // 4: the label item's own padding
        right = std::max(right, kMargin + int(std::ceil(overhang)));
    }
    QMargins margins = chart->margins();
    if (std::abs(margins.right() - right) > 1) {
        margins.setRight(right);
        chart->setMargins(margins);
    }
}

// The height Qt Charts gives a label of `font`: a text item's box with the document margin it lays labels out
// with (ChartPresenter::textBoundingRect).
double labelBoxHeight(const QFont &font)
{
    static QGraphicsTextItem probe;
    static bool margined = false;
    if (!margined) {
        probe.document()->setDocumentMargin(0.5);
        margined = true;
    }
    probe.setFont(font);
    probe.setHtml(QStringLiteral("Ag"));
    return probe.boundingRect().height();
}

// The plot height a side category axis needs so that no label is shortened to "...": Qt Charts gives each
// of its n labels the axis' height / (n + 2), less a padding of 4 px above and below, and a label taller than
// that is cut to "..." whatever its width (trial 22en: twelve categories at 240 px read "…" each).
double sideLabelsHeight(const QBarCategoryAxis *axis)
{
    const auto rows = axis->count();
    if (rows == 0)
        return 0;
    constexpr double kPadding = 4;
    return double(rows + 2) * (labelBoxHeight(axis->labelsFont()) + 2 * kPadding + 0.5);
}

bool isHorizontalBars(const QAbstractSeries *series)
{
    const auto type = series->type();
    return type == QAbstractSeries::SeriesTypeHorizontalBar ||
           type == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
           type == QAbstractSeries::SeriesTypeHorizontalPercentBar;
}

QAbstractAxis *attachedAxis(QAbstractSeries *series, Qt::Orientation orientation)
{
    const auto axes = series->attachedAxes();
    for (QAbstractAxis *axis : axes) {
        if (axis->orientation() == orientation)
            return axis;
    }
    return nullptr;
}

// The label of the position `x` along `axis`: a category's full name, a date, or the number.
QString positionLabel(QAbstractAxis *axis, double x)
{
    const int index = int(std::lround(x));
    if (const QStringList full = categoryLabels(axis); !full.isEmpty())
        return full.value(index);
    if (qobject_cast<const QDateTimeAxis *>(axis))
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(x)).date(), QLocale::ShortFormat);
    return ChartActions::number(x);
}

} // namespace

ChartView::ChartView(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QChartView(parent)
{
    if (!objectName.isEmpty())
        setObjectName(objectName);
    prepareChartView(this, accessibleName);

    m_actions = new ChartActions(
        this, [this] { return dataTable(); }, [this] { return chart() ? chart()->title() : QString(); });
    // The SVG keeps the chart's vector shapes and text.
    m_actions->setSvgPainter([this](QPainter *painter) {
        QGraphicsView::render(painter, QRectF(rect()), rect(), Qt::IgnoreAspectRatio);
    });
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

QList<QStringList> ChartView::dataTable() const
{
    struct Column
    {
        QString name;
        std::map<double, double> values;
    };
    std::vector<Column> columns;
    std::map<double, QString> rows; // position along the category axis → its label
    QString keyTitle;
    bool byDate = false; // the rows are dates (a date axis)
    const QChart *c = chart();
    const auto series = c ? c->series() : QList<QAbstractSeries *>();
    for (QAbstractSeries *s : series) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(s)) {
            QAbstractAxis *axis = attachedAxis(s, isHorizontalBars(s) ? Qt::Vertical : Qt::Horizontal);
            if (keyTitle.isEmpty() && axis)
                keyTitle = axis->titleText();
            // Horizontal bars draw their first category at the bottom: list the top one first.
            const double sign = isHorizontalBars(s) ? -1.0 : 1.0;
            const auto sets = bars->barSets();
            for (const QBarSet *set : sets) {
                Column column{set->label(), {}};
                for (int i = 0; i < set->count(); ++i) {
                    column.values[sign * i] = set->at(i);
                    rows[sign * i] = positionLabel(axis, i);
                }
                columns.push_back(column);
            }
        } else if (const auto *xy = qobject_cast<const QXYSeries *>(s)) {
            QAbstractAxis *axis = attachedAxis(s, Qt::Horizontal);
            if (keyTitle.isEmpty() && axis)
                keyTitle = axis->titleText();
            byDate = byDate || qobject_cast<const QDateTimeAxis *>(axis);
            Column column{xy->name(), {}};
            const auto points = xy->points();
            for (const QPointF &p : points) {
                column.values[p.x()] = p.y();
                rows[p.x()] = positionLabel(axis, p.x());
            }
            columns.push_back(column);
        }
    }
    QList<QStringList> table;
    if (keyTitle.isEmpty())
        keyTitle = !m_keyTitle.isEmpty() ? m_keyTitle : byDate ? tr("Date") : tr("Category");
    QStringList header{keyTitle};
    for (const Column &column : columns)
        header.append(column.name);
    table.append(header);
    for (const auto &[position, label] : rows) {
        QStringList line{label};
        for (const Column &column : columns) {
            const auto found = column.values.find(position);
            line.append(found == column.values.end() ? QString() : ChartActions::number(found->second));
        }
        table.append(line);
    }
    return table;
}

void ChartView::fitAxisLabels()
{
    QChart *c = chart();
    if (!c)
        return;
    if (c != m_watched) {
        m_watched = c;
        connect(c, &QChart::plotAreaChanged, this, &ChartView::fitAxisLabels, Qt::QueuedConnection);
    }
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes)
        fitCategoryLabels(axis, c->plotArea().width(), c->size().width());
    makeRoomForTheLastLabel(c);
    makeRoomForSideLabels();
}

void ChartView::makeRoomForSideLabels()
{
    QChart *c = chart();
    const double plot = c->plotArea().height();
    if (!(plot > 0))
        return;
    double needed = 0;
    const auto axes = c->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        if (const auto *side = qobject_cast<QBarCategoryAxis *>(axis))
            needed = std::max(needed, sideLabelsHeight(side));
    }
    if (m_baseMinimumHeight < 0) {
        if (needed <= plot)
            return;
        m_baseMinimumHeight = minimumHeight();
    }
    // Everything but the plot area (title, the value axis, margins) keeps its height.
    const int wanted = std::max(m_baseMinimumHeight, int(std::ceil(double(height()) - plot + needed)));
    if (wanted != minimumHeight())
        setMinimumHeight(wanted);
}

} // namespace storelens::ui
