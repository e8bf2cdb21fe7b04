// The customers an orders export names (issue 18): Shopify's Billing Name, Email and Accepts Marketing become
// the customer's name, e-mail address and e-mail consent; a forgotten customer stays forgotten when the same
// export is imported again.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/FieldCatalog.h"
#include "core/store/CustomerRecords.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// shopify_orders_customers.csv, newest order first; order-level columns on each order's first row only:
//   #1104 06-12 guest (no e-mail; Billing Name "Cara Walk-In")  1 × 39.90                       =  39.90
//   #1105 06-11 dora, yes, refunded                              1 × 25.00, returned −25.00      =   0.00
//   #1103 06-10 anna, no, "Anna Berger-Stein"                     1 × 12.50 (shipping 4.90 not sales) =  12.50
//   #1102 06-04 ben, yes, "Ben Ortiz"  25.00 + 2 × 12.50 + 5.00 = 55.00 − order discount 5.00   =  50.00
//   #1101 06-03 anna, yes, "Anna Berger"     2 × 39.90 + 5.00 = 84.80 (shipping 4.90 left out) =  84.80
// Net sales 187.20 over 9 lines (8 rows, the refunded scarf a sale and a return), 5 orders, 1 guest line.
// (197.00 before trial 15, when the two orders' shipping, 2 × 4.90, was spread into their sales.)
// Anna's latest order (#1103, listed before #1101) gives her name and consent: "Anna Berger-Stein", no.
const QString Fixture = QStringLiteral("shopify_orders_customers.csv");
const qint64 NetSales = 1872000; // ten-thousandths

QString textOf(const QString &workspace, const QString &sql)
{
    return storelens::test::text(workspace, sql);
}

} // namespace

class TestOrderCustomers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shopifyColumnsAreSuggested();
    void customersTakeTheOrdersNames_data();
    void customersTakeTheOrdersNames();
    void consentCounts();
    void totalsAsWithoutCustomerFields();
    void forgottenCustomerStaysForgotten();
    void emailKeyIgnoresCase();
    void wooCommerceBillingName();
    void etsySoldOrderItems();
    void customersFileSaysWhetherItMatchesTheOrders();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestOrderCustomers::shopifyColumnsAreSuggested()
{
    auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    const ImportProfile profile = suggestProfile(preview.value());
    QCOMPARE(profile.entity, Entity::Orders);
    QCOMPARE(profile.columnFor(field::CustomerName), QStringLiteral("Billing Name"));
    QCOMPARE(profile.columnFor(field::CustomerEmail), QStringLiteral("Email"));
    QCOMPARE(profile.columnFor(field::ConsentEmail), QStringLiteral("Accepts Marketing"));
    QCOMPARE(profile.columnFor(field::CustomerId), QString()); // the e-mail address keys the customer
    QCOMPARE(profile.columnFor(field::Country), QStringLiteral("Billing Country"));
    QCOMPARE(profile.columnFor(field::OrderDiscount), QStringLiteral("Discount Amount"));
}

void TestOrderCustomers::customersTakeTheOrdersNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("consent"); // "1", "0"
    QTest::addColumn<QString>("country");
    QTest::addColumn<qint64>("lines");

    // Two orders: the later one (#1103, first in the file) wins over #1101's "Anna Berger" and "yes".
    QTest::newRow("repeat customer, newest order first") << "anna@example.com"
                                                         << "Anna Berger-Stein"
                                                         << "anna@example.com"
                                                         << "0"
                                                         << "DE" << qint64(3);
    // Three rows: the second repeats the e-mail, the third leaves it blank and takes the order's.
    QTest::newRow("order of three rows, later ones blank") << "ben@example.com"
                                                           << "Ben Ortiz"
                                                           << "ben@example.com"
                                                           << "1"
                                                           << "AT" << qint64(3);
    QTest::newRow("refunded order: a sale and a return") << "dora@example.com"
                                                         << "Dora Kim"
                                                         << "dora@example.com"
                                                         << "1"
                                                         << "AT" << qint64(2);
}

