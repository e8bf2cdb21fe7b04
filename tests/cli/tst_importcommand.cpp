#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "common/ImportFiles.h"
#include "core/store/Currency.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core;
using namespace storelens::cli;
using storelens::test::runCli;

using storelens::test::importFixture;

// `storelens import`: what the file holds is detected or named, and the summary says which.
class TestImportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void entity_data();
    void entity();
    void qualitySummary();
    void customersThatMatchNoOrder();
    void currencyGuessedAtImport_data();
    void currencyGuessedAtImport();
    void newWorkspaceEndsInWalMode();
    void countsGroupedAsTheMoney();
    void lineTotalSentenceOnlyWithADiscount_data();
    void lineTotalSentenceOnlyWithADiscount();

private:
    QTemporaryDir m_dir;
};

void TestImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportCommand::entity_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("summary"); // the line that names the entity (standard output) or the refusal
    QTest::addColumn<qint64>("orderLines");

    // 5 sale lines and 1 cancellation line; Price maps to the unit price, never to a product list.
    QTest::newRow("basket export is orders")
        << importFixture("online_retail_ii.csv") << QStringList{} << int(Success)
        << QStringLiteral("Imported %1 (Orders and order lines).").arg(importFixture("online_retail_ii.csv"))
        << qint64(6);
    QTest::newRow("date, SKU, quantity is refused")
        << importFixture("daily_sku_quantities.csv") << QStringList{} << int(InputRejected)
        << QStringLiteral("%1: StoreLens cannot tell what this file holds (likeliest first: --entity "
                          "inventory, --entity orders).")
               .arg(importFixture("daily_sku_quantities.csv"))
        << qint64(0);
    QTest::newRow("date, SKU, quantity named as inventory")
        << importFixture("daily_sku_quantities.csv")
        << QStringList{QStringLiteral("--entity"), QStringLiteral("inventory")} << int(Success)
        << QStringLiteral("Imported %1 (Inventory snapshots).").arg(importFixture("daily_sku_quantities.csv"))
        << qint64(0);
    // Trial 25se: a Swedish web shop's .skv (Abicart) is read as a .csv is: 17 rows, and a return line for
    // each of the 3 lines of its 2 Krediterad orders.
    QTest::newRow("skv is a csv") << importFixture("abicart_bestallningar_se.skv") << QStringList{}
                                  << int(Success)
                                  << QStringLiteral("Imported %1 (Orders and order lines).")
                                         .arg(importFixture("abicart_bestallningar_se.skv"))
                                  << qint64(20);
    QTest::newRow("product list")
        << importFixture("product_catalogue.csv") << QStringList{} << int(Success)
        << QStringLiteral("Imported %1 (Products).").arg(importFixture("product_catalogue.csv")) << qint64(0);
}

void TestImportCommand::entity()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(int, exit);
    QFETCH(QString, summary);
    QFETCH(qint64, orderLines);

    const QString ws = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
        QStringLiteral(".storelens"));
    QString out;
    QString err;
    const int status = runCli(
        QStringList{QStringLiteral("import"), file, QStringLiteral("--workspace"), ws} + options, &out, &err);
    QCOMPARE(status, exit);
    const QString firstLine = (exit == Success ? out : err).section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(firstLine, summary);
    if (exit != Success) {
        QVERIFY(err.contains(QStringLiteral("--entity orders, customers, products, inventory, traffic")));
        QVERIFY(!QFile::exists(ws)); // refused before anything was opened or created
        return;
    }
    const auto read = WorkspaceSummary::read(ws);
    QVERIFY(read.ok());
    QCOMPARE(read->orderLines, orderLines);
}

