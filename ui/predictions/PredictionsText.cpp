#include "ui/predictions/PredictionsText.h"

#include "core/analytics/clv/ClvExplanation.h"
#include "core/analytics/segments/SegmentGrid.h"
#include "core/model/PercentText.h"
#include "ui/common/Formatting.h"

#include <QCoreApplication>

#include <cmath>

namespace storelens::ui {

using namespace core::analytics::clv;

namespace {

struct PredictionsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::PredictionsText)
};

} // namespace

QString noDropoutSentence(const WorkspaceClv &clv)
{
    const PurchaseModelFit *fit = clv.result.fitOf(clv.result.model);
    if (!fit || !findsNoDropout(*fit))
        return {};
    // The default grid's names for R = 1 with FM = 1 and 2 (METRICS.md section 5), as the Segments view says
    // them.
    const core::analytics::SegmentGrid grid;
    return PredictionsText::tr(
               "Why nearly every customer counts as still buying: this purchase history shows no sign yet of "
               "customers leaving for good (a long gap since someone's last purchase is explained just as "
               "well by their buying rarely). The Segments view's \u201c%1\u201d and \u201c%2\u201d are "
               "judged by "
               "the time since the last purchase alone.")
        .arg(grid.name(1, 1), grid.name(1, 2));
}

QString trustSentence(const ClvModelChoice &choice, const QLocale &locale)
{
    const ClvModelCandidate *c = choice.candidate(choice.model);
    if (!choice.tested || !c || !c->converged)
        return PredictionsText::tr(
            "How far to trust this: there is too little history yet to test the predictions against "
            "what really happened.");
    const double expected = c->expectedRepeatPurchases;
    const double actual = choice.actualRepeatPurchases;
    const QString expectedText = locale.toString(qint64(std::llround(expected)));
    const QString actualText = locale.toString(qint64(std::llround(actual)));
    QString off;
    if (actual > 0) {
        const double share = (expected - actual) / actual;
        const QString percent = locale.toString(qint64(std::llround(std::fabs(share) * 100.0)));
        off = std::llround(std::fabs(share) * 100.0) < 1 ? PredictionsText::tr("about right")
              : share > 0                                ? PredictionsText::tr("%1 % too high").arg(percent)
                                                         : PredictionsText::tr("%1 % too low").arg(percent);
    }
    const QString window =
        choice.lastWeeks
            ? PredictionsText::tr("StoreLens predicted the last %1 weeks from the purchases before them")
                  .arg(locale.toString(choice.testWeeks, 'f', 0))
            : PredictionsText::tr("StoreLens predicted %1 to %2 from the purchases before")
                  .arg(formatDate(choice.testFrom, locale), formatDate(choice.testTo, locale));
    if (off.isEmpty())
        return PredictionsText::tr(
                   "How far to trust this: %1 and expected %2 repeat purchases (purchases after a customer's "
                   "first); customers made %3.")
            .arg(window, expectedText, actualText);
    return PredictionsText::tr(
               "How far to trust this: %1 and expected %2 repeat purchases (purchases after a customer's "
               "first); customers made %3, so the predictions were %4.")
        .arg(window, expectedText, actualText, off);
}

QStringList predictionSummaryLines(const WorkspaceClv &clv, const QLocale &locale)
{
    const auto &customers = clv.result.customers;
    int likely = 0;
    double quarter = 0;
    double year = 0;
    double spend = 0;
    for (const CustomerClv &c : customers) {
        likely += c.probabilityAlive >= 0.5 ? 1 : 0; // "probably still a customer" (METRICS.md section 8)
        quarter += c.expectedPurchases13Weeks;
        year += c.expectedPurchases52Weeks;
        spend += c.predictedClv;
    }
    const int count = int(customers.size());
    const int months = int(clv.result.expectedPurchasesByMonth.size());
    QStringList lines;
    if (const QString why = noDropoutSentence(clv); !why.isEmpty())
        lines << why;
    lines << PredictionsText::tr(
                 "Probably still customers: %1 of your %2 customers (for each, a 50 % chance or more that "
                 "they still buy from you).")
                 .arg(formatCount(likely, locale), formatCount(count, locale));
    lines << PredictionsText::tr(
                 "Purchases expected from them: %1 in the next quarter (13 weeks), %2 in the next year (52 "
                 "weeks).")
                 .arg(locale.toString(quarter, 'f', 0), locale.toString(year, 'f', 0));
    if (clv.hasSpend())
        lines << PredictionsText::tr(
                     "Expected spend in the next %1 months: %2 in total, %3 per customer on average (their "
                     "predicted lifetime value).")
                     .arg(locale.toString(months), formatMoneyAmount(spend, locale),
                          formatMoneyAmount(count > 0 ? spend / count : 0.0, locale));
    else
        lines << PredictionsText::tr("Expected spend: not predicted. %1").arg(clv.spendMessage);
    lines << trustSentence(clv.choice, locale);
    // "a 50 % chance" is written in the sentence itself: kept on one line as the numbers filled in.
    for (QString &line : lines)
        line = core::keepPercentSignsWithNumbers(line);
    return lines;
}

} // namespace storelens::ui
