// The sample store's currency (trial 15: the German window showed the sample in "£"): pounds in English, the
// Bristol shop's own; in German, French and Spanish the locale's currency, "€" in Germany, France and Spain.
#include "core/sample/SampleWorkspace.h"
#include "core/store/Currency.h"
#include "core/store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core;

class TestSampleCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyOfTheLanguage_data();
    void currencyOfTheLanguage();
    void workspaceTakesIt();
};

void TestSampleCurrency::currencyOfTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("currency");
    QTest::newRow("C (no language)") << QLocale::c() << "GBP";
    QTest::newRow("English, United Kingdom") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "GBP";
    QTest::newRow("English, United States") << QLocale(QLocale::English, QLocale::UnitedStates) << "GBP";
    QTest::newRow("German, Germany") << QLocale(QLocale::German, QLocale::Germany) << "EUR";
    QTest::newRow("German, Austria") << QLocale(QLocale::German, QLocale::Austria) << "EUR";
    QTest::newRow("German, Switzerland") << QLocale(QLocale::German, QLocale::Switzerland) << "CHF";
    QTest::newRow("French, France") << QLocale(QLocale::French, QLocale::France) << "EUR";
    QTest::newRow("Spanish, Spain") << QLocale(QLocale::Spanish, QLocale::Spain) << "EUR";
}

void TestSampleCurrency::currencyOfTheLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, currency);
    QCOMPARE(sampleCurrency(locale), currency);
}

// The workspace the German window makes for the sample is in euros; a currency set before stays.
void TestSampleCurrency::workspaceTakesIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SampleOptions options;
    options.customers = 60;
    options.years = 1;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = dir.filePath(QStringLiteral("beispiel.storelens"));
    const bool written = writeSampleWorkspace(german, options).ok();
    const QString chosen = dir.filePath(QStringLiteral("chosen.storelens"));
    bool chosenSet = false;
    {
        auto ws = Workspace::open(chosen, true);
        Connection c(chosen);
        chosenSet = ws.ok() && c.isOpen() && setWorkspaceCurrency(c.db(), QStringLiteral("USD")).ok();
    }
    const bool chosenWritten = writeSampleWorkspace(chosen, options).ok();
    QLocale::setDefault(QLocale::c());
    QVERIFY(written && chosenSet && chosenWritten);
    Connection c(german);
    QCOMPARE(workspaceCurrency(c.db()), QStringLiteral("EUR"));
    Connection d(chosen);
    QCOMPARE(workspaceCurrency(d.db()), QStringLiteral("USD"));
}

QTEST_GUILESS_MAIN(TestSampleCurrency)
#include "tst_samplecurrency.moc"
