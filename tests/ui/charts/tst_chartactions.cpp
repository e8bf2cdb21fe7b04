// The charts drawn with QPainter have every chart's context menu (ChartActions, as ChartView's): a KPI tile's
// sparkline, the RFM grid and a customer's order timeline offer Copy Image, Save as PNG…, Save as SVG… and
// Copy Data, and their data copies as tab-separated text with a header row.
#include "ui/charts/ChartActions.h"
#include "ui/charts/Sparkline.h"
#include "ui/common/Formatting.h"
#include "ui/customers/OrderTimeline.h"
#include "ui/segments/RfmGridWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace storelens::ui;

namespace {

struct Chart
{
    std::unique_ptr<QWidget> widget;
    ChartActions *actions = nullptr;
};

// A sparkline of three months, the middle one without a value.
Chart sparkline()
{
    auto line = std::make_unique<Sparkline>();
    line->setAccessibleName(QStringLiteral("Net sales over time"));
    line->setValues({1.5, 2.0, 3.25}, {1, 0, 1},
                    {QStringLiteral("Jan 26"), QStringLiteral("Feb 26"), QStringLiteral("Mar 26")});
    ChartActions *actions = line->actions();
    return {std::move(line), actions};
}

// Two orders: 12.50 on 5 January, a return of 2.50 on 1 February (ten-thousandths).
Chart timeline()
{
    auto orders = std::make_unique<OrderTimeline>();
    orders->setEntries({{QDate(2026, 1, 5), QStringLiteral("A1"), 125000},
                        {QDate(2026, 2, 1), QStringLiteral("R7"), -25000}},
                       QDate(2026, 1, 1), QDate(2026, 3, 31));
    ChartActions *actions = orders->actions();
    return {std::move(orders), actions};
}

// Cell i (R = i / 5 + 1, FM = i % 5 + 1) holds i customers with net sales of i × 1.00, named "Cell i".
Chart grid()
{
    auto rfm = std::make_unique<RfmGridWidget>();
    std::array<qint64, 25> customers{};
    std::array<qint64, 25> netSales{};
    std::array<QString, 25> names;
    for (int i = 0; i < 25; ++i) {
        customers[size_t(i)] = i;
        netSales[size_t(i)] = qint64(i) * 10000;
        names[size_t(i)] = QStringLiteral("Cell %1").arg(i);
    }
    rfm->setCells(customers, netSales, names);
    ChartActions *actions = rfm->actions();
    return {std::move(rfm), actions};
}

} // namespace

Q_DECLARE_METATYPE(std::function<Chart()>)

class TestChartActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyChartHasTheMenu_data();
    void everyChartHasTheMenu();
    void copiedNumbersHaveSixDecimalsAtMost();
};

void TestChartActions::everyChartHasTheMenu_data()
{
    QTest::addColumn<std::function<Chart()>>("make");
    QTest::addColumn<QStringList>("lines"); // the copied data, line by line (the grid's first three rows)
    QTest::newRow("KPI tile sparkline")
        << std::function<Chart()>(sparkline)
        << QStringList{QStringLiteral("Period\tNet sales over time"), QStringLiteral("Jan 26\t1.5"),
                       QStringLiteral("Feb 26\t"), QStringLiteral("Mar 26\t3.25")};
    QTest::newRow("customer's order timeline")
        << std::function<Chart()>(timeline)
        << QStringList{QStringLiteral("Date\tOrder\tNet sales"),
                       formatDate(QDate(2026, 1, 5)) + QStringLiteral("\tA1\t12.5"),
                       formatDate(QDate(2026, 2, 1)) + QStringLiteral("\tR7\t-2.5")};
    // Top row first (R = 5, as drawn): cell (5 − 1) × 5 + (1 − 1) = 20, then 21.
    QTest::newRow("RFM grid")
        << std::function<Chart()>(grid)
        << QStringList{QStringLiteral("Recency score (R)\tFrequency and monetary score (FM)\tSegment\t"
                                      "Customers\tNet sales"),
                       QStringLiteral("5\t1\tCell 20\t20\t20"), QStringLiteral("5\t2\tCell 21\t21\t21")};
}

void TestChartActions::everyChartHasTheMenu()
{
    QFETCH(std::function<Chart()>, make);
    QFETCH(QStringList, lines);
    Chart chart = make();
    QWidget *widget = chart.widget.get();
    QVERIFY(chart.actions);
    QCOMPARE(widget->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList names;
    for (const QAction *action : widget->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("copyChartImageAction"), QStringLiteral("saveChartPngAction"),
                          QStringLiteral("saveChartSvgAction"), QStringLiteral("copyChartDataAction")}));

    chart.actions->copyDataAction()->trigger();
    const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(copied.mid(0, lines.size()), lines);
    QCOMPARE(copied.constLast(), QString()); // every line ends in "\n"

    widget->resize(480, 400);
    chart.actions->copyImageAction()->trigger();
    QCOMPARE(QApplication::clipboard()->image().size(), widget->size() * widget->devicePixelRatio());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(chart.actions->savePng(png));
    QCOMPARE(QImage(png).size(), widget->size() * widget->devicePixelRatio());
    QVERIFY(chart.actions->saveSvg(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));
}

// Trial 22de: Copy Data gave a repeat-purchase rate as "0,5863335131358967".
void TestChartActions::copiedNumbersHaveSixDecimalsAtMost()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ChartActions::number(0.5863335131358967), QStringLiteral("0,586334"));
    QCOMPARE(ChartActions::number(1234.56), QStringLiteral("1234,56"));
    QCOMPARE(ChartActions::number(-0.0000001), QStringLiteral("0"));
    QCOMPARE(ChartActions::number(150), QStringLiteral("150"));
    QLocale::setDefault(before);
}

QTEST_MAIN(TestChartActions)
#include "tst_chartactions.moc"
