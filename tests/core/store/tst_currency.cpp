#include "core/session/WorkspaceSession.h"
#include "core/store/Currency.h"
#include "core/store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

// The workspace's currency (issue 17, item 8): guessed from an export's symbols and codes, stored in the
// workspace settings through the session's write queue, and written the way the locale writes money.
using namespace storelens::core;

class TestCurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guessFromSymbols_data();
    void guessFromSymbols();
    void formatsWithTheLocale_data();
    void formatsWithTheLocale();
    void cLocaleWritesTheSymbolFirst();
    void changePersists();
    void rejectsWhatIsNotACode();
};

void TestCurrency::guessFromSymbols_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("currency");
    QTest::newRow("euro signs in UTF-8") << QByteArray("id,price\n1,\xE2\x82\xAC"
                                                       "3.00\n2,4,50 \xE2\x82\xAC\n")
                                         << QStringLiteral("EUR");
    QTest::newRow("codes after the amount")
        << QByteArray("1,12.50 GBP\n2,3.00 GBP\n") << QStringLiteral("GBP");
    QTest::newRow("Latin-1 pound sign") << QByteArray("1;\xA3"
                                                      "3.00\n")
                                        << QStringLiteral("GBP");
    // A German till's Windows-1252 export: "Rabatt \x80" in the header is the euro sign.
    QTest::newRow("Windows-1252 euro sign")
        << QByteArray("Menge;Rabatt \x80;Gesamt\n1;0,28;2,52\n") << QStringLiteral("EUR");
    QTest::newRow("dollar sign") << QByteArray("1,$4.50\n2,$1.00\n") << QStringLiteral("USD");
    // "A$" is the Australian dollar, not the US one; "CA$" the Canadian.
    QTest::newRow("prefixed dollars") << QByteArray("1,A$4.50\n2,A$1.00\n3,CA$2\n") << QStringLiteral("AUD");
    // Two euro amounts and two dollar amounts: neither is written at least twice as often as the other.
    QTest::newRow("no clear leader") << QByteArray("1,\xE2\x82\xAC"
                                                   "3\n2,\xE2\x82\xAC"
                                                   "4\n3,$1\n4,$2\n")
                                     << QString();
    // Three against one is a clear lead.
    QTest::newRow("a clear leader") << QByteArray("EUR 1\nEUR 2\nEUR 3\nUSD 4\n") << QStringLiteral("EUR");
    QTest::newRow("no currency at all") << QByteArray("1,3.00\n2,4.50\n") << QString();
    // Letters around a code make a word, and "ã" (C3 A3 in UTF-8) holds the byte of a Latin-1 pound sign.
    QTest::newRow("words are not codes") << QByteArray("EUROPE,EURO,USDA\n") << QString();
    QTest::newRow("a UTF-8 letter is not a pound sign") << QByteArray("S\xC3\xA3o Paulo\n") << QString();
    QTest::newRow("nor a euro sign") << QByteArray("\xC3\x80 la carte\n") << QString();
}

void TestCurrency::guessFromSymbols()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, currency);
    QCOMPARE(guessCurrency(text), currency);
}

void TestCurrency::formatsWithTheLocale_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("euro in Germany") << QStringLiteral("EUR") << QLocale(QLocale::German, QLocale::Germany)
                                     << QStringLiteral("€");
    QTest::newRow("pound in the US") << QStringLiteral("GBP")
                                     << QLocale(QLocale::English, QLocale::UnitedStates)
                                     << QStringLiteral("£");
    QTest::newRow("franc by its code")
        << QStringLiteral("CHF") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("CHF");
}

void TestCurrency::formatsWithTheLocale()
{
    QFETCH(QString, code);
    QFETCH(QLocale, locale);
    QFETCH(QString, symbol);
    QCOMPARE(currencySymbol(code, locale), symbol);
    const QString text = formatCurrency(1234.5, code, locale);
    QVERIFY2(text.contains(symbol), qPrintable(text));
    QVERIFY2(text.contains(locale.toString(1234.5, 'f', 2)), qPrintable(text));
    // No currency: the plain number.
    QCOMPARE(formatCurrency(1234.5, QString(), locale), locale.toString(1234.5, 'f', 2));
}

// The C locale (a bare system, no LANG) has no money format: the symbol goes first, as in English, never
// "10,460.98$"; a code stands apart from the number; the sign leads.
void TestCurrency::cLocaleWritesTheSymbolFirst()
{
    const QLocale c = QLocale::c();
    const QString number = c.toString(10460.98, 'f', 2);
    QCOMPARE(formatCurrency(10460.98, QStringLiteral("USD"), c), QStringLiteral("$") + number);
    QCOMPARE(formatCurrency(-5, QStringLiteral("EUR"), c), QStringLiteral("-€") + c.toString(5.0, 'f', 2));
    QCOMPARE(formatCurrency(12, QStringLiteral("CHF"), c, 0), QStringLiteral("CHF 12"));
    QCOMPARE(formatCurrency(-0.001, QStringLiteral("USD"), c), QStringLiteral("$0.00"));
}

// Saved through the session's write queue, the currency is what a new session reads.
void TestCurrency::changePersists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.storelens"));
    QVERIFY(Workspace::open(path).ok());
    {
        session::WorkspaceSession session(path);
        QCOMPARE(session.settings().value()->currency, QString());
        QVERIFY(session.saveCurrency(QStringLiteral("GBP")).result().ok());
        QCOMPARE(session.settings().value()->currency, QStringLiteral("GBP"));
    }
    session::WorkspaceSession reopened(path);
    QCOMPARE(reopened.settings().value()->currency, QStringLiteral("GBP"));
    QVERIFY(reopened.saveCurrency(QString()).result().ok()); // none: plain numbers
    QCOMPARE(reopened.settings().value()->currency, QString());
}

void TestCurrency::rejectsWhatIsNotACode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.storelens"));
    QVERIFY(Workspace::open(path).ok());
    session::WorkspaceSession session(path);
    const auto saved = session.saveCurrency(QStringLiteral("euro")).result();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), ErrorCode::InvalidValue);
    QCOMPARE(session.settings().value()->currency, QString());
}

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"
