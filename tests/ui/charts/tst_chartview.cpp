// The ChartView base: every chart's context menu (Copy Image, Save as PNG/SVG, Copy Data), the saved files,
// the copied data, and category labels that thin out or shorten in the middle instead of eliding at the end.
#include "ui/charts/BreakdownBarChart.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/ClvTrackingChart.h"
#include "ui/charts/CohortCurveChart.h"
#include "ui/charts/NetSalesTrendChart.h"
#include "ui/charts/NewReturningCustomersChart.h"
#include "ui/common/ViewPrinter.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QClipboard>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPrinter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QValueAxis>

#include <limits>

using namespace storelens::ui;

namespace {

// The texts Qt Charts shows for the axis labels: each visible text item of the scene except the title.
QStringList shownLabels(const ChartView &view)
{
    QStringList texts;
    const auto items = view.scene()->items();
    for (const QGraphicsItem *item : items) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    }
    return texts;
}

bool anyElided(const QStringList &texts)
{
    return std::any_of(texts.begin(), texts.end(), [](const QString &t) {
        return t.contains(QLatin1String("...")) || t.contains(QChar(0x2026));
    });
}

QCategoryAxis *bottomAxis(const ChartView &view)
{
    const auto axes = view.chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
}

} // namespace

class TestChartView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contextMenuHasTheActions();
    void savesPngAndSvg();
    void copiesDataTabSeparated_data();
    void copiesDataTabSeparated();
    void bottomLabelsThinOutInsteadOfEliding_data();
    void bottomLabelsThinOutInsteadOfEliding();
    void longNamesShortenAtTheirEnd();
    void everySideLabelHasItsLine_data();
    void everySideLabelHasItsLine();
    void dateLabelsGetFewerTicks();
    void toDateLabelFitsAtTheRightEdge_data();
    void toDateLabelFitsAtTheRightEdge();
    void toDateLineIsPaler();
    void tickStepsAreRound_data();
    void tickStepsAreRound();
    void cohortCurveTicksAreRound();
    void smallNegativeKeepsTheScale();
    void smallAmountsReadApart_data();
    void smallAmountsReadApart();
    void trendStartsWithTheData();
};

void TestChartView::contextMenuHasTheActions()
{
    NetSalesTrendChart chart;
    QCOMPARE(chart.contextMenuPolicy(), Qt::ActionsContextMenu);
    const QList<QAction *> actions = chart.actions();
    for (QAction *action :
         {chart.copyImageAction(), chart.savePngAction(), chart.saveSvgAction(), chart.copyDataAction()}) {
        QVERIFY(action);
        QVERIFY2(actions.contains(action), qPrintable(action->text()));
    }
    chart.resize(400, 300);
    chart.copyImageAction()->trigger();
    QCOMPARE(QApplication::clipboard()->image().size(), chart.size() * chart.devicePixelRatio());
}

void TestChartView::savesPngAndSvg()
{
    NetSalesTrendChart chart;
    chart.setData({QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar")}, {10, 30, 20},
                  QStringLiteral("2025"), {}, QString());
    chart.resize(640, 360);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(chart.savePng(png));
    QVERIFY(chart.saveSvg(svg));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(640, 360) * chart.devicePixelRatio());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.contains("<svg"));
    // QSvgGenerator writes the size in millimetres and the view box in pixels.
    QVERIFY2(bytes.contains("viewBox=\"0 0 640 360\""), bytes.left(600).constData());
    QVERIFY(bytes.contains("Net sales over time")); // the title as text, not pixels
    QVERIFY(!chart.saveSvg(dir.filePath(QStringLiteral("missing/chart.svg"))));
}

void TestChartView::copiesDataTabSeparated_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    // A line and its comparison: one row per bucket, the comparison shorter (no value in March).
    QTest::newRow("net sales with comparison")
        << 0 << QStringLiteral("Category\t2024\t2025\nJan\t8\t10\nFeb\t12.5\t30\nMar\t\t20.25\n");
    // Stacked bars: one column per bar set in the chart's order (returning at the bottom), whole numbers
    // without decimals.
    QTest::newRow("new and returning customers")
        << 1 << QStringLiteral("Category\tReturning\tNew\nW1\t4\t3\nW2\t6\t5\n");
    // Horizontal bars list the top (largest) first, with the full name even where the axis shortens it.
    QTest::newRow("breakdown")
        << 2
        << QStringLiteral("Category\tTop products\n"
                          "Organic Darjeeling First Flush Loose Leaf Tea 500 g Tin\t1234.5\nMug\t99\n");
    // Months along a date axis: headed with what a row is, not "Category" (trial 17); no forecast yet.
    const QLocale locale;
    QTest::newRow("repeat purchases per month")
        << 3
        << QStringLiteral(
               "Month ending\tActual\tExpected\tExpected in the coming months\n%1\t3\t2.5\t\n%2\t4\t3.5\t\n")
               .arg(locale.toString(QDate(2026, 1, 31), QLocale::ShortFormat),
                    locale.toString(QDate(2026, 2, 28), QLocale::ShortFormat));
}

