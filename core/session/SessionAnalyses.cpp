// The WorkspaceSession's analyses for the views: overview, cohorts, segments, customers, profile, predictions
// and the filter choices (the report's is in SessionReport.cpp).
#include "core/session/WorkspaceSession.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/Periods.h"
#include "core/analytics/segments/SegmentRuleCatalog.h"
#include "core/model/Countries.h"
#include "core/model/Money.h"
#include "core/session/SourceWarnings.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace storelens::core::session {

using namespace analytics;

namespace {

// The alphabetical (case-insensitive) rank of each row's value (`value(row)`) among the distinct values.
template<typename Value> std::vector<int32_t> ranks(const std::vector<MemberRow> &rows, Value value)
{
    QStringList distinct;
    QHash<QString, int32_t> seen;
    for (const MemberRow &row : rows) {
        const QString v = value(row);
        if (!seen.contains(v)) {
            seen.insert(v, 0);
            distinct.append(v);
        }
    }
    std::sort(distinct.begin(), distinct.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    for (int32_t i = 0; i < int32_t(distinct.size()); ++i)
        seen[distinct.at(i)] = i;
    std::vector<int32_t> result;
    result.reserve(rows.size());
    for (const MemberRow &row : rows)
        result.push_back(seen.value(value(row)));
    return result;
}

std::vector<int32_t> ranks(const std::vector<MemberRow> &rows, QString MemberRow::*field)
{
    return ranks(rows, [field](const MemberRow &row) { return row.*field; });
}

// Country keys to their names in the user's language (empty for none), each looked up once.
class CountryNames
{
public:
    QString operator()(const QString &key)
    {
        auto it = m_names.constFind(key);
        if (it == m_names.constEnd())
            it = m_names.insert(key, key.isEmpty() ? QString() : countryDisplayName(key));
        return *it;
    }

private:
    QHash<QString, QString> m_names;
};

QStringList sorted(QStringList values)
{
    values.sort(Qt::CaseInsensitive);
    return values;
}

// Net sales by calendar month of the period (clipped to it) and of the same days one year earlier: the
// monthly series' own figures when the trend is monthly, else summed from the daily net sales the KPIs'
// passes yielded. A month whose days (or whose days a year earlier) lie wholly outside the data (coverage 0,
// METRICS.md section 1) has no figure there: NaN, drawn as missing, never as a month without sales.
void fillYearOverYear(const Period &period, const KpiReportDays &days, OverviewResult &out)
{
    if (!period.isValid() || !days.period.covers(period) ||
        !days.yearEarlier.covers(samePeriodLastYear(period)))
        return;
    const TimeSeries &series = out.series;
    const bool monthly = series.grain == Grain::Month && !series.buckets.empty();
    if (monthly) {
        out.monthlyNet = series.series(KpiId::NetSales);
        out.monthlyNetYearEarlier = series.netYearEarlier;
    }
    const QDate firstDataDay = out.kpis.firstDataDay;
    const QDate asOf = out.kpis.asOf;
    constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
    for (QDate start = bucketStart(period.from, Grain::Month); start <= period.to;
         start = nextBucketStart(start, Grain::Month)) {
        const size_t i = out.months.size();
        const Period month{std::max(start, period.from),
                           std::min(nextBucketStart(start, Grain::Month).addDays(-1), period.to)};
        const Period earlier = samePeriodLastYear(month);
        out.months.push_back(start);
        if (!monthly) {
            out.monthlyNet.push_back(Money::fromUnits(days.period.netOver(month.from, month.to)).toDouble());
            const bool anyEarlier = days.yearEarlier.linesOver(earlier.from, earlier.to) > 0;
            const int64_t net = days.yearEarlier.netOver(earlier.from, earlier.to);
            out.monthlyNetYearEarlier.push_back(anyEarlier ? Money::fromUnits(net).toDouble() : 0.0);
        }
        if (i < out.monthlyNet.size() && periodCoverage(month, firstDataDay, asOf) <= 0.0)
            out.monthlyNet[i] = kMissing;
        if (i < out.monthlyNetYearEarlier.size() && periodCoverage(earlier, firstDataDay, asOf) <= 0.0)
            out.monthlyNetYearEarlier[i] = kMissing;
    }
}

// Resolves `query` (progress 0 to resolvedAt), then runs `analysis` on the resolved query.
template<typename Analysis>
auto afterResolving(WorkspaceSession &session, const Query &query, int resolvedAt, const TaskControl &control,
                    Analysis analysis) -> decltype(analysis(ResolvedQueryPtr()))
{
    Result<ResolvedQueryPtr> resolved = session.resolve(query, control.stage(0, resolvedAt));
    if (!resolved)
        return resolved.error();
    return analysis(resolved.value());
}

// A result that keeps the resolved query and its snapshot.
template<typename R> std::shared_ptr<R> newResult(const ResolvedQueryPtr &resolved)
{
    auto result = std::make_shared<R>();
    result->resolved = resolved;
    result->snapshot = resolved->snapshot;
    return result;
}

} // namespace

Result<OverviewResultPtr> WorkspaceSession::overview(const Query &query, const OverviewRequest &request,
                                                     const TaskControl &control)
{
    return afterResolving(*this, query, 55, control,
                          [&](const ResolvedQueryPtr &q) { return overview(q, request, control); });
}

Result<CohortsResultPtr> WorkspaceSession::cohorts(const Query &query, const TaskControl &control)
{
    return afterResolving(*this, query, 85, control,
                          [&](const ResolvedQueryPtr &q) { return cohorts(q, control); });
}

Result<SegmentsResultPtr> WorkspaceSession::segments(const Query &query, const TaskControl &control)
{
    return afterResolving(*this, query, 65, control,
                          [&](const ResolvedQueryPtr &q) { return segments(q, control); });
}

Result<CustomersResultPtr> WorkspaceSession::customers(const Query &query, const TaskControl &control)
{
    return afterResolving(*this, query, 65, control,
                          [&](const ResolvedQueryPtr &q) { return customers(q, control); });
}

Result<PredictionsResultPtr> WorkspaceSession::predictions(const Query &query, const QDate &calibrationEnd,
                                                           const TaskControl &control,
                                                           std::optional<clv::PurchaseModelKind> model)
{
    clv::WorkspaceClvRequest request;
    request.calibrationEnd = calibrationEnd;
    request.model = model;
    return afterResolving(*this, query, 60, control,
                          [&](const ResolvedQueryPtr &q) { return predictions(q, request, control); });
}

Result<OverviewResultPtr> WorkspaceSession::overview(const ResolvedQueryPtr &resolved,
                                                     const OverviewRequest &request,
                                                     const TaskControl &control)
{
    const ResolvedQuery &q = *resolved;
    auto result = newResult<OverviewResult>(resolved);
    result->query = q.query;
    const CancelCheck stop = control.cancelCheck();
    const Snapshot &s = q.data();
    // Built once: the KPIs, both series and the report's extra comparison columns read the same facts.
    auto facts = std::make_shared<const KpiCustomerFacts>(buildKpiCustomerFacts(s, *q.filter));
    result->facts = facts;
    // The daily net sales the KPIs' passes yield: the series and the year-over-year chart read the
    // year-earlier days from them, so each period's lines are summed once.
    KpiReportDays days;
    Result<KpiReport> kpis = computeKpiReport(q.snapshot, q.query, *q.filter, stop, facts.get(), &days);
    if (!kpis)
        return kpis.error();
    result->kpis = std::move(kpis).value();
    const Result<WorkspaceSettingsPtr> current = settings();
    if (!current)
        return current.error();
    addSourceWarnings(result->kpis, s, current.value()->sourceNotes);
    addSourceEndWarnings(result->kpis, s);
    control.progress(75);

    const Period &period = result->kpis.period;
    if (request.series) {
        const Grain grain = chartGrain(period.days());
        const int window = q.query.activityWindowDays;
        result->series =
            computeTimeSeries(s, *q.filter, *facts, period, grain, stop, window, &days.yearEarlier);
        if (result->kpis.comparisonPeriod.isValid())
            result->comparisonSeries = computeTimeSeries(s, *q.filter, *facts, result->kpis.comparisonPeriod,
                                                         grain, stop, window, &days.comparisonYearEarlier);
        if (control.cancelled())
            return cancelledError();
    }
    control.progress(88);
    if (request.yearOverYear)
        fillYearOverYear(period, days, *result);
    if (request.breakdowns) {
        for (BreakdownDimension d :
             {BreakdownDimension::Store, BreakdownDimension::Channel, BreakdownDimension::Country,
              BreakdownDimension::Category, BreakdownDimension::Product}) {
            result->breakdowns.push_back(computeBreakdown(
                s, *q.filter, period, d, d == BreakdownDimension::Product ? request.topProducts : 0, stop));
            if (control.cancelled())
                return cancelledError();
        }
    }
    control.progress(100);
    return OverviewResultPtr(std::move(result));
}

Result<CohortsResultPtr> WorkspaceSession::cohorts(const ResolvedQueryPtr &resolved,
                                                   const TaskControl &control)
{
    const ResolvedQuery &q = *resolved;
    auto result = newResult<CohortsResult>(resolved);
    if (q.isEmpty())
        return CohortsResultPtr(std::move(result));
    result->lineMask = q.sharedMask();
    result->range = q.period;
    const Grain grain = q.query.cohortGrain == Grain::Day ? Grain::Month : q.query.cohortGrain;
    result->matrix = CohortMatrix::compute(q.data(), q.mask(), grain, result->range);
    if (control.cancelled())
        return cancelledError();
    control.progress(100);
    return CohortsResultPtr(std::move(result));
}

Result<SegmentsResultPtr> WorkspaceSession::segments(const ResolvedQueryPtr &resolved,
                                                     const TaskControl &control)
{
    const ResolvedQuery &q = *resolved;
    auto result = newResult<SegmentsResult>(resolved);
    if (q.isEmpty())
        return SegmentsResultPtr(std::move(result));
    result->lineMask = q.sharedMask();
    Result<WorkspaceSettingsPtr> current = settings();
    if (!current)
        return current.error();
    const WorkspaceSettings &st = *current.value();
    Result<std::shared_ptr<const CustomerBase>> cached = customerBase(q, control);
    if (!cached)
        return cached.error();
    std::shared_ptr<const CustomerBase> base = cached.value();
    // Saved rules on predicted CLV or probability alive read the fitted models of the same lines.
    if (std::any_of(st.segments.begin(), st.segments.end(),
                    [](const SavedSegment &segment) { return clv::ruleUsesClv(segment.rule); })) {
        Result<std::shared_ptr<const clv::WorkspaceClv>> fitted = clv(q, QDate(), control);
        if (!fitted)
            return fitted.error();
        auto withClv = std::make_shared<CustomerBase>(*base);
        clv::attachClv(*withClv, *fitted.value());
        base = std::move(withClv);
    }
    result->base = base;
    if (control.cancelled())
        return cancelledError();
    control.progress(80);

    result->rfm = summarizeRfmSegments(*base);
    result->lifecycle = summarizeLifecycle(*base);
    result->tiers = summarizeValueTiers(*base);
    for (size_t row = 0; row < base->size(); ++row) {
        const size_t cell = size_t((base->rfm.r[row] - 1) * 5 + (base->rfm.fm[row] - 1));
        ++result->cellCustomers[cell];
        result->cellNetSales[cell] += base->metrics.netSales[size_t(base->metrics.population[row])];
    }
    if (control.cancelled())
        return cancelledError();
    control.progress(90);

    result->savedSegments = st.segments;
    for (const SavedSegment &segment : result->savedSegments) {
        Result<std::vector<uint8_t>> flags = segment.rule.evaluate(*base, q.data(), q.mask());
        if (!flags)
            return flags.error();
        result->saved.push_back(summarizeSegment(*base, flags.value(), segment.name));
        result->savedMembers.push_back(std::move(flags).value());
        if (control.cancelled())
            return cancelledError();
    }
    for (const RuleField field : ruleFields()) {
        QStringList values = ruleFieldValues(field, q.data(), base->grid);
        if (!values.isEmpty())
            result->fieldValues.insert(int(field), std::move(values));
    }
    control.progress(100);
    return SegmentsResultPtr(std::move(result));
}

Result<CustomersResultPtr> WorkspaceSession::customers(const ResolvedQueryPtr &resolved,
                                                       const TaskControl &control)
{
    const ResolvedQuery &q = *resolved;
    auto result = newResult<CustomersResult>(resolved);
    if (q.isEmpty())
        return CustomersResultPtr(std::move(result));
    result->lineMask = q.sharedMask();
    Result<std::shared_ptr<const CustomerBase>> base = customerBase(q, control);
    if (!base)
        return base.error();
    result->base = base.value();
    control.progress(85);

    result->rows = segmentMembers(*result->base, q.data(), std::vector<uint8_t>(result->base->size(), 1));
    result->rowOfId.reserve(qsizetype(result->rows.size()));
    result->searchKeys.reserve(result->rows.size());
    const QChar separator(QLatin1Char('\n'));
    CountryNames countryName; // a country is found by its name in the user's language, as the list shows it
    for (size_t row = 0; row < result->rows.size(); ++row) {
        const MemberRow &m = result->rows[row];
        result->rowOfId.insert(m.customerId, int(row));
        result->searchKeys.push_back(QString(m.customerId + separator + m.name + separator + m.email +
                                             separator + countryName(m.country) + separator + m.segment)
                                         .toCaseFolded());
        if (row % 4096 == 0 && control.cancelled())
            return cancelledError();
    }
    result->idRanks = ranks(result->rows, &MemberRow::customerId);
    result->nameRanks = ranks(result->rows, &MemberRow::name);
    result->countryRanks =
        ranks(result->rows, [&countryName](const MemberRow &m) { return countryName(m.country); });
    result->segmentRanks = ranks(result->rows, &MemberRow::segment);
    control.progress(100);
    return CustomersResultPtr(std::move(result));
}

Result<CustomerProfile> WorkspaceSession::customerProfile(const ResolvedQuery &resolved, int32_t customer,
                                                          const TaskControl &control)
{
    if (resolved.isEmpty() || customer < 0 || size_t(customer) >= resolved.data().customers.size())
        return CustomerProfile();
    CustomerProfile profile = CustomerProfile::compute(resolved.data(), resolved.mask(), customer);
    if (control.cancelled())
        return cancelledError();
    return profile;
}

Result<PredictionsResultPtr> WorkspaceSession::predictions(const ResolvedQueryPtr &resolved,
                                                           const clv::WorkspaceClvRequest &request,
                                                           const TaskControl &control)
{
    const ResolvedQuery &q = *resolved;
    auto result = newResult<PredictionsResult>(resolved);
    result->firstDate = q.data().firstDate();
    Result<std::shared_ptr<const clv::WorkspaceClv>> fitted = clv(q, request, control.stage(60, 95));
    if (!fitted)
        return fitted.error();
    result->clv = fitted.value();
    control.progress(95);
    // Without a spend model every CLV is NaN, and so is the total: the views say why instead.
    for (const clv::CustomerClv &c : result->clv->result.customers) {
        result->totalClv += c.predictedClv;
        result->expectedPurchases52Weeks += c.expectedPurchases52Weeks;
        result->likelyActive +=
            c.probabilityAlive >= 0.5 ? 1 : 0; // "probably still a customer" (METRICS.md 8)
    }
    result->histogram = clvHistogram(result->clv->result.customers);
    control.progress(100);
    return PredictionsResultPtr(std::move(result));
}

Result<FilterChoices> WorkspaceSession::filterChoices(const TaskControl &control)
{
    Result<SnapshotPtr> loaded = snapshot(control.stage(0, 90));
    if (!loaded)
        return loaded.error();
    Result<WorkspaceSettingsPtr> current = settings();
    if (!current)
        return current.error();
    const Snapshot &s = *loaded.value();
    FilterChoices choices;
    choices.firstDay = s.firstDate();
    choices.asOf = s.asOfDate();
    choices.stores = sorted(s.stores);
    choices.channels = sorted(s.channels);
    // In the order of their names in the user's language, as the picker shows them.
    choices.countries = s.countries;
    CountryNames countryName;
    std::stable_sort(choices.countries.begin(), choices.countries.end(),
                     [&countryName](const QString &a, const QString &b) {
                         return countryName(a).compare(countryName(b), Qt::CaseInsensitive) < 0;
                     });
    choices.categories = sorted(s.categories);
    for (const SavedSegment &segment : current.value()->segments)
        choices.segments.append(segment.name);
    control.progress(100);
    return choices;
}

} // namespace storelens::core::session
