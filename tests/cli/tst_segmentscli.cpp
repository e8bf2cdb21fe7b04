#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "common/SampleFixture.h"
#include "core/analytics/kpi/PeriodSentence.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace storelens::cli;

using storelens::core::analytics::dateText;
using storelens::test::runCli;

// End-to-end checks of `storelens cohorts` and `storelens segments` on a generated sample store: the numbers
// themselves are covered by the engine tests; these check the wiring, the JSON fields and the consistency
// between tables.
class TestSegmentsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cohortsJson();
    void segmentsOverview();
    void segmentMembersAndExport();
    void exportWithoutAnyConsentSaysWhy();
    void guestSalesOnlySayWhy();
    void exportForExcelInGerman();
    void badUsage();
    void moneyWithoutPrices_data();
    void moneyWithoutPrices();

private:
    storelens::test::SampleStoreFile m_store; // 300 customers over 2 years
    QString m_unpriced;                       // customer_purchase_log.csv imported without prices
};

void TestSegmentsCli::initTestCase()
{
    QVERIFY(m_store.write(300, 2));
    m_unpriced = m_store.filePath(QStringLiteral("unpriced.storelens"));
    QString out;
    QCOMPARE(runCli({QStringLiteral("import"),
                     QStringLiteral(STORELENS_TEST_DATA "/import/customer_purchase_log.csv"),
                     QStringLiteral("--workspace"), m_unpriced, QStringLiteral("--entity"),
                     QStringLiteral("orders"), QStringLiteral("--no-prices"),
                     QStringLiteral("--orders-without-id"), QStringLiteral("customer-day")},
                    &out),
             int(Success));
}

void TestSegmentsCli::cohortsJson()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("cohorts"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--metric"),
                     QStringLiteral("retention")},
                    &out),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("metric")).toString(), QStringLiteral("retention"));
    QCOMPARE(root.value(QStringLiteral("grain")).toString(), QStringLiteral("month"));
    const QJsonArray cohorts = root.value(QStringLiteral("cohorts")).toArray();
    QVERIFY(!cohorts.isEmpty());
    // The default range is 12 months to the as-of date, so at most 13 monthly cohorts overlap it.
    QVERIFY(cohorts.size() <= 13);
    for (const QJsonValue &c : cohorts) {
        const QJsonArray cells = c.toObject().value(QStringLiteral("cells")).toArray();
        // Age 0 is the whole cohort: retention 1.
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("value")).toDouble(), 1.0);
        // Only the last cell (the as-of date's month) can be partial.
        for (int i = 0; i + 1 < cells.size(); ++i)
            QCOMPARE(cells.at(i).toObject().value(QStringLiteral("partial")).toBool(), false);
    }
    // Each later cohort has one cell fewer: cells past the as-of date are absent.
    QCOMPARE(cohorts.at(0).toObject().value(QStringLiteral("cells")).toArray().size(),
             root.value(QStringLiteral("age_count")).toInt());
}

void TestSegmentsCli::segmentsOverview()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--format"), QStringLiteral("json")},
                    &out),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    const int customers = root.value(QStringLiteral("customers")).toInt();
    QVERIFY(customers > 0);
    for (const QString &table :
         {QStringLiteral("rfm_segments"), QStringLiteral("lifecycle"), QStringLiteral("value_tiers")}) {
        int total = 0;
        for (const QJsonValue &row : root.value(table).toArray())
            total += row.toObject().value(QStringLiteral("size")).toInt();
        QCOMPARE(total, customers); // every table partitions the customer base
    }
    QCOMPARE(root.value(QStringLiteral("rfm_segments")).toArray().size(), 11);
}

