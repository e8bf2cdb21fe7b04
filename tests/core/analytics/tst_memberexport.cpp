#include "core/analytics/segments/MemberExport.h"
#include "core/analytics/segments/SegmentGrid.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace storelens::core::analytics;
using storelens::core::ErrorCode;

namespace {

MemberRow member(const QString &id, const QString &name, std::optional<bool> consent, qint64 netUnits)
{
    MemberRow r;
    r.customerId = id;
    r.name = name;
    r.email = id.toLower() + QStringLiteral("@example.com");
    r.netSales = netUnits;
    r.orders = 1;
    r.consentEmail = consent;
    return r;
}

// Three members: consent yes, no and unknown.
std::vector<MemberRow> members()
{
    return {member(QStringLiteral("C1"), QStringLiteral("Ann"), true, 125000),
            member(QStringLiteral("C2"), QStringLiteral("Bob"), false, 10000),
            member(QStringLiteral("C3"), QStringLiteral("Cy"), std::nullopt, 20000)};
}

QString exportText(const std::vector<MemberRow> &rows, const MemberExportOptions &options,
                   MemberExportResult *result)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto r = exportMembers(&buffer, rows, options);
    if (r.ok())
        *result = r.value();
    return QString::fromUtf8(buffer.data());
}

// A stand-in for a shipped translation: `texts` (source -> translation) in one context, nothing else.
class StandInTranslator : public QTranslator
{
public:
    StandInTranslator(const char *context, QHash<QString, QString> texts)
        : m_context(context)
        , m_texts(std::move(texts))
    {
    }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != m_context)
            return {};
        return m_texts.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }

private:
    QLatin1String m_context;
    QHash<QString, QString> m_texts;
};

} // namespace

class TestMemberExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consentFiltering_data();
    void consentFiltering();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void unknownColumn();
    void writesFile();
    void writesIntoAFolderNotYetMade();
    void machineReadableInGerman();
    void keyFindsTheSegmentInGerman();
    void forExcelInTheLanguage_data();
    void forExcelInTheLanguage();
    void forExcelHeadersInTheLanguage();
    void forExcelWordsInTheLanguage();
};

void TestMemberExport::consentFiltering_data()
{
    QTest::addColumn<bool>("includeWithoutConsent");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("written");
    QTest::addColumn<qint64>("leftOut");

    // Only C1 has consent; "no" (C2) and "unknown" (C3) are both without consent.
    QTest::newRow("consenting only") << false << QStringLiteral("customer_id,net_sales\r\nC1,12.50\r\n")
                                     << qint64(1) << qint64(2);
    QTest::newRow("everybody when asked")
        << true << QStringLiteral("customer_id,net_sales\r\nC1,12.50\r\nC2,1.00\r\nC3,2.00\r\n") << qint64(3)
        << qint64(0);
}

void TestMemberExport::consentFiltering()
{
    QFETCH(bool, includeWithoutConsent);
    QFETCH(QString, expected);
    QFETCH(qint64, written);
    QFETCH(qint64, leftOut);
    MemberExportOptions options;
    options.columns = {QStringLiteral("customer_id"), QStringLiteral("net_sales")};
    options.includeWithoutConsent = includeWithoutConsent;
    MemberExportResult result;
    QCOMPARE(exportText(members(), options, &result), expected);
    QCOMPARE(result.written, written);
    QCOMPARE(result.leftOutWithoutConsent, leftOut);
}

void TestMemberExport::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("netUnits");
    QTest::addColumn<QString>("expectedRow");

    QTest::newRow("equals sign") << QStringLiteral("=HYPERLINK(\"x\")") << qint64(0)
                                 << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",0.00");
    QTest::newRow("plus") << QStringLiteral("+cmd") << qint64(0) << QStringLiteral("'+cmd,0.00");
    QTest::newRow("minus") << QStringLiteral("-2+3") << qint64(0) << QStringLiteral("'-2+3,0.00");
    QTest::newRow("at sign") << QStringLiteral("@SUM(A1)") << qint64(0) << QStringLiteral("'@SUM(A1),0.00");
    // A negative amount is a number, not a formula: it stays numeric.
    QTest::newRow("negative net sales stays")
        << QStringLiteral("Ann") << qint64(-125000) << QStringLiteral("Ann,-12.50");
}

void TestMemberExport::neutralisesFormulas()
{
    QFETCH(QString, name);
    QFETCH(qint64, netUnits);
    QFETCH(QString, expectedRow);
    MemberExportOptions options;
    options.columns = {QStringLiteral("name"), QStringLiteral("net_sales")};
    MemberExportResult result;
    const QString text = exportText({member(QStringLiteral("C1"), name, true, netUnits)}, options, &result);
    QCOMPARE(text, QStringLiteral("name,net_sales\r\n") + expectedRow + QStringLiteral("\r\n"));
}

