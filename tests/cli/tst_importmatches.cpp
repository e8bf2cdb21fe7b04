// Trial 16 from the command line: `storelens import` of a Tiendanube web shop puts its lines in the store
// "Online shop" (--store names another); of an Ágora till after it, warns of the products without a code
// that have the name of one coded product, with an example, and counts them as it with --products-by-name;
// and refuses a till file whose orders are the ones already imported under other order IDs (Número alone
// first, Serie + Número now) unless --replace or --new-order-ids, while a new month's file goes in. The
// figures are worked out in tests/core/import/tst_productnames.cpp and tst_orderidchange.cpp.

#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "common/ImportFiles.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileStore.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using storelens::test::importFixture;
using storelens::test::runCli;

namespace {

QStringList importArgs(const char *fixture, const QString &workspace)
{
    return {QStringLiteral("import"), importFixture(fixture), QStringLiteral("--workspace"), workspace};
}

QString firstValue(const QString &workspace, const QString &sql)
{
    storelens::core::Connection c(workspace);
    QSqlQuery q(c.db());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
}

} // namespace

class TestImportMatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void webShopLinesGoToTheOnlineShop();
    void productsByName();
    void ordersUnderNewIdsAreRefused();
    void anotherTillIsNotReplaced();
    void helpNamesTheOptions();
    void savedProfileReadsTheNextExport();

private:
    QTemporaryDir m_dir;
};

void TestImportMatches::webShopLinesGoToTheOnlineShop()
{
    const QString stores = QStringLiteral("SELECT group_concat(name, '|') FROM stores");
    QString out;
    QString err;
    const QString ws = m_dir.filePath(QStringLiteral("store.storelens"));
    QCOMPARE(runCli(importArgs("tiendanube_orders.csv", ws), &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("The file has no store column: every line is counted in the store "
                                         "\"Online shop\" (--store names another).")),
             qPrintable(out + err));
    QCOMPARE(firstValue(ws, stores), QStringLiteral("Online shop"));

    const QString named = m_dir.filePath(QStringLiteral("named.storelens"));
    QCOMPARE(runCli(importArgs("tiendanube_orders.csv", named)
                        << QStringLiteral("--store") << QStringLiteral(" main STORE "),
                    &out, &err),
             0);
    QCOMPARE(firstValue(named, stores), QStringLiteral("Main store"));
    // The web shop's lines in "Main store" (imported so before): its next export without a profile stays.
    QCOMPARE(runCli(importArgs("tiendanube_orders.csv", named), &out, &err), 0);
    QVERIFY2(!out.contains(QStringLiteral("in the store \"Online shop\"")), qPrintable(out));
    QCOMPARE(firstValue(named, stores), QStringLiteral("Main store"));

    QCOMPARE(runCli(importArgs("tiendanube_orders.csv", named) << QStringLiteral("--store") << QString(),
                    &out, &err),
             int(storelens::cli::BadUsage));
    QVERIFY2(err.contains(QStringLiteral("--store takes a name, for order lines.")), qPrintable(err));
}