void TestSegmentsCli::segmentMembersAndExport()
{
    const QString file = m_store.filePath(QStringLiteral("lapsed.csv"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--segment"), QStringLiteral("active"), QStringLiteral("--members"),
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--export"), file,
                     QStringLiteral("--columns"), QStringLiteral("customer_id,consent_email")},
                    &out, &err),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    const int size = root.value(QStringLiteral("segment")).toObject().value(QStringLiteral("size")).toInt();
    const QJsonArray members = root.value(QStringLiteral("members")).toArray();
    // A member list written as JSON is an export too: only customers with email consent.
    for (const QJsonValue &m : members)
        QCOMPARE(m.toObject().value(QStringLiteral("consent_email")).toBool(), true);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("customer_id,consent_email"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY(lines.at(i).trimmed().endsWith(",true")); // only consenting customers are exported
    QVERIFY(err.contains(QString::number(lines.size() - 1)));
    // Members were left out, so the message says how to write them too.
    QVERIFY2(err.contains(QStringLiteral("Add --include-without-consent")), qPrintable(err));
    QCOMPARE(members.size(), lines.size() - 1);
    QVERIFY2(members.size() < size, "the sample store has members without consent");

    // Asked for explicitly, every member is listed, in CSV as in JSON.
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--segment"), QStringLiteral("active"), QStringLiteral("--members"),
                     QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--include-without-consent")},
                    &out, &err),
             int(Success));
    QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), size + 1);
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--segment"), QStringLiteral("active"), QStringLiteral("--members"),
                     QStringLiteral("--format"), QStringLiteral("csv")},
                    &out, &err),
             int(Success));
    QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), members.size() + 1);
    QVERIFY(err.contains(QString::number(size - members.size())));
}

// The trial: an export of a shop whose files had no consent column wrote a file of 0 customers and exit
// status 0, where the GUI explains. Nothing is written, exit status 2, and standard error says why and how to
// export them anyway; with --include-without-consent every member is written.
void TestSegmentsCli::exportWithoutAnyConsentSaysWhy()
{
    const QString ws = m_store.filePath(QStringLiteral("no-consent.storelens"));
    QString out;
    QString err;
    QCOMPARE(
        runCli({QStringLiteral("import"), QStringLiteral(STORELENS_TEST_DATA "/import/online_retail_ii.csv"),
                QStringLiteral("--workspace"), ws},
               &out, &err),
        int(Success));
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--format"), QStringLiteral("json")},
                    &out),
             int(Success));
    QString segment;
    int size = 0;
    const QJsonArray tiers =
        QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("value_tiers")).toArray();
    for (const QJsonValue &tier : tiers) {
        if (tier.toObject().value(QStringLiteral("size")).toInt() > size) {
            size = tier.toObject().value(QStringLiteral("size")).toInt();
            segment = tier.toObject().value(QStringLiteral("key")).toString();
        }
    }
    QVERIFY2(size > 0, qPrintable(out));

    const QString file = m_store.filePath(QStringLiteral("no-consent.csv"));
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--segment"), segment, QStringLiteral("--export"), file},
                    &out, &err),
             int(InputRejected));
    QVERIFY2(
        err.contains(QStringLiteral("No customer has marketing consent recorded: the imported files had no "
                                    "email consent column")),
        qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Nothing was written")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Add --include-without-consent to export them anyway")),
             qPrintable(err));
    QVERIFY(!QFile::exists(file));

    QCOMPARE(
        runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), ws, QStringLiteral("--segment"),
                segment, QStringLiteral("--export"), file, QStringLiteral("--include-without-consent")},
               &out, &err),
        int(Success));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().trimmed().split('\n').size(), size + 1);
}