void TestMemberExport::unknownColumn()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MemberExportOptions options;
    options.columns = {QStringLiteral("shoe_size")};
    QCOMPARE(exportMembers(&buffer, members(), options).error().code(), ErrorCode::Usage);
}

void TestMemberExport::writesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    const auto result = exportMembers(path, members(), MemberExportOptions());
    QVERIFY(result.ok());
    QCOMPARE(result->written, qint64(1));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header with every default column, then C1's row.
    QCOMPARE(lines.at(0).trimmed(), defaultMemberExportColumns().join(QLatin1Char(',')).toUtf8());
    QVERIFY(lines.at(1).startsWith("C1,Ann,c1@example.com,"));
}

void TestMemberExport::writesIntoAFolderNotYetMade()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("exports/new folder/members.csv"));
    const auto result = exportMembers(path, members(), MemberExportOptions());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    // Only C1 agreed to marketing email: a header and one row.
    QCOMPARE(result->written, qint64(1));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2);
}

// Issue 18: in German the file mixed translated segment names ("Treue Kunden") with lifecycle and tier keys
// ("active", "medium"). Every column is machine-readable whatever the language: the default segments' English
// names, keys, ISO dates, '.' decimals without grouping. A saved grid's own name is written as it is.
void TestMemberExport::machineReadableInGerman()
{
    // German names of two default RFM segments, as storelens_de.qm gives them.
    StandInTranslator german("storelens::core::analytics::SegmentGrid",
                             {{QStringLiteral("Loyal customers"), QStringLiteral("Treue Kunden")},
                              {QStringLiteral("At risk"), QStringLiteral("Gefährdet")}});
    QCoreApplication::installTranslator(&german);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    MemberRow loyal = member(QStringLiteral("C1"), QStringLiteral("Müller, Sabine"), true, 12345000);
    loyal.segment = QCoreApplication::translate("storelens::core::analytics::SegmentGrid", "Loyal customers");
    loyal.firstPurchase = QDate(2026, 1, 30);
    loyal.aovUnits = 205750; // 20.575 rounds to 20.58
    loyal.lifecycle = LifecycleStage::Active;
    loyal.tier = ValueTier::Medium;
    MemberRow atRisk = member(QStringLiteral("C2"), QStringLiteral("Jan"), true, 10000);
    atRisk.segment = QCoreApplication::translate("storelens::core::analytics::SegmentGrid", "At risk");
    atRisk.lifecycle = LifecycleStage::AtRisk;
    MemberRow own = member(QStringLiteral("C3"), QStringLiteral("Cy"), true, 0);
    own.segment = QStringLiteral("Stammgäste"); // a saved grid's own name
    MemberExportOptions options;
    options.columns = {QStringLiteral("customer_id"), QStringLiteral("first_purchase"),
                       QStringLiteral("net_sales"),   QStringLiteral("aov"),
                       QStringLiteral("segment"),     QStringLiteral("lifecycle"),
                       QStringLiteral("value_tier")};
    MemberExportResult result;
    const QString text = exportText({loyal, atRisk, own}, options, &result);
    QCoreApplication::removeTranslator(&german);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(loyal.segment, QStringLiteral("Treue Kunden")); // the translator was in place
    QCOMPARE(text, QStringLiteral("customer_id,first_purchase,net_sales,aov,segment,lifecycle,value_tier\r\n"
                                  "C1,2026-01-30,1234.50,20.58,Loyal customers,active,medium\r\n"
                                  "C2,,1.00,,At risk,at_risk,low\r\n"
                                  "C3,,0.00,,Stammgäste,active,low\r\n"));
}

// The key the JSON and the member files write names the segment in any language (trial 21: `segments
// --segment "Need attention"` under a Spanish locale said there was no such segment).
void TestMemberExport::keyFindsTheSegmentInGerman()
{
    StandInTranslator german("storelens::core::analytics::SegmentGrid",
                             {{QStringLiteral("Loyal customers"), QStringLiteral("Treue Kunden")}});
    QCoreApplication::installTranslator(&german);
    const SegmentGrid grid; // the default grid, its names translated
    const int translated = grid.indexOf(QStringLiteral("Treue Kunden"));
    const int key = grid.indexOf(QStringLiteral("loyal customers"));
    QCoreApplication::removeTranslator(&german);
    QVERIFY(translated >= 0);
    QCOMPARE(key, translated);
    QCOMPARE(grid.indexOf(QStringLiteral("Nope")), -1);
}