void TestImportMatches::productsByName()
{
    QString out;
    QString err;
    const QString ws = m_dir.filePath(QStringLiteral("products.storelens"));
    QCOMPARE(runCli(importArgs("tiendanube_same_names.csv", ws), &out, &err), 0);
    QCOMPARE(runCli(importArgs("agora_ventas.csv", ws) << QStringLiteral("--dry-run"), &out, &err), 0);
    QVERIFY2(
        err.contains(QStringLiteral("Warning: 2 products without a code have the name of a product with one "
                                    "(such as \"Bolso de esparto\" and TEX-BOL-03), so each is counted as "
                                    "two products.")),
        qPrintable(out + err));
    QVERIFY2(err.contains(QStringLiteral("import with --products-by-name on the command line.")),
             qPrintable(err));
    QVERIFY2(
        err.contains(QStringLiteral("Warning: 1 product without a code (\"Taza cerámica Manises\") has the "
                                    "name of several products with a code (CER-TAZ-01, CER-TAZ-02)")),
        qPrintable(err));
    QCOMPARE(runCli(importArgs("agora_ventas.csv", ws) << QStringLiteral("--products-by-name"), &out, &err),
             0);
    QVERIFY2(
        out.contains(QStringLiteral("2 products without a code are counted as the product with a code of "
                                    "the same name (such as \"Bolso de esparto\" as TEX-BOL-03).")),
        qPrintable(out + err));
    QVERIFY2(!err.contains(QStringLiteral("have the name of a product with one")), qPrintable(err));
    QCOMPARE(firstValue(ws, QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("7"));
}

void TestImportMatches::ordersUnderNewIdsAreRefused()
{
    QString out;
    QString err;
    const QString ws = m_dir.filePath(QStringLiteral("ids.storelens"));
    QCOMPARE(runCli(importArgs("agora_ventas.csv", ws) << QStringLiteral("--map") << QStringLiteral("Serie="),
                    &out, &err),
             0);
    QCOMPARE(runCli(importArgs("agora_ventas.csv", ws), &out, &err), int(storelens::cli::InputRejected));
    QVERIFY2(
        err.contains(QStringLiteral("This file's orders match none of the orders of \"Till\" already in the "
                                    "workspace by order ID")),
        qPrintable(out + err));
    QVERIFY2(err.contains(QStringLiteral("add --new-order-ids.")), qPrintable(err));
    QCOMPARE(storelens::core::WorkspaceSummary::read(ws)->orders, qint64(3));
    // A dry run says it and changes nothing.
    QCOMPARE(runCli(importArgs("agora_ventas.csv", ws) << QStringLiteral("--dry-run"), &out, &err), 0);
    QVERIFY2(err.contains(QStringLiteral("Warning: This file's orders match none of the orders of \"Till\"")),
             qPrintable(out + err));
    // A new month's tickets go in (new ids, on days the till holds nothing of).
    QCOMPARE(runCli(importArgs("agora_ventas_noviembre.csv", ws), &out, &err), 0);
    QVERIFY2(!err.contains(QStringLiteral("match none of the orders")), qPrintable(err));
    QCOMPARE(storelens::core::WorkspaceSummary::read(ws)->orders, qint64(6));
    // Replaced, October's 3 merged orders are its 7 tickets.
    QCOMPARE(runCli(importArgs("agora_ventas.csv", ws) << QStringLiteral("--replace"), &out, &err), 0);
    QCOMPARE(storelens::core::WorkspaceSummary::read(ws)->orders, qint64(10));

    const QString anyway = m_dir.filePath(QStringLiteral("anyway.storelens"));
    QCOMPARE(
        runCli(importArgs("agora_ventas.csv", anyway) << QStringLiteral("--map") << QStringLiteral("Serie="),
               &out, &err),
        0);
    QCOMPARE(runCli(importArgs("agora_ventas.csv", anyway) << QStringLiteral("--new-order-ids"), &out, &err),
             0);
    QVERIFY2(err.contains(QStringLiteral("Warning: This file's orders match none")), qPrintable(err));
    QCOMPARE(storelens::core::WorkspaceSummary::read(anyway)->orders, qint64(10));
}

// Trial 20 (tests/core/import/tst_othersource.cpp works the figures out): an Ecwid export goes to "Web shop",
// saying why; an Epos Now till's file imported into the source that holds the web orders is said to come from
// another till or shop, --replace is not suggested for it and refused when given, unless
// --replace-other-source; the web shop's re-export says its orders with new refunds, a partial one among
// them.
void TestImportMatches::anotherTillIsNotReplaced()
{
    QString out;
    QString err;
    const QString web = m_dir.filePath(QStringLiteral("web.storelens"));
    QCOMPARE(runCli(importArgs("ecwid_orders.csv", web), &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("Source \"Web shop\": lines added 6")), qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("The file looks like a web shop's order export (it has the columns "
                                         "shipping_method, fulfillment_status, payment_status")),
             qPrintable(out));
    QCOMPARE(runCli(importArgs("ecwid_orders_reexport.csv", web), &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral(" already in the workspace have new refunds or cancellations (")),
             qPrintable(out + err));

    const QString mixed = m_dir.filePath(QStringLiteral("mixed.storelens"));
    QCOMPARE(
        runCli(importArgs("ecwid_orders.csv", mixed) << QStringLiteral("--source") << QStringLiteral("Till"),
               &out, &err),
        0);
    QCOMPARE(runCli(importArgs("eposnow_items.csv", mixed) << QStringLiteral("--replace"), &out, &err),
             int(storelens::cli::InputRejected));
    QVERIFY2(
        err.contains(QStringLiteral("eposnow_items.csv was not imported: replace would remove the orders "
                                    "of \"Till\"")),
        qPrintable(out + err));
    QCOMPARE(storelens::core::WorkspaceSummary::read(mixed)->orders, qint64(4));
    QCOMPARE(runCli(importArgs("eposnow_items.csv", mixed), &out, &err), 0);
    QVERIFY2(err.contains(QStringLiteral("Warning: This file seems to come from another till or shop than "
                                         "\"Till\"")),
             qPrintable(out + err));
    QVERIFY2(!out.contains(QStringLiteral("--replace to remove")), qPrintable(out));
    QCOMPARE(storelens::core::WorkspaceSummary::read(mixed)->orders, qint64(9)); // beside them: 4 + 5

    const QString forced = m_dir.filePath(QStringLiteral("forced.storelens"));
    QCOMPARE(
        runCli(importArgs("ecwid_orders.csv", forced) << QStringLiteral("--source") << QStringLiteral("Till"),
               &out, &err),
        0);
    QCOMPARE(runCli(importArgs("eposnow_items.csv", forced)
                        << QStringLiteral("--replace") << QStringLiteral("--replace-other-source"),
                    &out, &err),
             0);
    QCOMPARE(storelens::core::WorkspaceSummary::read(forced)->orders, qint64(5)); // the till's alone
}