// Trial 12b: PrestaShop's orders (customers only as "A. Fabre": guest sales) and its customers export (5
// customers that no order names). `segments --export` wrote a header-only file and "0 customers written";
// it now says why there are no customers and writes nothing; the overview says the same on stderr.
void TestSegmentsCli::guestSalesOnlySayWhy()
{
    const QString ws = m_store.filePath(QStringLiteral("guests.storelens"));
    QString out;
    QString err;
    for (const char *fixture : {"prestashop_orders_fr.csv", "prestashop_customers_fr.csv"})
        QCOMPARE(runCli({QStringLiteral("import"),
                         QStringLiteral(STORELENS_TEST_DATA "/import/") + QLatin1String(fixture),
                         QStringLiteral("--workspace"), ws},
                        &out, &err),
                 int(Success));
    const QString reason = QStringLiteral("No sale in this workspace names a customer (guest sales only)");
    const QString file = m_store.filePath(QStringLiteral("guests.csv"));
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--segment"), QStringLiteral("Champions"), QStringLiteral("--export"),
                     file, QStringLiteral("--include-without-consent")},
                    &out, &err),
             int(InputRejected));
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("5 customers imported from a customers file: no order names any of "
                                         "them.")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Nothing was written.")), qPrintable(err));
    QVERIFY(!QFile::exists(file));

    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), ws}, &out, &err),
             int(Success));
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("Nothing was written")), qPrintable(err));
    // A workspace whose sales name customers says nothing of the kind.
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_store.path()}, &out, &err),
             int(Success));
    QVERIFY2(!err.contains(reason), qPrintable(err));
}

// Issue 18 (trial 11b): `segments --export FILE --for-excel` in German writes what German Excel opens column
// by column, under a header of the columns' names (trial 14; English here: the test installs no translation).
// The till's 20 customers (its placeholder imported as guests) each bought 2 × 5.00: net sales
// 10,00 and AOV 5,00, all in the "medium" value tier.
void TestSegmentsCli::exportForExcelInGerman()
{
    const QString ws = m_store.filePath(QStringLiteral("till.storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"),
                     QStringLiteral(STORELENS_TEST_DATA "/import/till_placeholder_customer.csv"),
                     QStringLiteral("--workspace"), ws, QStringLiteral("--entity"), QStringLiteral("orders"),
                     QStringLiteral("--guest-ids"), QStringLiteral("kasse@laden.de")},
                    &out, &err),
             int(Success));
    const QString file = m_store.filePath(QStringLiteral("medium-excel.csv"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const int status =
        runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), ws, QStringLiteral("--segment"),
                QStringLiteral("medium"), QStringLiteral("--export"), file, QStringLiteral("--columns"),
                QStringLiteral("customer_id,net_sales,aov"), QStringLiteral("--include-without-consent"),
                QStringLiteral("--for-excel")},
               &out, &err);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(status, int(Success));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"
                              "Customer ID;Net sales;Average order value\r\n"),
             bytes.constData());
    QVERIFY2(bytes.contains("\r\nk01@example.de;10,00;5,00\r\n"), bytes.constData());
    QCOMPARE(bytes.count("\r\n"), 21);
    // Without --export there is nothing to write for Excel.
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--segment"), QStringLiteral("medium"), QStringLiteral("--for-excel")},
                    &out, &err),
             int(BadUsage));
    QVERIFY2(err.contains(QStringLiteral("--for-excel needs --export FILE.")), qPrintable(err));
}

void TestSegmentsCli::badUsage()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("cohorts"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--metric"), QStringLiteral("profit")},
                    &out),
             int(BadUsage));
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--members")},
                    &out),
             int(BadUsage));
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--segment"), QStringLiteral("No such segment")},
                    &out),
             int(InputRejected));
}

