#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "cli/CliTable.h"
#include "cli/QueryOptions.h"
#include "core/analytics/clv/ClvExplanation.h"
#include "core/analytics/query/Periods.h"
#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace storelens::cli {

using namespace storelens::core;

namespace {

using namespace analytics;
using namespace analytics::clv;

const QString kHoldoutFrom = QStringLiteral("holdout-from");
const QString kHorizon = QStringLiteral("horizon-months");
const QString kDiscount = QStringLiteral("discount-rate");
const QString kLimit = QStringLiteral("limit");
const QString kModel = QStringLiteral("model");

// One output row: a customer's summary and prediction.
struct Row
{
    const RfmSummaryRow *summary;
    const CustomerClv *clv;
};

// `keys`: the parameters' JSON keys, for the ones at a limit of their range.
QJsonObject fitJson(const FitDiagnostics &d, const QStringList &keys)
{
    QJsonArray atLimit;
    for (int j = 0; j < keys.size(); ++j) {
        if (d.parameterAtLimit(j))
            atLimit.append(keys.at(j));
    }
    return {{QStringLiteral("log_likelihood"), d.logLikelihood},
            {QStringLiteral("converged"), d.converged},
            {QStringLiteral("evaluations"), d.evaluations},
            {QStringLiteral("gradient_norm"), d.gradientNorm},
            {QStringLiteral("customers"), d.customers},
            {QStringLiteral("at_limit"), atLimit}};
}

QStringList parameterKeys(PurchaseModelKind kind)
{
    const std::array<QString, 4> keys = purchaseModelParameterKeys(kind);
    return QStringList(keys.begin(), keys.end());
}

// The expected date of the next purchase, counted from the as-of date (CustomerClv::nextPurchase).
QJsonValue nextPurchase(const CustomerClv &c)
{
    if (!c.nextPurchase.isValid())
        return QJsonValue::Null;
    return c.nextPurchase.toString(Qt::ISODate);
}

QJsonObject purchaseModelJson(const PurchaseModelFit &f)
{
    QJsonObject o = fitJson(f.diagnostics, parameterKeys(f.kind));
    o.insert(QStringLiteral("model"), purchaseModelKey(f.kind));
    const std::array<QString, 4> keys = purchaseModelParameterKeys(f.kind);
    for (size_t i = 0; i < keys.size(); ++i)
        o.insert(keys[i], f.parameters[i]);
    return o;
}

// The model in use, why, and how each model did on the test window.
QJsonObject modelChoiceJson(const WorkspaceClv &w)
{
    const ClvModelChoice &choice = w.choice;
    const QString basis = choice.basis == ClvModelBasis::Holdout      ? QStringLiteral("holdout")
                          : choice.basis == ClvModelBasis::Likelihood ? QStringLiteral("likelihood")
                                                                      : QStringLiteral("requested");
    QJsonValue test = QJsonValue::Null;
    if (choice.tested) {
        QJsonArray models;
        for (const ClvModelCandidate &c : choice.candidates) {
            const double error = choice.holdoutError(c.kind);
            models.append(
                QJsonObject{{QStringLiteral("model"), purchaseModelKey(c.kind)},
                            {QStringLiteral("converged"), c.converged},
                            {QStringLiteral("log_likelihood"), c.logLikelihood},
                            {QStringLiteral("expected_repeat_purchases"),
                             c.converged ? QJsonValue(c.expectedRepeatPurchases) : QJsonValue::Null},
                            {QStringLiteral("error_per_customer"),
                             std::isfinite(error) ? QJsonValue(error) : QJsonValue::Null}});
        }
        test = QJsonObject{{QStringLiteral("from"), choice.testFrom.toString(Qt::ISODate)},
                           {QStringLiteral("to"), choice.testTo.toString(Qt::ISODate)},
                           {QStringLiteral("weeks"), choice.testWeeks},
                           {QStringLiteral("customers"), choice.customers},
                           {QStringLiteral("actual_repeat_purchases"), choice.actualRepeatPurchases},
                           {QStringLiteral("models"), models}};
    }
    QJsonArray fits;
    for (const PurchaseModelFit &f : w.result.purchaseModels)
        fits.append(purchaseModelJson(f));
    return {{QStringLiteral("in_use"), purchaseModelKey(w.result.model)},
            {QStringLiteral("name"), purchaseModelName(w.result.model)},
            {QStringLiteral("chosen_by"), basis},
            {QStringLiteral("sentence"), choice.sentence},
            {QStringLiteral("test"), test},
            {QStringLiteral("fits"), fits}};
}

std::vector<Row> sortedRows(const WorkspaceClv &w)
{
    std::vector<Row> rows;
    rows.reserve(w.result.customers.size());
    for (size_t i = 0; i < w.result.customers.size(); ++i)
        rows.push_back({&w.summary[i], &w.result.customers[i]});
    // Highest CLV first; without a spend model (every CLV NaN) most purchases expected in a year first.
    if (w.result.hasSpend())
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.clv->predictedClv > b.clv->predictedClv;
        });
    else
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.clv->expectedPurchases52Weeks > b.clv->expectedPurchases52Weeks;
        });
    return rows;
}

