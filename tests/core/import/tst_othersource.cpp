// Trial 20: a UK shop imported its Ecwid web shop's order export, which StoreLens took for a till's (source
// "Till", channel "In store", store "Main store"), then its Epos Now till's export into the same "Till"; the
// Check page and the CLI proposed to replace the web orders on the till file's days, that is to delete them.
// A web shop's order export of no system known by name is recognised by its columns (WebShopEvidence.h), and
// a file that holds almost none of its source's orders on its days is said to come from another till or shop
// (OtherSource.h): replace is not proposed for it and refused unless forced. A re-export keeps its replace.
//
// The fixtures by day (tests/data/import/README.md), amounts as the suggestion reads them (unit price ×
// quantity; the Ecwid file's coupon_discount is 0.00 throughout):
//   ecwid_orders.csv   2/11 order 1101: 18.50 + 2 × 5.99 = 30.48 (2 lines)
//                      3/11 order 1102: 65.00 (1 line)
//                      4/11 order 1103: 5.99 + 2 × 4.50 = 14.99 (2 lines)
//                      5/11 order 1104: 24.00 (1 line)          4 orders, 6 lines, 134.47 on 4 days
//   eposnow_items.csv  transactions 480001-480004 on 2/11-5/11 and 480005 on 13/11: 6 lines, 18.50 + 6.40 +
//                      4.50 + 5.99 + 24.00 + 3.20 = 62.59; none of Ecwid's order numbers. Its days,
//                      2/11-13/11, hold Ecwid's 4 orders (6 lines, 134.47) on 4 days.
//   ecwid_orders_reexport.csv: the same 6 lines, 1102 now REFUNDED (refunded_amount 65.00), 1103
//                      PARTIALLY_REFUNDED (refunded_amount 5.99), and 1105 on 6/11: 2 × 5.99 = 11.98.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/DefaultSource.h"
#include "core/import/OtherSource.h"
#include "core/import/WebShopEvidence.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::scalar;

namespace {

const QString Ecwid = QStringLiteral("ecwid_orders.csv");
const QString EcwidAgain = QStringLiteral("ecwid_orders_reexport.csv");
const QString EposNow = QStringLiteral("eposnow_items.csv");

ImportProfile suggested(const QString &file)
{
    const auto preview = previewFile(importFixture(file));
    return preview ? suggestProfile(preview.value(), Entity::Orders) : ImportProfile();
}

// The suggestion's profile, into `source` when given (the old default put the web shop into "Till").
Result<ImportReport> importInto(const QString &ws, const QString &file, const QString &source = {},
                                bool replace = false, bool replaceOtherSource = false)
{
    ImportProfile profile = suggested(file);
    if (!source.isEmpty())
        profile.source = source;
    ImportOptions options;
    options.replace = replace;
    options.replaceOtherSource = replaceOtherSource;
    return Importer::run(ws, importFixture(file), profile, options);
}

QStringList columnList(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QString::fromUtf8(name);
    return out;
}

const QString LineCount = QStringLiteral("SELECT count(*) FROM order_lines");

} // namespace

class TestOtherSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void webShopColumnsMakeAWebShop();
    void webShopsInOtherLanguages();
    void webShopAndTillGoToTheirOwnSources();
    void tillFileIntoTheWebShopsSource();
    void replacingWithIt_data();
    void replacingWithIt();
    void reexportIsNotAnotherSource();
    void reexportStillReplaces();
    void oneDayOfOtherOrdersIsNotEnough();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

// Shipping (shipping_method, shipping_cost) with a fulfilment status, a payment status and a billing address:
// a web shop's export, sold online; the till's file has none of them.
void TestOtherSource::webShopColumnsMakeAWebShop()
{
    const auto ecwid = previewFile(importFixture(Ecwid));
    QVERIFY(ecwid.ok());
    QCOMPARE(webShopColumns(ecwid->header),
             columnList({"shipping_method", "fulfillment_status", "payment_status", "billing_name"}));
    QVERIFY(isWebShopExport(ecwid->header));
    const ImportProfile web = suggested(Ecwid);
    QCOMPARE(web.defaultChannel, QStringLiteral("Online"));
    QCOMPARE(web.defaultStore, QStringLiteral("Online shop"));
    QCOMPARE(defaultSourceFor(web, false), QStringLiteral("Web shop"));
    QVERIFY(webShopColumnsSentence(ecwid->header, QStringLiteral("Web shop"), QStringLiteral("Online"))
                .contains(QStringLiteral("(it has the columns shipping_method, fulfillment_status, "
                                         "payment_status and billing_name")));

    const auto till = previewFile(importFixture(EposNow));
    QVERIFY(till.ok());
    QVERIFY(webShopColumns(till->header).isEmpty()); // Customer Email alone is no sign: tills have it too
    QVERIFY(!isWebShopExport(till->header));
    const ImportProfile tillProfile = suggested(EposNow);
    QCOMPARE(tillProfile.defaultChannel, QString());
    QCOMPARE(defaultSourceFor(tillProfile, false), QStringLiteral("Till"));
    // Shipping alone, or the statuses without shipping, are not enough.
    QVERIFY(webShopColumns(columnList({"Order", "Date", "Shipping", "Total"})).isEmpty());
    QVERIFY(webShopColumns(columnList({"Order", "Date", "Payment Status", "Fulfillment Status", "Total"}))
                .isEmpty());
}

