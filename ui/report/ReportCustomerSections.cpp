#include "core/analytics/clv/ClvExplanation.h"
#include "core/analytics/customers/CustomerLinks.h"
#include "ui/cohorts/CohortColourScale.h"
#include "ui/cohorts/CohortLabels.h"
#include "ui/common/Formatting.h"
#include "ui/predictions/PredictionsText.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportFlow.h"
#include "ui/report/ReportFormat.h"
#include "ui/report/ReportLegendBlock.h"
#include "ui/report/ReportRfmGridBlock.h"
#include "ui/report/ReportSections.h"
#include "ui/report/ReportTableBlock.h"

#include <QCoreApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

namespace {

using namespace core::analytics;

class ReportCustomerText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportSections)
};

QString grainPlural(Grain grain)
{
    switch (grain) {
    case Grain::Week:
        return ReportCustomerText::tr("weeks");
    case Grain::Quarter:
        return ReportCustomerText::tr("quarters");
    default:
        return ReportCustomerText::tr("months");
    }
}

void appendSummaryTable(ReportFlow &flow, const std::vector<SegmentSummary> &rows, const QString &what)
{
    const QLocale &locale = flow.locale();
    auto table = std::make_unique<ReportTableBlock>(
        flow.style(), flow.width(),
        std::vector<ReportColumn>{{what, 2.4, Qt::AlignLeft},
                                  {ReportCustomerText::tr("Customers"), 1.1, Qt::AlignRight},
                                  {ReportCustomerText::tr("Share of customers"), 1.1, Qt::AlignRight},
                                  {ReportCustomerText::tr("Share of net sales"), 1.1, Qt::AlignRight},
                                  {ReportCustomerText::tr("Net sales"), 1.5, Qt::AlignRight},
                                  {ReportCustomerText::tr("Average order value"), 1.2, Qt::AlignRight},
                                  {ReportCustomerText::tr("Orders per customer"), 1.1, Qt::AlignRight},
                                  {ReportCustomerText::tr("Median recency (days)"), 1.1, Qt::AlignRight}});
    for (const SegmentSummary &s : rows) {
        table->addRow(QStringList{
            s.name, formatCount(s.size, locale), formatPercent(s.shareOfCustomers, locale),
            s.shareOfNetSales ? formatPercent(*s.shareOfNetSales, locale) : reportNoData(),
            s.moneyUnknown() ? ReportCustomerText::tr("no prices imported")
                             : formatMoneyUnits(s.netSales, locale),
            s.aovUnits ? formatMoneyUnits(*s.aovUnits, locale) : reportNoData(),
            s.frequency ? locale.toString(*s.frequency, 'f', 2) : reportNoData(),
            s.medianRecencyDays ? locale.toString(*s.medianRecencyDays, 'f', 0) : reportNoData()});
    }
    flow.add(std::move(table));
}

// One heatmap table for ages [firstAge, endAge), cohorts as rows.
std::unique_ptr<ReportTableBlock> heatmapTable(const ReportFlow &flow, const CohortMatrix &m,
                                               const CohortColourScale &scale, ReportStyle::Font font,
                                               qreal labelWidth, qreal sizeWidth, qreal ageWidth,
                                               int firstAge, int endAge)
{
    const QLocale &locale = flow.locale();
    std::vector<ReportColumn> columns{{ReportCustomerText::tr("Cohort"), labelWidth, Qt::AlignLeft},
                                      {ReportCustomerText::tr("Size"), sizeWidth, Qt::AlignRight}};
    for (int age = firstAge; age < endAge; ++age)
        columns.push_back({locale.toString(age), ageWidth, Qt::AlignCenter});
    const qreal width = labelWidth + sizeWidth + ageWidth * (endAge - firstAge);
    auto table = std::make_unique<ReportTableBlock>(flow.style(), width, std::move(columns), font);
    table->setZebra(false);
    table->setCellGrid(true);
    for (int c = 0; c < int(m.cohorts().size()); ++c) {
        const Cohort &cohort = m.cohorts()[size_t(c)];
        std::vector<ReportCell> cells{ReportCell{cohortPeriodName(m.grain(), cohort.periodIndex, locale)},
                                      ReportCell{formatCount(cohort.size, locale)}};
        for (int age = firstAge; age < endAge; ++age) {
            const auto value = m.value(CohortMetric::Retention, c, age);
            if (!value) {
                cells.push_back(ReportCell{});
                continue;
            }
            ReportCell cell{formatPercent(*value, locale, 0), ReportStyle::ramp(scale.position(*value))};
            if (m.isPartial(c, age))
                cell.hatch = true;
            cells.push_back(cell);
        }
        table->addRow(std::move(cells));
    }
    return table;
}