void TestImportCommand::qualitySummary()
{
    // data_quality.csv (counted by hand in tst_dataquality): the dry run prints the summary and how to mark
    // the 8 fee-like SKUs; the import with --not-a-product marks the two named ones that exist.
    const QString file = importFixture("data_quality.csv");
    const QString ws = m_dir.filePath(QStringLiteral("quality.storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), file, QStringLiteral("--workspace"), ws,
                     QStringLiteral("--on-error"), QStringLiteral("skip"), QStringLiteral("--dry-run")},
                    &out, &err),
             int(Success));
    QVERIFY2(out.contains(
                 QStringLiteral("Data quality:\n  - Lines read: 21 (17 accepted, 1 skipped, 3 rejected).\n")),
             qPrintable(out));
    QVERIFY(out.contains(
        QStringLiteral("  - Returns (a negative quantity or amount): 1 (for example line 12).\n")));
    QVERIFY(out.contains(QStringLiteral("To mark the fee-like SKUs, import again with --not-a-product "
                                        "\"POST,DOT,M,B,BANK CHARGES,AMAZONFEE,C2,PADS\"")));

    QCOMPARE(runCli({QStringLiteral("import"), file, QStringLiteral("--workspace"), ws,
                     QStringLiteral("--on-error"), QStringLiteral("skip"), QStringLiteral("--not-a-product"),
                     QStringLiteral("AMAZONFEE, DOT"), QStringLiteral("--not-a-product"),
                     QStringLiteral("NOT-THERE")},
                    &out, &err),
             int(Success));
    QVERIFY2(out.contains(QStringLiteral("Marked \"not a product\": 2 products.\n")), qPrintable(out));
}

// Trial 12: a customers export that links to no order said nothing. shopify_customers.csv keys its 5
// customers by Customer ID (7001, ...), shopify_orders_customers.csv its orders by e-mail address
// (dora@example.com is the first customer stored): a warning on standard error, the dry run's as the
// import's.
void TestImportCommand::customersThatMatchNoOrder()
{
    const QString ws = m_dir.filePath(QStringLiteral("customers.storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), importFixture("shopify_orders_customers.csv"),
                     QStringLiteral("--workspace"), ws},
                    &out, &err),
             int(Success));
    for (const QStringList &extra : {QStringList{QStringLiteral("--dry-run")}, QStringList{}}) {
        QCOMPARE(runCli(QStringList{QStringLiteral("import"), importFixture("shopify_customers.csv"),
                                    QStringLiteral("--workspace"), ws, QStringLiteral("--entity"),
                                    QStringLiteral("customers")} +
                            extra,
                        &out, &err),
                 int(Success));
        QVERIFY2(
            err.startsWith(QStringLiteral(
                "Warning: 0 of 5 customers in this file match a customer of the imported orders: the order "
                "export names customers differently (such as \"dora@example.com\"; this file: \"7001\")")),
            qPrintable(err));
    }
}

void TestImportCommand::currencyGuessedAtImport_data()
{
    QTest::addColumn<QByteArray>("prices");
    QTest::addColumn<QString>("currency");
    // Three order lines priced in euros: the workspace's currency is EUR, and `kpi --format json` names it.
    QTest::newRow("euro signs") << QByteArray("\xE2\x82\xAC"
                                              "3.00|\xE2\x82\xAC"
                                              "4.50|1.00 \xE2\x82\xAC")
                                << QStringLiteral("EUR");
    // No symbol and the tests' C locale: not known, so money stays plain.
    QTest::newRow("plain numbers") << QByteArray("3.00|4.50|1.00") << QString();
}