void TestChartView::copiesDataTabSeparated()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    std::unique_ptr<ChartView> chart;
    if (kind == 0) {
        auto *c = new NetSalesTrendChart;
        c->setData({QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar")}, {10, 30, 20.25},
                   QStringLiteral("2025"), {8, 12.5}, QStringLiteral("2024"));
        chart.reset(c);
    } else if (kind == 1) {
        auto *c = new NewReturningCustomersChart;
        c->setData({QStringLiteral("W1"), QStringLiteral("W2")}, {3, 5}, {4, 6});
        chart.reset(c);
    } else if (kind == 3) {
        auto *c = new ClvTrackingChart;
        c->setData({{QDate(2026, 1, 31), false, true, 3, 2.5}, {QDate(2026, 2, 28), false, true, 4, 3.5}},
                   {});
        chart.reset(c);
    } else {
        auto *c = new BreakdownBarChart(QStringLiteral("Top products"));
        c->setData({QStringLiteral("Organic Darjeeling First Flush Loose Leaf Tea 500 g Tin"),
                    QStringLiteral("Mug")},
                   {1234.5, 99}, {});
        chart.reset(c);
    }
    chart->resize(500, 300);
    QCOMPARE(chart->dataText(), expected);
    chart->copyDataAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), expected);
}

void TestChartView::bottomLabelsThinOutInsteadOfEliding_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("allShown");
    // 53 week labels such as "29 Dec 2025" need about 54 × (75 + 2 × 8) px ≈ 4,900 px: at 6,000 px all fit,
    // at 700 px only some.
    QTest::newRow("wide: every label") << 6000 << true;
    QTest::newRow("narrow: every n-th label") << 700 << false;
}

void TestChartView::bottomLabelsThinOutInsteadOfEliding()
{
    QFETCH(int, width);
    QFETCH(bool, allShown);
    QStringList labels;
    std::vector<double> values;
    const QDate first(2025, 1, 6);
    for (int i = 0; i < 53; ++i) {
        labels.append(first.addDays(7 * i).toString(QStringLiteral("d MMM yyyy")));
        values.push_back(100 + i);
    }
    NetSalesTrendChart chart;
    chart.resize(width, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setData(labels, values, QStringLiteral("2025"), {}, QString());
    QCategoryAxis *axis = bottomAxis(chart);
    QVERIFY(axis);
    QCOMPARE(categoryLabels(axis), labels);
    QTRY_VERIFY(axis->count() > 1);
    QTest::qWait(50); // the labels are fitted after the plot area settles
    const QStringList shown = axis->categoriesLabels();
    QCOMPARE(shown.size() == labels.size(), allShown);
    QVERIFY(shown.size() >= 4);
    QCOMPARE(shown.last(), labels.last()); // the latest bucket is always named
    for (const QString &label : shown)
        QVERIFY2(labels.contains(label), qPrintable(label)); // whole labels, never cut
    QVERIFY2(!anyElided(shownLabels(chart)), qPrintable(shownLabels(chart).join(QLatin1Char('|'))));
    // Narrower later: fewer labels, still whole.
    chart.resize(width / 2, 320);
    QTRY_VERIFY(axis->categoriesLabels().size() < shown.size() || shown.size() < labels.size() / 2);
    QTest::qWait(50);
    QVERIFY2(!anyElided(shownLabels(chart)), qPrintable(shownLabels(chart).join(QLatin1Char('|'))));
}

void TestChartView::longNamesShortenAtTheirEnd()
{
    const QString name =
        QStringLiteral("Organic Darjeeling First Flush Loose Leaf Tea 500 g Tin, Gift Edition");
    BreakdownBarChart chart(QStringLiteral("Top products"));
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setData({name, QStringLiteral("Mug")}, {1234.5, 99}, {});
    QTest::qWait(50);
    const auto axes = chart.chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const QStringList categories = qobject_cast<QBarCategoryAxis *>(axes.first())->categories();
    // Bottom to top: the mug, then the tea, read from its beginning and cut at its end (trial 15: a product
    // cut in the middle, "SQ0030016 Filt…e Schauinsland", did not read).
    QCOMPARE(categories.size(), 2);
    QCOMPARE(categories.at(0), QStringLiteral("Mug"));
    const QString shortened = categories.at(1);
    QVERIFY2(shortened.size() < name.size(), qPrintable(shortened));
    QVERIFY(shortened.startsWith(QStringLiteral("Organic Darjeeling")));
    QVERIFY(shortened.endsWith(QChar(0x2026)));
    QCOMPARE(categoryLabels(axes.first()).at(1), name);
    // Qt Charts shows the shortened name whole, without cutting it again at the end.
    QVERIFY(shownLabels(chart).contains(shortened));

    // A name with its code in brackets is cut in the name and keeps the code (trial 20: two hampers, one
    // under the web shop's SKU, one under the till's barcode, both read "Christmas Hamper Basket (…").
    const QString web = name + QStringLiteral(" (HOM-HAM-01)");
    const QString till = name + QStringLiteral(" (5060100000123)");
    chart.setData({web, till}, {1720.0, 1710.0}, {});
    QTest::qWait(50);
    const QStringList coded =
        qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).first())->categories();
    QCOMPARE(coded.size(), 2);
    for (const QString &label : coded) {
        QVERIFY2(label.startsWith(QStringLiteral("Organic Darj")) && label.contains(QChar(0x2026)),
                 qPrintable(label));
        QVERIFY2(label.endsWith(QStringLiteral("(HOM-HAM-01)")) ||
                     label.endsWith(QStringLiteral("(5060100000123)")),
                 qPrintable(label));
    }
    QVERIFY(coded.at(0) != coded.at(1));
}

