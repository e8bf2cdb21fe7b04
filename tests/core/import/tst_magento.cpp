// Magento 2's Sales › Orders grid export (issue 18's fifth trial): one row per order, ID the order's
// increment id, Purchase Point the store view, Subtotal the items before discounts, Total Refunded the
// order's refunds. Recognised without hand mapping; next week's export updates the orders instead of doubling
// them (the trial imported it twice: net sales 612,474.92 instead of 307,651.25). A file without order
// numbers is refused over lines it cannot tell apart.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/FieldCatalog.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// The source names as a translation shows them: "Web shop" reads "Webshop (DE)".
class MarkedSourceNames : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("storelens::core::SourceNames"))
            return {};
        return QString::fromUtf8(source) == QLatin1String("Web shop") ? QStringLiteral("Webshop (DE)")
                                                                      : QString();
    }
    bool isEmpty() const override { return false; }
};

// magento_orders_grid.csv, newest first as Magento lists them (Subtotal is the items before the discount;
// shipping and Grand Total are not sales):
//   000000001 10/05 alice        Default Store View  Complete   100.00                              net
//   100.00 000000002 10/06 bob          Default Store View  Closed      50.00, Total Refunded 55.00: a return
//   of
//                                                    50.00 (5.00 of shipping left out)              net 0.00
//   000000003 10/07 erin         French Store View   Complete    80.00, Total Refunded 20.00 net  60.00
//   000000004 10/08 frank        French Store View   Canceled    40.00, sold and returned            net 0.00
//   000000005 10/09 gina         Default Store View  Pending     left out, no payment taken
//   100000001 10/10 Alice@...    Outlet View         Complete   120.00 (alice again)                net
//   120.00 100000002 10/11 carol (guest checkout, NOT LOGGED IN) Processing 30.00 net  30.00 000000006 10/12
//   dave         Default Store View  Complete    60.00 (shipping 10.00 left out)    net  60.00
// Gross 100 + 50 + 80 + 40 + 120 + 30 + 60 = 480.00; returns 50 + 20 + 40 = 110.00; net 370.00. Orders with a
// sale line: 7; buyers alice, bob, erin, frank, carol, dave = 6; three store views.
const QString Fixture = QStringLiteral("magento_orders_grid.csv");

QByteArray fixtureText()
{
    QFile f(importFixture(Fixture));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMagento : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportIsRecognised_data();
    void exportIsRecognised();
    void totalsMatchTheOrders();
    void nextWeeksExportUpdatesTheOrders();
    void fileWithoutOrderNumbersIsRefusedOverItsSource();

private:
    storelens::test::TemporaryWorkspaces m_dir;
    QTemporaryDir m_files;
};

void TestMagento::exportIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order number") << field::OrderId << "ID";
    QTest::newRow("store view") << field::Store << "Purchase Point";
    QTest::newRow("date") << field::Date << "Purchase Date";
    QTest::newRow("status") << field::Status << "Status";
    QTest::newRow("customer e-mail") << field::CustomerEmail << "Customer Email";
    QTest::newRow("customer name") << field::CustomerName << "Bill-to Name";
    QTest::newRow("items before discounts") << field::LineTotal << "Subtotal";
    QTest::newRow("refunds") << field::RefundAmount << "Total Refunded";
    QTest::newRow("shipping is not a sale") << field::Shipping << "";
    QTest::newRow("no customer id: the e-mail keys") << field::CustomerId << "";
}

void TestMagento::exportIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    QVERIFY(isMagentoOrdersExport(preview->header));
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("Magento orders|Magento|Online"));
    QVERIFY(!p.lineTotalAfterDiscount);
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestMagento::totalsMatchTheOrders()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(4800000));
    QCOMPARE(s.returns.units(), qint64(1100000));
    QCOMPARE(s.netSales.units(), qint64(3700000));
    QCOMPARE(s.orders, qint64(7));
    QCOMPARE(s.buyingCustomers, qint64(6));
    QCOMPARE(s.stores, qint64(3));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = '000000003'")),
             qint64(2));
    // The grid has no discount column: the Check page and the CLI say net sales are before discounts.
    const QStringList sentences = report->quality.sentences();
    QVERIFY(sentences.contains(QStringLiteral("No column holds discounts: they count as 0, so net sales are "
                                              "the amounts before any discount the orders had.")));
}

// Next week: a new order on top (000000007, 25.00), the Pending order paid (Complete), bob's order unchanged.
// Net 370.00 + 70.00 + 25.00 = 465.00 and 9 orders, not the 370.00 + 465.00 of counting it twice.
void TestMagento::nextWeeksExportUpdatesTheOrders()
{
    QByteArray text = fixtureText();
    QVERIFY(!text.isEmpty());
    const qsizetype headerEnd = text.indexOf('\n') + 1;
    text.insert(headerEnd, "000000007,\"Main WebsiteMain Website StoreDefault Store View\",\"Oct 19, 2026 "
                           "10:00:00 AM\",\"Hal Ito\",\"Hal Ito\",25.0000,25.0000,Complete,\"1 A St\",\"1 A "
                           "St\",\"Free Shipping - Free\",hal@example.com,General,25.0000,0.0000,\"Hal "
                           "Ito\",\"Check / Money order\",,\"Default Source\",\n");
    text.replace(",Pending,", ",Complete,");
    const QString next = m_files.filePath(QStringLiteral("magento_next_week.csv"));
    storelens::test::writeFile(next, text);

    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(Fixture)).ok());
    auto again = importWithSuggestion(ws, next);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.netSales.units(), qint64(4650000));
    QCOMPARE(s.orders, qint64(9));
    QCOMPARE(s.buyingCustomers, qint64(8));
}

// The same export with its ID column renamed: nothing holds the order number, so each row is numbered by its
// line. Into an empty workspace it imports (and says so); a second file of that source is refused.
void TestMagento::fileWithoutOrderNumbersIsRefusedOverItsSource()
{
    QByteArray text = fixtureText();
    QVERIFY(text.startsWith("ID,"));
    text.replace(0, 2, "Row");
    const QString path = m_files.filePath(QStringLiteral("orders_without_numbers.csv"));
    storelens::test::writeFile(path, text);
    const auto preview = previewFile(path);
    QVERIFY(preview.ok());
    QVERIFY(suggestProfile(preview.value()).columnFor(field::OrderId).isEmpty());

    const QString ws = m_dir.create();
    auto first = importWithSuggestion(ws, path);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QVERIFY(first->quality.sentences()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral(
                    "No column is read as the order number: each line is counted as an order of its own")));
    const qint64 lines = summaryOf(ws).orderLines;
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(3700000));

    // The source is named as the user's language shows it (trial 19: "Till" in a German sentence), and the
    // way out is said.
    MarkedSourceNames translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto second = importWithSuggestion(ws, path);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!second.ok());
    QVERIFY2(second.error().message().contains(QStringLiteral("from the source \"Webshop (DE)\"")),
             qPrintable(second.error().message()));
    QVERIFY(second.error().message().contains(QStringLiteral("import the file as another source")));
    QCOMPARE(second.error().code(), ErrorCode::InvalidValue);
    QVERIFY2(second.error().message().contains(
                 QStringLiteral("the workspace already holds %1 order lines from the source").arg(lines)),
             qPrintable(second.error().message()));
    QCOMPARE(summaryOf(ws).orderLines, lines);
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(3700000));
}

QTEST_GUILESS_MAIN(TestMagento)
#include "tst_magento.moc"
