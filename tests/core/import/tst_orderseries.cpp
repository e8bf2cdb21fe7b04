// Trial 16, an Ágora till (Valencia): a ticket is its Serie and its Número (T1/5, T2/5, T3/5 and the refund
// AB1/5 are four documents). Mapped alone, the number merged tickets across days and shops: 1,261 in-store
// orders instead of 2,470, the ticket average nearly doubled, and nothing warned. And the till's customer
// number 1131 and the web shop's joaquin.pena@yahoo.es were two customers, although the till's file has that
// address in its Email column.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/FieldCatalog.h"
#include "core/import/OrderIdSpread.h"
#include "core/import/OrderSeries.h"
#include "core/store/OrderLineRecord.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// agora_ventas.csv (Windows-1252, ';', decimal comma), by hand. Precio is the unit price, Dto. the line's
// discount in money:
//   line 2     T1/1  13/10 Ruzafa     2 × café 1,30 = 2,60
//   lines 3–4  T2/1  13/10 Ruzafa     bolso 39,95 + taza 18,95 = 58,90 (customer 1131, Joaquin.Pena@yahoo.es)
//   line 5     T3/1  13/10 El Carmen  mantel 45,00 − 4,50 = 40,50
//   line 6     T1/2  14/10 Ruzafa     cortado 1,50
//   line 7     T2/2  14/10 Ruzafa     2 × taza 18,95 = 37,90 (1131)
//   line 8     T3/2  17/10 El Carmen  bolso 39,95 (customer 1140, a phone and no e-mail)
//   line 9     AB1/1 17/10 Ruzafa     refund of 1 taza: −18,95 (1131), a return only
//   line 10    T1/3  18/10 Ruzafa     café 1,30
// Gross G = 2,60 + 58,90 + 45,00 + 1,50 + 37,90 + 39,95 + 1,30 = 187,15; discounts D = 4,50; returns 18,95;
// net 187,15 − 4,50 − 18,95 = 163,70. Orders with a sale line: 7 tickets; AOV (G − D) ÷ O = 182,65 ÷ 7 =
// 26,09. With Número alone the ids are 1, 2 and 3: 3 orders and an AOV of 182,65 ÷ 3 = 60,88.
const QString File = QStringLiteral("agora_ventas.csv");

// The suggestion (Precio, Dto. and Local are suggested since trial 16), with the customer number the trial's
// user mapped by hand.
ImportProfile tillProfile(bool withSeries)
{
    const auto preview = previewFile(importFixture(File));
    if (!preview)
        return {};
    ImportProfile p = suggestProfile(preview.value(), Entity::Orders);
    const QStringList maps[] = {{QStringLiteral("Cód. cliente"), field::CustomerId}};
    for (ColumnMapping &c : p.columns) {
        for (const QStringList &m : maps) {
            if (c.column == m.first())
                c.field = m.last();
        }
        if (!withSeries && c.field == field::OrderSeries)
            c.field.clear();
    }
    return p;
}

OrderLineRecord saleOn(const char *order, QDate day, const char *store = "Ruzafa")
{
    OrderLineRecord r;
    r.orderId = QByteArrayView(order);
    r.date = day;
    r.store = QByteArrayView(store);
    r.quantity = Quantity::fromWhole(1);
    return r;
}

} // namespace

class TestOrderSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesIsSuggestedBesideTheNumber();
    void ticketIsSeriesAndNumber();
    void numberAloneIsWarned();
    void linesAroundMidnightAreOneOrder();
    void profileKeepsTheSeriesAndTheCustomerKey();
    void customerOfTheWebShopIsFoundAndKeyedByEmail();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestOrderSeries::seriesIsSuggestedBesideTheNumber()
{
    const ImportProfile p = tillProfile(true);
    QCOMPARE(p.columnFor(field::OrderId), QStringLiteral("Número"));
    QCOMPARE(p.columnFor(field::OrderSeries), QStringLiteral("Serie"));
    for (const char *name : {"Serie", "Series", "Serie factura", "Prefijo", "Belegserie"})
        QVERIFY2(isOrderSeriesHeader(QString::fromUtf8(name)), name);
    for (const char *name : {"Número", "Serial number", "Seriennummer", "TV series"})
        QVERIFY2(!isOrderSeriesHeader(QString::fromUtf8(name)), name);
    // A "Series" column with no order number beside it (a product list's) stays unmapped.
    FilePreview preview;
    preview.header = QStringList{QStringLiteral("Date"), QStringLiteral("Series"), QStringLiteral("Title"),
                                 QStringLiteral("Qty"), QStringLiteral("Price")};
    preview.rows = {{QStringLiteral("2026-10-01"), QStringLiteral("Blue"), QStringLiteral("Mug"),
                     QStringLiteral("1"), QStringLiteral("9.50")}};
    QCOMPARE(suggestProfile(preview, Entity::Orders).columnFor(field::OrderSeries), QString());
    QCOMPARE(joinOrderId("T1", "5"), QByteArray("T1/5"));
    QCOMPARE(joinOrderId("", "5"), QByteArray("5"));
}

