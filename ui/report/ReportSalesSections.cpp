#include "core/analytics/kpi/Breakdowns.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "core/analytics/kpi/TimeSeries.h"
#include "core/analytics/query/Periods.h"
#include "core/model/PercentText.h"
#include "core/model/TextLocale.h"
#include "ui/charts/ChartStyle.h"
#include "ui/common/Formatting.h"
#include "ui/dashboard/BreakdownLabels.h"
#include "ui/dashboard/KpiFormat.h"
#include "ui/report/ReportChartBlock.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportFlow.h"
#include "ui/report/ReportFormat.h"
#include "ui/report/ReportSections.h"
#include "ui/report/ReportTableBlock.h"
#include "ui/report/ReportTextBlock.h"

#include <QCoreApplication>

#include <QPalette>
#include <algorithm>

namespace storelens::ui {

namespace {

using namespace core::analytics;

class ReportSalesText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportSections)
};

QString comparisonLine(const ReportComparison &c, const QLocale &locale)
{
    return ReportSalesText::tr("%1: %2").arg(c.title, formatPeriod(c.period, locale));
}

// The title of the KPI group that starts at `id` in the table; empty inside a group.
QString groupTitle(KpiId id)
{
    if (id != KpiId(0) && kpiGroup(KpiId(int(id) - 1)) == kpiGroup(id))
        return {};
    return kpiGroupTitle(kpiGroup(id));
}

// The screen's good / bad colours on white paper (dark enough to read in grey print too).
QColor assessmentColour(ChangeAssessment a)
{
    return assessmentColor(a, QPalette(Qt::white));
}

// A change's colour: good or bad only against the first comparison and beyond normal variation (METRICS.md
// section 9), as on the KPI's tile; plain otherwise.
QColor changeColour(const ReportData &data, const KpiComparison &kpi, KpiId id, size_t comparison)
{
    if (comparison != 0 || !kpi.comparable || !data.beyondNormalVariation.count(id))
        return {};
    return assessmentColour(kpi.assessment);
}

QString valueText(const KpiValue &value, const QLocale &locale)
{
    return value.hasData ? formatKpiValue(value, locale) : reportNoData();
}

// The coverage rule (METRICS.md section 1): a comparison that is not comparable shows no change; the report's
// warnings say why. The change columns are narrow, so the cell says "n/a" and a note under the table spells
// it out (notComparableNote()); "not comparable" wrapped onto two lines there.
bool isNotComparable(const KpiComparison &kpi)
{
    return !kpi.comparable && kpi.current.hasData && kpi.comparison.hasData;
}

QString notComparable(const KpiComparison &kpi)
{
    return isNotComparable(kpi) ? ReportSalesText::tr("n/a", "not comparable: a table cell's short form")
                                : reportNoData();
}

// Under a table with an "n/a" change: what it means.
void addNotComparableNote(ReportFlow &flow, bool shown)
{
    if (shown)
        flow.note(
            ReportSalesText::tr("n/a: not comparable. The comparison period, or for retention and churn "
                                "their look-back window, holds too little data (under 90 % of its "
                                "days), so no change is shown; the notes on the first page say which."));
}

// Retention, churn and the other KPIs of a look-back window too short to tell
// (core::analytics::lookBackTooShort()): as on their tiles, the value is plain and greyed, never a headline,
// and the change cells say "too early" (trial 25b: "Retention rate 100.0 %" in bold on the title page).
bool tooEarly(const KpiReport &report, KpiId id)
{
    return usesLookBackWindow(id) && lookBackTooShort(report).has_value();
}

QString tooEarlyCell()
{
    return ReportSalesText::tr("too early", "retention cannot tell yet: a table cell's short form");
}

void addTooEarlyNote(ReportFlow &flow, const KpiReport &report, bool shown)
{
    const auto window = lookBackTooShort(report);
    if (shown && window)
        flow.note(
            ReportSalesText::tr("too early: a customer counts as lost after %1 days without buying, and "
                                "the data before the period covers only %2 of those days, so retention "
                                "and churn cannot tell yet who was lost.")
                .arg(flow.locale().toString(window->range.days()),
                     flow.locale().toString(window->daysWithData)));
}

