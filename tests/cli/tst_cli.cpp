#include "cli/CliCommand.h"
#include "cli/ReportCommand.h"
#include "core/model/EnglishPlurals.h"
#include "core/store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace storelens;
using namespace storelens::cli;

Q_DECLARE_METATYPE(std::optional<QStringList>)

namespace {

// The core commands plus `report` over a writer that only records what it was asked for.
struct Commands
{
    CommandList list = coreCommands();
    std::optional<ReportRequest> request;
    int writes = 0;

    Commands()
    {
        ReportWriter writer;
        writer.sectionKeys = {QStringLiteral("kpis"), QStringLiteral("trends"), QStringLiteral("appendix")};
        writer.write = [this](const ReportRequest &r) -> core::Result<ReportWritten> {
            request = r;
            ++writes;
            return ReportWritten{r.outputPath, 3, 12};
        };
        list.push_back(makeReportCommand(writer));
    }

    int run(const QStringList &arguments, QString *out, QString *err)
    {
        QTextStream outStream(out);
        QTextStream errStream(err);
        CliStreams io{outStream, errStream};
        const int status = runCli(QStringList{QStringLiteral("storelens")} + arguments, list, io);
        outStream.flush();
        errStream.flush();
        return status;
    }
};

} // namespace

// The front end: which argument lists run the command line, how an unknown command is refused, and how
// `storelens report` reads its options before it hands them to the PDF writer the application gives it.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void isCliInvocation_data();
    void isCliInvocation();
    void editDistance_data();
    void editDistance();
    void unknownCommand_data();
    void unknownCommand();
    void misspeltExplainIsRefused();
    void reportOptions_data();
    void reportOptions();
    void reportRejectsBadOptions_data();
    void reportRejectsBadOptions();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::installEnglishPlurals(); // as main() does (ui::installTranslators)
    m_workspace = m_dir.filePath(QStringLiteral("shop.storelens"));
    QVERIFY(core::Workspace::open(m_workspace).ok());
}

void TestCli::isCliInvocation_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the program name; EXISTING stands for a real file
    QTest::addColumn<bool>("cli");
    QTest::newRow("nothing: the application") << QStringList() << false;
    QTest::newRow("a workspace to open") << QStringList{QStringLiteral("shop.storelens")} << false;
    QTest::newRow("a workspace, upper case") << QStringList{QStringLiteral("SHOP.STORELENS")} << false;
    QTest::newRow("Qt's -platform option")
        << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")} << false;
    QTest::newRow("an existing file") << QStringList{QStringLiteral("EXISTING")} << false;
    QTest::newRow("a command") << QStringList{QStringLiteral("kpi"), QStringLiteral("--help")} << true;
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << true;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << true;
    QTest::newRow("a misspelt command") << QStringList{QStringLiteral("explian")} << true;
    QTest::newRow("a command word that is no command") << QStringList{QStringLiteral("kpis")} << true;
}

void TestCli::isCliInvocation()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, cli);
    arguments.replaceInStrings(QStringLiteral("EXISTING"), m_workspace);
    const Commands commands;
    QCOMPARE(cli::isCliInvocation(QStringList{QStringLiteral("storelens")} + arguments, commands.list), cli);
}

void TestCli::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << "kpi"
                          << "kpi" << 0;
    QTest::newRow("case does not count") << "KPI"
                                         << "kpi" << 0;
    QTest::newRow("one letter more") << "kpis"
                                     << "kpi" << 1;
    QTest::newRow("two neighbours swapped") << "explian"
                                            << "explain" << 1;
    QTest::newRow("one letter replaced") << "cohorzs"
                                         << "cohorts" << 1;
    QTest::newRow("one letter missing") << "segmnts"
                                        << "segments" << 1;
    QTest::newRow("from nothing") << ""
                                  << "clv" << 3;
    // s-a-m-p-l-e / s-i-m-p-l-e: one substitution
    QTest::newRow("sample and simple") << "simple"
                                       << "sample" << 1;
    // info → import: n → m, f → p, insert r and t after o: 4
    QTest::newRow("info and import") << "info"
                                     << "import" << 4;
}

