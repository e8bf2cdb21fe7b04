// Why there is no prediction, in words (METRICS.md section 8): each refusal names what failed, on what data,
// and what would help. Trial 12: "could not be computed reliably" with 281 customers and 14 months of data
// left the manager with no reason and no next step.
#include "core/analytics/clv/ClvCalculator.h"
#include "core/analytics/kpi/PeriodSentence.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace storelens::core::analytics::clv {

namespace {

class ClvText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::clv::ClvCalculator)
};

QString count(qsizetype n)
{
    return QLocale().toString(qint64(n));
}

QString amount(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString tooFewCustomers(const ClvOptions &options, const ClvDataFacts &facts)
{
    const QString reason =
        facts.customers >= 0
            ? ClvText::tr(
                  "Predicted lifetime value needs at least %1 identified customers; this selection has "
                  "%n, so no prediction is shown.",
                  nullptr, int(facts.customers))
                  .arg(options.minimumCustomers)
            : ClvText::tr("Predicted lifetime value needs at least %1 identified customers; the data has "
                          "fewer, so no prediction is shown.")
                  .arg(options.minimumCustomers);
    // Trial 14: "or wider filters" with no filter set, under a check against reality that had cut the
    // customers down to those of its first months.
    QString help = ClvText::tr("More customers would help: orders that name the customer (an id or an "
                               "e-mail address).");
    if (facts.filtered)
        help += QLatin1Char(' ') + ClvText::tr("Wider filters would also let more customers in.");
    if (facts.cutOff.isValid())
        help += QLatin1Char(' ') +
                ClvText::tr("The check against reality counts only the customers who had bought by %1; a "
                            "later date counts more of them.")
                    .arg(dateText(facts.cutOff));
    return reason + QLatin1Char(' ') + help;
}

QString historyTooShort(const ClvOptions &options, const ClvDataFacts &facts)
{
    const QString reason =
        facts.historyDays >= 0
            ? ClvText::tr(
                  "Predicted lifetime value needs at least %1 days of purchase history; the data covers "
                  "%2, so no prediction is shown.")
                  .arg(options.minimumHistoryDays)
                  .arg(facts.historyDays)
            : ClvText::tr("Predicted lifetime value needs at least %1 days of purchase history; the data "
                          "covers less, so no prediction is shown.")
                  .arg(options.minimumHistoryDays);
    return reason + QLatin1Char(' ') + ClvText::tr("Importing older orders would help.");
}

QString noRepeatBuyers()
{
    return ClvText::tr("No customer has bought on more than one day, so repeat behaviour cannot be predicted "
                       "and no prediction is shown.") +
           QLatin1Char(' ') +
           ClvText::tr(
               "A longer history would help, or customer ids that recognise a customer who comes back "
               "(an id or an e-mail address rather than a name).");
}

QString notConverged(const ClvDataFacts &facts)
{
    const QString reason =
        facts.customers >= 0 && facts.repeatCustomers >= 0
            ? ClvText::tr(
                  "The purchase models found no stable fit for the purchase days of these %1 customers "
                  "(%2 of them bought on more than one day), so no prediction is shown rather than a "
                  "wrong one.")
                  .arg(count(facts.customers), count(facts.repeatCustomers))
            : ClvText::tr("The purchase models found no stable fit for these purchase days, so no prediction "
                          "is shown rather than a wrong one.");
    // Trial 14: "more customers who buy again" beside 264 repeat buyers of 336. When most came back, what
    // is missing is not repeat buyers but a history in which some were seen to stop.
    const bool mostCameBack = facts.customers > 0 && facts.repeatCustomers * 2 >= facts.customers;
    return reason + QLatin1Char(' ') +
           (mostCameBack ? ClvText::tr("Most of these customers came back, so more of them is not what is "
                                       "missing: the models learn how customers drift away by seeing some "
                                       "stop buying, and this history shows too few who stopped. A longer "
                                       "history would help.")
                         : ClvText::tr("More customers who buy again, or a longer history, would help."));
}

// What customers who bought again spend per purchase day, on average: "the 182 customers who bought again
// (on average from 26.03 to 670.81 a purchase day, the highest customer \"A. Fabre\")"; trial 21fr read
// "the highest "125"" without knowing 125 was a customer's number.
QString repeatSpend(const ClvDataFacts &facts)
{
    if (facts.repeatCustomers <= 0 || facts.highestSpender.isEmpty())
        return ClvText::tr("customers who bought again");
    return ClvText::tr("the %1 customers who bought again (on average from %2 to %3 a purchase day, the "
                       "highest customer \"%4\")")
        .arg(count(facts.repeatCustomers), amount(facts.lowestSpend), amount(facts.highestSpend),
             facts.highestSpender);
}

// The spend model reads each customer's purchases as varying around that customer's own usual amount; what
// breaks that most often is one id for several people or orders that bought nothing.
QString spendHelp()
{
    return ClvText::tr(
        "The model expects each customer's purchases to vary around that customer's usual "
        "amount; this often fails when one customer id stands for several people (a name such as "
        "\"C. Martin\" shared by different customers) or when orders that are no purchase "
        "(cancelled or unpaid orders counted as sales, wholesale or internal orders) are in the "
        "data. Customer ids that tell people apart (an id or an e-mail address), leaving such "
        "orders out, or more purchases per customer would help.");
}

QString spendNotConverged(const ClvDataFacts &facts)
{
    return ClvText::tr(
               "The spend model found no stable fit for what %1 spend, so spend and lifetime value are not "
               "predicted rather than predicted wrong; the purchases expected and the chance that each "
               "customer is still active do not depend on spend and are shown.")
               .arg(repeatSpend(facts)) +
           QLatin1Char(' ') + spendHelp();
}

QString spendTooVaried(const ClvDataFacts &facts)
{
    return ClvText::tr("What %1 spend varies too widely for the spend model to give an average, so spend and "
                       "lifetime value are not predicted rather than predicted wrong; the purchases "
                       "expected and the chance that each customer is still active do not depend on spend "
                       "and are shown.")
               .arg(repeatSpend(facts)) +
           QLatin1Char(' ') + spendHelp();
}

} // namespace

