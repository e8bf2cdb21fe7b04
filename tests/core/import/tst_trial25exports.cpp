// Trial 25se's exports (Sweden, Uppsala), imported with the suggested profile alone (no column chosen by
// hand). Before, the Sitoo-style till's Columns page suggested only Datum, Artikelnummer, Artikel and Rabatt
// ("Still to choose: Unit price"; mapping just Pris counted every line as one unit and every row as an
// order), a gift card sold ("Presentkort 500 kr") was a sale, "Såld" was an unknown status and "Makulerad" (a
// line voided at the till) a sale; the Abicart web shop's .skv went to the till's source, channel "In store",
// its Krediterad orders counted as sold and its Förnamn + Efternamn were not joined.
//
// sitoo_kvittorader_se.csv (cut from sitoo_kvittorader_2026-08_2026-10.csv: UTF-8 with BOM, `;`, CRLF,
// decimal comma, NBSP thousands "2 495,00"; Belopp inkl. moms = Antal × Pris − Rabatt; Radstatus Såld /
// Makulerad / Retur, a return a receipt of Antal −1). Worked out by hand:
//   Aug  50009 K1269  2 × 2 495,00 = 4 990,00
//        50006 walk-in 229,00 + 189,00 (Rabatt 18,90, KAMPANJ10) = 418,00
//        50008 K1280  3 × 399,00 + 2 × 549,00 = 1 197,00 + 1 098,00 = 2 295,00
//        50007 K1207  89,00 + 2 495,00 = 2 584,00
//        50005 K1160  3 × 229,00 + 1 895,00 + 79,00 = 687,00 + 1 895,00 + 79,00 = 2 661,00
//        50003 walk-in 399,00 + 3 × 65,00 = 594,00
//        50001 K1007  3 × 2 495,00 = 7 485,00
//        50765 K0001  staff: 1 299,00 + 2 × 149,00 = 1 597,00, Rabatt 259,80 + 59,60 = 319,40 (PERSONAL20)
//        50772 K1297  Retur −1 × 229,00: a return of 229,00
//   Sept 50767 K1004  399,00; 2 × 189,00 = 378,00 Makulerad (voided: left out)
//        50770 K1006  2 × 79,00 = 158,00; Presentkort 500 kr (a gift card sold: left out)
//        50773 K1036  Retur −1 × 399,00: a return of 399,00
//   Oct  50766 K0001  staff: 2 495,00, Rabatt 499,00
//        50465 K1036  2 × 1 299,00 = 2 598,00
//        50769 walk-in 89,00 Makulerad: the whole receipt voided, no order
// Gross 4 990 + 418 + 2 295 + 2 584 + 2 661 + 594 + 7 485 + 1 597 = 22 624,00 (Aug) + 557,00 (Sept) +
// 5 093,00 (Oct) = 28 274,00; discounts 18,90 + 319,40 + 499,00 = 837,30; returns 229,00 + 399,00 = 628,00;
// net 28 274,00 − 837,30 − 628,00 = 26 808,70; orders 12; buying customers 9 (K1269, K1280, K1207, K1160,
// K1007, K0001, K1004, K1006, K1036; K1297 only returned).
//
// sitoo_kvittorader_nov_se.csv (the next export, November, cut from sitoo_kvittorader_2026-11.csv):
//   50591 K1270 189,00 (Rabatt 18,90) + 149,00 = 338,00    50595 K1251 65,00 + 3 × 89,00 = 332,00
//   50598 K1226 549,00    50592 K1008 59,00    50594 K1083 2 × 1 299,00 + 2 × 59,00 = 2 716,00
//   50596 walk-in 149,00    50597 K1168 3 × 65,00 (Rabatt 19,50) + 1 895,00 = 2 090,00    50590 K1161 298,00
//   50774 K1036 Retur −1 × 1 299,00 on 4 Nov: the October sale 50465 refunded in the next file
//   50768 K1009 229,00; 119,00 Makulerad (left out)    50776 K1226 Retur −1 × 65,00
//   50771 walk-in Presentkort 500 kr alone: left out, no order
// Gross 338 + 332 + 549 + 59 + 2 716 + 149 + 2 090 + 298 + 229 = 6 760,00; discounts 18,90 + 19,50 = 38,40;
// returns 1 299,00 + 65,00 = 1 364,00; net 5 357,60; orders 9.
//
// abicart_bestallningar_se.skv (cut from abicart_bestallningar_2026-08_2026-11.skv: Windows-1252, `;`, CRLF,
// decimal comma, space thousands "2 495,00"; one row per item, Frakt the order's shipping on each row):
//   10201 Skickad 79,00 + 399,00 = 478,00 (Frakt 59,00)    10202 Skickad 229,00 (Frakt 59,00)
//   10203 Skickad 2 × 229,00 + 2 × 89,00 + 189,00 = 825,00    10211 Betald 498,00 + 118,00 + 1 895,00 = 2
//   511,00 10243 Krediterad 59,00: a sale and a return of 59,00 (Frakt 59,00) 10252 Betald 2 × 149,00 + 2 ×
//   59,00 = 416,00, Rabatt 44,70 + 17,70 = 62,40 (Frakt 59,00) 10274 Betald 549,00 + 2 495,00 + 299,00 = 3
//   343,00 10288 Krediterad 79,00 + 229,00 = 308,00: a sale and a return (Frakt 59,00)
// Gross 478 + 229 + 825 + 2 511 + 59 + 416 + 3 343 + 308 = 8 169,00; discounts 62,40; returns 59,00 + 308,00
// = 367,00; net 7 739,60; orders 8; buying customers 8 (keyed by E-post); shipping 5 × 59,00 left out.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"
#include "core/import/GiftCards.h"
#include "core/import/OrderStatus.h"
#include "core/import/WebShopEvidence.h"

