#include "core/analytics/kpi/Glossary.h"
#include "core/analytics/kpi/KpiCatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

// The abbreviations and formula letters in words (issue 17): found as whole words only, each once, in the
// glossary's order.
using namespace storelens::core::analytics;

class TestGlossary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsWholeWords_data();
    void findsWholeWords();
    void everyCatalogueAbbreviationIsSpelledOut_data();
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

void TestGlossary::everyCatalogueAbbreviationIsSpelledOut_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

// Every abbreviation the KPI labels and formulas use has its words (GMROI, CLV, CAC, COGS, APV, S, E, N,
// ...), in every shipped language, and a translated formula is explained with the translated letters: the
// German "(B − R) ÷ Artikel" must find B = Bruttoumsatz and R = Rabatte, not the English R = returns.
void TestGlossary::everyCatalogueAbbreviationIsSpelledOut()
{
    QFETCH(QString, language);
    QStringList english;
    for (const GlossaryEntry &entry : glossary())
        english.append(entry.abbreviation);
    std::vector<QList<qsizetype>> englishLetters; // per KPI, the glossary positions its English text uses
    for (const KpiDefinition &d : kKpiCatalog) {
        englishLetters.emplace_back();
        for (const GlossaryEntry &entry : glossaryFor(kpiLabel(d.id) + QLatin1Char(' ') + kpiFormula(d.id)))
            englishLetters.back().append(english.indexOf(entry.abbreviation));
    }

    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/storelens_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    QStringList known;
    for (const GlossaryEntry &entry : glossary()) {
        known.append(entry.abbreviation);
        QVERIFY2(!entry.meaning.isEmpty(), qPrintable(entry.abbreviation));
    }
    QCOMPARE(known.size(), english.size());
    QCOMPARE(QSet<QString>(known.begin(), known.end()).size(), known.size()); // one meaning per letter
    static const QRegularExpression allCaps(QStringLiteral("\\b\\p{Lu}{1,5}\\b"));
    for (size_t k = 0; k < std::size(kKpiCatalog); ++k) {
        const KpiId id = kKpiCatalog[k].id;
        const QString text = kpiLabel(id) + QLatin1Char(' ') + kpiFormula(id);
        QStringList found;
        for (const GlossaryEntry &entry : glossaryFor(text))
            found.append(entry.abbreviation);
        for (auto it = allCaps.globalMatch(text); it.hasNext();) {
            const QString word = it.next().captured();
            QVERIFY2(known.contains(word), qPrintable(QStringLiteral("%1 in %2").arg(word, text)));
        }
        // Each letter of the English formula has its translated letter in the translated formula.
        for (qsizetype i : englishLetters[k]) {
            QVERIFY2(found.contains(known.at(i)),
                     qPrintable(QStringLiteral("%1 (%2) not in %3").arg(known.at(i), english.at(i), text)));
        }
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