ClvDataFacts ClvDataFacts::of(const std::vector<RfmSummaryRow> &rows)
{
    ClvDataFacts facts;
    facts.customers = qsizetype(rows.size());
    double oldestWeeks = 0;
    facts.repeatCustomers = 0;
    for (const RfmSummaryRow &row : rows) {
        if (std::isfinite(row.T))
            oldestWeeks = std::max(oldestWeeks, row.T);
        if (!(row.x > 0 && row.monetary > 0))
            continue;
        if (facts.repeatCustomers == 0 || row.monetary < facts.lowestSpend)
            facts.lowestSpend = row.monetary;
        if (facts.repeatCustomers == 0 || row.monetary > facts.highestSpend) {
            facts.highestSpend = row.monetary;
            facts.highestSpender = row.customerId;
        }
        ++facts.repeatCustomers;
    }
    facts.historyDays = int(std::llround(oldestWeeks * 7.0));
    return facts;
}

QString ClvCalculator::statusMessage(ClvStatus status, qsizetype customers) const
{
    ClvDataFacts facts;
    facts.customers = customers;
    return statusMessage(status, facts);
}

QString ClvCalculator::statusMessage(ClvStatus status, const ClvDataFacts &facts) const
{
    switch (status) {
    case ClvStatus::Ok:
        return {};
    case ClvStatus::TooFewCustomers:
        return tooFewCustomers(m_options, facts);
    case ClvStatus::HistoryTooShort:
        return historyTooShort(m_options, facts);
    case ClvStatus::NoRepeatBuyers:
        return noRepeatBuyers();
    case ClvStatus::NotConverged:
        return notConverged(facts);
    case ClvStatus::SpendNotConverged:
        return spendNotConverged(facts);
    case ClvStatus::SpendTooVaried:
        return spendTooVaried(facts);
    case ClvStatus::InvalidInput:
        return ClvText::tr("The customer summary contains impossible values, so no prediction is shown.") +
               QLatin1Char(' ') +
               ClvText::tr("This is a fault, not your data's: please report it with the workspace.");
    }
    return {};
}

} // namespace storelens::core::analytics::clv
