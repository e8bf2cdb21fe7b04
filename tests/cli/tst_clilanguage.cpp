// The command line in German (issue 18, a German new-user trial): the human-readable output (tables,
// sentences,
// --help) writes numbers, money, percentages and dates as the language does and translates its titles, while
// CSV stays machine-readable. The language is set explicitly, as main() does from the language setting or
// LANG: QLocale::setDefault() and a translator (a few German texts of storelens_de.qm), never the system's
// locales.
#include "CliRunner.h"
#include "common/ImportFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using storelens::test::runCli;
using storelens::test::writeExport;

namespace {

// German texts as storelens_de.qm gives them, for the strings the checks read.
class GermanCliTexts : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> texts{
            {QStringLiteral("Order ids (incl. return-only)"),
             QStringLiteral("Bestellnummern (inkl. reiner Retouren)")},
            {QStringLiteral("First day"), QStringLiteral("Erster Tag")},
            {QStringLiteral("Gross sales"), QStringLiteral("Bruttoumsatz")},
            {QStringLiteral("Store"), QStringLiteral("Filiale")},
            {QStringLiteral("file"), QStringLiteral("Datei")},
            {QStringLiteral("The CSV file to import."), QStringLiteral("Die zu importierende CSV-Datei.")},
            {QStringLiteral("Period: %1 to %2"), QStringLiteral("Zeitraum: %1 bis %2")},
        };
        if (QLatin1String(context) != QLatin1String("storelens::cli"))
            return {};
        return texts.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

// A till export worked by hand: 5.00 on 1 Sep 2026 and 1,234.50 on 5 Oct 2026 (customer C1), 2 × 10.25 on 30
// Nov 2026 (C2). Gross = net = 1,260.00; C1 1,239.50 in 2 orders, C2 20.50.
const QByteArray kTill = "Receipt No,Date,Item Code,Description,Qty,Unit Price,Customer\n"
                         "1,2026-09-01,A,Cake,1,5.00,C1\n"
                         "2,2026-10-05,A,Cake,1,1234.50,C1\n"
                         "3,2026-11-30,B,Bread,2,10.25,C2\n";

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void infoAlignsLongGermanLabels();
    void infoAlignsInEnglish();
    void kpiDatesAndNumbersInGerman();
    void explainTitlesAndNumbersInGerman();
    void segmentsTablesInGerman();
    void memberCsvStaysMachineReadable();
    void importHelpNamesItsArgumentInGerman();

private:
    void useGerman();
    void useEnglish();
    QString m_workspace;
    QTemporaryDir m_dir;
    GermanCliTexts m_german;
    bool m_installed = false;
};

void TestCliLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString till = m_dir.filePath(QStringLiteral("till.csv"));
    QVERIFY(writeExport(till, kTill));
    m_workspace = m_dir.filePath(QStringLiteral("till.storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), till, QStringLiteral("--workspace"), m_workspace}, &out, &err),
             0);
}

void TestCliLanguage::cleanupTestCase()
{
    useEnglish();
}

void TestCliLanguage::useGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    if (!m_installed)
        QCoreApplication::installTranslator(&m_german);
    m_installed = true;
}

void TestCliLanguage::useEnglish()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (m_installed)
        QCoreApplication::removeTranslator(&m_german);
    m_installed = false;
}

// Every value starts in one column, at least two spaces after the longest label: the German "Bestellnummern
// (inkl. reiner Retouren)" (38 characters) ran into its value ("…Retouren)3").
void TestCliLanguage::infoAlignsLongGermanLabels()
{
    useGerman();
    QString out;
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--workspace"), m_workspace}, &out), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString longest = QStringLiteral("Bestellnummern (inkl. reiner Retouren)");
    const qsizetype valueColumn = longest.size() + 2;
    bool seen = false;
    for (const QString &line : lines) {
        QVERIFY2(line.size() > valueColumn, qPrintable(line));
        QVERIFY2(line.at(valueColumn - 1) == QLatin1Char(' ') &&
                     line.at(valueColumn - 2) == QLatin1Char(' ') && line.at(valueColumn) != QLatin1Char(' '),
                 qPrintable(line));
        seen = seen || line.startsWith(longest);
    }
    QVERIFY(seen);
    QVERIFY2(out.contains(
                 QRegularExpression(QStringLiteral("\nBestellnummern \\(inkl\\. reiner Retouren\\)  3\n"))),
             qPrintable(out));
    // 3 receipts; first day 1 Sep 2026; gross 5.00 + 1,234.50 + 20.50 = 1,260.00, German style.
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\nErster Tag +01\\.09\\.2026\n"))),
             qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\nBruttoumsatz +1\\.260,00( EUR)?\n"))),
             qPrintable(out));
}

void TestCliLanguage::infoAlignsInEnglish()
{
    useEnglish();
    QString out;
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--workspace"), m_workspace}, &out), 0);
    // "Buying customers (with a sale)" (30 characters) is the longest English label.
    const qsizetype valueColumn = QStringLiteral("Buying customers (with a sale)").size() + 2;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(line.size() > valueColumn && line.at(valueColumn - 1) == QLatin1Char(' ') &&
                     line.at(valueColumn) != QLatin1Char(' '),
                 qPrintable(line));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\nFirst day +9/1/2026\n"))), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\nGross sales +1,260\\.00( [A-Z]{3})?\n"))),
             qPrintable(out));
}

