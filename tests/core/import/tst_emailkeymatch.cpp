// Trial 16: one person in the till and in the web shop. The till (agora_ventas.csv) keys them by its number,
// 1131 with the address Joaquin.Pena@yahoo.es and 1140 with only a phone number, 612345678; the web shop keys
// them by address, and has Lucía's phone as +34 612 345 678. The import counts the file's customers who are
// another customer of the workspace, by address or (one of the two without an address) by phone, whichever
// file came first, and ImportProfile::customersByEmail matches them: asked, never guessed.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/EmailKeyMatch.h"
#include "core/import/FieldCatalog.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::scalar;
using storelens::test::summaryOf;
using storelens::test::text;

namespace {

// The web shop: Joaquín (no phone), Marta, and Lucía with the phone the till has for 1140.
const QByteArray WebShop = "Order,Date,Email,Phone,SKU,Quantity,Price\n"
                           "1001,2026-09-20,joaquin.pena@yahoo.es,,TAZA,1,18.95\n"
                           "1002,2026-09-21,marta@example.es,+34 699 000 111,TAZA,1,18.95\n"
                           "1003,2026-09-22,lucia.soler@example.es,+34 612 345 678,BOLSO,1,39.95\n";

ImportProfile suggested(const QString &file)
{
    const auto preview = previewFile(file);
    return preview ? suggestProfile(preview.value(), Entity::Orders) : ImportProfile();
}

// agora_ventas.csv as the trial's user mapped it (Serie + Número, Precio, Dto., Local, Cód. cliente); Email
// and Teléfono are suggested.
ImportProfile tillProfile(bool matched)
{
    ImportProfile p = suggested(importFixture("agora_ventas.csv"));
    const QStringList maps[] = {{QStringLiteral("Precio"), field::UnitPrice},
                                {QStringLiteral("Dto."), field::Discount},
                                {QStringLiteral("Local"), field::Store},
                                {QStringLiteral("Cód. cliente"), field::CustomerId}};
    for (ColumnMapping &c : p.columns) {
        for (const QStringList &m : maps) {
            if (c.column == m.first())
                c.field = m.last();
        }
    }
    p.customersByEmail = matched;
    return p;
}

qint64 linesOf(const QString &ws, const QString &customer)
{
    return scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines l JOIN customers c ON c.id = "
                                     "l.customer_id WHERE c.external_id = '%1'")
                          .arg(customer));
}

} // namespace

class TestEmailKeyMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void phonesAreSuggestedAndStored();
    void webShopFirst();
    void webShopAgainKeepsTheMatch();
    void tillFirst();
    void bothOrdersCountThreePeople();
    void oneAddressOnePersonWithAndWithoutPhone();
    void sharedOrShortPhoneMatchesNoOne();

private:
    QString m_web;
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestEmailKeyMatch::initTestCase()
{
    m_web = m_dir.filePath(QStringLiteral("web.csv"));
    storelens::test::writeFile(m_web, WebShop);
}

void TestEmailKeyMatch::phonesAreSuggestedAndStored()
{
    QCOMPARE(tillProfile(false).columnFor(field::CustomerPhone), QStringLiteral("Teléfono"));
    QCOMPARE(suggested(m_web).columnFor(field::CustomerPhone), QStringLiteral("Phone"));
    const QString ws = m_dir.create();
    QVERIFY(Importer::run(ws, importFixture("agora_ventas.csv"), tillProfile(false)).ok());
    QCOMPARE(text(ws, QStringLiteral("SELECT phone FROM customers WHERE external_id = '1140'")),
             QStringLiteral("612345678"));
    QVERIFY(Importer::run(ws, m_web, suggested(m_web)).ok());
    QCOMPARE(text(ws, QStringLiteral("SELECT phone FROM customers WHERE external_id = 'marta@example.es'")),
             QStringLiteral("+34 699 000 111"));
}

