// Trial 15: under a German UI `storelens import` wrote "Dates: 01.10.2025 to 30.11.2026; orders 1.200; gross
// sales …" and `storelens kpi` "1,7 pp" where the screens write "1,7 Pp.". With the shipped German
// translation (storelens_de.qm, compiled for the test) and the German locale, as main() sets them from the
// language setting, no line of their output is the English one any more.
#include "CliRunner.h"
#include "common/ImportFiles.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using storelens::test::importFixture;
using storelens::test::runCli;

namespace {

// squarespace_orders_discounts.csv (tests/core/import/tst_squarespace.cpp): four orders from 20 to 25 Nov
// 2026, 1004 refunded on 27 Nov; shipping left out, each order's Discount Amount spread over its lines.
const QString Fixture = QStringLiteral("squarespace_orders_discounts.csv");

// The lines of the output that carry words (not a blank line or a number alone).
QStringList wordLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.count(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))) >= 2)
            lines << line;
    }
    return lines;
}

} // namespace

class TestCliGerman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void importSummaryIsGerman();
    void kpiWritesPercentagePointsAsTheScreensDo();
    void sourceNamesInGerman();

private:
    QString run(const QStringList &args, bool german);
    QTemporaryDir m_dir;
    QTranslator m_german;
    int m_workspaces = 0;
};

void TestCliGerman::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_german.load(QStringLiteral(":/i18n/storelens_de.qm")));
}

void TestCliGerman::cleanup()
{
    QCoreApplication::removeTranslator(&m_german);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// The command's standard output and error, in German or in English.
QString TestCliGerman::run(const QStringList &args, bool german)
{
    QCoreApplication::removeTranslator(&m_german);
    QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany)
                               : QLocale(QLocale::English, QLocale::UnitedStates));
    if (german)
        QCoreApplication::installTranslator(&m_german);
    QString out;
    QString err;
    const int status = runCli(args, &out, &err);
    if (status != 0)
        qWarning("exit %d: %s", status, qPrintable(out + err));
    return out + err;
}

// Every sentence of the summary is the German one: the dates and totals line as the wizard's last page says
// them, the shipping left out, the order discounts spread, the source and the data quality.
void TestCliGerman::importSummaryIsGerman()
{
    const auto import = [this](bool german) {
        const QString ws = m_dir.filePath(QStringLiteral("ws%1.storelens").arg(++m_workspaces));
        return run({QStringLiteral("import"), importFixture(Fixture), QStringLiteral("--workspace"), ws},
                   german);
    };
    const QString english = import(false);
    const QString german = import(true);
    QVERIFY2(english.contains(QStringLiteral("Dates: 11/20/2026 to 11/27/2026; orders 4;")),
             qPrintable(english));
    QVERIFY2(german.contains(QStringLiteral("Datumsangaben: 20.11.2026 bis 27.11.2026; Bestellungen 4;")),
             qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral(
                 "Versandkosten (Shipping) wurden ausgelassen: Versandkosten sind kein Umsatz.")),
             qPrintable(german));
    const QStringList lines = wordLines(english);
    QVERIFY(lines.size() >= 5);
    for (const QString &line : lines)
        QVERIFY2(!german.contains(line), qPrintable(QStringLiteral("English left: ") + line + QLatin1Char('\n') + german));
}

// From 24 to 27 Nov 2026 the return rate is 18.00 ÷ (14.50 + 20.00) = 52.2 %, against 0 in the four days
// before (1001 and 1002, no return): +52.2 percentage points, "52,2 Pp." in German as on the screens, and the
// abbreviation explained in German.
void TestCliGerman::kpiWritesPercentagePointsAsTheScreensDo()
{
    const QString ws = m_dir.filePath(QStringLiteral("kpi.storelens"));
    run({QStringLiteral("import"), importFixture(Fixture), QStringLiteral("--workspace"), ws}, false);
    const QStringList kpi{QStringLiteral("kpi"),       QStringLiteral("--workspace"), ws,
                          QStringLiteral("--from"),    QStringLiteral("2026-11-24"),  QStringLiteral("--to"),
                          QStringLiteral("2026-11-27")};
    const QString english = run(kpi, false);
    QVERIFY2(english.contains(QStringLiteral("52.2 pp")), qPrintable(english));
    const QString german = run(kpi, true);
    QVERIFY2(german.contains(QStringLiteral("52,2 Pp.")), qPrintable(german));
    QVERIFY2(!german.contains(QStringLiteral(" pp")), qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("Pp: Prozentpunkte")), qPrintable(german));
}

// A till file's default source is stored as "Till" and read "Kasse" in German; "--source Kasse" typed in
// German is that source, so the second import finds its lines unchanged (kasse_de_summe.csv: receipts 42 to
// 44, 5 lines) and the workspace keeps one source.
void TestCliGerman::sourceNamesInGerman()
{
    const QString ws = m_dir.filePath(QStringLiteral("till.storelens"));
    const QString till = importFixture(QStringLiteral("kasse_de_summe.csv"));
    const QString english = run({QStringLiteral("import"), till, QStringLiteral("--workspace"), ws}, false);
    QVERIFY2(english.contains(QStringLiteral("Source \"Till\": lines added 5")), qPrintable(english));
    const QString german = run({QStringLiteral("import"), till, QStringLiteral("--workspace"), ws,
                                QStringLiteral("--source"), QStringLiteral("Kasse")},
                               true);
    QVERIFY2(german.contains(QStringLiteral("Quelle „Kasse“: Zeilen hinzugefügt 0")), qPrintable(german));
    const QString info = run({QStringLiteral("info"), QStringLiteral("--workspace"), ws}, false);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("\nSources +1\n"))), qPrintable(info));
}

QTEST_GUILESS_MAIN(TestCliGerman)
#include "tst_cligerman.moc"
