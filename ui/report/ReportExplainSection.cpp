// The report's "What changed" section (issue 19, METRICS.md section 9): for net sales and the two KPIs that
// moved most beyond normal variation, the engine's sentence, the waterfall and the largest parts.
#include "core/analytics/explain/Explain.h"
#include "core/session/WorkspaceSession.h"
#include "ui/dashboard/ExplainFormat.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportFlow.h"
#include "ui/report/ReportFormat.h"
#include "ui/report/ReportSections.h"
#include "ui/report/ReportTableBlock.h"
#include "ui/report/ReportTextBlock.h"
#include "ui/report/ReportWaterfallBlock.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

namespace {

using core::analytics::KpiId;
using core::analytics::explain::Contribution;
using ExplanationPtr = std::shared_ptr<const Explanation>;

class ReportExplainText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportExplainSection)
};

constexpr size_t kMovedMost = 2;
constexpr size_t kMembersPerDimension = 3;

bool beyondNormalVariation(const Explanation &e)
{
    return e.comparable && e.verdict.tested && !e.verdict.withinNormalVariation;
}

void appendExplanation(ReportFlow &flow, const Explanation &e)
{
    const QLocale &locale = flow.locale();
    flow.subheading(core::analytics::kpiLabel(e.kpi));
    if (!e.comparable) {
        flow.paragraph(ReportExplainText::tr("There is no change to explain: %1").arg(e.notComparableReason));
        return;
    }
    // The sentence stays on the page of its waterfall.
    flow.add(std::make_unique<ReportTextBlock>(flow.style(), flow.width(), ReportStyle::Font::Body,
                                               e.sentence))
        ->setKeepWithNext(true);
    if (!e.bridgeNote.isEmpty())
        flow.note(e.bridgeNote);
    const Dimension byStore = Dimension::Store;
    flow.add(std::make_unique<ReportWaterfallBlock>(flow.style(), waterfallTitle(e, byStore),
                                                    explanationSteps(e, byStore),
                                                    [kpi = e.kpi, locale](double value, bool part) {
                                                        return formatExplainAmount(kpi, value, part, locale);
                                                    }));
    flow.note(variationText(e, locale));
    std::vector<ReportColumn> columns{{ReportExplainText::tr("By"), 1.4, Qt::AlignLeft},
                                      {ReportExplainText::tr("Member"), 2.6, Qt::AlignLeft},
                                      {ReportExplainText::tr("Before"), 1.4, Qt::AlignRight},
                                      {ReportExplainText::tr("Now"), 1.4, Qt::AlignRight},
                                      {ReportExplainText::tr("Part of the change"), 1.6, Qt::AlignRight}};
    auto table = std::make_unique<ReportTableBlock>(flow.style(), flow.width(), columns);
    for (const auto &d : e.contributions) {
        // A dimension with one member says nothing the total does not.
        if (d.members.size() < 2)
            continue;
        for (size_t i = 0; i < d.members.size() && i < kMembersPerDimension; ++i) {
            const Contribution &c = d.members[i];
            table->addRow({i == 0 ? dimensionTitle(d.dimension) : QString(),
                           memberText(d.dimension, c.member),
                           formatExplainAmount(e.kpi, c.value0, false, locale),
                           formatExplainAmount(e.kpi, c.value1, false, locale),
                           formatExplainAmount(e.kpi, c.change, true, locale)});
        }
    }
    if (table->rowCount() > 0) {
        flow.add(std::move(table));
        const bool mixAndRate = std::any_of(e.contributions.begin(), e.contributions.end(),
                                            [](const auto &d) { return hasMixAndRate(&d); });
        flow.note(mixAndRate ? ReportExplainText::tr("For a ratio each member's part is its mix effect (its "
                                                     "share moved) plus its rate effect (its own value "
                                                     "moved); the parts of a dimension add up to the "
                                                     "change.")
                             : ReportExplainText::tr("The parts of a dimension add up to the change."));
    }
}

} // namespace

core::Result<std::vector<ExplanationPtr>> computeReportExplanations(core::session::WorkspaceSession &session,
                                                                    const ReportData &data,
                                                                    const TaskControl &control,
                                                                    std::set<KpiId> *beyond)
{
    std::vector<ExplanationPtr> out;
    if (data.comparisons.empty())
        return out; // nothing to compare with
    // The KPI table's first column: "What changed" explains the change against the same figures the table
    // shows, as the screen's Why? panel explains its tile. A template's previous week, month or quarter; or
    // the comparison the engine chose, which for a period not over yet is cut like for like (trial 22en:
    // "This year" to 30/11/2026 against 01/01–30/11/2025 in the table, but against the 334 days before,
    // 01/02–31/12/2025, in "What changed", since data.query holds the period already cut to date).
    core::analytics::Query query = data.query;
    if (query.comparison == core::analytics::Comparison::None)
        query.comparison = core::analytics::Comparison::PreviousPeriod;
    query.comparisonPeriod = data.comparisons.front().period;
    auto resolved = session.resolve(query, control);
    if (!resolved)
        return resolved.error();
    // The verdicts first without dimensions (quick), then the chosen ones with their contributions: one
    // batch each, so the customer facts and the KPI report are built twice, not once per KPI.
    std::vector<KpiId> candidates;
    for (int i = 0; i < core::analytics::kKpiCount; ++i) {
        const auto kpi = KpiId(i);
        if (kpi != KpiId::NetSales && core::analytics::explain::canExplain(kpi))
            candidates.push_back(kpi);
    }
    auto verdicts = session.explainEach(resolved.value(), candidates, {}, control);
    if (!verdicts)
        return verdicts.error();
    std::vector<ExplanationPtr> others;
    for (const ExplanationPtr &e : verdicts.value()) {
        if (beyondNormalVariation(*e))
            others.push_back(e);
    }
    if (beyond) {
        for (const ExplanationPtr &e : others)
            beyond->insert(e->kpi);
    }
    const auto moved = [](const ExplanationPtr &e) {
        return e->hasRelativeChange ? std::fabs(e->relativeChange) : 0.0;
    };
    std::stable_sort(others.begin(), others.end(),
                     [&](const ExplanationPtr &a, const ExplanationPtr &b) { return moved(a) > moved(b); });
    std::vector<KpiId> chosen{KpiId::NetSales};
    for (size_t i = 0; i < others.size() && i < kMovedMost; ++i)
        chosen.push_back(others[i]->kpi);
    auto explained = session.explainEach(resolved.value(), chosen, explainDimensions(), control);
    if (!explained)
        return explained.error();
    out = std::move(explained).value();
    for (const ExplanationPtr &e : out) {
        if (beyond && beyondNormalVariation(*e))
            beyond->insert(e->kpi); // net sales
    }
    return out;
}

void appendExplainSection(ReportFlow &flow, const ReportData &data)
{
    if (data.explanations.empty())
        return;
    flow.heading(ReportExplainText::tr("What changed"));
    const Explanation &first = *data.explanations.front();
    if (first.comparisonPeriod.isValid())
        flow.note(ReportExplainText::tr("%1 against %2. Net sales, then the figures that moved most beyond "
                                        "normal variation, split into parts that add up to the change.")
                      .arg(formatPeriod(first.period, flow.locale()),
                           formatPeriod(first.comparisonPeriod, flow.locale())));
    for (const ExplanationPtr &e : data.explanations)
        appendExplanation(flow, *e);
}

} // namespace storelens::ui