// The web shop's file first, then the till's: 1131's address keys Joaquín in the web shop, 1140's phone is
// Lucía's there.
void TestEmailKeyMatch::webShopFirst()
{
    for (const bool matched : {false, true}) {
        const QString ws = m_dir.create();
        QVERIFY(Importer::run(ws, m_web, suggested(m_web)).ok());
        const auto report = Importer::run(ws, importFixture("agora_ventas.csv"), tillProfile(matched));
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        const EmailKeyMatch &m = report->emailKeyMatch;
        if (!matched) {
            QCOMPARE(m.fileCustomers, qint64(2)); // 1131 (an address) and 1140 (a phone number)
            QCOMPARE(m.matching, qint64(2));
            QCOMPARE(m.byPhone, qint64(1));
            QCOMPARE(m.email.fileKey, QStringLiteral("1131"));
            QCOMPARE(m.email.contact, QStringLiteral("joaquin.pena@yahoo.es"));
            QCOMPARE(m.phone.fileKey, QStringLiteral("1140"));
            QCOMPARE(m.phone.contact, QStringLiteral("612345678"));
            QCOMPARE(m.phone.knownAs, QStringLiteral("lucia.soler@example.es"));
            const QString said = m.sentence(EmailKeyMatch::Where::CommandLine);
            // Where it is read, the way to match them: the flag, or the Check page's button only.
            QVERIFY2(said.endsWith(QStringLiteral("keep their \"Cód. cliente\"): --customers-by-email.")),
                     qPrintable(said));
            const QString window = m.sentence(EmailKeyMatch::Where::Window);
            QVERIFY2(
                window.endsWith(QStringLiteral("keep their \"Cód. cliente\"): \"Count Each Person Once\".")),
                qPrintable(window));
            QVERIFY2(said.contains(QStringLiteral(
                         "1 customer of this file has the phone number of another customer of the workspace, "
                         "and one of the two has no e-mail address (\"1140\" with 612345678 is customer "
                         "\"lucia.soler@example.es\" there), so that person counts as two customers.")),
                     qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("customers with neither keep their \"Cód. cliente\"")),
                     qPrintable(said));
        } else {
            QCOMPARE(m.matching, qint64(0));
        }
        // Web 3 + till 2 as keyed; matched, 1131 is Joaquín (1 + 4 lines) and 1140 Lucía (1 + 1): 3 people.
        QCOMPARE(summaryOf(ws).buyingCustomers, qint64(matched ? 3 : 5));
        QCOMPARE(linesOf(ws, QStringLiteral("joaquin.pena@yahoo.es")), qint64(matched ? 5 : 1));
        QCOMPARE(linesOf(ws, QStringLiteral("lucia.soler@example.es")), qint64(matched ? 2 : 1));
    }
}

// Trial 20b: the web shop, the till as keyed, the till again matched (its lines go to the web shop's
// customers; the till's customer 1131 stays in the workspace with Joaquín's address), then the web shop's
// re-export, the offer taken again. The web shop's lines are already the customers keyed by their
// addresses: they stay so, and are not moved to the till's 1131, which split each person anew (295 people
// became 344 in the trial).
void TestEmailKeyMatch::webShopAgainKeepsTheMatch()
{
    const QString ws = m_dir.create();
    QVERIFY(Importer::run(ws, m_web, suggested(m_web)).ok());
    QVERIFY(Importer::run(ws, importFixture("agora_ventas.csv"), tillProfile(false)).ok());
    QVERIFY(Importer::run(ws, importFixture("agora_ventas.csv"), tillProfile(true)).ok());
    QCOMPARE(summaryOf(ws).buyingCustomers, qint64(3));
    ImportProfile web = suggested(m_web);
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const auto offered = Importer::run(ws, m_web, web, dryRun);
    QVERIFY(offered.ok());
    QCOMPARE(offered->emailKeyMatch.matching, qint64(0)); // nothing to offer: they are those customers
    web.customersByEmail = true;
    QVERIFY(Importer::run(ws, m_web, web).ok());
    QCOMPARE(summaryOf(ws).buyingCustomers, qint64(3));
    QCOMPARE(linesOf(ws, QStringLiteral("joaquin.pena@yahoo.es")), qint64(5)); // 1 web + 4 till
    QCOMPARE(linesOf(ws, QStringLiteral("1131")), qint64(0));
}