void TestOrderSeries::ticketIsSeriesAndNumber()
{
    const QString ws = m_dir.create();
    const auto report = Importer::run(ws, importFixture(File), tillProfile(true));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->orders, qint64(7));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.orders, qint64(7));
    QCOMPARE(s.grossSales.units(), qint64(1871500));
    QCOMPARE(s.discounts.units(), qint64(45000));
    QCOMPARE(s.returns.units(), qint64(189500));
    QCOMPARE(s.netSales.units(), qint64(1637000));
    QCOMPARE(s.stores, qint64(2));
    QCOMPARE((s.grossSales - s.discounts).units() / s.orders, qint64(260928)); // 26,09 €
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT order_id) FROM order_lines")), qint64(8));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = 'T2/1'")),
             qint64(2));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT quantity FROM order_lines WHERE order_id = 'AB1/1'")),
             qint64(-1000));
    QCOMPARE(report->quality.orderIdSpread.orders, qint64(0));
}

void TestOrderSeries::numberAloneIsWarned()
{
    const QString ws = m_dir.create();
    const auto report = Importer::run(ws, importFixture(File), tillProfile(false));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.orders, qint64(3));
    QCOMPARE((s.grossSales - s.discounts).units() / s.orders, qint64(608833)); // 60,88 €
    // "1": 13/10 in Ruzafa and El Carmen; "2": 14/10 Ruzafa and 17/10 El Carmen (three days apart); "3":
    // one line. The refund AB1 1 is a return and not counted.
    const OrderIdSpread &spread = report->quality.orderIdSpread;
    QCOMPARE(spread.orders, qint64(2));
    QCOMPARE(spread.example, QStringLiteral("2"));
    QCOMPARE(spread.exampleDays, 2);
    QCOMPARE(spread.exampleStores, 2);
    QCOMPARE(spread.exampleLine, qint64(6));
    QCOMPARE(spread.seriesColumn, QStringLiteral("Serie"));
    const QString said = report->quality.sentences().join(QLatin1Char('\n'));
    QVERIFY2(
        said.contains(QStringLiteral("2 order IDs of the file appear on days more than a day apart or in "
                                     "more than one store; for example, order \"2\" appears on 2 "
                                     "different days in 2 stores (first on line 6).")),
        qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Combine them with the column \"Serie\"")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("--map \"Serie=order_series\"")), qPrintable(said));
}

void TestOrderSeries::linesAroundMidnightAreOneOrder()
{
    ImportProfile profile;
    profile.columns = {{QStringLiteral("Ticket"), 0, field::OrderId}};
    OrderIdSpread spread;
    {
        OrderIdSpreadCounter counter(profile, spread);
        const QDate day(2026, 10, 31);
        // A ticket rung up across midnight: two consecutive days, one order.
        counter.saleLine(saleOn("A", day), 2);
        counter.saleLine(saleOn("A", day.addDays(1)), 3);
        // Lines on three consecutive days, or two days apart: not one ticket.
        counter.saleLine(saleOn("B", day), 4);
        counter.saleLine(saleOn("B", day.addDays(1)), 5);
        QCOMPARE(spread.orders, qint64(0));
        counter.saleLine(saleOn("B", day.addDays(2)), 6);
        QCOMPARE(spread.orders, qint64(1));
        counter.saleLine(saleOn("C", day), 7);
        counter.saleLine(saleOn("C", day.addDays(2)), 8);
        // Two stores on one day.
        counter.saleLine(saleOn("D", day), 9);
        counter.saleLine(saleOn("D", day, "El Carmen"), 10);
        // "A" again later in the file, on its own day: still two days.
        counter.saleLine(saleOn("A", day), 11);
    }
    QCOMPARE(spread.orders, qint64(3));
    QCOMPARE(spread.example, QStringLiteral("B"));
    QCOMPARE(spread.exampleDays, 3);
    QCOMPARE(spread.exampleLine, qint64(4));
    QVERIFY(spread.sentence().contains(QStringLiteral("(a series, a till)")));
}