QString changeText(const KpiComparison &kpi, const QLocale &locale)
{
    return kpi.hasChange ? formatKpiChange(kpi, locale) : notComparable(kpi);
}

QString relativeChangeText(const KpiComparison &kpi, const QLocale &locale)
{
    return kpi.hasRelativeChange ? formatRelativeChange(kpi.relativeChange, locale) : notComparable(kpi);
}

// A short table's one change column: a rate's change in percentage points, as its tile shows it (trial 19:
// the report wrote "retention rate +1.0 %" where the tile said "+0.4 pp"), every other figure's change in per
// cent.
QString glanceChangeText(const KpiComparison &kpi, const QLocale &locale)
{
    if (kpiUnit(kpi.current.id) == KpiUnit::Ratio && kpi.hasChange)
        return formatKpiChange(kpi, locale);
    return relativeChangeText(kpi, locale);
}

QString targetText(const KpiValue &value, double target, const QLocale &locale)
{
    const QString formatted = formatKpiNumber(kpiUnit(value.id), target, locale);
    const GoodDirection good = kpiGoodDirection(value.id);
    if (!value.hasData || good == GoodDirection::Neutral)
        return formatted;
    const bool met = good == GoodDirection::Up ? value.value >= target : value.value <= target;
    return met ? ReportSalesText::tr("%1 (met)").arg(formatted)
               : ReportSalesText::tr("%1 (missed)").arg(formatted);
}

QString bucketLabel(const SeriesBucket &bucket, Grain grain, const QLocale &locale)
{
    switch (grain) {
    case Grain::Day:
        return core::namesLocale(locale).toString(bucket.from, QStringLiteral("d MMM"));
    case Grain::Week:
        return ReportSalesText::tr("W%1").arg(bucket.start.weekNumber());
    case Grain::Month:
        return core::namesLocale(locale).toString(bucket.start, QStringLiteral("MMM yyyy"));
    case Grain::Quarter:
        return ReportSalesText::tr("Q%1 %2").arg((bucket.start.month() - 1) / 3 + 1).arg(bucket.start.year());
    }
    return {};
}

std::vector<std::optional<double>> seriesValues(const TimeSeries &series, KpiId id, QDate firstDay)
{
    std::vector<std::optional<double>> out;
    if (series.values.size() <= size_t(id))
        return out;
    for (size_t b = 0; b < series.buckets.size(); ++b) {
        if (series.hasValue[size_t(id)][b] && !series.beforeData(b, firstDay))
            out.emplace_back(series.values[size_t(id)][b]);
        else
            out.emplace_back(std::nullopt);
    }
    return out;
}

// `emptyNote` says why there are no rows; empty: there were no sales.
void appendBreakdown(ReportFlow &flow, const Breakdown &breakdown, const QString &title, const QString &what,
                     bool ranked, const QString &emptyNote = QString())
{
    flow.subheading(title);
    if (breakdown.rows.empty()) {
        flow.note(emptyNote.isEmpty() ? ReportSalesText::tr("No sales in the period.") : emptyNote);
        return;
    }
    std::vector<ReportColumn> columns;
    if (ranked)
        columns.push_back({ReportSalesText::tr("#"), 0.35, Qt::AlignRight});
    columns.insert(columns.end(), {{what, 4.2, Qt::AlignLeft},
                                   {ReportSalesText::tr("Net sales"), 1.5, Qt::AlignRight},
                                   {ReportSalesText::tr("Share of net sales"), 1.3, Qt::AlignRight},
                                   {ReportSalesText::tr("Orders"), 1.1, Qt::AlignRight},
                                   {ReportSalesText::tr("Units"), 1.1, Qt::AlignRight}});
    auto table = std::make_unique<ReportTableBlock>(flow.style(), flow.width(), std::move(columns));
    const QLocale &locale = flow.locale();
    const bool products = breakdown.dimension == BreakdownDimension::Product;
    int rank = 0;
    for (const BreakdownRow &row : breakdown.rows) {
        QStringList cells;
        if (ranked)
            cells.append(locale.toString(++rank));
        // A product with its SKU ("SQ0030016 Filterkaffee Schauinsland"): the table has room for both.
        cells << (products && row.index >= 0 ? row.label : breakdownMemberName(breakdown.dimension, row))
              << formatMoney(row.netSales, locale) << formatPercent(row.shareOfNetSales, locale)
              << formatCount(row.orders, locale) << formatQuantityMilli(row.unitsMilli, locale);
        table->addRow(cells);
    }
    flow.add(std::move(table));
}

