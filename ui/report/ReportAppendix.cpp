#include "core/analytics/kpi/Glossary.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportFlow.h"
#include "ui/report/ReportSections.h"
#include "ui/report/ReportTableBlock.h"

#include <QCoreApplication>

namespace storelens::ui {

namespace {

using namespace core::analytics;

class ReportAppendixText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportAppendix)
};

std::unique_ptr<ReportTableBlock> definitionTable(const ReportFlow &flow, const QString &what)
{
    return std::make_unique<ReportTableBlock>(
        flow.style(), flow.width(),
        std::vector<ReportColumn>{{what, 1.3, Qt::AlignLeft},
                                  {ReportAppendixText::tr("Definition"), 4.2, Qt::AlignLeft}});
}

void appendOtherDefinitions(ReportFlow &flow, const ReportData &data)
{
    const ReportSections sections = data.options.sections;
    auto table = definitionTable(flow, ReportAppendixText::tr("Figure"));
    if (sections.testFlag(ReportSection::Kpis)) {
        table->addRow(
            {ReportAppendixText::tr("Comparison"),
             ReportAppendixText::tr("The previous period is the period of the same length ending the day "
                                    "before the report's period; a weekly, monthly or quarterly report "
                                    "compares with the calendar week, month or quarter before and with "
                                    "the same one a year earlier (weeks: 52 weeks earlier).")});
        table->addRow(
            {ReportAppendixText::tr("Change, change %"),
             ReportAppendixText::tr("Change = value − comparison; change % = (value − comparison) ÷ "
                                    "|comparison|, no data when the comparison is 0. Ratios change in "
                                    "percentage points (pp).")});
        table->addRow(
            {ReportAppendixText::tr("Target"),
             ReportAppendixText::tr("The target saved for the KPI in this workspace; met when the value "
                                    "is at or beyond it in the KPI's good direction.")});
    }
    if (sections.testFlag(ReportSection::Trends))
        table->addRow(
            {ReportAppendixText::tr("Trend charts"),
             ReportAppendixText::tr("Each point is the KPI computed over the days of one bucket exactly "
                                    "as over the whole period.")});
    if (sections.testFlag(ReportSection::Products))
        table->addRow(
            {ReportAppendixText::tr("Top products, categories, stores, channels"),
             ReportAppendixText::tr("Net sales of the period's lines (returns included), their share of "
                                    "the period's net sales, orders with a sale line of the product or "
                                    "group, and units sold on sale lines.")});
    if (sections.testFlag(ReportSection::Cohorts))
        table->addRow(
            {ReportAppendixText::tr("Cohort retention"),
             ReportAppendixText::tr("A customer's cohort is the week (Monday start), month or quarter of "
                                    "their first sale line. Retention at age k = customers of the cohort "
                                    "with a sale line in period cohort + k ÷ cohort size (age 0 is 100 %). "
                                    "A cell whose period ends after the as-of date is partial.")});
    if (sections.testFlag(ReportSection::Segments)) {
        table->addRow(
            {ReportAppendixText::tr("RFM scores"),
             ReportAppendixText::tr("Recency = days from the last sale line to the day after the as-of "
                                    "date; frequency = distinct orders with sale lines; monetary = net "
                                    "sales up to the as-of date. Each is scored 1–5 by tie-aware "
                                    "percentile; recency is scored so the most recent score 5. FM = "
                                    "(F + M) ÷ 2 rounded half up.")});
        table->addRow(
            {ReportAppendixText::tr("RFM segments"),
             ReportAppendixText::tr("Named by recency score R and FM score with the workspace's segment "
                                    "grid (the RFM grid above).")});
        table->addRow(
            {ReportAppendixText::tr("Lifecycle stages"),
             ReportAppendixText::tr("New: first purchase within the last 30 days; Lapsed: no purchase in "
                                    "the last 180 days; At risk: no purchase in the last 90 days; Active: "
                                    "everyone else. Evaluated in that order, with the workspace's "
                                    "thresholds.")});
        table->addRow(
            {ReportAppendixText::tr("Value tiers"),
             ReportAppendixText::tr("By historical CLV percentile: High at 80 % or more, Medium from 50 % "
                                    "to under 80 %, Low the rest.")});
        table->addRow(
            {ReportAppendixText::tr("Segment figures"),
             ReportAppendixText::tr("Share of customers and of net sales of the whole customer base; "
                                    "average order value = (G − D) ÷ orders; orders per customer; median "
                                    "recency in days.")});
    }
    if (sections.testFlag(ReportSection::Clv))
        table->addRow(
            {ReportAppendixText::tr("Predicted CLV"),
             ReportAppendixText::tr("BG/NBD (Fader, Hardie & Lee 2005) and Gamma-Gamma models fitted to "
                                    "every identified customer's purchase days; CLV over 12 months "
                                    "discounted monthly at 10 % a year. No prediction for fewer than 200 "
                                    "customers, under 90 days of history, no repeat buyers or a fit that "
                                    "does not converge.")});
    if (table->rowCount() > 0) {
        flow.subheading(ReportAppendixText::tr("Other figures"));
        flow.add(std::move(table));
    }
}

} // namespace

void appendAppendix(ReportFlow &flow, const ReportData &data)
{
    flow.heading(reportSectionTitle(ReportSection::Appendix));
    flow.paragraph(
        ReportAppendixText::tr("Every figure follows StoreLens' metric definitions. Money is exact and "
                               "rounded to two places only for display; ratios are shown as "
                               "percentages. Filters select order lines before anything is computed."));
    const KpiReport &report = data.analytics->kpis;
    if (data.options.sections.testFlag(ReportSection::Kpis)) {
        flow.subheading(ReportAppendixText::tr("KPIs"));
        auto table = std::make_unique<ReportTableBlock>(
            flow.style(), flow.width(),
            std::vector<ReportColumn>{{ReportAppendixText::tr("KPI"), 1.3, Qt::AlignLeft},
                                      {ReportAppendixText::tr("Definition"), 2.9, Qt::AlignLeft},
                                      {ReportAppendixText::tr("Formula"), 1.5, Qt::AlignLeft}});
        for (const KpiDefinition &d : kKpiCatalog)
            table->addRow({kpiLabel(d.id), kpiDescription(d.id), kpiFormula(d.id)});
        flow.add(std::move(table));

        auto missing = definitionTable(flow, ReportAppendixText::tr("KPI"));
        for (const KpiDefinition &d : kKpiCatalog) {
            const KpiValue &value = report.kpi(d.id).current;
            if (!value.hasData)
                missing->addRow({kpiLabel(d.id), value.noDataReason});
        }
        if (missing->rowCount() > 0) {
            flow.subheading(ReportAppendixText::tr("KPIs without data, and why"));
            flow.add(std::move(missing));
        }
    }
    appendOtherDefinitions(flow, data);
    // Every abbreviation and formula letter in words (issue 17).
    flow.subheading(ReportAppendixText::tr("Abbreviations"));
    auto words = definitionTable(flow, ReportAppendixText::tr("Abbreviation"));
    for (const GlossaryEntry &entry : glossary())
        words->addRow({entry.abbreviation, entry.meaning});
    flow.add(std::move(words));
}

} // namespace storelens::ui