void TestImportCommand::currencyGuessedAtImport()
{
    QFETCH(QByteArray, prices);
    QFETCH(QString, currency);
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString file = m_dir.filePath(tag + QStringLiteral(".csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("order_id,date,customer_id,sku,quantity,unit_price\n");
    const QList<QByteArray> each = prices.split('|');
    for (int i = 0; i < each.size(); ++i)
        csv.write(QByteArray::number(i + 1) + ",2024-01-0" + QByteArray::number(i + 1) + ",C" +
                  QByteArray::number(i + 1) + ",A,1,\"" + each[i] + "\"\n");
    csv.close();
    const QString ws = m_dir.filePath(tag + QStringLiteral(".storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), file, QStringLiteral("--workspace"), ws}, &out, &err),
             int(Success));
    {
        Connection connection(ws);
        QVERIFY(connection.isOpen());
        QCOMPARE(workspaceCurrency(connection.db()), currency);
    }
    QCOMPARE(runCli({QStringLiteral("kpi"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"),
                     QStringLiteral("json")},
                    &out, &err),
             int(Success));
    QVERIFY2(out.contains(currency.isEmpty() ? QStringLiteral("\"currency\": null")
                                             : QStringLiteral("\"currency\": \"%1\"").arg(currency)),
             qPrintable(out.left(400)));
    // Every JSON that holds money names the currency at its top level (null when not known).
    const QString json = QStringLiteral("json");
    const QString workspace = QStringLiteral("--workspace");
    const QString format = QStringLiteral("--format");
    const QList<QStringList> moneyCommands = {
        {QStringLiteral("info"), workspace, ws, format, json},
        {QStringLiteral("cohorts"), workspace, ws, format, json, QStringLiteral("--metric"),
         QStringLiteral("revenue")},
        {QStringLiteral("segments"), workspace, ws, format, json},
        {QStringLiteral("segments"), workspace, ws, format, json, QStringLiteral("--segment"),
         QStringLiteral("new"), QStringLiteral("--members"), QStringLiteral("--include-without-consent")},
        {QStringLiteral("explain"), workspace, ws, format, json},
        {QStringLiteral("customer"), QStringLiteral("export"), workspace, ws, QStringLiteral("--id"),
         QStringLiteral("C1"), format, json},
    };
    for (const QStringList &command : moneyCommands) {
        const int status = runCli(command, &out, &err);
        QVERIFY2(status == Success, qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char('\n') + err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(command.join(QLatin1Char(' '))));
        QVERIFY2(root.contains(QStringLiteral("currency")), qPrintable(command.join(QLatin1Char(' '))));
        QCOMPARE(root.value(QStringLiteral("currency")),
                 currency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(currency));
    }
    // The table writes money with the code.
    QCOMPARE(runCli({QStringLiteral("kpi"), QStringLiteral("--workspace"), ws}, &out, &err), int(Success));
    if (!currency.isEmpty())
        QVERIFY2(out.contains(QStringLiteral("8.50 %1").arg(currency)), qPrintable(out));
}

// An import into the workspace the command creates writes through a rollback journal, a second import into
// the same workspace through the write-ahead log; after each the file is in WAL mode (bytes 18 and 19 of the
// SQLite header are 2; 1 in rollback mode) and no journal is left.
void TestImportCommand::newWorkspaceEndsInWalMode()
{
    const QString ws = m_dir.filePath(QStringLiteral("journal.storelens"));
    QString out;
    QString err;
    for (const char *import : {"first, new workspace", "second, existing workspace"}) {
        QVERIFY2(runCli({QStringLiteral("import"), importFixture("online_retail_ii.csv"),
                         QStringLiteral("--workspace"), ws},
                        &out, &err) == int(Success),
                 import);
        QFile file(ws);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(header.size(), 20);
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
        QVERIFY2(!QFile::exists(ws + QStringLiteral("-journal")), import);
    }
}

// Trial 12b: "Lignes lues : 4964" beside "80 914,60 EUR": counts are grouped as the money is. 1,200 rows of
// the ERP shape, three lines an order, all new.
void TestImportCommand::countsGroupedAsTheMoney()
{
    const QString file = m_dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(storelens::test::writeLargeExport(file, 1200));
    const QString ws = m_dir.filePath(QStringLiteral("grouped.storelens"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString out;
    QString err;
    const int status =
        runCli({QStringLiteral("import"), file, QStringLiteral("--workspace"), ws}, &out, &err);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(status, int(Success));
    QVERIFY2(
        out.contains(QStringLiteral("Rows read: 1,200; order lines new: 1,200; updated: 0; unchanged: 0; "
                                    "rejected: 0\n")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("lines added 1,200 (")), qPrintable(out));
}

void TestImportCommand::lineTotalSentenceOnlyWithADiscount_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("said");
    // PrestaShop's orders list: "Total" after discounts, but no discount column: "gross = total + discount"
    // would explain nothing.
    QTest::newRow("PrestaShop, no discount column") << QStringLiteral("prestashop_orders_fr.csv") << false;
    // SumUp: "Prix (TTC)" after "Remise".
    QTest::newRow("SumUp, with its discount") << QStringLiteral("sumup_rapport_ventes.csv") << true;
}

void TestImportCommand::lineTotalSentenceOnlyWithADiscount()
{
    QFETCH(QString, file);
    QFETCH(bool, said);
    const QString ws = m_dir.filePath(file + QStringLiteral(".storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), importFixture(file), QStringLiteral("--workspace"), ws}, &out,
                    &err),
             int(Success));
    QCOMPARE(out.contains(QStringLiteral("are after the line discount: gross = total + discount.")), said);
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