const Breakdown *findBreakdown(const ReportData &data, BreakdownDimension d)
{
    for (const Breakdown &b : data.analytics->breakdowns) {
        if (b.dimension == d)
            return &b;
    }
    return nullptr;
}

// The title page's few headline KPIs against the first comparison.
void appendGlance(ReportFlow &flow, const ReportData &data)
{
    const QLocale &locale = flow.locale();
    const KpiReport &report = data.analytics->kpis;
    const ReportComparison *comparison = data.comparisons.empty() ? nullptr : &data.comparisons.front();
    const std::vector<KpiId> ids{KpiId::NetSales,           KpiId::Orders,          KpiId::AverageOrderValue,
                                 KpiId::GrossMarginPercent, KpiId::BuyingCustomers, KpiId::NewCustomers,
                                 KpiId::RetentionRate};
    // The coverage rule (METRICS.md section 1): when none of these is comparable, the comparison's columns
    // would only say so row by row; the period sentence above says why once.
    if (comparison && std::none_of(ids.begin(), ids.end(), [comparison](KpiId id) {
            return comparison->kpis[size_t(id)].comparable;
        }))
        comparison = nullptr;
    std::vector<ReportColumn> columns{{ReportSalesText::tr("At a glance"), 2.6, Qt::AlignLeft},
                                      {ReportSalesText::tr("Value"), 1.4, Qt::AlignRight}};
    if (comparison)
        columns.insert(columns.end(), {{comparison->title, 1.4, Qt::AlignRight},
                                       {ReportSalesText::tr("Change"), 1.1, Qt::AlignRight}});
    auto table =
        std::make_unique<ReportTableBlock>(flow.style(), flow.width(), columns, ReportStyle::Font::Body);
    bool notApplicable = false;
    for (KpiId id : ids) {
        const bool wait = tooEarly(report, id);
        std::vector<ReportCell> cells{ReportCell{kpiLabel(id)},
                                      ReportCell{valueText(report.kpi(id).current, locale), QColor(), false,
                                                 wait ? ReportStyle::muted() : QColor(), !wait}};
        if (comparison) {
            const KpiComparison &k = comparison->kpis[size_t(id)];
            cells.push_back(ReportCell{valueText(k.comparison, locale)});
            cells.push_back(ReportCell{wait ? tooEarlyCell() : glanceChangeText(k, locale), QColor(), false,
                                       wait ? ReportStyle::muted() : changeColour(data, k, id, 0)});
            notApplicable =
                notApplicable || (!wait && !k.hasRelativeChange && !k.hasChange && isNotComparable(k));
        }
        table->addRow(std::move(cells));
    }
    flow.add(std::move(table));
    addNotComparableNote(flow, notApplicable);
    // "too early" needs no note here: the title page's notes just above say why (trial 25c read it twice).
}

} // namespace