// The till's file first, then the web shop's: Joaquín's address is the till customer 1131's, Lucía's phone
// 1140's (who has no address). Matched, the web shop's lines go to the till's customers, and a re-import of
// the till keeps them so.
void TestEmailKeyMatch::tillFirst()
{
    for (const bool matched : {false, true}) {
        const QString ws = m_dir.create();
        QVERIFY(Importer::run(ws, importFixture("agora_ventas.csv"), tillProfile(false)).ok());
        ImportProfile web = suggested(m_web);
        web.customersByEmail = matched;
        const auto report = Importer::run(ws, m_web, web);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        const EmailKeyMatch &m = report->emailKeyMatch;
        if (!matched) {
            QCOMPARE(m.fileCustomers, qint64(3));
            QCOMPARE(m.matching, qint64(2));
            QCOMPARE(m.byPhone, qint64(1));
            QCOMPARE(m.email.knownAs, QStringLiteral("1131"));
            QCOMPARE(m.phone.fileKey, QStringLiteral("lucia.soler@example.es"));
            QCOMPARE(m.phone.knownAs, QStringLiteral("1140"));
            const QString said = m.sentence(EmailKeyMatch::Where::CommandLine);
            QVERIFY2(said.startsWith(QStringLiteral(
                         "1 customer of this file has an e-mail address that already belongs to another "
                         "customer of the workspace (joaquin.pena@yahoo.es is customer \"1131\" there), so "
                         "that person counts as two customers. 1 customer of this file has the phone number "
                         "of another customer of the workspace")),
                     qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("with its e-mail address or phone number")),
                     qPrintable(said));
        } else {
            QCOMPARE(m.matching, qint64(0));
        }
        QCOMPARE(summaryOf(ws).buyingCustomers, qint64(matched ? 3 : 5));
        QCOMPARE(linesOf(ws, QStringLiteral("1131")), qint64(matched ? 5 : 4));
        QCOMPARE(linesOf(ws, QStringLiteral("1140")), qint64(matched ? 2 : 1));
        if (!matched)
            continue;
        // 1140 now has Lucía's address and the web shop's spelling of her number.
        QCOMPARE(text(ws, QStringLiteral("SELECT email FROM customers WHERE external_id = '1140'")),
                 QStringLiteral("lucia.soler@example.es"));
        // The till again, matched too: 1131's address is its own (1131's) and 1140's number its own.
        QVERIFY(Importer::run(ws, importFixture("agora_ventas.csv"), tillProfile(true)).ok());
        QCOMPARE(summaryOf(ws).buyingCustomers, qint64(3));
        QCOMPARE(linesOf(ws, QStringLiteral("1131")), qint64(5));
        QCOMPARE(linesOf(ws, QStringLiteral("1140")), qint64(2));
    }
}

// Whichever file comes first, matched: the same three people, the same net sales.
void TestEmailKeyMatch::bothOrdersCountThreePeople()
{
    const QString webFirst = m_dir.create();
    QVERIFY(Importer::run(webFirst, m_web, suggested(m_web)).ok());
    QVERIFY(Importer::run(webFirst, importFixture("agora_ventas.csv"), tillProfile(true)).ok());
    const QString tillFirst = m_dir.create();
    QVERIFY(Importer::run(tillFirst, importFixture("agora_ventas.csv"), tillProfile(true)).ok());
    ImportProfile web = suggested(m_web);
    web.customersByEmail = true;
    QVERIFY(Importer::run(tillFirst, m_web, web).ok());
    const WorkspaceSummary a = summaryOf(webFirst);
    const WorkspaceSummary b = summaryOf(tillFirst);
    QCOMPARE(a.buyingCustomers, qint64(3));
    QCOMPARE(b.buyingCustomers, qint64(3));
    // Till 163,70 + web 18,95 + 18,95 + 39,95 = 241,55.
    QCOMPARE(a.netSales.units(), qint64(2415500));
    QCOMPARE(b.netSales, a.netSales);
}

