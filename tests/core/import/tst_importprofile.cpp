#include "core/import/ImportProfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core;

class TestImportProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip();
    void couponCountsKeptWithTheImport();
    void exportStyleWordsKept();
    void saveAndLoad();
    void rejectsBadJson_data();
    void rejectsBadJson();
    void headerSignatureIgnoresSpellingDetails();
};

namespace {
ImportProfile sampleProfile()
{
    ImportProfile p;
    p.name = QStringLiteral("Till export (monthly)");
    p.entity = Entity::Orders;
    p.dialect.encoding = csv::TextEncoding::Windows1252;
    p.dialect.delimiter = '\t';
    p.dialect.quote = '\'';
    p.dialect.hasHeader = true;
    p.dateOrder = csv::DateOrder::DayMonthYear;
    p.decimalSeparator = ',';
    p.columns = {{QStringLiteral("Beleg"), 0, QStringLiteral("order_id")},
                 {QStringLiteral("Datum"), 1, QStringLiteral("date")},
                 {QStringLiteral("Notiz"), 2, QString()}};
    p.cancelOrderPrefix = QStringLiteral("S");
    p.cancelStatusValues = {QStringLiteral("storniert")};
    p.defaultStore = QStringLiteral("Filiale Nord");
    p.defaultChannel = QStringLiteral("Kasse");
    return p;
}

void compareProfiles(const ImportProfile &a, const ImportProfile &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.entity, b.entity);
    QCOMPARE(a.dialect.encoding, b.dialect.encoding);
    QCOMPARE(a.dialect.delimiter, b.dialect.delimiter);
    QCOMPARE(a.dialect.quote, b.dialect.quote);
    QCOMPARE(a.dialect.hasHeader, b.dialect.hasHeader);
    QCOMPARE(a.dateOrder, b.dateOrder);
    QCOMPARE(a.decimalSeparator, b.decimalSeparator);
    QCOMPARE(a.columns.size(), b.columns.size());
    for (int i = 0; i < a.columns.size(); ++i) {
        QCOMPARE(a.columns.at(i).column, b.columns.at(i).column);
        QCOMPARE(a.columns.at(i).index, b.columns.at(i).index);
        QCOMPARE(a.columns.at(i).field, b.columns.at(i).field);
    }
    QCOMPARE(a.cancelOrderPrefix, b.cancelOrderPrefix);
    QCOMPARE(a.cancelStatusValues, b.cancelStatusValues);
    QCOMPARE(a.defaultStore, b.defaultStore);
    QCOMPARE(a.defaultChannel, b.defaultChannel);
}
} // namespace

void TestImportProfile::jsonRoundTrip()
{
    const ImportProfile p = sampleProfile();
    auto back = ImportProfile::fromJson(p.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    compareProfiles(back.value(), p);
    QVERIFY(p.toJson().contains("\"date_order\": \"dmy\""));
    QVERIFY(p.toJson().contains("\"delimiter\": \"tab\""));
}

// What an import worked out of a Wix export's coupons (WixCoupons.h) is kept with it; a profile no import
// wrote says nothing of it, and reads back as not worked out (-1).
void TestImportProfile::couponCountsKeptWithTheImport()
{
    ImportProfile p = sampleProfile();
    QVERIFY(!p.toJson().contains("coupons_worked_out"));
    auto plain = ImportProfile::fromJson(p.toJson());
    QVERIFY(plain.ok());
    QCOMPARE(plain->couponsWorkedOut, qint64(-1));
    QCOMPARE(plain->couponsUnknown, qint64(-1));
    p.couponsWorkedOut = 3;
    p.couponsUnknown = 2;
    auto back = ImportProfile::fromJson(p.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->couponsWorkedOut, qint64(3));
    QCOMPARE(back->couponsUnknown, qint64(2));
}

// Clover's blank quantity read as 1 and Square Online's prices with the tax inside (an import's finding) are
// kept; a profile without them says nothing of either, and a blank_quantity it does not know is refused.
void TestImportProfile::exportStyleWordsKept()
{
    ImportProfile p = sampleProfile();
    QVERIFY(!p.toJson().contains("blank_quantity"));
    QVERIFY(!p.toJson().contains("prices_include_tax"));
    p.blankQuantityIsOne = true;
    p.pricesIncludeTax = true;
    QVERIFY(p.toJson().contains("\"blank_quantity\": \"one\""));
    auto back = ImportProfile::fromJson(p.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QVERIFY(back->blankQuantityIsOne);
    QVERIFY(back->pricesIncludeTax);
    QByteArray json = p.toJson();
    json.replace("\"blank_quantity\": \"one\"", "\"blank_quantity\": \"zero\"");
    QVERIFY(!ImportProfile::fromJson(json).ok());
}

void TestImportProfile::saveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(sampleProfile().save(path).ok());
    auto loaded = ImportProfile::load(path);
    QVERIFY(loaded.ok());
    compareProfiles(loaded.value(), sampleProfile());
    QCOMPARE(ImportProfile::load(dir.filePath(QStringLiteral("missing.json"))).error().code(), ErrorCode::Io);
}

void TestImportProfile::rejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{ nope");
    QTest::newRow("not a profile") << QByteArray("{\"name\": \"x\"}");
    QTest::newRow("unknown entity") << QByteArray("{\"storelens_import_profile\": 1, \"entity\": "
                                                  "\"invoices\", \"dialect\": {\"encoding\": \"UTF-8\"}}");
    QTest::newRow("unknown field") << QByteArray(
        "{\"storelens_import_profile\": 1, \"entity\": \"orders\", \"dialect\": {\"encoding\": \"UTF-8\"},"
        " \"columns\": [{\"column\": \"A\", \"index\": 0, \"field\": \"colour\"}]}");
    QTest::newRow("bad date order") << QByteArray(
        "{\"storelens_import_profile\": 1, \"entity\": \"orders\", \"dialect\": {\"encoding\": \"UTF-8\"},"
        " \"date_order\": \"yyyy\"}");
}

void TestImportProfile::rejectsBadJson()
{
    QFETCH(QByteArray, json);
    auto p = ImportProfile::fromJson(json, QStringLiteral("p.json"));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code(), ErrorCode::Format);
    QCOMPARE(p.error().file(), QStringLiteral("p.json"));
    QVERIFY(!p.error().message().isEmpty());
    // An unknown field is refused with the names that would have been accepted.
    if (json.contains("colour"))
        QVERIFY2(p.error().message().contains(QStringLiteral("order_id, ")), qPrintable(p.error().message()));
}

void TestImportProfile::headerSignatureIgnoresSpellingDetails()
{
    QCOMPARE(ImportProfile::headerSignature({QStringLiteral("Order ID"), QStringLiteral("Created at")}),
             ImportProfile::headerSignature({QStringLiteral("order_id"), QStringLiteral("CREATED-AT")}));
    QVERIFY(ImportProfile::headerSignature({QStringLiteral("a"), QStringLiteral("b")}) !=
            ImportProfile::headerSignature({QStringLiteral("b"), QStringLiteral("a")}));
}

QTEST_GUILESS_MAIN(TestImportProfile)
#include "tst_importprofile.moc"
