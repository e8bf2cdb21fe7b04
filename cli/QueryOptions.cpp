#include "cli/QueryOptions.h"

#include "core/analytics/query/Periods.h"

#include <QCoreApplication>

#include <initializer_list>
#include <utility>

namespace storelens::cli {

using namespace storelens::core;

namespace {

class QueryOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::cli::QueryOptions)
};

const QString kWorkspace = QStringLiteral("workspace");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kPeriod = QStringLiteral("period");
const QString kCompare = QStringLiteral("compare");
const QString kFilter = QStringLiteral("filter");
const QString kWindow = QStringLiteral("window");
const QString kGrain = QStringLiteral("grain");
const QString kFormat = QStringLiteral("format");

// Sets *out to the value `text` names among `choices`; false when it names none.
template<typename T>
bool pickChoice(const QString &text, std::initializer_list<std::pair<QLatin1String, T>> choices, T *out)
{
    for (const auto &[key, value] : choices) {
        if (text == key) {
            *out = value;
            return true;
        }
    }
    return false;
}

} // namespace

void addQueryOptions(QCommandLineParser &parser, const QueryOptionSet &set)
{
    parser.addOption({kWorkspace, QueryOptionsText::tr("The workspace file."), QueryOptionsText::tr("path")});
    if (set.period) {
        parser.addOption(
            {kFrom,
             QueryOptionsText::tr("First day of the period (default: one year before --to, plus one day)."),
             QStringLiteral("YYYY-MM-DD")});
        parser.addOption({kTo,
                          QueryOptionsText::tr(
                              "Last day of the period (default: the as-of date, the last day with data)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({kPeriod,
                          QueryOptionsText::tr("all: every day with data, with no comparison (instead of "
                                               "--from and --to)."),
                          QStringLiteral("all")});
    }
    if (set.compare) {
        parser.addOption({kCompare,
                          QueryOptionsText::tr(
                              "Compare with the previous period of the same length, the same period one year "
                              "earlier, or nothing (default: previous)."),
                          QStringLiteral("previous|year|none"), QStringLiteral("previous")});
    }
    if (set.filter) {
        parser.addOption(
            {kFilter,
             QueryOptionsText::tr("Select order lines by store, channel, country, category or segment "
                                  "(\"store=Main store\", \"segment=At risk\"); repeatable. Values of one "
                                  "dimension are alternatives, dimensions combine."),
             QStringLiteral("dimension=value")});
    }
    if (set.window) {
        parser.addOption(
            {kWindow,
             QueryOptionsText::tr("The activity window W of retention and churn, in days (default: 365)."),
             QueryOptionsText::tr("DAYS"), QStringLiteral("365")});
    }
    if (set.grain) {
        parser.addOption({kGrain, QueryOptionsText::tr("The cohort period (default: month)."),
                          QStringLiteral("week|month|quarter"), QStringLiteral("month")});
    }
    if (set.format) {
        parser.addOption({kFormat, QueryOptionsText::tr("The output format (default: table)."),
                          QStringLiteral("table|json|csv"), QStringLiteral("table")});
    }
}

bool readQueryOptions(const QCommandLineParser &parser, const QueryOptionSet &set, QueryOptions *options,
                      QString *error)
{
    using namespace analytics;
    options->workspacePath = parser.value(kWorkspace);
    if (options->workspacePath.isEmpty()) {
        *error = QueryOptionsText::tr("The option --workspace is required.");
        return false;
    }
    if (set.period) {
        QDate from;
        QDate to;
        if (parser.isSet(kFrom)) {
            from = parseIsoDate(parser.value(kFrom));
            if (!from.isValid()) {
                *error = QueryOptionsText::tr("--from takes a date as YYYY-MM-DD, not \"%1\".")
                             .arg(parser.value(kFrom));
                return false;
            }
        }
        if (parser.isSet(kTo)) {
            to = parseIsoDate(parser.value(kTo));
            if (!to.isValid()) {
                *error = QueryOptionsText::tr("--to takes a date as YYYY-MM-DD, not \"%1\".")
                             .arg(parser.value(kTo));
                return false;
            }
        }
        if (to.isValid() && !from.isValid())
            from = defaultPeriod(to).from;
        if (from.isValid() && to.isValid() && from > to) {
            *error = QueryOptionsText::tr("--from must not be after --to.");
            return false;
        }
        options->query.period = Period{from, to};
        if (parser.isSet(kPeriod)) {
            if (parser.value(kPeriod) != QLatin1String("all")) {
                *error = QueryOptionsText::tr("--period takes all, not \"%1\".").arg(parser.value(kPeriod));
                return false;
            }
            if (parser.isSet(kFrom) || parser.isSet(kTo)) {
                *error = QueryOptionsText::tr("--period all cannot be combined with --from or --to.");
                return false;
            }
            if (set.compare && parser.isSet(kCompare) && parser.value(kCompare) != QLatin1String("none")) {
                *error = QueryOptionsText::tr(
                    "--period all has no earlier data to compare with; leave out --compare.");
                return false;
            }
            options->allTime = true;
        }
    }
    if (set.compare && !pickChoice(parser.value(kCompare),
                                   {{QLatin1String("previous"), Comparison::PreviousPeriod},
                                    {QLatin1String("year"), Comparison::SamePeriodLastYear},
                                    {QLatin1String("none"), Comparison::None}},
                                   &options->query.comparison)) {
        *error = QueryOptionsText::tr("--compare takes previous, year or none, not \"%1\".")
                     .arg(parser.value(kCompare));
        return false;
    }
    if (options->allTime)
        options->query.comparison = Comparison::None;
    // A whole calendar month or quarter compares with the one before, as on the screens and in the report.
    if (options->query.comparison == Comparison::PreviousPeriod)
        options->query.comparisonPeriod = analytics::previousWholeCalendarPeriod(options->query.period);
    if (set.filter) {
        Filter &f = options->query.filter;
        for (const QString &item : parser.values(kFilter)) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            const QString key = eq > 0 ? item.left(eq).trimmed().toLower() : QString();
            const QString value = eq > 0 ? item.mid(eq + 1).trimmed() : QString();
            if (key.isEmpty() || value.isEmpty()) {
                *error = QueryOptionsText::tr("--filter takes DIMENSION=VALUE, not \"%1\".").arg(item);
                return false;
            }
            if (key == QLatin1String("store"))
                f.stores.append(value);
            else if (key == QLatin1String("channel"))
                f.channels.append(value);
            else if (key == QLatin1String("country"))
                f.countries.append(value);
            else if (key == QLatin1String("category"))
                f.categories.append(value);
            else if (key == QLatin1String("segment")) {
                if (!f.segment.isEmpty() && f.segment != value) {
                    *error = QueryOptionsText::tr("Only one segment filter can be given.");
                    return false;
                }
                f.segment = value;
            } else {
                *error = QueryOptionsText::tr(
                             "Unknown filter \"%1\"; use store, channel, country, category or segment.")
                             .arg(key);
                return false;
            }
        }
    }
    if (set.window) {
        bool ok = false;
        const int days = parser.value(kWindow).toInt(&ok);
        if (!ok || days < 1) {
            *error = QueryOptionsText::tr("--window takes a whole number of days of at least 1, not \"%1\".")
                         .arg(parser.value(kWindow));
            return false;
        }
        options->query.activityWindowDays = days;
    }
    if (set.grain && !pickChoice(parser.value(kGrain),
                                 {{QLatin1String("week"), Grain::Week},
                                  {QLatin1String("month"), Grain::Month},
                                  {QLatin1String("quarter"), Grain::Quarter}},
                                 &options->query.cohortGrain)) {
        *error = QueryOptionsText::tr("--grain takes week, month or quarter, not \"%1\".")
                     .arg(parser.value(kGrain));
        return false;
    }
    if (set.format && !pickChoice(parser.value(kFormat),
                                  {{QLatin1String("table"), OutputFormat::Table},
                                   {QLatin1String("json"), OutputFormat::Json},
                                   {QLatin1String("csv"), OutputFormat::Csv}},
                                  &options->format)) {
        *error =
            QueryOptionsText::tr("--format takes table, json or csv, not \"%1\".").arg(parser.value(kFormat));
        return false;
    }
    return true;
}

void applyAllTime(QueryOptions &options, const analytics::Snapshot &snapshot)
{
    if (options.allTime && !snapshot.isEmpty())
        options.query.period = analytics::Period{snapshot.firstDate(), snapshot.asOfDate()};
}

} // namespace storelens::cli
