#include "core/session/SourceWarnings.h"

#include "core/analytics/kpi/PeriodSentence.h"
#include "core/analytics/kpi/SourceEnds.h"
#include "core/analytics/snapshot/SourceSpans.h"
#include "core/model/SourceNames.h"
#include "core/model/TextLocale.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <utility>

namespace storelens::core::session {

namespace {

using analytics::DataCoverageWarning;
using analytics::KpiComparison;
using analytics::KpiId;
using analytics::KpiReport;
using exportstyles::StyleNoteKind;

class SourceWarningsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::SourceWarnings)
};

// The short sentence a note keeps once the import is over (the import's own sentence names columns and
// what to change in the shop).
QString sentence(StyleNoteKind kind, const QString &source)
{
    switch (kind) {
    case StyleNoteKind::SalesHoldShipping:
        return SourceWarningsText::tr(
                   "\"%1\" exports order totals with tax and shipping: its net sales include "
                   "the shipping its orders charged.")
            .arg(source);
    case StyleNoteKind::ReturnsUnknown:
        return SourceWarningsText::tr(
                   "\"%1\" exports do not say which orders were cancelled or refunded: they "
                   "count as sales, and its returns are missing.")
            .arg(source);
    case StyleNoteKind::DiscountsUnknown:
        return SourceWarningsText::tr("\"%1\" exports totals after discounts without the discounts: its "
                                      "discounts are unknown.")
            .arg(source);
    case StyleNoteKind::NoCustomers:
        return SourceWarningsText::tr("\"%1\" exports name no customer for sure: its orders are guest "
                                      "sales, left out of customer figures.")
            .arg(source);
    case StyleNoteKind::CouponsUnknown:
        return SourceWarningsText::tr(
                   "\"%1\" exports each order's coupon but not its amount: its discounts are "
                   "unknown, and its net sales hold what the coupons took off.")
            .arg(source);
    case StyleNoteKind::CouponsPartlyUnknown:
        return SourceWarningsText::tr(
                   "\"%1\" exports no coupon amounts, and not every one could be worked out from its "
                   "orders' totals: its discounts leave those out, and its net sales hold what their "
                   "coupons took off.")
            .arg(source);
    case StyleNoteKind::SalesHoldTax:
        return SourceWarningsText::tr("\"%1\" exports prices with the tax (VAT) inside and no price without "
                                      "it: its gross and net sales include the tax.")
            .arg(source);
    case StyleNoteKind::SalesWithVat:
        return SourceWarningsText::tr(
                   "The prices of \"%1\" include VAT: its gross and net sales include the VAT.")
            .arg(source);
    case StyleNoteKind::NoUnitCost:
        return SourceWarningsText::tr("\"%1\" exports each line's cost, not a unit cost: its costs are "
                                      "left out, and its sales have no gross margin.")
            .arg(source);
    case StyleNoteKind::NoProducts:
        break;
    }
    return SourceWarningsText::tr(
               "\"%1\" exports name no products: its orders count as one unit of a stand-in "
               "product.")
        .arg(source);
}

// Two sources or more whose prices include VAT, said once: each source's sentence filled the net sales tile
// twice over (trial 24fr). `all`: every source with orders.
QString vatSentence(const QStringList &sources, bool all)
{
    if (all)
        return SourceWarningsText::tr(
            "Every source's prices include VAT: gross and net sales include the VAT.");
    QStringList quoted;
    for (const QString &source : sources)
        quoted << SourceWarningsText::tr("\"%1\"", "a source's name quoted in a list").arg(source);
    return SourceWarningsText::tr("The prices of %1 include VAT: their gross and net sales include the VAT.")
        .arg(textList(quoted));
}

void warnOn(KpiReport &kpis, std::initializer_list<KpiId> ids, const QString &text)
{
    for (const KpiId id : ids) {
        KpiComparison &kpi = kpis.kpis[size_t(id)];
        if (!kpi.current.hasData)
            continue;
        if (!kpi.current.warning.contains(text))
            kpi.current.warning =
                kpi.current.warning.isEmpty() ? text : kpi.current.warning + QLatin1Char(' ') + text;
        analytics::addWarning(kpi, text);
    }
}

// No source that holds orders can show these, and the period has none: "0" would only mean unknown.
void unknown(KpiReport &kpis, std::initializer_list<KpiId> ids, const QString &text)
{
    for (const KpiId id : ids) {
        KpiComparison &kpi = kpis.kpis[size_t(id)];
        for (analytics::KpiValue *v : {&kpi.current, &kpi.comparison}) {
            v->hasData = false;
            v->noDataReason = text;
        }
        analytics::markNotComparable(kpi, QString());
    }
}

} // namespace