void TestOrderCustomers::customersTakeTheOrdersNames()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, consent);
    QFETCH(QString, country);
    QFETCH(qint64, lines);

    const QString ws = m_dir.create();
    const auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const QString where = QStringLiteral(" FROM customers WHERE external_id = '%1'").arg(key);
    QCOMPARE(textOf(ws, QStringLiteral("SELECT name") + where), name);
    QCOMPARE(textOf(ws, QStringLiteral("SELECT email") + where), email);
    QCOMPARE(textOf(ws, QStringLiteral("SELECT consent_email") + where), consent);
    QCOMPARE(textOf(ws, QStringLiteral("SELECT country") + where), country);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE customer_id = (SELECT id") +
                            where + QStringLiteral(")")),
             lines);
}

void TestOrderCustomers::consentCounts()
{
    const QString ws = m_dir.create();
    const auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    // anna, ben, dora; the walk-in's Billing Name has no customer to go to.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(3));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name IS NOT NULL")), qint64(3));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE email IS NOT NULL")), qint64(3));
    // The mailing list: ben and dora said yes; anna's latest order said no.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE consent_email = 1")), qint64(2));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE consent_email = 0")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Cara Walk-In'")),
             qint64(0));
}

// The customer fields change who bought, never what was sold: the same file with them left unmapped (the
// e-mail address as the customer id, as before) gives the same lines and totals.
void TestOrderCustomers::totalsAsWithoutCustomerFields()
{
    auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    ImportProfile plain = suggestProfile(preview.value());
    for (ColumnMapping &m : plain.columns) {
        if (m.field == field::CustomerName || m.field == field::ConsentEmail)
            m.field.clear();
        if (m.field == field::CustomerEmail)
            m.field = field::CustomerId;
    }
    const QString withFields = m_dir.create();
    const QString without = m_dir.create();
    QVERIFY(importWithSuggestion(withFields, importFixture(Fixture)).ok());
    QVERIFY(Importer::run(without, importFixture(Fixture), plain).ok());

    const WorkspaceSummary a = summaryOf(withFields);
    const WorkspaceSummary b = summaryOf(without);
    QCOMPARE(a.netSales.units(), NetSales);
    QCOMPARE(b.netSales.units(), NetSales);
    QCOMPARE(a.grossSales, b.grossSales);
    QCOMPARE(a.returns, b.returns);
    QCOMPARE(a.orderLines, qint64(9));
    QCOMPARE(b.orderLines, qint64(9));
    QCOMPARE(a.orders, qint64(5));
    QCOMPARE(a.guestLines, qint64(1));
    QCOMPARE(b.guestLines, qint64(1));
    QCOMPARE(a.customers, qint64(3));
    QCOMPARE(b.customers, qint64(3));
    QCOMPARE(scalar(without, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name IS NOT NULL")),
             qint64(0));
}

// Forgetting anna turns her 3 lines into guest lines; importing the same export again must neither bring her
// back (with her name) nor change a line: 1 + 3 = 4 guest lines, 2 customers, net sales as before.
void TestOrderCustomers::forgottenCustomerStaysForgotten()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(Fixture)).ok());
    {
        Connection c(ws);
        QVERIFY(c.db().transaction());
        const Result<qint64> forgotten = forgetCustomerRows(c.db(), QStringLiteral("anna@example.com"));
        QVERIFY2(forgotten, qPrintable(forgotten.error().toString()));
        QCOMPARE(forgotten.value(), qint64(3));
        QVERIFY(c.db().commit());
    }
    const auto again = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again->counts.added, qint64(0));
    QCOMPARE(again->counts.updated, qint64(0));
    QCOMPARE(again->counts.unchanged, qint64(9));

    const WorkspaceSummary after = summaryOf(ws);
    QCOMPARE(after.customers, qint64(2));
    QCOMPARE(after.guestLines, qint64(4));
    QCOMPARE(after.netSales.units(), NetSales);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE external_id = 'anna@example.com'"
                                       " OR name LIKE 'Anna%' OR email LIKE 'anna%'")),
             qint64(0));
    // The workspace remembers only a hash of the forgotten id.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = '%1'")
                            .arg(QString::fromLatin1(forgottenCustomerKey("anna@example.com")))),
             qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM meta WHERE key LIKE '%anna%'")), qint64(0));
    // The others are still known.
    QCOMPARE(textOf(ws, QStringLiteral("SELECT name FROM customers WHERE external_id = 'ben@example.com'")),
             QStringLiteral("Ben Ortiz"));
}