// Why the customer sections are empty when no sale of the workspace names a customer; empty otherwise.
QString noCustomersReason(const ReportData &data, int64_t customers)
{
    if (customers > 0 || !data.overview || !data.overview->snapshot)
        return {};
    return noIdentifiedCustomersReason(*data.overview->snapshot);
}

} // namespace

void appendCohortSection(ReportFlow &flow, const ReportData &data)
{
    const ReportStyle &style = flow.style();
    const QLocale &locale = flow.locale();
    flow.heading(reportSectionTitle(ReportSection::Cohorts));
    const CohortMatrix &m = *data.cohorts;
    if (m.cohorts().empty()) {
        const QString reason = noCustomersReason(data, 0);
        if (!reason.isEmpty())
            flow.paragraph(reason);
        else
            flow.note(ReportCustomerText::tr("No customer made a first purchase in %1.")
                          .arg(formatPeriod(data.cohortRange, locale)));
        return;
    }
    flow.paragraph(
        ReportCustomerText::tr("Customer retention: the share of each cohort's customers who bought "
                               "in each of the %1 after their first purchase (0 is the first). Cohorts "
                               "whose first purchase falls in %2.")
            .arg(grainPlural(m.grain()), formatPeriod(data.cohortRange, locale)));
    const CohortColourScale scale =
        CohortColourScale::forMatrix(m, CohortMetric::Retention, QPalette(Qt::white));
    // The largest font at which the ages fit in at most two column groups; smaller fonts stay legible.
    ReportStyle::Font font = ReportStyle::Font::Table;
    qreal labelWidth = 0;
    qreal sizeWidth = 0;
    qreal ageWidth = 0;
    int perGroup = 1;
    for (ReportStyle::Font f : {ReportStyle::Font::Table, ReportStyle::Font::Tiny}) {
        const QFontMetricsF fm = style.metrics(f);
        const qreal pad = style.pt(3) * 2 + style.pt(1);
        labelWidth = fm.horizontalAdvance(ReportCustomerText::tr("Cohort"));
        for (const Cohort &cohort : m.cohorts())
            labelWidth = std::max(
                labelWidth, fm.horizontalAdvance(cohortPeriodName(m.grain(), cohort.periodIndex, locale)));
        labelWidth += pad;
        sizeWidth = fm.horizontalAdvance(locale.toString(99999)) + pad;
        ageWidth = fm.horizontalAdvance(formatPercent(1.0, locale, 0)) + pad;
        perGroup = std::max(1, int((flow.width() - labelWidth - sizeWidth) / ageWidth));
        font = f;
        if (perGroup >= m.ageCount())
            break;
    }
    const int groups = (m.ageCount() + perGroup - 1) / perGroup;
    perGroup = (m.ageCount() + groups - 1) / groups;
    ageWidth = std::min(style.pt(40), (flow.width() - labelWidth - sizeWidth) / perGroup);
    for (int g = 0; g < groups; ++g) {
        const int first = g * perGroup;
        const int end = std::min(m.ageCount(), first + perGroup);
        if (groups > 1)
            flow.subheading(ReportCustomerText::tr("%1 to %2 %3 after the first purchase")
                                .arg(first)
                                .arg(end - 1)
                                .arg(grainPlural(m.grain())));
        flow.add(heatmapTable(flow, m, scale, font, labelWidth, sizeWidth, ageWidth, first, end));
    }
    const double max = scale.maximum();
    flow.add(std::make_unique<ReportLegendBlock>(
        style, flow.width(),
        QStringList{formatPercent(0, locale, 0), formatPercent(max / 2, locale, 0),
                    formatPercent(max, locale, 0)},
        ReportCustomerText::tr("To date: the period is still running"),
        ReportCustomerText::tr("Blank: not reached yet")));
    flow.note(
        ReportCustomerText::tr("Shading runs from 0 to the highest retention after the first period (%1); "
                               "darker means more customers came back.")
            .arg(formatPercent(max, locale, 0)));
}

