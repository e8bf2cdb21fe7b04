// core::countryKey() and core::countryDisplayName() (trial 15): a web shop's "Germany" and a till's "DEU" are
// one country, "DE", shown as "Deutschland" in German, "Allemagne" in French and "Alemania" in Spanish; what
// no table knows is kept as written.
#include "core/model/Countries.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace storelens;

namespace {

// The German word for "Unknown country", as storelens_de.qm gives it.
class GermanUnknownCountry : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) == QLatin1String("storelens::core::Countries") &&
            QLatin1String(source) == QLatin1String("Unknown country"))
            return QStringLiteral("Unbekanntes Land");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCountries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void key_data();
    void key();
    void keyOfBytes_data() { key_data(); }
    void keyOfBytes();
    void bytesKeepTheirOwnView();
    void keysOfAList();
    void displayName_data();
    void displayName();
    void unknownCountryIsOneTranslatedWord();
};

void TestCountries::key_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("key");
    QTest::newRow("English name (Squarespace)") << "Germany"
                                                << "DE";
    QTest::newRow("alpha-3 (DSFinV-K's KUNDE_LAND)") << "DEU"
                                                     << "DE";
    QTest::newRow("alpha-2 (Shopify)") << "DE"
                                       << "DE";
    QTest::newRow("German name, lower case") << "deutschland"
                                             << "DE";
    QTest::newRow("French name") << "Allemagne"
                                 << "DE";
    QTest::newRow("Spanish name") << "Alemania"
                                  << "DE";
    QTest::newRow("alpha-2 in lower case") << "de"
                                           << "DE";
    QTest::newRow("spaces around") << "  Germany "
                                   << "DE";
    QTest::newRow("official name") << "Federal Republic of Germany"
                                   << "DE";
    QTest::newRow("German name with umlaut, upper case") << "ÖSTERREICH"
                                                         << "AT";
    QTest::newRow("French name with accent") << "États-Unis"
                                             << "US";
    QTest::newRow("United States") << "United States"
                                   << "US";
    QTest::newRow("USA") << "USA"
                         << "US";
    QTest::newRow("United States of America") << "United States of America"
                                              << "US";
    QTest::newRow("UK") << "UK"
                        << "GB";
    QTest::newRow("Great Britain") << "Great Britain"
                                   << "GB";
    QTest::newRow("United Kingdom") << "United Kingdom"
                                    << "GB";
    QTest::newRow("iso-codes' formal name") << "Korea, Republic of"
                                            << "KR";
    QTest::newRow("common name") << "South Korea"
                                 << "KR";
    QTest::newRow("Switzerland in German") << "Schweiz"
                                           << "CH";
    QTest::newRow("Spain in Spanish") << "España"
                                      << "ES";
    QTest::newRow("Netherlands in Dutch") << "Nederland"
                                          << "NL";
    // ISO 3166-1 does not list Kosovo: kept as written, never dropped.
    QTest::newRow("a country the table does not know") << "Kosovo"
                                                       << "Kosovo";
    QTest::newRow("unknown text, trimmed") << " Atlantis "
                                           << "Atlantis";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCountries::key()
{
    QFETCH(QString, written);
    QFETCH(QString, key);
    QCOMPARE(core::countryKey(written), key);
}

// The importer's path: UTF-8 bytes, already trimmed (the spaces row is trimmed here as the importer does).
void TestCountries::keyOfBytes()
{
    QFETCH(QString, written);
    QFETCH(QString, key);
    const QByteArray bytes = written.trimmed().toUtf8();
    QCOMPARE(QString::fromUtf8(core::countryKey(QByteArrayView(bytes))), key);
    // Asked again (the answer of the line before is kept): the same.
    QCOMPARE(QString::fromUtf8(core::countryKey(QByteArrayView(bytes))), key);
}

void TestCountries::bytesKeepTheirOwnView()
{
    const QByteArray kosovo("Kosovo");
    const QByteArrayView kept = core::countryKey(QByteArrayView(kosovo));
    QCOMPARE(kept.data(), kosovo.constData()); // no copy: the importer's arena keeps the text
    const QByteArray germany("Germany");
    const QByteArrayView code = core::countryKey(QByteArrayView(germany));
    QCOMPARE(code, QByteArrayView("DE"));
    QVERIFY(code.data() != germany.constData());
}

void TestCountries::keysOfAList()
{
    // A filter saved before countries had keys: "Germany" and "DEU" select the one "DE".
    QCOMPARE(core::countryKeys({QStringLiteral("Germany"), QStringLiteral("DEU"), QStringLiteral("Kosovo")}),
             (QStringList{QStringLiteral("DE"), QStringLiteral("Kosovo")}));
}

void TestCountries::displayName_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shown");
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("German") << "DE" << german << "Deutschland";
    QTest::newRow("French") << "DE" << french << "Allemagne";
    QTest::newRow("Spanish") << "DE" << spanish << "Alemania";
    QTest::newRow("English") << "DE" << english << "Germany";
    QTest::newRow("a language without names: English") << "DE" << QLocale(QLocale::Italian) << "Germany";
    QTest::newRow("Swiss German") << "CH" << QLocale(QLocale::German, QLocale::Switzerland) << "Schweiz";
    QTest::newRow("common name in English") << "KR" << english << "South Korea";
    QTest::newRow("United States in French") << "US" << french << "États-Unis";
    // A workspace imported before countries had keys stored what the export wrote.
    QTest::newRow("stored legacy name") << "Germany" << german << "Deutschland";
    QTest::newRow("stored legacy alpha-3") << "DEU" << spanish << "Alemania";
    QTest::newRow("unknown to the table: as it is") << "Kosovo" << german << "Kosovo";
}

void TestCountries::displayName()
{
    QFETCH(QString, key);
    QFETCH(QLocale, locale);
    QFETCH(QString, shown);
    QCOMPARE(core::countryDisplayName(key, locale), shown);
}

void TestCountries::unknownCountryIsOneTranslatedWord()
{
    QCOMPARE(core::unknownCountryName(), QStringLiteral("Unknown country"));
    QCOMPARE(core::countryDisplayName(QString()), QStringLiteral("Unknown country"));
    GermanUnknownCountry german;
    QCoreApplication::installTranslator(&german);
    const QString name = core::unknownCountryName();
    const QString shown = core::countryDisplayName(QString(), QLocale(QLocale::German));
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(name, QStringLiteral("Unbekanntes Land"));
    QCOMPARE(shown, name);
}

QTEST_GUILESS_MAIN(TestCountries)
#include "tst_countries.moc"