using namespace storelens::core;
using storelens::test::cents;
using storelens::test::importFixture;
using storelens::test::suggestedFor;
using storelens::test::summaryOf;

class TestTrial25Exports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }
    void suggestedMapping_data();
    void suggestedMapping();
    void filesAreOrders();
    void sitooTill();
    void sitooNextExport();
    void abicartWebShop();
    void swedishStatusWords_data();
    void swedishStatusWords();
    void nordicGiftCards_data();
    void nordicGiftCards();
    void webShopByItsOrderStatus();
    void quantityColumnLeftUnreadIsMissing();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

namespace {

const QString Sitoo = QStringLiteral("sitoo_kvittorader_se.csv");
const QString SitooNov = QStringLiteral("sitoo_kvittorader_nov_se.csv");
const QString Abicart = QStringLiteral("abicart_bestallningar_se.skv");

QStringList columnList(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromUtf8(n);
    return out;
}

} // namespace

void TestTrial25Exports::suggestedMapping_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("columns");
    const auto row = [](const QString &file, const char *field, QStringList columns) {
        QTest::newRow(qPrintable(file + QLatin1Char(' ') + QString::fromUtf8(field)))
            << file << QString::fromUtf8(field) << columns;
    };
    const auto one = [](const char *column) { return QStringList{QString::fromUtf8(column)}; };
    row(Sitoo, "date", one("Datum"));
    row(Sitoo, "time", one("Tid"));
    row(Sitoo, "order_id", one("Kvittonummer"));
    row(Sitoo, "store", one("Butik"));
    row(Sitoo, "customer_id", one("Kundnummer"));
    row(Sitoo, "customer_name", one("Kundnamn"));
    row(Sitoo, "customer_email", one("E-post"));
    row(Sitoo, "sku", one("Artikelnummer"));
    row(Sitoo, "product_name", one("Artikel"));
    row(Sitoo, "category", one("Varugrupp"));
    row(Sitoo, "quantity", one("Antal"));
    row(Sitoo, "discount", one("Rabatt"));
    row(Sitoo, "status", one("Radstatus"));
    // The till's line total with moms, read after Rabatt as the rows show; Pris then stays unread.
    row(Sitoo, "line_total", one("Belopp inkl. moms"));
    row(Sitoo, "unit_price", {});
    row(Abicart, "order_id", one("Ordernummer"));
    row(Abicart, "date", one("Orderdatum"));
    row(Abicart, "status", one("Status"));
    row(Abicart, "customer_name", {QStringLiteral("Förnamn"), QStringLiteral("Efternamn")});
    row(Abicart, "customer_email", one("E-post"));
    row(Abicart, "country", one("Land"));
    row(Abicart, "sku", one("Artikelnummer"));
    row(Abicart, "product_name", one("Artikelnamn"));
    row(Abicart, "quantity", one("Antal"));
    row(Abicart, "unit_price", one("Styckpris"));
    row(Abicart, "discount", one("Rabatt"));
    row(Abicart, "line_total", {}); // Radsumma, redundant beside Styckpris
    row(Abicart, "shipping", {});   // Frakt: shipping is not sales
}