void appendTitlePage(ReportFlow &flow, const ReportData &data)
{
    const ReportStyle &style = flow.style();
    const QLocale &locale = flow.locale();
    flow.add(std::make_unique<ReportTextBlock>(style, flow.width(), ReportStyle::Font::Title,
                                               ReportSalesText::tr("Store report"), ReportStyle::accent()));
    flow.add(std::make_unique<ReportTextBlock>(style, flow.width(), ReportStyle::Font::Subtitle,
                                               data.workspaceName));
    // The period and comparison in force lead, in one plain sentence (issue 17).
    if (data.analytics && !data.options.periodTemplate)
        flow.paragraph(periodSentence(data.analytics->kpis, locale));
    auto details = std::make_unique<ReportTableBlock>(
        style, flow.width(), std::vector<ReportColumn>{{QString(), 1.2}, {QString(), 3.8}},
        ReportStyle::Font::Body);
    details->hideHeader();
    details->setZebra(false);
    const auto addDetail = [&details](const QString &label, const QString &value) {
        details->addRow({ReportCell{label, QColor(), false, QColor(), true}, ReportCell{value}});
    };
    if (data.analytics) {
        const KpiReport &kpis = data.analytics->kpis;
        QString periodText = formatPeriod(kpis.period, locale);
        if (data.options.periodTemplate)
            periodText = ReportSalesText::tr("%1, the last complete %2")
                             .arg(periodText, data.options.periodTemplate == ReportTemplate::Weekly
                                                  ? ReportSalesText::tr("week")
                                              : data.options.periodTemplate == ReportTemplate::Monthly
                                                  ? ReportSalesText::tr("month")
                                                  : ReportSalesText::tr("quarter"));
        addDetail(ReportSalesText::tr("Period"), periodText);
        QStringList comparisons;
        for (const ReportComparison &c : data.comparisons)
            comparisons.append(comparisonLine(c, locale));
        addDetail(ReportSalesText::tr("Compared with"), comparisons.isEmpty()
                                                            ? ReportSalesText::tr("No comparison")
                                                            : comparisons.join(QLatin1Char('\n')));
    }
    addDetail(ReportSalesText::tr("Filters in force"), formatFilters(data.options.query.filter));
    if (data.analytics) {
        const KpiReport &kpis = data.analytics->kpis;
        addDetail(ReportSalesText::tr("Data"),
                  ReportSalesText::tr("%1 to %2 (the as-of date: the last day with data)")
                      .arg(formatDate(kpis.firstDataDay, locale), formatDate(kpis.asOf, locale)));
    }
    addDetail(ReportSalesText::tr("Workspace"), data.workspaceName);
    // Day and month names in the report's words (trial 25se: "söndag 6 december" in an English report).
    addDetail(ReportSalesText::tr("Generated"),
              core::namesLocale(locale).toString(data.generatedAt, QLocale::LongFormat));
    addDetail(ReportSalesText::tr("Prepared by"), reportAuthor(data.options));
    flow.add(std::move(details));
    if (data.analytics) {
        QStringList notes;
        for (const DataCoverageWarning &w : data.analytics->kpis.warnings) {
            if (w.kind == DataCoverageWarning::Kind::Period ||
                w.kind == DataCoverageWarning::Kind::RetentionWindow ||
                w.kind == DataCoverageWarning::Kind::Source)
                notes.append(ReportSalesText::tr("Note: %1").arg(w.message));
        }
        for (const ReportComparison &c : data.comparisons) {
            for (const DataCoverageWarning &w : c.warnings)
                notes.append(ReportSalesText::tr("Note (%1): %2").arg(c.title, w.message));
        }
        if (!notes.isEmpty())
            flow.note(notes.join(QLatin1Char('\n')));
    }
    if (data.analytics)
        appendGlance(flow, data);
    if (data.noDataMessage.isEmpty()) {
        QStringList contents;
        for (ReportSection s : allReportSections()) {
            if (data.options.sections.testFlag(s))
                contents.append(QStringLiteral("• ") + reportSectionTitle(s));
        }
        flow.subheading(ReportSalesText::tr("Contents"));
        flow.paragraph(contents.join(QLatin1Char('\n')));
    }
}

void appendNoDataSection(ReportFlow &flow, const ReportData &data)
{
    flow.subheading(ReportSalesText::tr("No data"));
    flow.paragraph(data.noDataMessage);
}