// Trials 21 and 21fr: WiziShop's orders ("Pays de livraison" and "Frais de port TTC", no status column named
// for payment or fulfilment) and Holded's invoices (no shipping, "Canal de venta" of "Tienda online") were
// taken for a till's: source "Till", channel "In store", store "Main store". A German shop's export names its
// shipping and payment status in German.
void TestOtherSource::webShopsInOtherLanguages()
{
    const auto wizishop = previewFile(importFixture(QStringLiteral("wizishop_commandes_fr.csv")));
    QVERIFY(wizishop.ok());
    QCOMPARE(webShopColumns(wizishop->header), columnList({"Pays de livraison", "Frais de port TTC"}));
    const ImportProfile french = suggested(QStringLiteral("wizishop_commandes_fr.csv"));
    QCOMPARE(french.defaultChannel, QStringLiteral("Online"));
    QCOMPARE(french.defaultStore, QStringLiteral("Online shop"));
    QCOMPARE(defaultSourceFor(french, false), QStringLiteral("Web shop"));

    const ImportProfile holded = suggested(QStringLiteral("holded_facturas_es.csv"));
    QCOMPARE(holded.columnFor(QStringLiteral("channel")), QStringLiteral("Canal de venta"));
    QCOMPARE(holded.defaultChannel, QStringLiteral("Online"));
    QCOMPARE(holded.defaultStore, QStringLiteral("Online shop"));
    QCOMPARE(defaultSourceFor(holded, false), QStringLiteral("Web shop"));
    // The Spanish till's file has a channel column of in-store sales: still a till.
    const ImportProfile zettle = suggested(QStringLiteral("zettle_ventas_es.csv"));
    QCOMPARE(zettle.defaultChannel, QString());
    QCOMPARE(defaultSourceFor(zettle, false), QStringLiteral("Till"));

    QCOMPARE(webShopColumns(columnList({"Bestellnummer", "Bestelldatum", "Versandkosten", "Zahlungsstatus",
                                        "Rechnungsadresse Land", "Summe"})),
             columnList({"Versandkosten", "Zahlungsstatus", "Rechnungsadresse Land"}));
    QCOMPARE(webShopColumns(columnList({"Bestellnummer", "Versandart", "Lieferland", "Summe"})),
             columnList({"Versandart", "Lieferland"}));
    QCOMPARE(webShopColumns(columnList({"Pedido", "Gastos de envío", "Estado del pago", "Total"})),
             columnList({"Gastos de envío", "Estado del pago"}));
    // A till that sells postage names a cost and a method, not where it goes; a supplier is no delivery.
    QVERIFY(webShopColumns(columnList({"Beleg", "Versandkosten", "Versandart", "Summe"})).isEmpty());
    QVERIFY(webShopColumns(columnList({"Beleg", "Lieferant", "Zahlungsart", "Summe"})).isEmpty());
}

// With their defaults, the web shop's lines land in "Web shop", channel Online, store Online shop; the till's
// next in "Till": no source holds the other's orders, so nothing is proposed for removal.
void TestOtherSource::webShopAndTillGoToTheirOwnSources()
{
    const QString ws = m_dir.create();
    const auto web = importInto(ws, Ecwid);
    QVERIFY2(web.ok(), qPrintable(web.error().toString()));
    QCOMPARE(web->source, QStringLiteral("Web shop"));
    QCOMPARE(web->counts.added, qint64(6));
    QCOMPARE(
        storelens::test::text(ws, QStringLiteral("SELECT group_concat(DISTINCT c.name) FROM order_lines l"
                                                 " JOIN channels c ON c.id = l.channel_id")),
        QStringLiteral("Online"));
    const auto till = importInto(ws, EposNow);
    QVERIFY2(till.ok(), qPrintable(till.error().toString()));
    QCOMPARE(till->source, QStringLiteral("Till"));
    QCOMPARE(till->notInFile.count, qint64(0));
    QVERIFY(!till->otherSource.likely());
}

// The trial's order: the web shop in "Till" (the old default), the till's file next into "Till" too.
void TestOtherSource::tillFileIntoTheWebShopsSource()
{
    const QString ws = m_dir.create();
    QVERIFY(importInto(ws, Ecwid, QStringLiteral("Till")).ok());
    const auto till = importInto(ws, EposNow);
    QVERIFY2(till.ok(), qPrintable(till.error().toString()));
    QCOMPARE(till->source, QStringLiteral("Till"));
    QCOMPARE(till->counts.added, qint64(6));
    QCOMPARE(till->notInFile.count, qint64(6));                  // all of Ecwid's lines: 2/11-5/11
    QCOMPARE(till->notInFile.amount, Money::fromUnits(1344700)); // 134.47
    const OtherSource &other = till->otherSource;
    QVERIFY(other.likely());
    QCOMPARE(other.storedOrders, qint64(4)); // 1101-1104
    QCOMPARE(other.sharedOrders, qint64(0));
    QVERIFY(other.columnsDiffer); // of Ecwid's 25 columns only customer_email is in the till's file
    QCOMPARE(other.suggestedSource, QStringLiteral("Till 2"));
    QVERIFY2(other.sentence().contains(QStringLiteral(
                 "This file seems to come from another till or shop than \"Till\": it holds none of the 4 "
                 "orders of \"Till\" from 02/11/2026 to 13/11/2026, and most of its columns are not those of "
                 "the earlier imports into \"Till\".")),
             qPrintable(other.sentence()));
    QVERIFY(other.sentence().contains(QStringLiteral("such as \"Till 2\"")));
    QCOMPARE(scalar(ws, LineCount), qint64(12)); // imported beside them: 6 + 6, none removed
}