void TestTrial25Exports::suggestedMapping()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QStringList, columns);
    const ImportProfile p = suggestedFor(file);
    QCOMPARE(p.entity, Entity::Orders);
    QCOMPARE(storelens::test::columnsMappedTo(p, field), columns);
    QVERIFY(p.missingRequiredFields().isEmpty());
    QCOMPARE(p.decimalSeparator, ',');
    // The register, tax, the discount's code, the receipt's type and the payment method stay unread.
    for (const ColumnMapping &c : p.columns) {
        const QString name = normaliseHeader(c.column);
        if (name.startsWith(QLatin1String("moms")) || name == QLatin1String("kassa") ||
            name == QLatin1String("rabattkod") || name == QLatin1String("kvittotyp") ||
            name == QLatin1String("frakt") || name == QLatin1String("betalsätt"))
            QVERIFY2(c.field.isEmpty(), qPrintable(c.column + QLatin1String(": ") + c.field));
    }
}

void TestTrial25Exports::filesAreOrders()
{
    for (const QString &file : {Sitoo, SitooNov, Abicart}) {
        auto preview = previewFile(importFixture(file));
        QVERIFY(preview.ok());
        QCOMPARE(preview->dialect.delimiter, ';');
        const EntityGuess guess = detectEntity(preview.value());
        QCOMPARE(guess.entity, Entity::Orders);
        QVERIFY2(guess.clear, qPrintable(file));
    }
}

void TestTrial25Exports::sitooTill()
{
    const ImportProfile p = suggestedFor(Sitoo);
    QVERIFY(p.defaultChannel.isEmpty()); // a till's: In store
    QVERIFY(p.lineTotalAfterDiscount);
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Sitoo), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->source, QStringLiteral("Till"));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), cents(2827400));
    QCOMPARE(s.discounts.units(), cents(83730));
    QCOMPARE(s.returns.units(), cents(62800));
    QCOMPARE(s.netSales.units(), cents(2680870));
    QCOMPARE(s.orders, qint64(12));
    QCOMPARE(s.buyingCustomers, qint64(9));
    QCOMPARE(storelens::test::customerName(ws, QStringLiteral("K1160")), QStringLiteral("Håkan Ängström"));
    // Såld is a sale, Retur lines are negative, Makulerad a till's void left out: no status is unknown.
    QVERIFY(report->quality.unknownStatuses.isEmpty());
    QVERIFY(report->quality.cancelStatuses.isEmpty());
    QCOMPARE(report->quality.notSoldLines(), qint64(2));
    // The gift card sold is left out of sales, and said so.
    QCOMPARE(report->quality.notSalesLines(), qint64(1));
    QCOMPARE(report->quality.notSales.constFirst().sku, QStringLiteral("9001"));
}