void TestChartView::everySideLabelHasItsLine_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("width");
    QTest::newRow("12 categories, half of 1280 px") << 12 << 620;
    QTest::newRow("12 categories, half of 1600 px") << 12 << 780;
    QTest::newRow("10 products") << 10 << 620;
    QTest::newRow("3 stores") << 3 << 620;
}

// Trial 22en: the Overview's "Net sales by category" with twelve short names (Kitchen, Textiles, …) read "…"
// on every row, at 1280 and at 1600 px and in print: at its minimum height of 240 px Qt Charts gave each name
// less than a line's height and cut it to "...". The chart grows until every name has its line, as the
// Overview lays it out (in a column under other widgets), and shrinks back with fewer rows.
void TestChartView::everySideLabelHasItsLine()
{
    QFETCH(int, rows);
    QFETCH(int, width);
    const QStringList all = {
        QStringLiteral("Kitchen"),    QStringLiteral("Textiles"),   QStringLiteral("Home fragrance"),
        QStringLiteral("Lighting"),   QStringLiteral("Wall art"),   QStringLiteral("Tableware"),
        QStringLiteral("Plants"),     QStringLiteral("Mirrors"),    QStringLiteral("Cushions"),
        QStringLiteral("Stationery"), QStringLiteral("Gift cards"), QStringLiteral("(No category)")};
    const QStringList names = all.mid(0, rows);
    std::vector<double> values;
    for (int i = 0; i < rows; ++i)
        values.push_back(3300.0 - 250.0 * i);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *chart = new BreakdownBarChart(QStringLiteral("Net sales by category"));
    layout->addWidget(chart);
    layout->addStretch();
    window.resize(width, 260);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int minimum = chart->minimumHeight();
    chart->setData(names, values, {});
    QTest::qWait(150); // the labels are fitted after the plot area settles
    const QStringList shown = shownLabels(*chart);
    QVERIFY2(!anyElided(shown), qPrintable(shown.join(QLatin1Char('|'))));
    for (const QString &name : names)
        QVERIFY2(shown.contains(name),
                 qPrintable(name + QStringLiteral(" in ") + shown.join(QLatin1Char('|'))));
    const QString dir = QStringLiteral(STORELENS_SCREENSHOT_DIR "/side-labels");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(window.grab().save(
        QDir(dir).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"))));

    // File › Print… draws the chart at its size on screen: the names print whole too.
    QPrinter pdf(QPrinter::HighResolution);
    pdf.setOutputFormat(QPrinter::PdfFormat);
    pdf.setOutputFileName(
        QDir(dir).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf")));
    QVERIFY(ViewPrinter::printWidget(&window, &pdf) > 0);
    QVERIFY2(!anyElided(shownLabels(*chart)), qPrintable(shownLabels(*chart).join(QLatin1Char('|'))));

    // Three rows need no more than the minimum again.
    chart->setData(names.mid(0, 3), {3300.0, 3000.0, 2700.0}, {});
    QTRY_COMPARE(chart->minimumHeight(), minimum);
}

void TestChartView::dateLabelsGetFewerTicks()
{
    // Three years of months in German ("Sept. 2025" is wider than "Sep 2025") on a narrow chart: fewer ticks,
    // each label whole.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    std::vector<ClvTrackingChart::Point> points;
    for (int i = 0; i < 36; ++i) {
        ClvTrackingChart::Point p;
        p.to = QDate(2023, 10, 1).addMonths(i + 1).addDays(-1);
        p.hasActual = i < 30;
        p.forecast = i >= 30;
        p.actual = 100 + i;
        p.expected = 98 + i;
        points.push_back(p);
    }
    ClvTrackingChart chart;
    chart.resize(560, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setData(points, QDate(2026, 4, 1));
    QTest::qWait(100);
    const auto axes = chart.chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    const auto *dates = qobject_cast<QDateTimeAxis *>(axes.first());
    QVERIFY(dates);
    QVERIFY2(dates->tickCount() < 8, QByteArray::number(dates->tickCount()).constData());
    QVERIFY2(!anyElided(shownLabels(chart)), qPrintable(shownLabels(chart).join(QLatin1Char('|'))));
    // The points are spans of weeks, not calendar months: each label is a day in the locale's short form
    // (trial 22de read "Nov. 2026" as November).
    int dated = 0;
    for (const QString &label : shownLabels(chart))
        dated += QLocale().toDate(label, QLocale::ShortFormat).isValid() ? 1 : 0;
    QVERIFY2(dated >= 2, qPrintable(shownLabels(chart).join(QLatin1Char('|'))));
    QLocale::setDefault(before);
}

void TestChartView::toDateLabelFitsAtTheRightEdge_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QString>("toDate");
    // The full-width trend of the Overview in a 1280 × 800 and a 1920 × 1080 window, with the last 90 days
    // (14 weeks) or a half year (27 weeks) by week; the last week is not over ("28 Sep (to date)"; German
    // writes "28 Sept. (bis heute)", which used to hang past the chart's right edge at 1280).
    const QString english = QStringLiteral("28 Sep (to date)");
    const QString german = QStringLiteral("28 Sept. (bis heute)");
    QTest::newRow("1280 wide, 14 weeks") << 1225 << 14 << english;
    QTest::newRow("1920 wide, 14 weeks") << 1865 << 14 << english;
    QTest::newRow("1280 wide, 27 weeks") << 1225 << 27 << english;
    QTest::newRow("German, 1280 wide, 14 weeks") << 1225 << 14 << german;
    QTest::newRow("German, 1920 wide, 14 weeks") << 1865 << 14 << german;
    QTest::newRow("German, 1280 wide, 27 weeks") << 1225 << 27 << german;
}

void TestChartView::toDateLabelFitsAtTheRightEdge()
{
    QFETCH(int, width);
    QFETCH(int, weeks);
    QFETCH(QString, toDate);
    QStringList labels;
    std::vector<double> values;
    const QDate last(2026, 9, 28);
    for (int i = weeks - 1; i > 0; --i) {
        labels.append(last.addDays(-7 * i).toString(QStringLiteral("d MMM")));
        values.push_back(100 + i);
    }
    labels.append(toDate);
    values.push_back(40);
    NetSalesTrendChart chart;
    chart.resize(width, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setData(labels, values, QStringLiteral("This period"), values, QStringLiteral("Previous period"),
                  weeks - 1);
    QTest::qWait(100); // the labels are fitted after the plot area settles
    const QStringList shown = shownLabels(chart);
    QVERIFY2(!anyElided(shown), qPrintable(shown.join(QLatin1Char('|'))));
    // The last label is whole and inside the chart's frame.
    const QGraphicsTextItem *lastLabel = nullptr;
    const auto items = chart.scene()->items();
    for (const QGraphicsItem *item : items) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            text && text->isVisible() && text->toPlainText() == toDate)
            lastLabel = text;
    }
    QVERIFY2(lastLabel, qPrintable(shown.join(QLatin1Char('|'))));
    const QRectF frame = chart.chart()->geometry();
    const QFontMetricsF metrics(lastLabel->font());
    const double textRight =
        lastLabel->sceneBoundingRect().center().x() + metrics.horizontalAdvance(toDate) / 2;
    QVERIFY2(textRight <= frame.right(),
             qPrintable(QStringLiteral("%1 > %2").arg(textRight).arg(frame.right())));
}

// Trial 10: "This period" and "This period (to date)" had one colour, in the lines and in the legend. The
// line into the partial bucket is dashed in a paler tint, and each legend entry is a piece of its line.
void TestChartView::toDateLineIsPaler()
{
    NetSalesTrendChart chart;
    chart.resize(700, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.palette().color(QPalette::Base), QColor(Qt::white)); // the light palette
    chart.setData({QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec (to date)")},
                  {20, 32, 4}, QStringLiteral("This period"), {}, QString(), 2);
    QLineSeries *whole = nullptr;
    QLineSeries *toDate = nullptr;
    const auto series = chart.chart()->series();
    for (QAbstractSeries *s : series) {
        if (s->name() == QLatin1String("This period"))
            whole = qobject_cast<QLineSeries *>(s);
        else if (s->name() == QLatin1String("This period (to date)"))
            toDate = qobject_cast<QLineSeries *>(s);
    }
    QVERIFY(whole && toDate);
    // The period's blue #0072b2 (0, 114, 178); halfway to white (255, 255, 255), rounded up: (128, 185, 217).
    QCOMPARE(whole->pen().color(), QColor(0x00, 0x72, 0xb2));
    QCOMPARE(whole->pen().style(), Qt::SolidLine);
    QCOMPARE(toDate->pen().color(), QColor(128, 185, 217));
    QCOMPARE(toDate->pen().style(), Qt::DashLine);
    QCOMPARE(toDate->count(), 2); // from November into December
    QVERIFY(chart.chart()->legend()->isVisible());
    QCOMPARE(chart.chart()->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
    const auto markers = chart.chart()->legend()->markers(toDate);
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers.first()->label(), QStringLiteral("This period (to date)"));
    QCOMPARE(markers.first()->brush().color(), QColor(128, 185, 217));
    QCOMPARE(chart.chart()->legend()->markers(whole).first()->brush().color(), QColor(0x00, 0x72, 0xb2));
    // November's point is the whole period's: the paler line starts there without a point of its own.
    QCOMPARE(toDate->pointConfiguration(0).value(QXYSeries::PointConfiguration::Visibility), QVariant(false));
    if (!qEnvironmentVariableIsEmpty("STORELENS_SCREENSHOT_DIR")) {
        QTest::qWait(100);
        chart.grab().save(qEnvironmentVariable("STORELENS_SCREENSHOT_DIR") +
                          QStringLiteral("/trend-to-date.png"));
    }
}

void TestChartView::tickStepsAreRound_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("step");
    // At most five intervals: span ÷ 5, then up to the next 1, 2, 2.5 or 5 × 10^n.
    QTest::newRow("the trial's 44.5: 8.9 -> 10") << 44.5 << 10.0;
    QTest::newRow("250: 50 exactly") << 250.0 << 50.0;
    QTest::newRow("230: 46 -> 50") << 230.0 << 50.0;
    QTest::newRow("11: 2.2 -> 2.5") << 11.0 << 2.5;
    QTest::newRow("9: 1.8 -> 2") << 9.0 << 2.0;
    QTest::newRow("1.2: 0.24 -> 0.25") << 1.2 << 0.25;
    QTest::newRow("3,100: 620 -> 1,000") << 3100.0 << 1000.0;
    QTest::newRow("nothing: 1") << 0.0 << 1.0;
}

void TestChartView::tickStepsAreRound()
{
    QFETCH(double, span);
    QFETCH(double, step);
    QCOMPARE(niceTickStep(span, 5), step);
}

// Trial 20: the category "(none)" at −5.99 beside 48,000 stretched the value axis down to a whole interval
// below 0; a larger negative still gets its round interval.
void TestChartView::smallNegativeKeepsTheScale()
{
    QValueAxis axis;
    setValueRange(&axis, -5.99, 48000);
    QVERIFY2(axis.min() < -5.99 && axis.min() > -10, qPrintable(QString::number(axis.min())));
    QVERIFY(axis.max() >= 48000);
    QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis.tickAnchor(), 0.0);
    QValueAxis positive; // the same values without the negative: the same round steps
    setValueRange(&positive, 0, 48000);
    QCOMPARE(axis.tickInterval(), (positive.max() - positive.min()) / (positive.tickCount() - 1));
    QCOMPARE(axis.max(), positive.max());

    QValueAxis large;
    setValueRange(&large, -5000, 48000);
    QVERIFY2(large.min() <= -5000 && large.min() >= -20000, qPrintable(QString::number(large.min())));
    QCOMPARE(large.tickType(), QValueAxis::TicksFixed);
}

void TestChartView::smallAmountsReadApart_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("pounds 0 to 2") << 0.0 << 2.0;
    QTest::newRow("pence") << 0.0 << 0.12;
    QTest::newRow("a small negative") << -0.01 << 3.0;
    QTest::newRow("thousands") << 0.0 << 48000.0;
}