// A figure the models did not give (spend and CLV without a spend model) is null in JSON.
QJsonValue numberOrNull(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject customerJson(const Row &row)
{
    const CustomerClv &c = *row.clv;
    return {{QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("x"), row.summary->x},
            {QStringLiteral("t_x"), row.summary->tx},
            {QStringLiteral("T"), row.summary->T},
            {QStringLiteral("monetary"), row.summary->monetary},
            {QStringLiteral("probability_alive"), c.probabilityAlive},
            {QStringLiteral("expected_purchases_4_weeks"), c.expectedPurchases4Weeks},
            {QStringLiteral("expected_purchases_13_weeks"), c.expectedPurchases13Weeks},
            {QStringLiteral("expected_purchases_52_weeks"), c.expectedPurchases52Weeks},
            {QStringLiteral("expected_average_order_value"), numberOrNull(c.expectedAverageSpend)},
            {QStringLiteral("predicted_clv"), numberOrNull(c.predictedClv)},
            {QStringLiteral("expected_next_purchase"), nextPurchase(c)}};
}

QJsonDocument toJson(const WorkspaceClv &w, const ClvOptions &options, const std::vector<Row> &rows)
{
    const QLocale c = QLocale::c();
    QJsonObject bgNbd = fitJson(w.result.bgNbd.diagnostics, parameterKeys(PurchaseModelKind::BgNbd));
    for (const ParameterExplanation &p : explainBgNbd(w.result.bgNbd.parameters, c))
        bgNbd.insert(p.key, p.value);
    QJsonObject gammaGamma = fitJson(w.result.gammaGamma.diagnostics,
                                     {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("gamma")});
    for (const ParameterExplanation &p : explainGammaGamma(w.result.gammaGamma.parameters, c))
        gammaGamma.insert(p.key, p.value);
    QJsonValue holdout = QJsonValue::Null;
    if (w.hasHoldout()) {
        const ClvHoldout &h = w.holdout.front();
        QJsonArray groups;
        for (const HoldoutGroup &g : h.groups) {
            groups.append(QJsonObject{{QStringLiteral("repeat_purchases"), g.repeatPurchases},
                                      {QStringLiteral("or_more"), g.orMore},
                                      {QStringLiteral("customers"), g.customers},
                                      {QStringLiteral("actual_mean"), g.actualMean},
                                      {QStringLiteral("expected_mean"), g.expectedMean}});
        }
        holdout = QJsonObject{{QStringLiteral("from"), h.from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), h.to.toString(Qt::ISODate)},
                              {QStringLiteral("weeks"), h.weeks},
                              {QStringLiteral("actual_repeat_purchases"), h.actualTotal},
                              {QStringLiteral("expected_repeat_purchases"), h.expectedTotal},
                              {QStringLiteral("by_frequency"), groups}};
    }
    QJsonArray customers;
    for (const Row &row : rows)
        customers.append(customerJson(row));
    const double total = std::accumulate(w.result.customers.begin(), w.result.customers.end(), 0.0,
                                         [](double s, const CustomerClv &c) { return s + c.predictedClv; });
    QJsonObject root;
    root.insert(QStringLiteral("as_of"), w.asOf.toString(Qt::ISODate));
    root.insert(QStringLiteral("calibration_end"), w.calibrationEnd.toString(Qt::ISODate));
    root.insert(QStringLiteral("horizon_months"), options.horizonMonths);
    root.insert(QStringLiteral("annual_discount_rate"), options.annualDiscountRate);
    root.insert(QStringLiteral("status"), clvStatusKey(w.status));
    // "ok", or why spend and CLV are null (the purchase predictions stand).
    root.insert(QStringLiteral("spend_status"), clvStatusKey(w.result.spendStatus));
    root.insert(QStringLiteral("spend_message"), w.spendMessage);
    // Why every probability_alive is close to 1 (the model in use found no dropout); "" otherwise.
    root.insert(QStringLiteral("alive_note"), w.aliveNote);
    root.insert(QStringLiteral("model"), modelChoiceJson(w));
    root.insert(QStringLiteral("bg_nbd"), bgNbd);
    root.insert(QStringLiteral("gamma_gamma"), gammaGamma);
    root.insert(QStringLiteral("holdout"), holdout);
    root.insert(QStringLiteral("customer_count"), int(w.result.customers.size()));
    root.insert(QStringLiteral("predicted_clv_total"), numberOrNull(total));
    root.insert(QStringLiteral("customers"), customers);
    return QJsonDocument(root);
}

