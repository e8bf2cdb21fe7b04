// Trial 16: 18 people gave the till only their phone number, which the web shop has too, written with its
// country code and spaces. A phone number keys a person by its digits within its country (PhoneKey.h).

#include "core/import/PhoneKey.h"

#include <QTest>

using namespace storelens::core;

class TestPhoneKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void key_data();
    void key();
    void countryCodes_data();
    void countryCodes();
};

void TestPhoneKey::key_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("key");
    // The till's and the web shop's way of writing one Spanish mobile number.
    QTest::newRow("till, digits only") << QByteArray("672536075") << QByteArray("672536075");
    QTest::newRow("web shop, +34 and spaces") << QByteArray("+34 672 536 075") << QByteArray("672536075");
    QTest::newRow("00 instead of +") << QByteArray("0034 672-53-60-75") << QByteArray("672536075");
    QTest::newRow("dots and brackets") << QByteArray(" (672) 53.60.75 ") << QByteArray("672536075");
    // A trunk prefix 0 goes, in the national and in the international form with "(0)".
    QTest::newRow("Berlin, national") << QByteArray("030 1234567") << QByteArray("301234567");
    QTest::newRow("Berlin, international") << QByteArray("+49 30 1234567") << QByteArray("301234567");
    QTest::newRow("Berlin, (0) kept") << QByteArray("+49 (0)30 1234567") << QByteArray("301234567");
    QTest::newRow("France, national") << QByteArray("06 12 34 56 78") << QByteArray("612345678");
    QTest::newRow("France, international") << QByteArray("+33 6 12 34 56 78") << QByteArray("612345678");
    // A one-digit code (North America) and a three-digit code (Portugal, 351).
    QTest::newRow("United States") << QByteArray("+1 (415) 555-0132") << QByteArray("4155550132");
    QTest::newRow("Portugal") << QByteArray("+351 912 345 678") << QByteArray("912345678");
    // Nothing to key a person by.
    QTest::newRow("empty") << QByteArray("") << QByteArray();
    QTest::newRow("six digits") << QByteArray("961 234") << QByteArray();
    QTest::newRow("country code and six digits") << QByteArray("+34 961 234") << QByteArray();
    QTest::newRow("zeros") << QByteArray("000 000 000") << QByteArray();
    QTest::newRow("two numbers in one cell")
        << QByteArray("672536075 / 961234567 / 600111222") << QByteArray();
    QTest::newRow("an extension") << QByteArray("961 234 567 ext. 12") << QByteArray();
    QTest::newRow("a word") << QByteArray("ninguno") << QByteArray();
    QTest::newRow("a plus in the middle") << QByteArray("672+536075") << QByteArray();
}

void TestPhoneKey::key()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, key);
    QCOMPARE(phoneKey(written), key);
}

void TestPhoneKey::countryCodes_data()
{
    QTest::addColumn<QByteArray>("digits");
    QTest::addColumn<int>("length");
    QTest::newRow("1 North America") << QByteArray("14155550132") << 1;
    QTest::newRow("7 Russia") << QByteArray("74951234567") << 1;
    QTest::newRow("20 Egypt") << QByteArray("201001234567") << 2;
    QTest::newRow("34 Spain") << QByteArray("34672536075") << 2;
    QTest::newRow("351 Portugal") << QByteArray("351912345678") << 3;
    QTest::newRow("44 United Kingdom") << QByteArray("447700900123") << 2;
    QTest::newRow("420 Czechia") << QByteArray("420601234567") << 3;
    QTest::newRow("49 Germany") << QByteArray("49301234567") << 2;
    QTest::newRow("52 Mexico") << QByteArray("525512345678") << 2;
    QTest::newRow("598 Uruguay") << QByteArray("59894123456") << 3;
    QTest::newRow("55 Brazil") << QByteArray("5511912345678") << 2;
    QTest::newRow("971 United Arab Emirates") << QByteArray("971501234567") << 3;
}

void TestPhoneKey::countryCodes()
{
    QFETCH(QByteArray, digits);
    QFETCH(int, length);
    QCOMPARE(countryCodeLength(digits), length);
}

QTEST_GUILESS_MAIN(TestPhoneKey)
#include "tst_phonekey.moc"
