// Three exports from trials 22de and 22en whose suggested mapping lost orders, customers or names:
//
// gambio_bestellungen_de.csv (a German web shop's orders in Gambio's style: `;`, decimal commas, UTF-8; one
// row per item, the order's Rabatt, Gutschein, Versandkosten and Bestellsumme repeated on each row).
// Bestellnummer and Bestelldatum were not read (Next stayed greyed out), the Newsletter column's "ja" and
// "nein" rejected every row, "In Bearbeitung" was asked about, and the Check page advised mapping the
// redeemed gift voucher (Gutschein, a payment) as the order's discount. Worked out by hand:
//   40101 Versendet       2 × 19.00 + 2 × 8.90 = 55.80                          customer 10142
//   40102 In Bearbeitung  3 × 7.90 + 16.90 = 40.60, Rabatt 2.37 once          customer 10150 (Newsletter ja)
//   40103 Versendet       19.00; Gutschein 10.00 paid part of it: no discount  customer 10142
//   40104 Zahlung ausstehend: not paid, left out (1 line)                       customer 10160
//   40105 Storniert       2 × 16.90 = 33.80: a sale and a return               customer 10170
// Gross 149.20, discounts 2.37, returns 33.80, net 113.03; orders 4; buying customers 3 (10142, 10150,
// 10170).
//
// bigcartel_orders.csv (Big Cartel's orders, one row per order): Number, the buyer's e-mail, phone and
// marketing choice were not read, and the first and last names were left out.
//   3001 28.00 − 4.20 = 23.80 (Isla Jones); 3002 26.00 (Isla Lewis): net 49.80.
//
// hike_sales_gb.csv (Hike's sales by line item saved from Excel: Windows-1252, "£1,250.00", day-first dates):
// its Customer column names the customer ("Walk-In", "Amelia Evans") beside the Customer code ("CUS-1114");
// the code was left out, so the e-mail keyed the customer and those with only a phone were walk-in sales.
//   4101 9.50 (walk-in); 4107 7.99 (CUS-1114); 4108 2 × 12.50 − 7.50 = 17.50 and 4112 1,250.00 (CUS-1070,
//   a phone and no e-mail; 14/08). Gross 1,292.49, discounts 7.50, net 1,284.99; orders 4; buying
//   customers 2.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/DefaultSource.h"
#include "core/import/FieldCatalog.h"
#include "core/import/UnreadMoney.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::summaryOf;

class TestTrial22Exports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void suggestedMapping_data();
    void suggestedMapping();
    void gambioOrders();
    void bigCartelOrders();
    void hikeTill();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

namespace {

const QString Gambio = QStringLiteral("gambio_bestellungen_de.csv");
const QString BigCartel = QStringLiteral("bigcartel_orders.csv");
const QString Hike = QStringLiteral("hike_sales_gb.csv");

ImportProfile suggested(const QString &file)
{
    return storelens::test::suggestedFor(file);
}

QStringList columnsOf(const ImportProfile &profile, const QString &field)
{
    return storelens::test::columnsMappedTo(profile, field);
}

} // namespace

void TestTrial22Exports::suggestedMapping_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("columns");
    const auto row = [](const QString &file, const char *field, QStringList columns) {
        QTest::newRow(qPrintable(file + QLatin1Char(' ') + QString::fromUtf8(field)))
            << file << QString::fromUtf8(field) << columns;
    };
    row(Gambio, "order_id", {QStringLiteral("Bestellnummer")});
    row(Gambio, "date", {QStringLiteral("Bestelldatum")});
    row(Gambio, "customer_id", {QStringLiteral("Kundennummer")});
    row(Gambio, "customer_name", {QStringLiteral("Vorname"), QStringLiteral("Nachname")});
    row(Gambio, "country", {QStringLiteral("Lieferland")});
    row(Gambio, "consent_email", {QStringLiteral("Newsletter")});
    row(Gambio, "order_discount", {QStringLiteral("Rabatt")});
    row(Gambio, "discount", {});
    row(BigCartel, "order_id", {QStringLiteral("Number")});
    row(BigCartel, "customer_name", {QStringLiteral("Buyer first name"), QStringLiteral("Buyer last name")});
    row(BigCartel, "customer_email", {QStringLiteral("Buyer email")});
    row(BigCartel, "customer_phone", {QStringLiteral("Buyer phone number")});
    row(BigCartel, "consent_email", {QStringLiteral("Buyer opted in to marketing")});
    row(Hike, "customer_id", {QStringLiteral("Customer code")});
    row(Hike, "customer_name", {QStringLiteral("Customer")});
    row(Hike, "customer_email", {QStringLiteral("Customer email")});
}

void TestTrial22Exports::suggestedMapping()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QStringList, columns);
    const ImportProfile p = suggested(file);
    QCOMPARE(p.entity, Entity::Orders);
    QCOMPARE(columnsOf(p, field), columns);
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestTrial22Exports::gambioOrders()
{
    auto preview = previewFile(importFixture(Gambio));
    QVERIFY(preview.ok());
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(defaultSourceFor(p, false), QStringLiteral("Web shop"));
    // The gift voucher is named, with the advice to leave a payment unread.
    const QList<UnreadMoneyColumn> unread = unreadMoneyColumns(preview.value(), p);
    QCOMPARE(unread.size(), 1);
    QCOMPARE(unread.front().column, QStringLiteral("Gutschein"));
    QVERIFY(unread.front().mayBePayment);
    QVERIFY2(unread.front().sentence().contains(QStringLiteral("is a payment, not a discount")),
             qPrintable(unread.front().sentence()));

    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Gambio), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(1660000));
    QCOMPARE(s.discounts.units(), qint64(53700));
    QCOMPARE(s.returns.units(), qint64(338000));
    QCOMPARE(s.netSales.units(), qint64(1268300));
    QCOMPARE(s.orders, qint64(5));
    QCOMPARE(s.buyingCustomers, qint64(3));
    using storelens::test::text;
    QCOMPARE(text(ws, QStringLiteral("SELECT name || '|' || consent_email FROM customers WHERE external_id = "
                                     "'10150'")),
             QStringLiteral("Jörg Schäfer|1"));
    QCOMPARE(text(ws, QStringLiteral("SELECT consent_email FROM customers WHERE external_id = '10142'")),
             QStringLiteral("0"));
    // "In Bearbeitung" is a known sale status: nothing is asked about it.
    QVERIFY(report->quality.unknownStatuses.isEmpty());
}

void TestTrial22Exports::bigCartelOrders()
{
    const ImportProfile p = suggested(BigCartel);
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(BigCartel), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(498000));
    QCOMPARE(summaryOf(ws).buyingCustomers, qint64(2));
    using storelens::test::text;
    QCOMPARE(
        text(ws, QStringLiteral("SELECT group_concat(name, ', ') FROM (SELECT name FROM customers ORDER BY "
                                "name)")),
        QStringLiteral("Isla Jones, Isla Lewis"));
}

void TestTrial22Exports::hikeTill()
{
    const ImportProfile p = suggested(Hike);
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Hike), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(12924900));
    QCOMPARE(s.discounts.units(), qint64(75000));
    QCOMPARE(s.netSales.units(), qint64(12849900));
    QCOMPARE(s.orders, qint64(4));
    QCOMPARE(s.buyingCustomers, qint64(2));
    using storelens::test::text;
    QCOMPARE(text(ws, QStringLiteral("SELECT name FROM customers WHERE external_id = 'CUS-1070'")),
             QStringLiteral("Oliver Walker"));
}

QTEST_GUILESS_MAIN(TestTrial22Exports)
#include "tst_trial22exports.moc"