// Trial 22b: one person's web orders, one without a phone before one with it, matched against the till's
// customer who has that phone and no address. Every line of that address goes to the till's customer (1140),
// not the first to a customer keyed by the address and the second to 1140: one person, not two with one
// address.
void TestEmailKeyMatch::oneAddressOnePersonWithAndWithoutPhone()
{
    const QString ws = m_dir.create();
    QVERIFY(Importer::run(ws, importFixture("agora_ventas.csv"), tillProfile(false)).ok());
    const qint64 tillLines = linesOf(ws, QStringLiteral("1140"));
    const QString file = m_dir.filePath(QStringLiteral("lucia.csv"));
    storelens::test::writeFile(file, "Order,Date,Email,Phone,SKU,Quantity,Price\n"
                                     "2001,2026-09-23,lucia.soler@example.es,,BOLSO,1,39.95\n"
                                     "2002,2026-09-24,Lucia.Soler@example.es,+34 612 345 678,TAZA,1,18.95\n");
    ImportProfile web = suggested(file);
    web.customersByEmail = true;
    const auto report = Importer::run(ws, file, web);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(linesOf(ws, QStringLiteral("1140")), tillLines + 2);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE external_id = "
                                       "'lucia.soler@example.es'")),
             qint64(0));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE lower(email) = "
                                       "'lucia.soler@example.es'")),
             qint64(1));
}

// A phone two customers of the workspace share (a family's landline) matches neither; a number of fewer than
// 7 digits never matches.
void TestEmailKeyMatch::sharedOrShortPhoneMatchesNoOne()
{
    const QString ws = m_dir.create();
    const QString web = m_dir.filePath(QStringLiteral("family.csv"));
    storelens::test::writeFile(web, "Order,Date,Email,Phone,SKU,Quantity,Price\n"
                                    "1,2026-09-20,ana@example.es,+34 961 000 111,TAZA,1,10.00\n"
                                    "2,2026-09-21,pedro@example.es,961 000 111,TAZA,1,10.00\n"
                                    "3,2026-09-22,eva@example.es,+34 12 345,TAZA,1,10.00\n");
    QVERIFY(Importer::run(ws, web, suggested(web)).ok());
    const QString till = m_dir.filePath(QStringLiteral("till.csv"));
    storelens::test::writeFile(till, "Receipt No,Date,Customer ID,Email,Phone,SKU,Qty,Price\n"
                                     "T1,2026-10-01,7,,961000111,TAZA,1,10.00\n"
                                     "T2,2026-10-02,8,,12345,TAZA,1,10.00\n"
                                     "T3,2026-10-03,9,,+34 12 345,TAZA,1,10.00\n");
    ImportProfile profile = suggested(till);
    QCOMPARE(profile.columnFor(field::CustomerPhone), QStringLiteral("Phone"));
    const auto report = Importer::run(ws, till, profile);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->emailKeyMatch.fileCustomers, qint64(1)); // 8 and 9 have no number of 7 digits
    QCOMPARE(report->emailKeyMatch.matching, qint64(0));
    QCOMPARE(report->emailKeyMatch.sentence(EmailKeyMatch::Where::Window), QString());
    profile.customersByEmail = true;
    QVERIFY(Importer::run(ws, till, profile).ok());
    QCOMPARE(summaryOf(ws).buyingCustomers, qint64(6));
}

QTEST_GUILESS_MAIN(TestEmailKeyMatch)
#include "tst_emailkeymatch.moc"