void TestTrial25Exports::sitooNextExport()
{
    const QString ws = m_dir.create();
    auto first = Importer::run(ws, importFixture(Sitoo), suggestedFor(Sitoo), {});
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    auto next = Importer::run(ws, importFixture(SitooNov), suggestedFor(SitooNov), {});
    QVERIFY2(next.ok(), qPrintable(next.error().toString()));
    QCOMPARE(next->rejectedCount, qint64(0));
    QCOMPARE(next->source, QStringLiteral("Till"));
    QVERIFY(next->quality.unknownStatuses.isEmpty());
    QCOMPARE(next->quality.notSoldLines(), qint64(1));
    QCOMPARE(next->quality.notSalesLines(), qint64(1));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), cents(2827400 + 676000));
    QCOMPARE(s.discounts.units(), cents(83730 + 3840));
    QCOMPARE(s.returns.units(), cents(62800 + 136400));
    QCOMPARE(s.netSales.units(), cents(2680870 + 535760));
    QCOMPARE(s.orders, qint64(12 + 9));
}

void TestTrial25Exports::abicartWebShop()
{
    const ImportProfile p = suggestedFor(Abicart);
    QCOMPARE(int(p.dialect.encoding), int(csv::TextEncoding::Windows1252));
    QCOMPARE(p.defaultChannel, webShopChannelName());
    QCOMPARE(p.defaultStore, onlineShopStoreName());
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Abicart), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->source, QStringLiteral("Web shop"));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), cents(816900));
    QCOMPARE(s.discounts.units(), cents(6240));
    QCOMPARE(s.returns.units(), cents(36700));
    QCOMPARE(s.netSales.units(), cents(773960));
    QCOMPARE(s.orders, qint64(8));
    QCOMPARE(s.buyingCustomers, qint64(8));
    QVERIFY(report->quality.unknownStatuses.isEmpty());
    // Förnamn + Efternamn, read from Windows-1252.
    QCOMPARE(storelens::test::customerName(ws, QStringLiteral("goran30@webbkund.se")),
             QStringLiteral("Göran Nyström"));
    QCOMPARE(storelens::test::customerName(ws, QStringLiteral("jorgen7@webbkund.se")),
             QStringLiteral("Jörgen Åberg"));
    QCOMPARE(
        storelens::test::text(ws, QStringLiteral("SELECT group_concat(DISTINCT c.name) FROM order_lines l"
                                                 " JOIN channels c ON c.id = l.channel_id")),
        QStringLiteral("Online"));
}

void TestTrial25Exports::swedishStatusWords_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("kind");
    for (const char *sale : {"Såld", "Betald", "Skickad", "Levererad", "Slutförd", "Genomförd", "SÅLD",
                             "Försäljning", "Solgt", "Betalt", "Sendt", "Leveret", "Levert"})
        QTest::newRow(sale) << QString::fromUtf8(sale) << int(OrderStatusKind::Sale);
    for (const char *pending : {"Obetald", "Väntar på betalning", "Ubetalt", "Afventer betaling"})
        QTest::newRow(pending) << QString::fromUtf8(pending) << int(OrderStatusKind::NotSold);
}

void TestTrial25Exports::swedishStatusWords()
{
    QFETCH(QString, status);
    QFETCH(int, kind);
    QCOMPARE(int(orderStatusKind(status.toUtf8())), kind);
    // Voids and cancellations: the profile's cancellation values, left out of a till's sales; refunds are
    // never offered to leave out as unpaid.
    const QStringList cancels = defaultCancelStatusValues();
    for (const char *v : {"makulerad", "annullerad", "avbruten", "returnerad", "krediterad", "återbetald",
                          "annulleret", "annullert", "refunderet", "refundert"})
        QVERIFY2(cancels.contains(QString::fromUtf8(v)), v);
    for (const char *v : {"Makulerad", "MAKULERAD", "Annullerad", "Avbruten", "Annulleret", "Annullert"}) {
        QVERIFY2(isVoidStatus(QString::fromUtf8(v)), v);
        QVERIFY2(!isRefundStatus(QString::fromUtf8(v)), v);
    }
    for (const char *v : {"Returnerad", "Krediterad", "Återbetald", "Refunderet", "Refundert", "Kreditert"}) {
        QVERIFY2(isRefundStatus(QString::fromUtf8(v)), v);
        QVERIFY2(!isVoidStatus(QString::fromUtf8(v)), v);
    }
}