// Trial 22en (the report's return rate, "1 %, 1 %, 0 %, 0 %"): an axis written with whole numbers over small
// amounts read "0, 1, 1, 2". The labels get the decimals their step needs, and no more for large amounts.
void TestChartView::smallAmountsReadApart()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QValueAxis axis;
    axis.setLabelFormat(QStringLiteral("%.0f"));
    setValueRange(&axis, low, high);
    QStringList labels;
    if (axis.tickType() == QValueAxis::TicksDynamic) {
        for (double v = std::ceil(axis.min() / axis.tickInterval()) * axis.tickInterval();
             v <= axis.max() + 1e-9; v += axis.tickInterval())
            labels.append(QString::asprintf(qPrintable(axis.labelFormat()), v));
    } else {
        const double step = (axis.max() - axis.min()) / (axis.tickCount() - 1);
        for (int i = 0; i < axis.tickCount(); ++i)
            labels.append(QString::asprintf(qPrintable(axis.labelFormat()), axis.min() + i * step));
    }
    QVERIFY(labels.size() >= 3);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    if (high > 1000)
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.0f"));
}

// Trial 21: a shop with three months of data drew "Last 12 months" as nine months at 0. A bucket before the
// first day with data (NaN) has no point, and a note names where the line starts.
void TestChartView::trendStartsWithTheData()
{
    const double none = std::numeric_limits<double>::quiet_NaN();
    NetSalesTrendChart chart;
    chart.resize(700, 320);
    chart.setData(
        {QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep")},
        {none, none, 120.0, 80.0}, QStringLiteral("This period"), {}, QString());
    const auto lines = chart.chart()->series();
    QCOMPARE(lines.size(), 1);
    const auto points = qobject_cast<QLineSeries *>(lines.first())->points();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.first(), QPointF(2, 120.0));
    QString note;
    for (QGraphicsItem *item : chart.chart()->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            text && text->objectName() == QLatin1String("chartNote"))
            note = text->toPlainText();
    }
    QCOMPARE(note, QStringLiteral("No data before Aug: the line starts there."));
    // With data from the first bucket on, no note.
    chart.setData({QStringLiteral("Jun"), QStringLiteral("Jul")}, {0.0, 5.0}, QStringLiteral("This period"),
                  {}, QString());
    for (QGraphicsItem *item : chart.chart()->childItems()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        QVERIFY(!text || text->objectName() != QLatin1String("chartNote"));
    }
}