void TestOtherSource::replacingWithIt_data()
{
    QTest::addColumn<bool>("forced");
    QTest::newRow("refused") << false;
    QTest::newRow("forced") << true;
}

// Replace would delete the 6 web lines the till's file never held: refused, nothing imported, naming the
// file, the source and why; --replace-other-source (ImportOptions::replaceOtherSource) does it all the same.
void TestOtherSource::replacingWithIt()
{
    QFETCH(bool, forced);
    const QString ws = m_dir.create();
    QVERIFY(importInto(ws, Ecwid, QStringLiteral("Till")).ok());
    const auto till = importInto(ws, EposNow, {}, true, forced);
    if (forced) {
        QVERIFY2(till.ok(), qPrintable(till.error().toString()));
        QCOMPARE(till->counts.removed, qint64(6));
        QCOMPARE(scalar(ws, LineCount), qint64(6)); // the till's alone
        return;
    }
    QVERIFY(!till.ok());
    const QString message = till.error().message();
    QVERIFY2(message.startsWith(QStringLiteral("eposnow_items.csv was not imported: replace would remove the "
                                               "orders of \"Till\" from 02/11/2026 to 13/11/2026")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("(it holds 0 of those 4 orders; its columns differ from the "
                                             "earlier imports)")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("--source \"Till 2\"")));
    QVERIFY(message.contains(QStringLiteral("--replace-other-source")));
    QCOMPARE(scalar(ws, LineCount), qint64(6)); // the workspace as it was
}

// The same export a day later holds all 4 stored orders again: no other source. Its refunds of orders already
// imported: 1102 refunded (65.00) and 1103 refunded in part (5.99) — 2 orders, 70.99.
void TestOtherSource::reexportIsNotAnotherSource()
{
    const QString ws = m_dir.create();
    QVERIFY(importInto(ws, Ecwid).ok());
    const auto again = importInto(ws, EcwidAgain);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again->source, QStringLiteral("Web shop"));
    QCOMPARE(again->notInFile.count, qint64(0));
    QVERIFY(!again->otherSource.likely());
    QCOMPARE(again->amounts.laterRefundOrders, qint64(2));
    QCOMPARE(again->amounts.laterRefunds, Money::fromUnits(709900)); // 65.00 + 5.99
}

// The re-export first, then the older export with replace: it holds every order of those days (1101-1104)
// but not the two refunds the re-export added on 3/11 and 4/11 (the orders' days): they are removed, as
// before.
void TestOtherSource::reexportStillReplaces()
{
    const QString ws = m_dir.create();
    QVERIFY(importInto(ws, EcwidAgain).ok());
    const auto older = importInto(ws, Ecwid, {}, true);
    QVERIFY2(older.ok(), qPrintable(older.error().toString()));
    QVERIFY(!older->otherSource.likely());
    QCOMPARE(older->counts.removed, qint64(2));
    QCOMPARE(older->amounts.removed, Money::fromUnits(-709900)); // −65.00 − 5.99
}

// A file of the same export whose one day holds other orders (an export cut in the middle of 5/11 meets the
// earlier one's order 1104 there) is no sign of another shop: the replace proposal stays.
void TestOtherSource::oneDayOfOtherOrdersIsNotEnough()
{
    const QString ws = m_dir.create();
    QVERIFY(importInto(ws, Ecwid).ok());
    QFile fixture(importFixture(Ecwid));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray header = fixture.readLine();
    const QString later = m_dir.filePath(QStringLiteral("ecwid_later.csv"));
    storelens::test::writeFile(
        later,
        header + "1106,2026-11-05 22:40:00 +0000,PAID,AWAITING_PROCESSING,ann.lee12@example.co.uk,Ann Lee,"
                 "07700 900101,Bristol,United Kingdom,Registered,5.99,,0.00,Royal Mail Tracked 48,3.95,0.00,"
                 "9.94,0.00,GBP,DEL-TEA-01,Earl Grey Loose Leaf 100g,Deli,5.99,1,0.00\n");
    const auto report = Importer::run(ws, later, suggested(Ecwid), {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->notInFile.count, qint64(1)); // 1104's line
    QVERIFY(!report->otherSource.likely());
}

QTEST_GUILESS_MAIN(TestOtherSource)
#include "tst_othersource.moc"