void TestMemberExport::forExcelInTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QByteArray>("expected");
    // A byte order mark (EF BB BF); ';' between columns and decimal commas where the language writes them,
    // so the cell with a ',' needs no quotes and the one with a ';' does; the formula still gets its
    // apostrophe and the negative amount stays a number.
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QByteArray(
                                   "\xEF\xBB\xBF"
                                   "Customer ID;Name;Email;First purchase;Net sales;Average order value\r\n"
                                   "C1;\"M\xC3\xBCller; Sabine\";'=1+2;2026-01-30;-12,50;20,58\r\n");
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France)
                            << QByteArray(
                                   "\xEF\xBB\xBF"
                                   "Customer ID;Name;Email;First purchase;Net sales;Average order value\r\n"
                                   "C1;\"M\xC3\xBCller; Sabine\";'=1+2;2026-01-30;-12,50;20,58\r\n");
    // English Excel reads "," and ".": the byte order mark and the header's names differ from the standard
    // file.
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QByteArray(
                                    "\xEF\xBB\xBF"
                                    "Customer ID,Name,Email,First purchase,Net sales,Average order value\r\n"
                                    "C1,M\xC3\xBCller; Sabine,'=1+2,2026-01-30,-12.50,20.58\r\n");
}

// Issue 18 (trial 11b): German Excel opened the member CSV as one column. For Excel in the language, the
// bytes of one member worked out by hand.
void TestMemberExport::forExcelInTheLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QByteArray, expected);
    MemberRow row = member(QStringLiteral("C1"), QStringLiteral("Müller; Sabine"), true, -125000); // −12.50
    row.email = QStringLiteral("=1+2");
    row.firstPurchase = QDate(2026, 1, 30);
    row.aovUnits = 205750; // 20.575 rounds to 20.58
    MemberExportOptions options;
    options.columns = {QStringLiteral("customer_id"),    QStringLiteral("name"),      QStringLiteral("email"),
                       QStringLiteral("first_purchase"), QStringLiteral("net_sales"), QStringLiteral("aov")};
    options.style = MemberCsvStyle::ForExcel;
    options.locale = locale;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto result = exportMembers(&buffer, {row}, options);
    QVERIFY(result.ok());
    QCOMPARE(result.value().written, 1);
    QCOMPARE(buffer.data(), expected);
    // The standard style of the same member stays machine-readable: ',' and '.', no byte order mark.
    options.style = MemberCsvStyle::Standard;
    QBuffer standard;
    standard.open(QIODevice::WriteOnly);
    QVERIFY(exportMembers(&standard, {row}, options).ok());
    QCOMPARE(standard.data(), QByteArray("customer_id,name,email,first_purchase,net_sales,aov\r\n"
                                         "C1,M\xC3\xBCller; Sabine,'=1+2,2026-01-30,-12.50,20.58\r\n"));
}

// Trial 14: a French manager's spreadsheet opened on "first_purchase" and "recency_days". For Excel, the
// header row holds the columns' names as the user reads them, in the installed language (a stand-in
// translator here); the standard file keeps the keys whatever the language.

void TestMemberExport::forExcelHeadersInTheLanguage()
{
    const MemberRow row = member(QStringLiteral("C1"), QStringLiteral("Ana"), true, 125000); // 12.50
    MemberExportOptions options;
    options.columns = {QStringLiteral("customer_id"), QStringLiteral("net_sales"),
                       QStringLiteral("recency_days")};
    options.style = MemberCsvStyle::ForExcel;
    options.locale = QLocale(QLocale::French, QLocale::France);
    StandInTranslator french("storelens::core::analytics::MemberExport",
                             {{QStringLiteral("Customer ID"), QStringLiteral("Identifiant client")},
                              {QStringLiteral("Net sales"), QStringLiteral("Ventes nettes")}});
    QCoreApplication::installTranslator(&french);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool written = exportMembers(&buffer, {row}, options).ok();
    options.style = MemberCsvStyle::Standard;
    QBuffer standard;
    standard.open(QIODevice::WriteOnly);
    const bool standardWritten = exportMembers(&standard, {row}, options).ok();
    QCoreApplication::removeTranslator(&french);
    QVERIFY(written && standardWritten);
    // recency_days has no French stand-in: its English label, not its key.
    QCOMPARE(buffer.data().left(buffer.data().indexOf('\n') + 1),
             QByteArray("\xEF\xBB\xBF"
                        "Identifiant client;Ventes nettes;Recency (days)\r\n"));
    QCOMPARE(standard.data().left(standard.data().indexOf('\n') + 1),
             QByteArray("customer_id,net_sales,recency_days\r\n"));
}