void printCsv(const std::vector<Row> &rows, QTextStream &out)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv::CsvWriter writer(&buffer);
    writer.setLineEnding(QByteArrayLiteral("\n"));
    writer.writeRow(
        {QStringLiteral("customer_id"), QStringLiteral("x"), QStringLiteral("t_x"), QStringLiteral("T"),
         QStringLiteral("monetary"), QStringLiteral("probability_alive"),
         QStringLiteral("expected_purchases_4_weeks"), QStringLiteral("expected_purchases_13_weeks"),
         QStringLiteral("expected_purchases_52_weeks"), QStringLiteral("expected_average_order_value"),
         QStringLiteral("predicted_clv"), QStringLiteral("expected_next_purchase")});
    // Empty for a figure the models did not give (spend and CLV without a spend model).
    const auto number = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'g', 10); };
    for (const Row &row : rows) {
        const CustomerClv &c = *row.clv;
        writer.writeRow({c.customerId, number(row.summary->x), number(row.summary->tx),
                         number(row.summary->T), number(row.summary->monetary), number(c.probabilityAlive),
                         number(c.expectedPurchases4Weeks), number(c.expectedPurchases13Weeks),
                         number(c.expectedPurchases52Weeks), number(c.expectedAverageSpend),
                         number(c.predictedClv), nextPurchase(c).toString()});
    }
    out << QString::fromUtf8(buffer.data());
}

void printParameters(const std::vector<ParameterExplanation> &parameters, const QLocale &locale,
                     QTextStream &out)
{
    for (const ParameterExplanation &p : parameters)
        out << "  " << p.symbol.leftJustified(6) << formatParameterValue(p.value, locale).rightJustified(10)
            << "  " << p.meaning << '\n';
}