void TestCli::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(cli::editDistance(a, b), distance);
    QCOMPARE(cli::editDistance(b, a), distance);
}

void TestCli::unknownCommand_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("nearest"); // empty: no suggestion
    QTest::newRow("one letter more") << "kpis"
                                     << "kpi";
    QTest::newRow("two letters swapped") << "cohrots"
                                         << "cohorts";
    QTest::newRow("a letter missing") << "segmnts"
                                      << "segments";
    QTest::newRow("report swapped") << "repotr"
                                    << "report";
    QTest::newRow("capitals") << "KPI"
                              << "kpi";
    // xyzzy is 5 edits from clv and info: no guess is better than a wrong one
    QTest::newRow("nothing near") << "xyzzy" << QString();
}

void TestCli::unknownCommand()
{
    QFETCH(QString, word);
    QFETCH(QString, nearest);
    Commands commands;
    QString out;
    QString err;
    QCOMPARE(commands.run({word, QStringLiteral("--workspace"), m_workspace}, &out, &err), int(BadUsage));
    QCOMPARE(out, QString());
    const QStringList lines = err.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Unknown command '%1'.").arg(word));
    if (nearest.isEmpty())
        QVERIFY2(!err.contains(QStringLiteral("Did you mean")), qPrintable(err));
    else
        QCOMPARE(lines.at(1), QStringLiteral("Did you mean '%1'?").arg(nearest));
    QVERIFY(err.contains(QStringLiteral("Commands:")));
    for (const auto &c : commands.list)
        QVERIFY2(err.contains(QStringLiteral("\n  ") + c->name()), qPrintable(c->name()));
    QCOMPARE(commands.writes, 0);
}

// `storelens explian` once started the GUI (issue 16). It reads as a command word, so the command line
// refuses it with exit 1, the nearest command and the list of commands (here with an `explain` command).
void TestCli::misspeltExplainIsRefused()
{
    Commands commands;
    QVERIFY(cli::isCliInvocation({QStringLiteral("storelens"), QStringLiteral("explian")}, commands.list));
    commands.list.push_back(makeCommand(QStringLiteral("explain"), "TestCli", "Explains one figure.",
                                        [](const QStringList &, CliStreams &) { return int(Success); }));
    QString out;
    QString err;
    QCOMPARE(commands.run({QStringLiteral("explian")}, &out, &err), int(BadUsage));
    QCOMPARE(out, QString());
    const QStringList lines = err.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Unknown command 'explian'."));
    QCOMPARE(lines.at(1), QStringLiteral("Did you mean 'explain'?"));
    QVERIFY(err.contains(QStringLiteral("Commands:")));
    for (const auto &c : commands.list)
        QVERIFY2(err.contains(QStringLiteral("\n  ") + c->name()), qPrintable(c->name()));
}

void TestCli::reportOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<std::optional<QStringList>>("sections");
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<bool>("weekly");
    QTest::newRow("defaults") << QStringList() << std::optional<QStringList>() << QString() << false
                              << QString() << QDate() << false;
    QTest::newRow("sections in the order given, trimmed and lower case")
        << QStringList{QStringLiteral("--sections"), QStringLiteral("appendix, KPIS,kpis")}
        << std::optional<QStringList>(QStringList{QStringLiteral("appendix"), QStringLiteral("kpis")})
        << QString() << false << QString() << QDate() << false;
    QTest::newRow("letter, landscape, author, period")
        << QStringList{QStringLiteral("--page"),     QStringLiteral("Letter"), QStringLiteral("--landscape"),
                       QStringLiteral("--author"),   QStringLiteral("Ann"),    QStringLiteral("--from"),
                       QStringLiteral("2026-01-01"), QStringLiteral("--to"),   QStringLiteral("2026-01-31")}
        << std::optional<QStringList>() << QStringLiteral("letter") << true << QStringLiteral("Ann")
        << QDate(2026, 1, 1) << false;
    QTest::newRow("weekly template") << QStringList{QStringLiteral("--template"), QStringLiteral("weekly")}
                                     << std::optional<QStringList>() << QString() << false << QString()
                                     << QDate() << true;
}