void appendKpiSection(ReportFlow &flow, const ReportData &data)
{
    const QLocale &locale = flow.locale();
    const KpiReport &report = data.analytics->kpis;
    flow.heading(reportSectionTitle(ReportSection::Kpis));
    // Without targets the table has no Target column and says so here, above it: a note after a full-page
    // table would sit alone on the next page.
    const bool showTargets = !data.targets.empty();
    const bool twoComparisons = data.comparisons.size() > 1;
    QString intro =
        ReportSalesText::tr("%1. Change % is (value − comparison) ÷ |comparison|. As on the tiles, dark "
                            "green marks a change for the better and dark red one for the worse only when it "
                            "is beyond normal variation; other changes are plain.")
            .arg(formatPeriod(report.period, locale));
    if (twoComparisons)
        intro += QLatin1Char(' ') + ReportSalesText::tr("Changes against the second comparison are plain.");
    // Also with one comparison: its Change % stays empty (trial 25c).
    intro += QLatin1Char(' ') + ReportSalesText::tr("A rate's change is in percentage points (pp).");
    if (!showTargets)
        intro += QLatin1Char(' ') +
                 (data.targetsProblem.isEmpty()
                      ? ReportSalesText::tr("No targets are set for this workspace.")
                      : ReportSalesText::tr("The targets could not be read: %1").arg(data.targetsProblem));
    flow.note(intro);
    std::vector<ReportColumn> columns{{ReportSalesText::tr("KPI"), 3.0, Qt::AlignLeft},
                                      {ReportSalesText::tr("Value"), 1.5, Qt::AlignRight}};
    for (const ReportComparison &c : data.comparisons) {
        columns.push_back({c.title, 1.5, Qt::AlignRight});
        if (!twoComparisons)
            columns.push_back({ReportSalesText::tr("Change"), 1.5, Qt::AlignRight});
        columns.push_back({twoComparisons ? ReportSalesText::tr("Change") : ReportSalesText::tr("Change %"),
                           1.1, Qt::AlignRight});
    }
    if (showTargets)
        columns.push_back({ReportSalesText::tr("Target"), 1.6, Qt::AlignRight});
    auto table = std::make_unique<ReportTableBlock>(flow.style(), flow.width(), columns);
    table->setZebra(false);
    QStringList noData;
    bool notApplicable = false;
    bool early = false;
    for (int i = 0; i < kKpiCount; ++i) {
        const KpiId id = KpiId(i);
        if (const QString group = groupTitle(id); !group.isEmpty()) {
            std::vector<ReportCell> cells(columns.size(), ReportCell{QString(), ReportStyle::zebra()});
            cells[0] = ReportCell{group, ReportStyle::zebra(), false, ReportStyle::accent(), true};
            table->addRow(std::move(cells));
        }
        const KpiValue &value = report.kpi(id).current;
        const bool wait = value.hasData && tooEarly(report, id);
        early = early || (wait && !data.comparisons.empty());
        std::vector<ReportCell> cells;
        cells.push_back(ReportCell{kpiLabel(id)});
        cells.push_back(ReportCell{
            value.hasData ? formatKpiValue(value, locale) : ReportSalesText::tr("no data"), QColor(), false,
            value.hasData && !wait ? QColor() : ReportStyle::muted(), value.hasData && !wait});
        for (size_t n = 0; n < data.comparisons.size(); ++n) {
            const KpiComparison &k = data.comparisons[n].kpis[size_t(i)];
            cells.push_back(ReportCell{valueText(k.comparison, locale)});
            if (!twoComparisons)
                cells.push_back(ReportCell{wait ? tooEarlyCell() : changeText(k, locale)});
            // A rate's change is its Change in points; in per cent of the rate it meant nothing (trial 25c:
            // the return rate "+3,075.1 %"), as on its tile.
            const bool rate = kpiUnit(id) == KpiUnit::Ratio && !twoComparisons;
            cells.push_back(ReportCell{wait             ? tooEarlyCell()
                                       : twoComparisons ? glanceChangeText(k, locale)
                                       : rate           ? reportNoData()
                                                        : relativeChangeText(k, locale),
                                       QColor(), false, changeColour(data, k, id, n)});
            notApplicable =
                notApplicable ||
                (!wait && (!k.hasRelativeChange || (!twoComparisons && !k.hasChange)) && isNotComparable(k));
        }
        if (showTargets) {
            const auto target = data.targets.find(kpiKey(id));
            cells.push_back(ReportCell{
                target == data.targets.end() ? QString() : targetText(value, target->second, locale)});
        }
        table->addRow(std::move(cells));
        if (!value.hasData)
            noData.append(kpiLabel(id));
    }
    flow.add(std::move(table));
    addNotComparableNote(flow, notApplicable);
    addTooEarlyNote(flow, report, early);
    // Each KPI's own warning, less what the title page's notes already say (trial 25b: the VAT note again
    // under gross sales, net sales and the average order value).
    QStringList saidBefore;
    for (const DataCoverageWarning &w : report.warnings) {
        if (w.kind == DataCoverageWarning::Kind::Source)
            saidBefore << w.message;
    }
    for (int i = 0; i < kKpiCount; ++i) {
        const KpiValue &value = report.kpi(KpiId(i)).current;
        QString warning = value.warning;
        for (const QString &said : std::as_const(saidBefore))
            warning.remove(said);
        warning = warning.simplified();
        if (value.hasData && !warning.isEmpty())
            flow.note(ReportSalesText::tr("%1: %2").arg(kpiLabel(KpiId(i)), warning));
    }
    if (!noData.isEmpty())
        flow.note(ReportSalesText::tr("No data for: %1. The appendix says why.")
                      .arg(noData.join(QStringLiteral(", "))));
}