void TestSegmentsCli::moneyWithoutPrices_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("says"); // in standard output
    QTest::addColumn<QStringList>("neverSays");

    // customer_purchase_log.csv without prices, one order per customer per day: C-1 on 5 Jan (two rows) and
    // 11 Feb, C-2 on 9 Jan, C-3 on 11 Feb; as of 11 Feb. Monthly cohorts: January {C-1, C-2}, February {C-3}.
    // Every money cell rests on lines without prices: it says so, never 0; retention still counts them
    // (January in February: C-1 of 2 = 0.5).
    const QStringList cohorts{QStringLiteral("cohorts"), QStringLiteral("--metric"),
                              QStringLiteral("revenue")};
    // The table's cells never run together: "no prices*" needs an 11-wide column.
    QTest::newRow("cohorts table") << cohorts
                                   << QStringList{QStringLiteral("2024-01          2  no prices no prices*"),
                                                  QStringLiteral("2024-02          1 no prices*"),
                                                  QStringLiteral("so its money is unknown (not 0)")}
                                   << QStringList{QStringLiteral("0.00")};
    // January, age 0, complete: no value, the note says why; February's cells are partial.
    QTest::newRow("cohorts csv")
        << cohorts + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
        << QStringList{QStringLiteral("cohort,cohort_from,size,age,value,partial,note"),
                       QStringLiteral("2024-01,2024-01-01,2,0,,false,no prices imported"),
                       QStringLiteral("2024-02,2024-02-01,1,0,,true,no prices imported")}
        << QStringList{QStringLiteral(",0,false"), QStringLiteral(",0,true")};
    QTest::newRow("cohorts json") << cohorts + QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                                  << QStringList{QStringLiteral("\"reason\":\"no prices imported\""),
                                                 QStringLiteral("\"value\":null"),
                                                 QStringLiteral("\"net_sales\":null"),
                                                 QStringLiteral("\"unpriced_lines\":3")}
                                  << QStringList{QStringLiteral("\"net_sales\":0"),
                                                 QStringLiteral("\"value\":0")};
    QTest::newRow("retention still counts")
        << QStringList{QStringLiteral("cohorts"), QStringLiteral("--format"), QStringLiteral("csv")}
        << QStringList{QStringLiteral("2024-01,2024-01-01,2,1,0.5,true,")}
        << QStringList{QStringLiteral("no prices")};
    // Three customers, none with a priced line: no net sales, M not scored.
    QTest::newRow("segments table")
        << QStringList{QStringLiteral("segments")}
        << QStringList{QStringLiteral("3 customers as of %1, net sales no prices imported.")
                           .arg(dateText(QDate(2024, 2, 11))), // the date as the locale writes it
                       QStringLiteral("3 customers bought only lines imported without "
                                      "prices")}
        << QStringList{QStringLiteral("net sales 0.00")};
    QTest::newRow("segments json")
        << QStringList{QStringLiteral("segments"), QStringLiteral("--format"), QStringLiteral("json")}
        << QStringList{QStringLiteral("\"customers_without_prices\":3"),
                       QStringLiteral("\"money_note\":\"no prices imported\""),
                       QStringLiteral("\"customers\":3,\"customers_without_prices\":3,"),
                       QStringLiteral("],\"net_sales\":null,\"rfm_segments\"")}
        << QStringList{};
    QTest::newRow("members csv") << QStringList{QStringLiteral("segments"),
                                                QStringLiteral("--segment"),
                                                QStringLiteral("active"),
                                                QStringLiteral("--members"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("csv"),
                                                QStringLiteral("--include-without-consent")}
                                 << QStringList{QStringLiteral(",no prices imported,no prices imported,")}
                                 << QStringList{QStringLiteral(",0.00,")};
}

// Lines imported without prices have unknown money (METRICS.md section 1): cohort cells, customers and
// segments say "no prices imported" in every format, never 0.
void TestSegmentsCli::moneyWithoutPrices()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);
    QString out;
    QString err;
    QCOMPARE(runCli(args + QStringList{QStringLiteral("--workspace"), m_unpriced}, &out, &err), int(Success));
    const QString compact =
        out.contains(QLatin1Char('{'))
            ? QString::fromUtf8(QJsonDocument::fromJson(out.toUtf8()).toJson(QJsonDocument::Compact))
            : out;
    for (const QString &s : says)
        QVERIFY2(compact.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + compact));
    for (const QString &s : neverSays)
        QVERIFY2(!compact.contains(s), qPrintable(s + QStringLiteral(" in:\n") + compact));
}

QTEST_GUILESS_MAIN(TestSegmentsCli)
#include "tst_segmentscli.moc"
