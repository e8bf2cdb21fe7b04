#include "core/analytics/kpi/Glossary.h"
#include "core/analytics/kpi/KpiCatalog.h"

#include <QRegularExpression>
#include <QTest>

// The abbreviations and formula letters in words (issue 17): found as whole words only, each once, in the
// glossary's order.
using namespace storelens::core::analytics;

class TestGlossary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsWholeWords_data();
    void findsWholeWords();
    void everyCatalogueAbbreviationIsSpelledOut();
};

void TestGlossary::findsWholeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("the retention formula")
        << QStringLiteral("(E − N) ÷ S")
        << QStringList{QStringLiteral("S"), QStringLiteral("E"), QStringLiteral("N")};
    QTest::newRow("a window's bounds")
        << QStringLiteral("S = customers with a sale line in [from − W, from − 1]")
        << QStringList{QStringLiteral("S"), QStringLiteral("W")};
    // The capital S of "Sales" and the pp inside "happy" are not abbreviations.
    QTest::newRow("letters inside words") << QStringLiteral("Sales were happy") << QStringList{};
    QTest::newRow("each once, in glossary order")
        << QStringLiteral("pp GMROI pp CLV : CAC")
        << QStringList{QStringLiteral("GMROI"), QStringLiteral("CAC"), QStringLiteral("CLV"),
                       QStringLiteral("pp")};
    QTest::newRow("case matters") << QStringLiteral("gmroi and Pp") << QStringList{};
}

void TestGlossary::findsWholeWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    QStringList got;
    for (const GlossaryEntry &entry : glossaryFor(text))
        got.append(entry.abbreviation);
    QCOMPARE(got, found);
    QCOMPARE(glossaryLine(text).isEmpty(), found.isEmpty());
}

// Every abbreviation the KPI labels and formulas use has its words (GMROI, CLV, CAC, COGS, APV, S, E, N,
// ...).
void TestGlossary::everyCatalogueAbbreviationIsSpelledOut()
{
    QStringList known;
    for (const GlossaryEntry &entry : glossary()) {
        known.append(entry.abbreviation);
        QVERIFY2(!entry.meaning.isEmpty(), qPrintable(entry.abbreviation));
    }
    static const QRegularExpression allCaps(QStringLiteral("\\b[A-Z]{1,5}\\b"));
    for (const KpiDefinition &d : kKpiCatalog) {
        const QString text = kpiLabel(d.id) + QLatin1Char(' ') + kpiFormula(d.id);
        for (auto it = allCaps.globalMatch(text); it.hasNext();) {
            const QString word = it.next().captured();
            QVERIFY2(known.contains(word), qPrintable(QStringLiteral("%1 in %2").arg(word, text)));
        }
    }
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