void TestImportMatches::helpNamesTheOptions()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--help")}, &out), 0);
    for (const char *option : {"--store", "--products-by-name", "--new-order-ids", "--replace-other-source"})
        QVERIFY2(out.contains(QLatin1String(option)), option);
}

// Trial 24c: a till's next export (1-5 December: no day above 12) was refused by `storelens import` for its
// date order, while the import wizard read it with the profile it had saved for that header. The command now
// uses the workspace's profile for the header, as the wizard does, and says so. Read day first, 3/4 and 5/6
// are 3 April and 5 June: 2 × 3.00 + 4.50 + 1.00 = 11.50.
void TestImportMatches::savedProfileReadsTheNextExport()
{
    using namespace storelens;
    const QString file = m_dir.filePath(QStringLiteral("till_next.csv"));
    QVERIFY(test::writeExport(file, "order_id,date,customer_id,sku,quantity,unit_price\n"
                                    "1,03/04/2024,C1,A,2,3.00\n2,05/06/2024,C2,B,1,4.50\n"
                                    "3,03/04/2024,C3,C,1,1.00\n"));
    const QString ws = m_dir.filePath(QStringLiteral("saved.storelens"));
    const QStringList args{QStringLiteral("import"), file, QStringLiteral("--workspace"), ws};
    QString out;
    QString err;
    QCOMPARE(runCli(args, &out, &err), int(cli::InputRejected));
    QVERIFY2(err.contains(QStringLiteral("--date-order")), qPrintable(err));
    {
        auto preview = core::previewFile(file);
        QVERIFY(preview.ok());
        core::ImportProfile profile = core::suggestProfile(preview.value(), core::Entity::Orders);
        profile.name = QStringLiteral("Till");
        profile.dateOrder = core::csv::DateOrder::DayMonthYear;
        QVERIFY(core::Workspace::open(ws, true).ok());
        core::Connection connection(ws);
        QVERIFY(core::ProfileStore::save(connection.db(), profile, preview->header).ok());
    }
    QCOMPARE(runCli(args, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("Using the import profile \"Till\"")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("3 Apr 2024 to 5 Jun 2024")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("11.50")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestImportMatches)
#include "tst_importmatches.moc"