void TestCli::reportOptions()
{
    QFETCH(QStringList, options);
    QFETCH(std::optional<QStringList>, sections);
    QFETCH(QString, page);
    QFETCH(bool, landscape);
    QFETCH(QString, author);
    QFETCH(QDate, from);
    QFETCH(bool, weekly);
    Commands commands;
    QString out;
    QString err;
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(commands.run(QStringList{QStringLiteral("report"), QStringLiteral("--workspace"), m_workspace,
                                      QStringLiteral("--out"), pdf} +
                              options,
                          &out, &err),
             int(Success));
    QCOMPARE(err, QString());
    QCOMPARE(out, QStringLiteral("Wrote 3 pages to %1 in 12 ms.\n").arg(pdf));
    QCOMPARE(commands.writes, 1);
    const ReportRequest &r = *commands.request;
    QCOMPARE(r.workspacePath, core::Workspace::open(m_workspace, false)->path());
    QCOMPARE(r.outputPath, pdf);
    QCOMPARE(r.sections, sections);
    QCOMPARE(r.pageSize, page);
    QCOMPARE(r.landscape, landscape);
    QCOMPARE(r.author, author);
    QCOMPARE(r.query.period.from, from);
    QCOMPARE(r.periodTemplate.has_value(), weekly);
    if (weekly)
        QCOMPARE(*r.periodTemplate, core::analytics::ReportTemplate::Weekly);
}

void TestCli::reportRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("options"); // after `report --workspace W`
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message"); // the first line on standard error
    QTest::newRow("no --out") << QStringList() << int(BadUsage)
                              << QStringLiteral("The option --out is required.");
    QTest::newRow("unknown section")
        << QStringList{QStringLiteral("--out"), QStringLiteral("r.pdf"), QStringLiteral("--sections"),
                       QStringLiteral("kpis,charts")}
        << int(BadUsage)
        << QStringLiteral("Unknown section \"charts\"; the sections are: kpis, trends, appendix.");
    QTest::newRow("page a3") << QStringList{QStringLiteral("--out"), QStringLiteral("r.pdf"),
                                            QStringLiteral("--page"), QStringLiteral("a3")}
                             << int(BadUsage) << QStringLiteral("--page takes a4 or letter, not \"a3\".");
    QTest::newRow("template and a period")
        << QStringList{QStringLiteral("--out"),   QStringLiteral("r.pdf"),  QStringLiteral("--template"),
                       QStringLiteral("monthly"), QStringLiteral("--from"), QStringLiteral("2026-01-01")}
        << int(BadUsage)
        << QStringLiteral(
               "--template chooses the period and the comparison; leave out --from, --to, --period and "
               "--compare.");
    QTest::newRow("positional argument")
        << QStringList{QStringLiteral("--out"), QStringLiteral("r.pdf"), QStringLiteral("extra")}
        << int(BadUsage) << QStringLiteral("storelens report takes no positional arguments.");
}

void TestCli::reportRejectsBadOptions()
{
    QFETCH(QStringList, options);
    QFETCH(int, exit);
    QFETCH(QString, message);
    Commands commands;
    QString out;
    QString err;
    QCOMPARE(commands.run(QStringList{QStringLiteral("report"), QStringLiteral("--workspace"), m_workspace} +
                              options,
                          &out, &err),
             exit);
    QCOMPARE(err.section(QLatin1Char('\n'), 0, 0), message);
    QCOMPARE(commands.writes, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