void appendTrendSection(ReportFlow &flow, const ReportData &data)
{
    const QLocale &locale = flow.locale();
    const TimeSeries &series = data.analytics->series;
    // Buckets before the first day with data have no value, as on screen (TimeSeries::beforeData).
    const QDate firstDay = data.analytics->snapshot ? data.analytics->snapshot->firstDate() : QDate();
    flow.heading(reportSectionTitle(ReportSection::Trends));
    if (series.buckets.empty()) {
        flow.note(ReportSalesText::tr("No trend: the period has no data."));
        return;
    }
    QStringList labels;
    int partialIndex = -1; // the bucket not over at the as-of date (METRICS.md section 1, "Partial periods")
    const QDate asOf = data.analytics->kpis.asOf;
    // The bucket not over is hatched and the note below says so: its label stays as short as the others
    // ("Dec 26 (to date)" ran into the next chart, trial 12b).
    for (const SeriesBucket &b : series.buckets) {
        const QDate end = nextBucketStart(b.start, series.grain).addDays(-1);
        if (b.start <= asOf && end > asOf)
            partialIndex = int(labels.size());
        labels.append(bucketLabel(b, series.grain, locale));
    }
    // As many decimals as the step between ticks needs, so no two ticks read alike (trial 22en: the return
    // rate's ticks 0.25 % apart read "1 %, 1 %, 0 %, 0 %, 0 %").
    const auto number = [locale](double v, double step) {
        return core::fixedText(v, tickDecimals(step), locale);
    };
    const auto percent = [locale](double v, double step) {
        return formatPercent(v, locale, tickDecimals(step * 100));
    };
    struct Spec
    {
        KpiId id;
        std::function<QString(double, double)> format;
        bool count;
    };
    const std::vector<Spec> specs{
        {KpiId::NetSales, number, false},          {KpiId::Orders, number, true},
        {KpiId::AverageOrderValue, number, false}, {KpiId::BuyingCustomers, number, true},
        {KpiId::NewCustomers, number, true},       {KpiId::ReturnRate, percent, false}};
    // The dashed line is the comparison the series is computed for (the last column); a KPI whose comparison
    // is not comparable gets none (METRICS.md section 1: no change is shown, and a line beside it would be
    // read as one).
    const ReportComparison *lineComparison = data.comparisons.empty() || data.comparisonSeries.buckets.empty()
                                                 ? nullptr
                                                 : &data.comparisons.back();
    bool anyLine = false;
    std::vector<ReportChart> charts;
    for (const Spec &spec : specs) {
        ReportChart chart;
        chart.title = kpiLabel(spec.id);
        chart.labels = labels;
        chart.values = seriesValues(series, spec.id, firstDay);
        if (lineComparison && lineComparison->kpis[size_t(spec.id)].comparable) {
            chart.previous = seriesValues(data.comparisonSeries, spec.id, firstDay);
            anyLine = true;
        }
        chart.partialIndex = partialIndex;
        chart.formatTick = spec.format;
        chart.wholeSteps = spec.count;
        charts.push_back(std::move(chart));
    }
    const bool landscape = flow.width() > flow.style().mm(200);
    const int perRow = landscape ? 3 : 2;
    const qreal height = flow.style().mm(landscape ? 62 : 64);
    const QString current = formatDateRange(series.period, locale);
    const QString previous =
        !anyLine ? QString()
                 : ReportSalesText::tr("%1: %2").arg(data.comparisonSeriesTitle,
                                                     formatDateRange(data.comparisonSeries.period, locale));
    for (size_t i = 0; i < charts.size(); i += size_t(perRow)) {
        std::vector<ReportChart> row(charts.begin() + long(i),
                                     charts.begin() + long(std::min(charts.size(), i + size_t(perRow))));
        // The legend above the first row only.
        flow.add(std::make_unique<ReportChartBlock>(flow.style(), flow.width(), height, std::move(row),
                                                    i == 0 ? current : QString(),
                                                    i == 0 ? previous : QString()));
    }
    const QString grain = series.grain == Grain::Day    ? ReportSalesText::tr("day")
                          : series.grain == Grain::Week ? ReportSalesText::tr("week (Monday to Sunday)")
                                                        : ReportSalesText::tr("month");
    QStringList notes{anyLine
                          ? ReportSalesText::tr("One point per %1; the dashed line is the comparison period, "
                                                "aligned bucket by bucket.")
                                .arg(grain)
                          : ReportSalesText::tr("One point per %1.").arg(grain)};
    if (lineComparison && !anyLine)
        notes.append(ReportSalesText::tr("No comparison line: the comparison period holds too little data to "
                                         "compare with."));
    if (partialIndex >= 0)
        notes.append(ReportSalesText::tr("The last %1 is not over yet: its figures are to date, drawn with a "
                                         "dashed line and a hatched column.")
                         .arg(grain));
    notes.append(
        ReportSalesText::tr("A bucket cut by the period's start or end holds only its days inside the "
                            "period."));
    flow.note(notes.join(QLatin1Char(' ')));
}