// The dates of the period line as German writes them, not ISO; money with a decimal comma.
void TestCliLanguage::kpiDatesAndNumbersInGerman()
{
    useGerman();
    QString out;
    QCOMPARE(
        runCli({QStringLiteral("kpi"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--from"),
                QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")},
               &out),
        0);
    QVERIFY2(out.startsWith(QStringLiteral("Zeitraum: 01.10.2026 bis 30.11.2026")), qPrintable(out));
    // Net sales of October and November: 1,234.50 + 20.50 = 1,255.00.
    QVERIFY2(out.contains(QStringLiteral("1.255,00")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("1255.00")), qPrintable(out));
}

// explain's table titles its dimensions in German ("Filiale", not the key "store") and writes the amounts
// with a decimal comma.
void TestCliLanguage::explainTitlesAndNumbersInGerman()
{
    useGerman();
    QString out;
    QCOMPARE(runCli({QStringLiteral("explain"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--by"), QStringLiteral("store")},
                    &out),
             0);
    // November 20.50 against the 30 days before (2 Oct - 31 Oct 2026): 1,234.50; change -1,214.00.
    QVERIFY2(out.startsWith(QStringLiteral("Zeitraum: 01.11.2026 bis 30.11.2026")), qPrintable(out));
    const QStringList lines = out.split(QLatin1Char('\n'));
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QStringLiteral("Filiale ")))
            header = i;
        QVERIFY2(!lines.at(i).startsWith(QStringLiteral("store ")), qPrintable(out));
    }
    QVERIFY2(header >= 0 && header + 1 < lines.size(), qPrintable(out));
    const QString member = lines.at(header + 1);
    QVERIFY2(member.contains(QRegularExpression(QStringLiteral(" 1\\.234,50 +20,50 .* -1\\.214,00$"))),
             qPrintable(out));
}

// The segment tables: shares, money and the as-of date in German; the member table with German dates and
// translated stage names, not the CSV's keys.
void TestCliLanguage::segmentsTablesInGerman()
{
    useGerman();
    QString out;
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace}, &out), 0);
    // 2 customers as of 30 Nov 2026, net sales 1,260.00.
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("30\\.11\\.2026.*1\\.260,00"))), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("2026-11-30")) && !out.contains(QStringLiteral("1260.00")),
             qPrintable(out));
    // C2 is new (first purchase on the as-of date), C1 active (last purchase 56 days before it, METRICS.md
    // section 6): each stage holds half of the customers.
    QVERIFY2(out.contains(QStringLiteral("50,0 %")), qPrintable(out));

    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--segment"), QStringLiteral("new"), QStringLiteral("--members")},
                    &out),
             0);
    // C2: first and last purchase 30 Nov 2026, 1 order, 20.50; new, and the lower value tier of the two.
    QVERIFY2(
        out.contains(QRegularExpression(QStringLiteral("\nC2 .* 30\\.11\\.2026 +30\\.11\\.2026 +1 +20,50 "))),
        qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\nC2 .* New +Low value\n"))), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("\tnew")) && !out.contains(QStringLiteral("customer_id")),
             qPrintable(out));
}

// The member CSV stays machine-readable in German: keys, ISO dates, '.' decimals without grouping.
void TestCliLanguage::memberCsvStaysMachineReadable()
{
    useGerman();
    const QString path = m_dir.filePath(QStringLiteral("active.csv"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--segment"), QStringLiteral("active"), QStringLiteral("--export"), path,
                     QStringLiteral("--include-without-consent"), QStringLiteral("--columns"),
                     QStringLiteral("customer_id,first_purchase,orders,net_sales,lifecycle")},
                    &out, &err),
             0);
    // Nobody was left out: the message does not count "0 without email consent".
    QVERIFY2(!err.contains(QStringLiteral("consent")), qPrintable(err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // C1, the active customer: first purchase 1 Sep 2026, 2 orders, 5.00 + 1,234.50.
    QCOMPARE(text, QStringLiteral("customer_id,first_purchase,orders,net_sales,lifecycle\r\n"
                                  "C1,2026-09-01,2,1239.50,active\r\n"));
}

// `storelens import --help` in German: the usage line names the command and its translated argument
// ("… import [Optionen] Datei"), and the argument's description is translated.
void TestCliLanguage::importHelpNamesItsArgumentInGerman()
{
    useGerman();
    QString out;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--help")}, &out), 0);
    const QString usage = out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(usage.contains(QRegularExpression(QStringLiteral(" import \\S+ Datei$"))), qPrintable(usage));
    QVERIFY2(
        out.contains(QRegularExpression(QStringLiteral("\n +Datei +Die zu importierende\\s+CSV-Datei\\."))),
        qPrintable(out));
    QVERIFY2(!usage.contains(QStringLiteral("file")), qPrintable(usage));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