// Trial 15: the German file "für Excel" read "active" and "high". For Excel, the words are the screens' words
// in the user's language (German stand-ins here, as storelens_de.qm gives them): the country's name, the
// segment's, stage's and tier's names, consent and "no prices imported"; the standard file keeps the keys.
void TestMemberExport::forExcelWordsInTheLanguage()
{
    StandInTranslator grid("storelens::core::analytics::SegmentGrid",
                           {{QStringLiteral("Loyal customers"), QStringLiteral("Treue Kunden")},
                            {QStringLiteral("At risk"), QStringLiteral("Gefährdet")}});
    StandInTranslator lifecycle("storelens::core::analytics::Lifecycle",
                                {{QStringLiteral("Active"), QStringLiteral("Aktiv")},
                                 {QStringLiteral("Lapsed"), QStringLiteral("Inaktiv")},
                                 {QStringLiteral("At risk"), QStringLiteral("Gefährdet")},
                                 {QStringLiteral("High value"), QStringLiteral("Hoher Wert")},
                                 {QStringLiteral("Medium value"), QStringLiteral("Mittlerer Wert")},
                                 {QStringLiteral("Low value"), QStringLiteral("Niedriger Wert")}});
    StandInTranslator words(
        "storelens::core::analytics::MemberExport",
        {{QStringLiteral("Yes"), QStringLiteral("Ja")},
         {QStringLiteral("No"), QStringLiteral("Nein")},
         {QStringLiteral("Unknown"), QStringLiteral("Unbekannt")},
         {QStringLiteral("no prices imported"), QStringLiteral("keine Preise importiert")}});
    for (QTranslator *t : std::initializer_list<QTranslator *>{&grid, &lifecycle, &words})
        QCoreApplication::installTranslator(t);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    MemberRow ann = member(QStringLiteral("C1"), QStringLiteral("Ann"), true, 125000); // 12.50
    ann.country = QStringLiteral("DE");
    ann.segment = QCoreApplication::translate("storelens::core::analytics::SegmentGrid", "Loyal customers");
    ann.lifecycle = LifecycleStage::Active;
    ann.tier = ValueTier::High;
    MemberRow bob = member(QStringLiteral("C2"), QStringLiteral("Bob"), false, 0);
    bob.moneyUnknown = true;
    bob.segment = QCoreApplication::translate("storelens::core::analytics::SegmentGrid", "At risk");
    bob.lifecycle = LifecycleStage::Lapsed;
    bob.tier = ValueTier::Low;
    MemberRow cy = member(QStringLiteral("C3"), QStringLiteral("Cy"), std::nullopt, 20000); // 2.00
    cy.country = QStringLiteral("Kosovo"); // no ISO code: as the export wrote it
    cy.segment = QStringLiteral("Stammgäste");
    cy.lifecycle = LifecycleStage::AtRisk;
    cy.tier = ValueTier::Medium;
    MemberExportOptions options;
    options.columns = {QStringLiteral("customer_id"),  QStringLiteral("country"),
                       QStringLiteral("net_sales"),    QStringLiteral("segment"),
                       QStringLiteral("lifecycle"),    QStringLiteral("value_tier"),
                       QStringLiteral("consent_email")};
    options.includeWithoutConsent = true;
    options.style = MemberCsvStyle::ForExcel;
    options.locale = QLocale(QLocale::German, QLocale::Germany);
    MemberExportResult result;
    const QString excel = exportText({ann, bob, cy}, options, &result);
    options.style = MemberCsvStyle::Standard;
    const QString standard = exportText({ann, bob, cy}, options, &result);
    for (QTranslator *t : std::initializer_list<QTranslator *>{&grid, &lifecycle, &words})
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(QLocale::c());
    // (QString::fromUtf8 drops the byte order mark; forExcelInTheLanguage checks the bytes.)
    QCOMPARE(excel, QStringLiteral("Customer ID;Country;Net sales;RFM segment;Lifecycle stage;Value tier;"
                                   "Email consent\r\n"
                                   "C1;Deutschland;12,50;Treue Kunden;Aktiv;Hoher Wert;Ja\r\n"
                                   "C2;;keine Preise importiert;Gefährdet;Inaktiv;Niedriger Wert;Nein\r\n"
                                   "C3;Kosovo;2,00;Stammgäste;Gefährdet;Mittlerer Wert;Unbekannt\r\n"));
    QCOMPARE(standard,
             QStringLiteral("customer_id,country,net_sales,segment,lifecycle,value_tier,consent_email\r\n"
                            "C1,DE,12.50,Loyal customers,active,high,true\r\n"
                            "C2,,no prices imported,At risk,lapsed,low,false\r\n"
                            "C3,Kosovo,2.00,Stammgäste,at_risk,medium,unknown\r\n"));
}

QTEST_GUILESS_MAIN(TestMemberExport)
#include "tst_memberexport.moc"
