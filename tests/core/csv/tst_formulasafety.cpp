#include "core/csv/FormulaSafety.h"

#include <QTest>

using namespace storelens::core::csv;

// neutraliseFormula(): the one function every CSV StoreLens writes goes through (CsvWriter).
class TestFormulaSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neutraliseFormula_data();
    void neutraliseFormula();
};

void TestFormulaSafety::neutraliseFormula_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    // ---- formulas: an apostrophe in front ----
    QTest::newRow("equals") << s(u"=SUM(A1:A2)") << s(u"'=SUM(A1:A2)");
    QTest::newRow("equals alone") << s(u"=") << s(u"'=");
    QTest::newRow("plus command") << s(u"+cmd|' /C calc'!A0") << s(u"'+cmd|' /C calc'!A0");
    QTest::newRow("minus expression") << s(u"-2+3") << s(u"'-2+3");
    QTest::newRow("minus alone") << s(u"-") << s(u"'-");
    QTest::newRow("plus alone") << s(u"+") << s(u"'+");
    QTest::newRow("minus then letters") << s(u"-abc") << s(u"'-abc");
    QTest::newRow("number then formula") << s(u"-1+A1") << s(u"'-1+A1");
    QTest::newRow("exponent without digits") << s(u"-1e") << s(u"'-1e");
    QTest::newRow("two separators") << s(u"-1.2.3") << s(u"'-1.2.3");
    QTest::newRow("at") << s(u"@SUM(1)") << s(u"'@SUM(1)");
    QTest::newRow("tab") << s(u"\tx") << s(u"'\tx");
    QTest::newRow("carriage return") << s(u"\r=1") << s(u"'\r=1");
    QTest::newRow("full-width equals") << s(u"\uFF1DSUM(A1)") << s(u"'\uFF1DSUM(A1)");
    QTest::newRow("full-width plus") << s(u"\uFF0B1") << s(u"'\uFF0B1");
    QTest::newRow("full-width minus before a number") << s(u"\uFF0D12") << s(u"'\uFF0D12");
    QTest::newRow("full-width at") << s(u"\uFF20A1") << s(u"'\uFF20A1");
    // ---- numbers and harmless text: unchanged ----
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("negative decimal") << s(u"-12.5") << s(u"-12.5");
    QTest::newRow("signed integer") << s(u"+3") << s(u"+3");
    QTest::newRow("negative exponent") << s(u"-1.5e-3") << s(u"-1.5e-3");
    QTest::newRow("negative comma decimal") << s(u"-0,5") << s(u"-0,5");
    QTest::newRow("negative without leading digit") << s(u"-.5") << s(u"-.5");
    QTest::newRow("plain text") << s(u"Crème brûlée") << s(u"Crème brûlée");
    QTest::newRow("equals inside") << s(u"a=b") << s(u"a=b");
    QTest::newRow("at inside an e-mail address") << s(u"ann@example.com") << s(u"ann@example.com");
    QTest::newRow("space before equals") << s(u" =1") << s(u" =1");
    QTest::newRow("apostrophe already") << s(u"'=1") << s(u"'=1");
    QTest::newRow("full-width digit") << s(u"\uFF11") << s(u"\uFF11");
}

void TestFormulaSafety::neutraliseFormula()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(storelens::core::csv::neutraliseFormula(cell), expected);
    QCOMPARE(looksLikeFormula(cell), expected != cell);
}

QTEST_GUILESS_MAIN(TestFormulaSafety)
#include "tst_formulasafety.moc"