// Without a customer id column the e-mail address keys the customer trimmed and lower-cased: Karl's two
// spellings are one customer with two orders (10.00 + 15.00); the address stored is one the export wrote.
void TestOrderCustomers::emailKeyIgnoresCase()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("orders.csv"));
    storelens::test::writeFile(file, "Name,Email,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
                                     "Lineitem sku\n"
                                     "#2,Karl.Fischer2@Example.Com,2024-06-02 10:00:00,1,Mug,15.00,MG\n"
                                     "#1, karl.fischer2@example.com ,2024-06-01 10:00:00,1,Cup,10.00,CP\n");
    const QString ws = m_dir.create();
    const auto report = importWithSuggestion(ws, file);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(1));
    QCOMPARE(textOf(ws, QStringLiteral("SELECT external_id FROM customers")),
             QStringLiteral("karl.fischer2@example.com"));
    QCOMPARE(textOf(ws, QStringLiteral("SELECT lower(email) FROM customers")),
             QStringLiteral("karl.fischer2@example.com"));
    QCOMPARE(summaryOf(ws).buyingCustomers, qint64(1));
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(250000));
}

// woocommerce_orders_export.csv: Karl's two orders (14.00, 2 × 17.90 = 35.80; Order Shipping is not mapped)
// under two spellings of one address are one customer named "Karl Fischer" (Billing First Name + Billing
// Last Name); Ida's failed order is left out: one customer, net sales 14.00 + 35.80 = 49.80, channel Online.
void TestOrderCustomers::wooCommerceBillingName()
{
    const QString ws = m_dir.create();
    const auto report = importWithSuggestion(ws, importFixture("woocommerce_orders_export.csv"));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(1));
    QCOMPARE(textOf(ws, QStringLiteral("SELECT name FROM customers")), QStringLiteral("Karl Fischer"));
    QCOMPARE(textOf(ws, QStringLiteral("SELECT name FROM channels")), QStringLiteral("Online"));
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(498000));
    QCOMPARE(summaryOf(ws).orders, qint64(2));
}

// etsy_sold_order_items.csv with the suggested mapping; Discount Amount is the order's, repeated on each row:
//   3100000103 11/14/25 ljohnson73  28.00 + 50.00 = 78.00 − 5.00 (once)                 = 73.00
//   3100000102 10/26/25 mkraus2     45.00 (shipping 6.50 and tax 3.60 are not sales)    = 45.00
//   3100000101 10/25/25 ljohnson73  2 × 28.00 + 28.00 = 84.00 − 8.40 (once)             = 75.60
// Gross 207.00, discounts 13.40, net 193.60 (taken per row the discounts would be 26.80, net 180.20);
// 3 orders, 5 lines, 2 customers, no guest line, every line in channel "Online" and source "Etsy".
void TestOrderCustomers::etsySoldOrderItems()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(QStringLiteral("etsy_sold_order_items.csv")));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(5));
    const WorkspaceSummary summary = summaryOf(ws);
    QCOMPARE(summary.grossSales.units(), qint64(2070000));
    QCOMPARE(summary.discounts.units(), qint64(134000));
    QCOMPARE(summary.netSales.units(), qint64(1936000));
    QCOMPARE(summary.orders, qint64(3));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(2));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE customer_id IS NULL")),
             qint64(0));
    QCOMPARE(textOf(ws, QStringLiteral("SELECT DISTINCT c.name FROM order_lines l JOIN channels c"
                                       " ON c.id = l.channel_id")),
             QStringLiteral("Online"));
    QCOMPARE(textOf(ws, QStringLiteral("SELECT DISTINCT s.name FROM order_lines l JOIN sources s"
                                       " ON s.id = l.source_id")),
             QStringLiteral("Etsy"));
    QCOMPARE(textOf(ws, QStringLiteral("SELECT name FROM customers WHERE external_id = 'mkraus2'")),
             QStringLiteral("Mia Kraus"));
}