void printTable(const WorkspaceClv &w, const ClvOptions &options, const std::vector<Row> &rows,
                QTextStream &out)
{
    const QLocale locale;
    out << CliText::tr(
               "Predicted customer lifetime value (BG/NBD and Gamma-Gamma) of %1 customers, from their "
               "purchases up to %2; as of %3.")
               .arg(w.result.customers.size())
               .arg(cliDate(w.calibrationEnd), cliDate(w.asOf))
        << '\n';
    out << CliText::tr("CLV covers the next %1 months, discounted at %2 % a year.")
               .arg(options.horizonMonths)
               .arg(locale.toString(options.annualDiscountRate * 100.0, 'f', 1))
        << "\n";
    out << w.choice.sentence << '\n';
    if (!w.aliveNote.isEmpty())
        out << w.aliveNote << '\n';
    out << '\n';
    out << CliText::tr("Purchase model (BG/NBD): %1")
               .arg(describeFit(w.result.bgNbd.diagnostics, locale,
                                purchaseModelSymbols(PurchaseModelKind::BgNbd)))
        << '\n';
    printParameters(explainBgNbd(w.result.bgNbd.parameters, locale), locale, out);
    for (const PurchaseModelFit &f : w.result.purchaseModels) {
        if (f.kind == PurchaseModelKind::BgNbd)
            continue;
        out << CliText::tr("Purchase model (%1): %2").arg(purchaseModelName(f.kind), describeFit(f, locale))
            << '\n';
        printParameters(explainPurchaseModel(f, locale), locale, out);
    }
    out << CliText::tr("Spend model (Gamma-Gamma): %1").arg(describeFit(w.result.gammaGamma, locale)) << '\n';
    if (w.result.hasSpend())
        printParameters(explainGammaGamma(w.result.gammaGamma.parameters, locale), locale, out);
    else
        out << "  " << w.spendMessage << '\n';
    if (w.hasHoldout()) {
        const ClvHoldout &h = w.holdout.front();
        out << '\n'
            << CliText::tr("Holdout %1 to %2 (%3 weeks): %4 repeat purchases expected, %5 made.")
                   .arg(cliDate(h.from), cliDate(h.to), locale.toString(h.weeks, 'f', 1),
                        locale.toString(h.expectedTotal, 'f', 1), locale.toString(h.actualTotal, 'f', 0))
            << '\n';
        CliTable groups({{CliText::tr("Repeat purchases in calibration"), CliTable::Align::Left},
                         {CliText::tr("Customers")},
                         {CliText::tr("Actual")},
                         {CliText::tr("Expected")}});
        for (const HoldoutGroup &g : h.groups)
            groups.addRow({g.orMore ? CliText::tr("%1 or more").arg(g.repeatPurchases)
                                    : QString::number(g.repeatPurchases),
                           QString::number(g.customers), locale.toString(g.actualMean, 'f', 2),
                           locale.toString(g.expectedMean, 'f', 2)});
        groups.print(out);
    }
    out << '\n';
    CliTable table({{CliText::tr("Customer"), CliTable::Align::Left},
                    {CliText::tr("P(alive)")},
                    {CliText::tr("4 wk")},
                    {CliText::tr("13 wk")},
                    {CliText::tr("52 wk")},
                    {CliText::tr("AOV")},
                    {CliText::tr("CLV")},
                    {CliText::tr("Next purchase")}});
    const auto money = [&locale](double v) {
        return std::isnan(v) ? QStringLiteral("-") : locale.toString(v, 'f', 2);
    };
    for (const Row &row : rows) {
        const CustomerClv &c = *row.clv;
        const QJsonValue next = nextPurchase(c);
        table.addRow({c.customerId, locale.toString(c.probabilityAlive, 'f', 3),
                      locale.toString(c.expectedPurchases4Weeks, 'f', 2),
                      locale.toString(c.expectedPurchases13Weeks, 'f', 2),
                      locale.toString(c.expectedPurchases52Weeks, 'f', 2), money(c.expectedAverageSpend),
                      money(c.predictedClv),
                      next.isNull() ? CliText::tr("unlikely") : cliDate(c.nextPurchase)});
    }
    table.print(out);
    if (rows.size() < w.result.customers.size())
        out << CliText::tr("%1 more customers; --limit 0 lists all of them.")
                   .arg(w.result.customers.size() - rows.size())
            << '\n';
}