void addSourceEndWarnings(KpiReport &kpis, const analytics::Snapshot &snapshot)
{
    for (const analytics::SourceEnd &end : analytics::sourcesEndingEarly(snapshot, kpis)) {
        DataCoverageWarning w;
        w.kind = DataCoverageWarning::Kind::Source;
        w.message = SourceWarningsText::tr("\"%1\" has no data after %2, while the workspace's data runs to "
                                           "%3: figures after %2 leave it out. Import its newer export to "
                                           "compare like with like.")
                        .arg(sourceDisplayName(end.name), analytics::dateText(end.lastDay),
                             analytics::dateText(kpis.asOf));
        kpis.warnings.push_back(w);
    }
}

void addSourceWarnings(KpiReport &kpis, const analytics::Snapshot &snapshot,
                       const std::vector<SourceNotes> &notes)
{
    if (notes.empty())
        return;
    // The sources that hold at least one order (one walk kept with the snapshot).
    const analytics::SourceSpansPtr spans = analytics::sourceSpans(snapshot);
    const auto holdsOrders = [&](const QString &source) {
        const qsizetype i = snapshot.sources.indexOf(source);
        return i >= 0 && spans->holdsOrders[size_t(i)] != 0;
    };
    // By kind: how many sources with orders cannot give it, and one's sentence.
    std::map<StyleNoteKind, std::pair<int, QString>> blind;
    QStringList withVat; // the sources whose prices include VAT: one sentence for all (trial 24fr)
    for (const SourceNotes &source : notes) {
        if (!holdsOrders(source.source))
            continue;
        for (const exportstyles::StyleNote &note : source.notes) {
            if (note.kind == StyleNoteKind::SalesWithVat) {
                withVat << sourceDisplayName(source.source);
                continue;
            }
            const QString text = sentence(note.kind, sourceDisplayName(source.source));
            DataCoverageWarning w;
            w.kind = DataCoverageWarning::Kind::Source;
            w.message = text;
            kpis.warnings.push_back(w);
            if (note.kind == StyleNoteKind::SalesHoldShipping || note.kind == StyleNoteKind::SalesHoldTax)
                warnOn(kpis, {KpiId::GrossSales, KpiId::NetSales, KpiId::AverageOrderValue}, text);
            if (note.kind == StyleNoteKind::ReturnsUnknown)
                warnOn(kpis, {KpiId::Returns, KpiId::ReturnRate}, text);
            if (note.kind == StyleNoteKind::DiscountsUnknown)
                warnOn(kpis, {KpiId::Discounts}, text);
            // Every tile made of net sales (trial 14b: growth and historical CLV said nothing).
            if (note.kind == StyleNoteKind::CouponsUnknown ||
                note.kind == StyleNoteKind::CouponsPartlyUnknown)
                warnOn(kpis,
                       {KpiId::Discounts, KpiId::NetSales, KpiId::AverageOrderValue, KpiId::YoyGrowth,
                        KpiId::YoyGrowthRate, KpiId::SalesPerEmployee, KpiId::HistoricalClv, KpiId::ClvToCac},
                       text);
            if (note.kind == StyleNoteKind::NoProducts)
                warnOn(kpis, {KpiId::UnitsPerTransaction, KpiId::AverageUnitRetail}, text);
            auto &[count, said] = blind[note.kind];
            ++count;
            said = text;
        }
    }
    if (!withVat.isEmpty()) {
        DataCoverageWarning w;
        w.kind = DataCoverageWarning::Kind::Source;
        w.message = withVat.size() == 1 ? sentence(StyleNoteKind::SalesWithVat, withVat.first())
                                        : vatSentence(withVat, int(withVat.size()) == spans->holding());
        kpis.warnings.push_back(w);
        warnOn(kpis, {KpiId::GrossSales, KpiId::NetSales, KpiId::AverageOrderValue}, w.message);
    }
    const auto noneShown = [&](StyleNoteKind kind, KpiId money) {
        const auto it = blind.find(kind);
        const KpiComparison &kpi = kpis.kpi(money);
        return it != blind.end() && it->second.first == spans->holding() && kpi.current.hasData &&
               kpi.current.money.isZero();
    };
    if (noneShown(StyleNoteKind::ReturnsUnknown, KpiId::Returns))
        unknown(kpis, {KpiId::Returns, KpiId::ReturnRate}, blind[StyleNoteKind::ReturnsUnknown].second);
    if (noneShown(StyleNoteKind::DiscountsUnknown, KpiId::Discounts))
        unknown(kpis, {KpiId::Discounts}, blind[StyleNoteKind::DiscountsUnknown].second);
    if (noneShown(StyleNoteKind::CouponsUnknown, KpiId::Discounts))
        unknown(kpis, {KpiId::Discounts}, blind[StyleNoteKind::CouponsUnknown].second);
}

} // namespace storelens::core::session