void TestOrderSeries::profileKeepsTheSeriesAndTheCustomerKey()
{
    ImportProfile p = tillProfile(true);
    QVERIFY(!p.customersByEmail);
    QVERIFY(!p.toJson().contains("customer_key")); // profiles saved before stay as they were
    p.customersByEmail = true;
    const QString path = m_dir.filePath(QStringLiteral("agora.json"));
    QVERIFY(p.save(path).ok());
    const auto loaded = ImportProfile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    QCOMPARE(loaded->columnFor(field::OrderSeries), QStringLiteral("Serie"));
    QCOMPARE(loaded->columnFor(field::OrderId), QStringLiteral("Número"));
    QVERIFY(loaded->customersByEmail);
    QVERIFY(loaded->toJson().contains("\"customer_key\": \"email_first\""));
    QByteArray json = p.toJson();
    json.replace("email_first", "phone");
    QVERIFY(!ImportProfile::fromJson(json).ok());
}

void TestOrderSeries::customerOfTheWebShopIsFoundAndKeyedByEmail()
{
    // The web shop keys its customers by e-mail: Joaquín, and someone the till does not know.
    const QString web = m_dir.filePath(QStringLiteral("web.csv"));
    storelens::test::writeFile(web, "Order,Date,Email,SKU,Quantity,Price\n"
                                    "1001,2026-09-20,joaquin.pena@yahoo.es,TAZA,1,18.95\n"
                                    "1002,2026-09-21,marta@example.es,TAZA,1,18.95\n");
    for (const bool byEmail : {false, true}) {
        const QString ws = m_dir.create();
        const auto first = storelens::test::importWithSuggestion(ws, web);
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        ImportProfile till = tillProfile(true);
        till.customersByEmail = byEmail;
        const auto report = Importer::run(ws, importFixture(File), till);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        const EmailKeyMatch &m = report->emailKeyMatch;
        if (!byEmail) {
            // 1131 has the address (as typed at the counter), 1140 a phone only, which the web shop has not.
            QCOMPARE(m.fileCustomers, qint64(2));
            QCOMPARE(m.matching, qint64(1));
            QCOMPARE(m.email.fileKey, QStringLiteral("1131"));
            QCOMPARE(m.email.contact, QStringLiteral("joaquin.pena@yahoo.es"));
            QVERIFY2(m.sentence(EmailKeyMatch::Where::Window)
                         .startsWith(QStringLiteral(
                             "1 customer of this file has an e-mail address that already belongs to another "
                             "customer of the workspace (\"1131\" of this file has joaquin.pena@yahoo.es, "
                             "which is "
                             "customer \"joaquin.pena@yahoo.es\" there)")),
                     qPrintable(m.sentence(EmailKeyMatch::Where::Window)));
            QVERIFY(m.sentence(EmailKeyMatch::Where::Window)
                        .contains(QStringLiteral("keep their \"Cód. cliente\"")));
            QVERIFY(!m.sentence(EmailKeyMatch::Where::Window)
                         .contains(QStringLiteral("the phone number of another customer")));
        } else {
            QCOMPARE(m.matching, qint64(0));
            QCOMPARE(m.sentence(EmailKeyMatch::Where::Window), QString());
        }
        // Web 2 + till 2 as keyed; keyed by e-mail Joaquín is one customer: 3 people.
        const WorkspaceSummary s = summaryOf(ws);
        QCOMPARE(s.buyingCustomers, qint64(byEmail ? 3 : 4));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines l JOIN customers c ON c.id = "
                                           "l.customer_id WHERE c.external_id = 'joaquin.pena@yahoo.es'")),
                 qint64(byEmail ? 5 : 1)); // 1001, and by e-mail the till's lines 3, 4, 7 and 9
    }
}

QTEST_GUILESS_MAIN(TestOrderSeries)
#include "tst_orderseries.moc"