void addClvOptions(QCommandLineParser &parser)
{
    parser.addOption({kHoldoutFrom,
                      CliText::tr("Fit on the purchases before this day and compare the rest with the "
                                  "prediction."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({kModel,
                      CliText::tr("The purchase model: auto (the Pareto/NBD or MBG/NBD, whichever did better "
                                  "on the holdout; the default), bg_nbd, pareto_nbd or mbg_nbd."),
                      CliText::tr("model"), QStringLiteral("auto")});
    parser.addOption({kHorizon, CliText::tr("Months of lifetime value (default 12)."), CliText::tr("months"),
                      QStringLiteral("12")});
    parser.addOption({kDiscount, CliText::tr("Annual discount rate as a fraction (default 0.10)."),
                      CliText::tr("rate"), QStringLiteral("0.10")});
    parser.addOption({kLimit,
                      CliText::tr("List only this many customers, 0 for all (default: 20 in the table, "
                                  "all in JSON and CSV)."),
                      CliText::tr("count")});
}

// `storelens clv --workspace W …`: the predictive CLV of METRICS.md section 8.
int runClv(const QCommandLineParser &parser, QueryOptions &options, CliStreams &io)
{
    WorkspaceClvRequest request;
    bool okHorizon = false;
    bool okRate = false;
    bool okLimit = true;
    request.options.horizonMonths = parser.value(kHorizon).toInt(&okHorizon);
    request.options.annualDiscountRate = parser.value(kDiscount).toDouble(&okRate);
    int limit = options.format == OutputFormat::Table ? 20 : 0;
    if (parser.isSet(kLimit))
        limit = parser.value(kLimit).toInt(&okLimit);
    if (!okHorizon || request.options.horizonMonths < 1 || request.options.horizonMonths > 120 || !okRate ||
        request.options.annualDiscountRate < 0 || request.options.annualDiscountRate >= 10 || !okLimit ||
        limit < 0) {
        io.err << CliText::tr(
                      "--horizon-months takes a whole number from 1 to 120, --discount-rate a fraction such "
                      "as 0.10, and --limit a whole number of 0 or more.")
               << '\n';
        return BadUsage;
    }
    const QString modelKey = parser.value(kModel);
    if (modelKey != QLatin1String("auto")) {
        request.model = purchaseModelFromKey(modelKey);
        if (!request.model) {
            io.err
                << CliText::tr("--model takes auto, bg_nbd, pareto_nbd or mbg_nbd, not \"%1\".").arg(modelKey)
                << '\n';
            return BadUsage;
        }
    }
    QDate holdoutFrom;
    if (parser.isSet(kHoldoutFrom)) {
        holdoutFrom = parseIsoDate(parser.value(kHoldoutFrom));
        if (!holdoutFrom.isValid()) {
            io.err << CliText::tr("--holdout-from takes a date as YYYY-MM-DD, not \"%1\".")
                          .arg(parser.value(kHoldoutFrom))
                   << '\n';
            return BadUsage;
        }
    }

    const auto check = [&holdoutFrom](const Snapshot &s, const QString &path) -> std::optional<Error> {
        if (std::optional<Error> empty = rejectEmptySnapshot(s, path))
            return empty;
        if (holdoutFrom.isValid() && (holdoutFrom <= s.firstDate() || holdoutFrom > s.asOfDate()))
            return Error(ErrorCode::InvalidValue,
                         CliText::tr("--holdout-from must fall after the first day with data (%1) and on or "
                                     "before the as-of date (%2).")
                             .arg(s.firstDate().toString(Qt::ISODate), s.asOfDate().toString(Qt::ISODate)));
        return std::nullopt;
    };
    const Result<AnalysisInput> input = loadAnalysisInput(options, check);
    if (!input)
        return reportError(input.error(), io);
    request.calibrationEnd = holdoutFrom.isValid() ? holdoutFrom.addDays(-1) : QDate();
    const Result<session::PredictionsResultPtr> predictions =
        input->session->predictions(input->resolved, request);
    if (!predictions)
        return reportError(predictions.error(), io);
    const WorkspaceClv &clv = *predictions.value()->clv;
    if (clv.status != ClvStatus::Ok) {
        io.err << clv.message << '\n';
        return InputRejected;
    }
    std::vector<Row> rows = sortedRows(clv);
    if (limit > 0 && rows.size() > size_t(limit))
        rows.resize(size_t(limit));
    return printResult(
        options.format, io, [&] { return withCurrency(toJson(clv, request.options, rows), *input->session); },
        [&](QTextStream &out) { printCsv(rows, out); },
        [&](QTextStream &out) { printTable(clv, request.options, rows, out); });
}

} // namespace

std::unique_ptr<CliCommand> makeClvCommand()
{
    QueryOptionSet set;
    set.period = false;
    set.compare = false;
    set.window = false;
    return makeQueryCommand(
        {QStringLiteral("clv"),
         QT_TRANSLATE_NOOP("storelens::cli",
                           "Predict customer lifetime value with the BG/NBD and Gamma-Gamma models."),
         [] {
             return CliText::tr("storelens clv: fits the BG/NBD, Pareto/NBD and MBG/NBD purchase models and "
                                "the Gamma-Gamma spend model to the identified customers' purchase days "
                                "(METRICS.md section 8), uses the purchase model with the lowest holdout "
                                "error (tested on the last 13 weeks, or on the --holdout-from split) and "
                                "says so in one sentence, and predicts, per customer, the probability of "
                                "still being a customer, the expected purchases in the next 4, 13 and 52 "
                                "weeks, the expected order value, the lifetime value over the horizon and "
                                "the expected date of the next purchase, counted from the as-of date (empty "
                                "when the customer is more likely gone than not). --holdout-from DATE fits "
                                "on the purchases before DATE and compares the expected repeat purchases "
                                "from DATE to the as-of date with the actual ones. Too little data (fewer "
                                "than 200 customers, under 90 days, no repeat buyers) or a fit that does "
                                "not converge prints the reason and no numbers.\n"
                                "Exit status: 0 done, 1 bad usage, 2 the workspace, a filter or the data "
                                "was rejected.\n\n"
                                "JSON (--format json): as_of, calibration_end, horizon_months, "
                                "annual_discount_rate, status,\n"
                                "  model {in_use, name, chosen_by (holdout, likelihood or requested), "
                                "sentence,\n"
                                "         test {from, to, weeks, customers, actual_repeat_purchases, models "
                                "[{model, converged,\n"
                                "               log_likelihood, expected_repeat_purchases, "
                                "error_per_customer}]} or null,\n"
                                "         fits [{model, r, alpha, a, b or s, beta, log_likelihood, "
                                "converged, evaluations,\n"
                                "               gradient_norm, customers}]},\n"
                                "  bg_nbd {r, alpha, a, b, log_likelihood, converged, evaluations, "
                                "gradient_norm, customers},\n"
                                "  gamma_gamma {p, q, gamma, log_likelihood, converged, evaluations, "
                                "gradient_norm, customers},\n"
                                "  holdout {from, to, weeks, actual_repeat_purchases, "
                                "expected_repeat_purchases,\n"
                                "           by_frequency [{repeat_purchases, or_more, customers, "
                                "actual_mean, expected_mean}]} or null,\n"
                                "  customer_count, predicted_clv_total, customers [{customer_id, x, t_x, T, "
                                "monetary,\n"
                                "  probability_alive, expected_purchases_4_weeks, "
                                "expected_purchases_13_weeks,\n"
                                "  expected_purchases_52_weeks, expected_average_order_value, "
                                "predicted_clv, expected_next_purchase}].\n"
                                "CSV (--format csv): the customers' fields, one row per customer.\n"
                                "Customers are listed by predicted CLV, highest first.");
         },
         addClvOptions},
        set, runClv);
}

} // namespace storelens::cli