void appendProductSection(ReportFlow &flow, const ReportData &data)
{
    flow.heading(reportSectionTitle(ReportSection::Products));
    flow.note(formatPeriod(data.analytics->kpis.period, flow.locale()));
    if (const Breakdown *b = findBreakdown(data, BreakdownDimension::Product)) {
        // No product rows although the period has lines (every line has a row of the stores): the lines
        // name no product or only ones marked "not a product", such as the "Unspecified" stand-in of an
        // export with one row per order (trial 10: "Top 0 products by net sales. No sales in the period."
        // beside $32,554 of sales).
        const Breakdown *stores = findBreakdown(data, BreakdownDimension::Store);
        const bool hasLines = stores && !stores->rows.empty();
        appendBreakdown(flow, *b,
                        b->rows.empty() ? ReportSalesText::tr("Top products by net sales")
                                        : ReportSalesText::tr("Top %Ln product(s) by net sales", nullptr,
                                                              int(b->rows.size())),
                        ReportSalesText::tr("Product"), true,
                        hasLines ? ReportSalesText::tr("The orders of the period carry no products: import "
                                                       "order lines with products to see a ranking.")
                                 : QString());
    }
    if (const Breakdown *b = findBreakdown(data, BreakdownDimension::Category))
        appendBreakdown(flow, *b, ReportSalesText::tr("Categories"), ReportSalesText::tr("Category"), false);
    if (const Breakdown *b = findBreakdown(data, BreakdownDimension::Store))
        appendBreakdown(flow, *b, ReportSalesText::tr("Stores"), ReportSalesText::tr("Store"), false);
    if (const Breakdown *b = findBreakdown(data, BreakdownDimension::Channel))
        appendBreakdown(flow, *b, ReportSalesText::tr("Channels"), ReportSalesText::tr("Channel"), false);
}

} // namespace storelens::ui