void TestTrial25Exports::nordicGiftCards_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("giftCard");
    const auto row = [](const char *sku, const char *name, bool giftCard) {
        QTest::newRow(name) << QString::fromUtf8(sku) << QString::fromUtf8(name) << giftCard;
    };
    row("9001", "Presentkort 500 kr", true);
    row("PK", "PRESENTKORT", true);
    row("PK-D", "Digitalt presentkort 250 SEK", true);
    row("GK", "Gavekort 200 kroner", true);
    row("GK-5", "gavekort 500 NOK", true);
    row("LK", "Lahjakortti 50 €", true);
    QTest::newRow("SKU alone") << QStringLiteral("PRESENTKORT") << QString() << true;
    row("1201", "Presentkortskuvert kraft", false); // a gift card's envelope is merchandise
    row("1202", "Presentkort plånbok", false);      // and so is a wallet for them
}

void TestTrial25Exports::nordicGiftCards()
{
    QFETCH(QString, sku);
    QFETCH(QString, name);
    QFETCH(bool, giftCard);
    QCOMPARE(looksLikeGiftCardSold(sku.toUtf8(), name.toUtf8()), giftCard);
}

// Abicart's Frakt beside its Status makes a web shop's export; a till's line status beside shipping does not,
// nor does an order status without shipping.
void TestTrial25Exports::webShopByItsOrderStatus()
{
    QCOMPARE(webShopColumns(columnList({"Ordernummer", "Orderdatum", "Status", "Frakt", "Betalsätt"})),
             columnList({"Frakt", "Status"}));
    QCOMPARE(webShopColumns(columnList({"Ordrenummer", "Ordrestatus", "Fragt"})),
             columnList({"Fragt", "Ordrestatus"}));
    QVERIFY(webShopColumns(columnList({"Kvittonummer", "Radstatus", "Frakt"})).isEmpty());
    QVERIFY(webShopColumns(columnList({"Kvittonummer", "Status", "Belopp"})).isEmpty());
}

// Trial 25se W2: with only Pris mapped (the Columns page asked for nothing else), "Antal" was left unread and
// every line counted one unit, the returns of −1 as sales of +229,00 and +399,00. A column named as a
// quantity that no field reads makes the quantity a field still to choose (the Columns page's "Still to
// choose", the CLI's refusal); a file without such a column still counts each row as one unit.
void TestTrial25Exports::quantityColumnLeftUnreadIsMissing()
{
    ImportProfile p = suggestedFor(Sitoo);
    QVERIFY(p.missingRequiredFields().isEmpty());
    for (ColumnMapping &c : p.columns) {
        if (c.field == field::Quantity)
            c.field.clear();
    }
    QCOMPARE(p.missingRequiredFields(), QStringList{field::Quantity});
    const QString ws = m_dir.create();
    auto refused = Importer::run(ws, importFixture(Sitoo), p, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().toString().contains(QStringLiteral("Quantity")),
             qPrintable(refused.error().toString()));

    // Antal read again, or no column named as a quantity: nothing is missing.
    for (ColumnMapping &c : p.columns) {
        if (c.column == QLatin1String("Antal"))
            c.field = field::Quantity;
    }
    QVERIFY(p.missingRequiredFields().isEmpty());
    ImportProfile noQuantity;
    noQuantity.entity = Entity::Orders;
    noQuantity.columns = {ColumnMapping{QStringLiteral("Datum"), 0, field::Date},
                          ColumnMapping{QStringLiteral("Belopp"), 1, field::LineTotal},
                          ColumnMapping{QStringLiteral("Kassa"), 2, QString()}};
    QVERIFY(noQuantity.missingRequiredFields().isEmpty());
}

QTEST_GUILESS_MAIN(TestTrial25Exports)
#include "tst_trial25exports.moc"