void appendSegmentSection(ReportFlow &flow, const ReportData &data)
{
    const QLocale &locale = flow.locale();
    const ReportCustomerBase &base = *data.customerBase;
    flow.heading(reportSectionTitle(ReportSection::Segments));
    // No sale names a customer at all (guest sales only): one sentence with the reason, not two pages of
    // all-zero tables (trial 12b).
    if (const QString reason = noCustomersReason(data, base.customers); !reason.isEmpty()) {
        flow.paragraph(reason);
        return;
    }
    // The value tiers partition the customers: their members without prices are the population's.
    int64_t withoutPrices = 0;
    for (const SegmentSummary &s : base.valueTiers)
        withoutPrices += s.membersWithoutPrices;
    const bool moneyUnknown = base.customers > 0 && withoutPrices == base.customers;
    flow.paragraph(
        ReportCustomerText::tr("%Ln customer(s) bought within the filters up to the as-of date (net sales "
                               "%1). Segments describe the customer base as of that day; the report's "
                               "period does not restrict them.",
                               nullptr, int(base.customers))
            .arg(moneyUnknown ? ReportCustomerText::tr("no prices imported")
                              : formatMoneyUnits(base.netSales, locale)));
    if (withoutPrices > 0 && !moneyUnknown)
        flow.note(
            ReportCustomerText::tr("%Ln customer(s) bought only lines imported without prices: their net "
                                   "sales are unknown and not in the figures below.",
                                   nullptr, int(withoutPrices)));
    flow.subheading(ReportCustomerText::tr("RFM segments"));
    appendSummaryTable(flow, base.rfmSegments, ReportCustomerText::tr("Segment"));
    flow.subheading(ReportCustomerText::tr("RFM grid: customers by recency and frequency–monetary score"));
    flow.add(std::make_unique<ReportRfmGridBlock>(flow.style(), flow.width(), base.grid, base.rfmCellCounts,
                                                  locale));
    flow.subheading(ReportCustomerText::tr("Lifecycle stages"));
    appendSummaryTable(flow, base.lifecycle, ReportCustomerText::tr("Stage"));
    flow.subheading(ReportCustomerText::tr("Value tiers"));
    appendSummaryTable(flow, base.valueTiers, ReportCustomerText::tr("Tier"));
}

void appendClvSection(ReportFlow &flow, const ReportData &data)
{
    const QLocale &locale = flow.locale();
    const clv::WorkspaceClv &c = *data.clv;
    flow.heading(reportSectionTitle(ReportSection::Clv));
    if (c.status != clv::ClvStatus::Ok) {
        flow.paragraph(ReportCustomerText::tr("No prediction: %1").arg(c.message));
        return;
    }
    // Plain words first (issue 17), as on the Predictions tab; the models behind them under Model details.
    flow.paragraph(ReportCustomerText::tr("The report's period does not apply here: these predictions use "
                                          "every purchase up to %1 within the filters.")
                       .arg(formatDate(c.calibrationEnd, locale)));
    for (const QString &line : predictionSummaryLines(c, locale))
        flow.paragraph(line);
    flow.subheading(ReportCustomerText::tr("Model details"));
    const clv::PurchaseModelFit *fit = c.result.fitOf(c.result.model);
    std::vector<clv::ParameterExplanation> parameters =
        fit ? clv::explainPurchaseModel(*fit, locale) : clv::explainBgNbd(c.result.bgNbd.parameters, locale);
    if (c.hasSpend()) { // a spend fit that is not used has no parameters to read
        for (clv::ParameterExplanation &p : clv::explainGammaGamma(c.result.gammaGamma.parameters, locale))
            parameters.push_back(std::move(p));
    }
    auto table = std::make_unique<ReportTableBlock>(
        flow.style(), flow.width(),
        std::vector<ReportColumn>{{ReportCustomerText::tr("Parameter"), 0.8, Qt::AlignLeft},
                                  {ReportCustomerText::tr("Value"), 1, Qt::AlignRight},
                                  {ReportCustomerText::tr("Meaning"), 5, Qt::AlignLeft}});
    for (const clv::ParameterExplanation &p : parameters)
        table->addRow({p.symbol, clv::formatParameterValue(p.value, locale), p.meaning});
    flow.note(c.choice.sentence);
    flow.add(std::move(table));
    const QString spendFit = clv::describeFit(c.result.gammaGamma, locale);
    flow.note(ReportCustomerText::tr("Purchase model (%1): %2 Spend model (Gamma-Gamma): %3")
                  .arg(clv::purchaseModelName(c.result.model),
                       fit ? clv::describeFit(*fit, locale)
                           : clv::describeFit(c.result.bgNbd.diagnostics, locale,
                                              clv::purchaseModelSymbols(clv::PurchaseModelKind::BgNbd)),
                       c.hasSpend() ? spendFit : ReportCustomerText::tr("not used (%1)").arg(spendFit)));
}

} // namespace storelens::ui