// The trial: the cohort curves' axis read 0, 13, 25, 38, 50 (five ticks over 0 … 50) and said no currency.
void TestChartView::cohortCurveTicksAreRound()
{
    CohortCurveChart chart;
    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setCurves({{QStringLiteral("2026-10"), {29.5, 44.5}}}, QStringLiteral("Age in months"),
                    QStringLiteral("Net sales per customer (€)"));
    const auto axes = chart.chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const auto *y = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(y);
    QCOMPARE(y->min(), 0.0);
    QCOMPARE(y->max(), 50.0);
    QCOMPARE(int(y->tickType()), int(QValueAxis::TicksDynamic));
    QCOMPARE(y->tickAnchor(), 0.0);
    QCOMPARE(y->tickInterval(), 10.0);
    QCOMPARE(y->labelFormat(), QStringLiteral("%.0f"));
    QCOMPARE(y->titleText(), QStringLiteral("Net sales per customer (€)"));
    // A step of 2.5 is written with its decimal.
    chart.setCurves({{QStringLiteral("2026-10"), {4.0, 11.0}}}, QStringLiteral("Age in months"),
                    QStringLiteral("Net sales per customer"));
    QCOMPARE(y->max(), 12.5);
    QCOMPARE(y->tickInterval(), 2.5);
    QCOMPARE(y->labelFormat(), QStringLiteral("%.1f"));
}

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
