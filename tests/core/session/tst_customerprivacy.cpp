#include "common/WorkspaceFixture.h"
#include "core/session/CustomerPrivacy.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace storelens::core;
using namespace storelens::core::analytics;
using namespace storelens::core::session;
using storelens::test::exec;
using storelens::test::OrderLineRow;

namespace {

// Shows every RFM segment name as "DE: <name>", as a translation would.
class MarkedSegmentNames : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("storelens::core::analytics::SegmentGrid"))
            return {};
        return QStringLiteral("DE: ") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

// Alice (3 lines: two orders and a return-only order), Bob (1 line) and a guest (1 line). Prices in
// ten-thousandths, quantities in thousandths:
//   O1 2024-01-10 Alice  2 × 10.00 =  20.00
//   O2 2024-02-05 Alice  1 × 30.00 =  30.00
//   O3 2024-03-01 Alice −1 × 10.00 = −10.00 (a return: O3 holds no sale, so it is no order)
//   O4 2024-02-20 Bob    3 ×  5.00 =  15.00
//   O5 2024-03-05 guest  1 ×  8.00 =   8.00
// Net sales 63.00, orders O1 O2 O4 O5 = 4, units sold 2 + 1 + 3 + 1 = 7, customers 2, guest lines 1.
bool fillHandWorked(const QString &path)
{
    Connection c(path);
    return exec(c.db(),
                {QStringLiteral("INSERT INTO stores(id, name) VALUES(1, 'Main Street')"),
                 QStringLiteral("INSERT INTO channels(id, name) VALUES(1, 'Store')"),
                 QStringLiteral("INSERT INTO products(id, sku, name, category) VALUES(1, 'MUG', 'Blue mug', "
                                "'Kitchen'), (2, 'TEA', 'Green tea', 'Food')"),
                 QStringLiteral("INSERT INTO customers(id, external_id, name, email, city, birth_date, "
                                "consent_email, phone) VALUES(1, 'C-ALICE', 'Alice Quennell-Zweistein', "
                                "'alice.qz@example.org', 'Wolkenkuckucksheim', %1, 1, '0171 9876543'), (2, "
                                "'C-BOB', 'Bob Brackenridge', 'bob.b@example.org', 'Lindenhof', NULL, 0, "
                                "'+49 151 2345678')")
                     .arg(storelens::test::jd(1980, 5, 17)),
                 storelens::test::insertOrderLines({
                     OrderLineRow{QStringLiteral("O1"), QDate(2024, 1, 10), 1, 2000, 100000, 1, 1, 1, 1},
                     OrderLineRow{QStringLiteral("O2"), QDate(2024, 2, 5), 1, 1000, 300000, 1, 1, 2, 1},
                     OrderLineRow{QStringLiteral("O3"), QDate(2024, 3, 1), 1, -1000, 100000, 1, 1, 1, 1},
                     OrderLineRow{QStringLiteral("O4"), QDate(2024, 2, 20), 2, 3000, 50000, 1, 1, 1, 1},
                     OrderLineRow{QStringLiteral("O5"), QDate(2024, 3, 5), 0, 1000, 80000, 1, 1, 2, 1},
                 }),
                 QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'revision'")});
}

// The workspace's files (database and write-ahead log) as one byte string.
QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

qint64 unitsSold(const QString &path)
{
    Connection c(path);
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT SUM(quantity) FROM order_lines WHERE quantity > 0")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

// Export this customer's data and Forget this customer (issue 18, item 8) on a workspace worked by hand.
class TestCustomerPrivacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void forgetKeepsSalesTotals_data();
    void forgetKeepsSalesTotals();
    void exportHoldsEverything();
    void exportAsCsv();
    void exportWritesStableSegmentKeys();
    void unknownCustomerIsRefused();

private:
    storelens::test::TemporaryWorkspaces m_workspaces;
    QString m_path;
};

void TestCustomerPrivacy::init()
{
    m_path = m_workspaces.create();
    QVERIFY(fillHandWorked(m_path));
}

void TestCustomerPrivacy::forgetKeepsSalesTotals_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QByteArrayList>("personalData");
    QTest::addColumn<QByteArray>("otherCustomersName");
    QTest::addColumn<qint64>("guestLinesMade");
    // Alice's three lines (two orders and a return) become guest lines; Bob's one line does.
    QTest::newRow("customer with two orders and a return")
        << QStringLiteral("C-ALICE")
        << QByteArrayList{"Alice Quennell-Zweistein", "alice.qz@example.org", "Wolkenkuckucksheim", "C-ALICE",
                          "0171 9876543"}
        << QByteArray("Bob Brackenridge") << qint64(3);
    QTest::newRow("customer with one order")
        << QStringLiteral("C-BOB")
        << QByteArrayList{"Bob Brackenridge", "bob.b@example.org", "Lindenhof", "C-BOB", "+49 151 2345678"}
        << QByteArray("Alice Quennell-Zweistein") << qint64(1);
}

void TestCustomerPrivacy::forgetKeepsSalesTotals()
{
    QFETCH(QString, customerId);
    QFETCH(QByteArrayList, personalData);
    QFETCH(QByteArray, otherCustomersName);
    QFETCH(qint64, guestLinesMade);

    WorkspaceSession session(m_path);
    const Result<WorkspaceSummary> before = session.summary();
    QVERIFY(before);
    QCOMPARE(before->orders, qint64(4));
    QCOMPARE(before->netSales, Money::fromCents(6300));
    QCOMPARE(before->customers, qint64(2));
    QCOMPARE(before->guestLines, qint64(1));
    QCOMPARE(unitsSold(m_path), qint64(7000));
    for (const QByteArray &personal : personalData)
        QVERIFY2(fileBytes(m_path).contains(personal), personal.constData());

    const Result<ForgetOutcome> forgot = forgetCustomer(session, customerId);
    QVERIFY2(forgot, qPrintable(forgot.error().toString()));
    QCOMPARE(forgot->guestLines, guestLinesMade);
    QVERIFY(forgot->compacted);

    // The same session sees the new revision: sales totals equal, one customer fewer.
    const Result<WorkspaceSummary> after = session.summary();
    QVERIFY(after);
    QCOMPARE(after->orders, before->orders);
    QCOMPARE(after->netSales, before->netSales);
    QCOMPARE(after->grossSales, before->grossSales);
    QCOMPARE(after->returns, before->returns);
    QCOMPARE(after->orderLines, before->orderLines);
    QCOMPARE(unitsSold(m_path), qint64(7000));
    QCOMPARE(after->customers, qint64(1));
    QCOMPARE(after->guestLines, 1 + guestLinesMade);

    // Nothing personal is left anywhere in the files; the other customer still is.
    const QByteArray bytes = fileBytes(m_path);
    for (const QByteArray &personal : personalData)
        QVERIFY2(!bytes.contains(personal), personal.constData());
    QVERIFY(bytes.contains(otherCustomersName));
    QCOMPARE(exportCustomer(session, customerId).error().code(), ErrorCode::NotFound);
}

void TestCustomerPrivacy::exportHoldsEverything()
{
    WorkspaceSession session(m_path);
    const Result<CustomerExport> exported = exportCustomer(session, QStringLiteral("C-ALICE"));
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    const QJsonObject root = QJsonDocument::fromJson(customerExportJson(exported.value())).object();
    QCOMPARE(root.value(QStringLiteral("customer_id")).toString(), QStringLiteral("C-ALICE"));
    QCOMPARE(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-03-05"));

    const QJsonObject customer = root.value(QStringLiteral("customer")).toObject();
    QCOMPARE(customer.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Quennell-Zweistein"));
    QCOMPARE(customer.value(QStringLiteral("email")).toString(), QStringLiteral("alice.qz@example.org"));
    QCOMPARE(customer.value(QStringLiteral("city")).toString(), QStringLiteral("Wolkenkuckucksheim"));
    QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("0171 9876543"));
    QCOMPARE(customer.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1980-05-17"));
    QCOMPARE(customer.value(QStringLiteral("consent_email")).toBool(), true);
    QVERIFY(customer.value(QStringLiteral("region")).isNull());
    QVERIFY(!customer.contains(QStringLiteral("id"))); // the internal row id is no data about them

    // Two orders with a sale (O1, O2; O3 holds only a return): 20 + 30 − 10 = 40.00 net.
    const QJsonObject figures = root.value(QStringLiteral("figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("orders")).toInt(), 2);
    QCOMPARE(figures.value(QStringLiteral("net_sales")).toString(), QStringLiteral("40.0000"));
    QCOMPARE(figures.value(QStringLiteral("first_purchase")).toString(), QStringLiteral("2024-01-10"));

    const QJsonArray lines = root.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = lines.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("order_id")).toString(), QStringLiteral("O1"));
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2024-01-10"));
    QCOMPARE(first.value(QStringLiteral("sku")).toString(), QStringLiteral("MUG"));
    QCOMPARE(first.value(QStringLiteral("product")).toString(), QStringLiteral("Blue mug"));
    QCOMPARE(first.value(QStringLiteral("quantity")).toString(), QStringLiteral("2"));
    QCOMPARE(first.value(QStringLiteral("line_amount")).toString(), QStringLiteral("20.0000"));
    QCOMPARE(first.value(QStringLiteral("store")).toString(), QStringLiteral("Main Street"));
    const QJsonObject last = lines.at(2).toObject();
    QCOMPARE(last.value(QStringLiteral("order_id")).toString(), QStringLiteral("O3"));
    QCOMPARE(last.value(QStringLiteral("quantity")).toString(), QStringLiteral("-1"));
    QCOMPARE(last.value(QStringLiteral("line_amount")).toString(), QStringLiteral("-10.0000"));
}

void TestCustomerPrivacy::exportAsCsv()
{
    WorkspaceSession session(m_path);
    const Result<CustomerExport> exported = exportCustomer(session, QStringLiteral("C-BOB"));
    QVERIFY(exported);
    const QList<QByteArray> rows = customerExportCsv(exported.value()).split('\n');
    QCOMPARE(rows.at(0), QByteArray("field,value\r"));
    QCOMPARE(rows.at(1), QByteArray("customer_id,C-BOB\r"));
    QVERIFY(rows.contains(QByteArray("email,bob.b@example.org\r")));
    // A number written with its "+" is text to a spreadsheet, not a formula.
    QVERIFY(rows.contains(QByteArray("phone,'+49 151 2345678\r")));
    QVERIFY(rows.contains(QByteArray("orders,1\r")));
    // The one line, after the empty row and the header: 3 × 5.00 = 15.00.
    const qsizetype header = rows.indexOf(QByteArray("source,order_id,line_id,date,time,sku,product,category,"
                                                     "quantity,unit_price,discount,line_amount,store,channel,"
                                                     "country\r"));
    QVERIFY(header > 0);
    QCOMPARE(rows.at(header - 1), QByteArray("\r"));
    QCOMPARE(rows.at(header + 1),
             QByteArray("Default,O4,,2024-02-20,,MUG,Blue mug,Kitchen,3,5.0000,0.0000,15.0000,Main Street,"
                        "Store,\r"));
}

// Trial 19: exported from the German window, the JSON said "rfm_segment": "Treue Kunden" where every other
// file for machines writes the segment's stable English key.
void TestCustomerPrivacy::exportWritesStableSegmentKeys()
{
    MarkedSegmentNames translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    WorkspaceSession session(m_path);
    const Result<CustomerExport> exported = exportCustomer(session, QStringLiteral("C-ALICE"));
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    const QJsonObject root = QJsonDocument::fromJson(customerExportJson(exported.value())).object();
    const QByteArray csv = customerExportCsv(exported.value());
    QCoreApplication::removeTranslator(&translator);
    const QString segment =
        root.value(QStringLiteral("figures")).toObject().value(QStringLiteral("rfm_segment")).toString();
    QVERIFY(!segment.isEmpty());
    QVERIFY2(!segment.startsWith(QStringLiteral("DE: ")), qPrintable(segment));
    const QByteArray csvLine = "\nrfm_segment," + segment.toUtf8();
    QVERIFY(csv.contains(csvLine));
}

void TestCustomerPrivacy::unknownCustomerIsRefused()
{
    WorkspaceSession session(m_path);
    QCOMPARE(exportCustomer(session, QStringLiteral("C-NOBODY")).error().code(), ErrorCode::NotFound);
    const Result<ForgetOutcome> forgot = forgetCustomer(session, QStringLiteral("C-NOBODY"));
    QCOMPARE(forgot.error().code(), ErrorCode::NotFound);
    QVERIFY(forgot.error().message().contains(QStringLiteral("C-NOBODY")));
    const Result<WorkspaceSummary> after = session.summary();
    QCOMPARE(after->customers, qint64(2));
}

QTEST_GUILESS_MAIN(TestCustomerPrivacy)
#include "tst_customerprivacy.moc"
