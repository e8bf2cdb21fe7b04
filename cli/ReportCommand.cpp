#include "cli/ReportCommand.h"

#include "cli/CliSupport.h"
#include "cli/QueryOptions.h"
#include "core/store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace storelens::cli {

namespace {

class ReportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::cli::ReportCommand)
};

const QString kOut = QStringLiteral("out");
const QString kSections = QStringLiteral("sections");
const QString kPage = QStringLiteral("page");
const QString kLandscape = QStringLiteral("landscape");
const QString kTemplate = QStringLiteral("template");
const QString kAuthor = QStringLiteral("author");

// Reads the report's own options; false with a translated message on bad values.
bool readReportOptions(const QCommandLineParser &parser, const QStringList &sectionKeys,
                       ReportRequest *request, QString *error)
{
    if (parser.isSet(kSections)) {
        request->sections = QStringList();
        for (const QString &given : parser.value(kSections).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = given.trimmed().toLower();
            if (!sectionKeys.contains(key)) {
                *error = ReportCommandText::tr("Unknown section \"%1\"; the sections are: %2.")
                             .arg(given.trimmed(), sectionKeys.join(QStringLiteral(", ")));
                return false;
            }
            if (!request->sections->contains(key))
                request->sections->append(key);
        }
    }
    const QString page = parser.value(kPage).toLower();
    if (page == QLatin1String("a4") || page == QLatin1String("letter") || page.isEmpty()) {
        request->pageSize = page;
    } else {
        *error = ReportCommandText::tr("--page takes a4 or letter, not \"%1\".").arg(parser.value(kPage));
        return false;
    }
    request->landscape = parser.isSet(kLandscape);
    if (parser.isSet(kTemplate)) {
        request->periodTemplate = analytics::reportTemplateFromKey(parser.value(kTemplate));
        if (!request->periodTemplate) {
            *error = ReportCommandText::tr("--template takes weekly, monthly or quarterly, not \"%1\".")
                         .arg(parser.value(kTemplate));
            return false;
        }
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")) ||
            parser.isSet(QStringLiteral("compare")) || parser.isSet(QStringLiteral("period"))) {
            *error =
                ReportCommandText::tr("--template chooses the period and the comparison; leave out --from, "
                                      "--to, --period and --compare.");
            return false;
        }
    }
    request->author = parser.value(kAuthor);
    return true;
}

// `storelens report --workspace W --out report.pdf [...]`: the PDF report, painted by `writer`.
int runReport(const ReportWriter &writer, const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommandText::tr(
        "storelens report: the PDF report a manager hands to the owner: a title page, the KPI table with "
        "comparisons and targets, trend charts, the cohort heatmap, RFM segments and grid, top products "
        "and "
        "categories, predicted CLV and an appendix with every definition. The numbers are those of "
        "'storelens kpi' for the same options. Works without a display, so it can run from cron.\n"
        "--template weekly|monthly|quarterly reports the last complete week, month or quarter against "
        "the one "
        "before and the same one last year, instead of --from/--to/--compare.\n"
        "Exit status: 0 written, 1 bad usage, 2 the workspace, a filter or the output file was "
        "rejected."));
    QueryOptionSet set;
    set.grain = true;
    set.format = false;
    addQueryOptions(parser, set);
    parser.addOption({kOut, ReportCommandText::tr("The PDF file to write."), ReportCommandText::tr("file")});
    parser.addOption({kSections,
                      ReportCommandText::tr("The sections after the title page, comma-separated (default: "
                                            "all): %1.")
                          .arg(writer.sectionKeys.join(QStringLiteral(", "))),
                      QStringLiteral("a,b,c")});
    parser.addOption({kPage, ReportCommandText::tr("The paper size (default: from the locale)."),
                      QStringLiteral("a4|letter")});
    parser.addOption({kLandscape, ReportCommandText::tr("Landscape pages (default: portrait).")});
    parser.addOption({kTemplate, ReportCommandText::tr("A period preset; see above."),
                      QStringLiteral("weekly|monthly|quarterly")});
    parser.addOption({kAuthor, ReportCommandText::tr("The PDF's author (default: the login name)."),
                      ReportCommandText::tr("name")});
    if (const int exit = parseOrExit(parser, arguments, io); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << ReportCommandText::tr("storelens report takes no positional arguments.") << '\n';
        return BadUsage;
    }
    int exitCode = Success;
    if (!requireOption(parser, kOut, io, exitCode))
        return exitCode;
    QueryOptions query;
    QString error;
    if (!readQueryOptions(parser, set, &query, &error)) {
        io.err << error << '\n';
        return BadUsage;
    }
    ReportRequest request;
    request.outputPath = parser.value(kOut);
    if (!readReportOptions(parser, writer.sectionKeys, &request, &error)) {
        io.err << error << '\n';
        return BadUsage;
    }
    // Opening first gives a clear message for a missing file and migrates an older workspace's schema.
    const auto workspace = core::Workspace::open(query.workspacePath, false);
    if (!workspace)
        return reportError(workspace.error(), io);
    if (query.allTime) {
        const auto session = openSession(workspace->path());
        if (!session)
            return reportError(session.error(), io);
        const auto snapshot = session.value()->snapshot();
        if (!snapshot)
            return reportError(snapshot.error(), io);
        applyAllTime(query, *snapshot.value());
    }
    request.query = query.query;
    request.workspacePath = workspace->path();
    const auto written = writer.write(request);
    if (!written)
        return reportError(written.error(), io);
    io.out << ReportCommandText::tr("Wrote %n page(s) to %1 in %2 ms.", nullptr, written->pages)
                  .arg(written->path)
                  .arg(written->milliseconds)
           << '\n';
    io.out.flush();
    return Success;
}

} // namespace

std::unique_ptr<CliCommand> makeReportCommand(ReportWriter writer)
{
    return makeCommand(
        QStringLiteral("report"), "storelens::cli::ReportCommand",
        QT_TRANSLATE_NOOP("storelens::cli::ReportCommand", "Write the PDF report for the owner."),
        [writer = std::move(writer)](const QStringList &arguments, CliStreams &io) {
            return runReport(writer, arguments, io);
        });
}

} // namespace storelens::cli
