// A till's placeholder customer (issue 18, trial 11b): one id on every walk-in sale ("kasse@laden.de") is
// flagged after the import's write with its share of the file's orders, and the profile's guest customer ids
// import its lines as guest sales.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"

#include <QLocale>

using namespace storelens::core;
using storelens::test::scalar;
using storelens::test::writeFile;

namespace {

// A till export: `placeholderOrders` orders of "Kasse@Laden.de" (written with capitals, as tills do; the
// e-mail key is lower-cased), then `customers` customers k01… with `ordersEach` orders each; one line of
// 1 × 5.00 per order, one order a day.
QByteArray tillExport(int placeholderOrders, int customers, int ordersEach)
{
    QByteArray csv = "Order,Date,Email,SKU,Quantity,Price\n";
    int order = 0;
    const auto line = [&](const QByteArray &email) {
        const QDate day = QDate(2026, 1, 1).addDays(order);
        csv += "B" + QByteArray::number(++order) + ',' + day.toString(Qt::ISODate).toUtf8() + ',' + email +
               ",BROT,1,5.00\n";
    };
    for (int i = 0; i < placeholderOrders; ++i)
        line("Kasse@Laden.de");
    for (int c = 1; c <= customers; ++c) {
        for (int i = 0; i < ordersEach; ++i)
            line("k" + QByteArray::number(c).rightJustified(2, '0') + "@example.de");
    }
    return csv;
}

} // namespace

class TestPlaceholderCustomer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flagged_data();
    void flagged();
    void sentence();
    void guestIdsMakeGuestLines();

private:
    Result<ImportReport> import(const QByteArray &csv, const QStringList &guestIds = {}, bool dryRun = true)
    {
        const QString file = m_dir.filePath(QStringLiteral("till%1.csv").arg(++m_files));
        writeFile(file, csv);
        m_workspace = m_dir.create();
        auto preview = previewFile(file);
        if (!preview)
            return preview.error();
        ImportProfile profile = suggestProfile(preview.value(), Entity::Orders);
        profile.guestCustomerIds = guestIds;
        ImportOptions options;
        options.dryRun = dryRun;
        return Importer::run(m_workspace, file, profile, options);
    }

    storelens::test::TemporaryWorkspaces m_dir;
    QString m_workspace;
    int m_files = 0;
};

void TestPlaceholderCustomer::flagged_data()
{
    QTest::addColumn<int>("placeholderOrders");
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("ordersEach");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<qint64>("fileOrders");
    // 20 + 20 × 2 = 60 orders, 21 customers, 20 ÷ 60 = 33.3 %.
    QTest::newRow("a third of the orders") << 20 << 20 << 2 << true << qint64(60);
    // 10 + 20 × 2 = 50 orders (the least), 21 customers, 10 ÷ 50 = 20.0 % (the least).
    QTest::newRow("at every threshold") << 10 << 20 << 2 << true << qint64(50);
    // 10 + 21 × 2 = 52 orders, 22 customers, 10 ÷ 52 = 19.2 %: a busy regular, not flagged.
    QTest::newRow("below the share") << 10 << 21 << 2 << false << qint64(0);
    // 29 + 20 × 1 = 49 orders, 21 customers, 59.2 %: too few orders to tell.
    QTest::newRow("too few orders") << 29 << 20 << 1 << false << qint64(0);
    // 30 + 18 × 2 = 66 orders, 45.5 %, but only 19 customers: a small circle of regulars.
    QTest::newRow("too few customers") << 30 << 18 << 2 << false << qint64(0);
}

void TestPlaceholderCustomer::flagged()
{
    QFETCH(int, placeholderOrders);
    QFETCH(int, customers);
    QFETCH(int, ordersEach);
    QFETCH(bool, flagged);
    QFETCH(qint64, fileOrders);
    const auto report = import(tillExport(placeholderOrders, customers, ordersEach));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->placeholderCustomer.has_value(), flagged);
    if (!flagged)
        return;
    QCOMPARE(report->placeholderCustomer->customerId, QStringLiteral("kasse@laden.de"));
    QCOMPARE(report->placeholderCustomer->orders, qint64(placeholderOrders));
    QCOMPARE(report->placeholderCustomer->fileOrders, fileOrders);
    QCOMPARE(report->placeholderCustomer->customers, qint64(customers + 1));
    // A dry run: the workspace is left as it was.
    QCOMPARE(scalar(m_workspace, QStringLiteral("SELECT count(*) FROM order_lines")), qint64(0));
}

void TestPlaceholderCustomer::sentence()
{
    const auto report = import(tillExport(20, 20, 2));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY(report->placeholderCustomer);
    QCOMPARE(report->placeholderCustomer->sentence(),
             QStringLiteral(
                 "One customer, \"kasse@laden.de\", holds 20 of the file's 60 orders (33.3\u00a0%). A till "
                 "that puts one placeholder id or e-mail address on every walk-in sale makes them "
                 "one giant customer who distorts retention, RFM segments and lifetime value. If "
                 "\"kasse@laden.de\" stands for no one, import their lines as guest sales."));
}

// The offer's answer: the id (as the user reads it, any case, with spaces) in the profile's guest ids makes
// the placeholder's 20 lines guest lines, leaves the 20 real customers, and nothing is flagged any more.
void TestPlaceholderCustomer::guestIdsMakeGuestLines()
{
    const auto report = import(tillExport(20, 20, 2), {QStringLiteral(" KASSE@laden.de ")}, false);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY(!report->placeholderCustomer);
    QCOMPARE(report->quality.guestLines.count, qint64(20));
    QCOMPARE(
        scalar(m_workspace, QStringLiteral("SELECT count(*) FROM order_lines WHERE customer_id IS NULL")),
        qint64(20));
    QCOMPARE(scalar(m_workspace, QStringLiteral("SELECT count(*) FROM customers")), qint64(20));
    QCOMPARE(scalar(m_workspace, QStringLiteral("SELECT count(*) FROM customers WHERE external_id LIKE "
                                                "'kasse%'")),
             qint64(0));
}

QTEST_GUILESS_MAIN(TestPlaceholderCustomer)
#include "tst_placeholdercustomer.moc"