// Trial 12: a customers export keyed by its shop's ids (1…521) beside orders that name customers otherwise
// imported "successfully" and linked to nothing. shopify_customers.csv keys its 5 customers by Customer ID
// (7001, ...); the orders of Fixture by e-mail address (dora@example.com, of the newest order, is the first
// customer stored): 0 of 5 match, on the dry run as on the import. A file keyed by e-mail address (anna, ben,
// zoe) matches 2 of its 3. Into a workspace without orders there is nothing to match and nothing to say.
void TestOrderCustomers::customersFileSaysWhetherItMatchesTheOrders()
{
    const QString empty = m_dir.create();
    const QString customers = importFixture(QStringLiteral("shopify_customers.csv"));
    auto alone = importWithSuggestion(empty, customers, {}, Entity::Customers);
    QVERIFY2(alone.ok(), qPrintable(alone.error().toString()));
    QCOMPARE(alone->customerMatch.fileCustomers, qint64(5));
    QVERIFY(!alone->customerMatch.ordersNameCustomers);
    QCOMPARE(customerMatchSentence(alone->customerMatch), QString());

    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(Fixture)).ok());
    const qint64 before = scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers"));
    ImportOptions dryRun;
    dryRun.dryRun = true;
    for (const ImportOptions &options : {dryRun, ImportOptions()}) {
        auto report = importWithSuggestion(ws, customers, options, Entity::Customers);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        const CustomerMatch &m = report->customerMatch;
        QCOMPARE(m.fileCustomers, qint64(5));
        QCOMPARE(m.matching, qint64(0));
        QCOMPARE(
            customerMatchSentence(m),
            QStringLiteral("0 of 5 customers in this file match a customer of the imported orders: the "
                           "order export names customers differently (such as \"dora@example.com\"; this "
                           "file: \"7001\"), so no order reaches this file's names, e-mail addresses and "
                           "consent. They link only when the order export names customers by the same id "
                           "or e-mail address as this file."));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers")),
                 before + (options.dryRun ? 0 : 5));
    }

    QTemporaryDir dir;
    const QString byEmail = dir.filePath(QStringLiteral("customers.csv"));
    storelens::test::writeFile(byEmail, "Customer ID,Name\nanna@example.com,Anna Berger\nben@example.com,Ben "
                                        "Ortiz\nzoe@example.com,Zoe Lang\nanna@example.com,Anna Berger\n");
    // Text in every cell: the sniffer cannot tell the header from the rows, so the test says it.
    auto sniffed = previewFile(byEmail);
    QVERIFY(sniffed.ok());
    csv::Dialect dialect = sniffed->dialect;
    dialect.hasHeader = true;
    auto preview = previewFile(byEmail, dialect);
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value(), Entity::Customers);
    profile.columns[0].field = field::CustomerId;
    profile.columns[1].field = QStringLiteral("name");
    auto report = Importer::run(ws, byEmail, profile);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(
        customerMatchSentence(report->customerMatch),
        QStringLiteral("2 of 3 customers in this file match a customer of the imported orders; no imported "
                       "order names the other 1 (such as \"zoe@example.com\")."));
}

QTEST_GUILESS_MAIN(TestOrderCustomers)
#include "tst_ordercustomers.moc"
