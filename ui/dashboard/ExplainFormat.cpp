#include "ui/dashboard/ExplainFormat.h"

#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"
#include "core/model/PercentText.h"
#include "core/model/SourceNames.h"
#include "core/store/Currency.h"
#include "ui/common/Formatting.h"
#include "ui/dashboard/KpiFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace storelens::ui {

namespace {

using core::analytics::KpiId;
using core::analytics::KpiUnit;
using core::analytics::explain::Contribution;
using core::analytics::explain::DimensionContributions;

class ExplainFormatText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ExplainFormat)
};

constexpr size_t kMembersInWaterfall = 5;

} // namespace

std::vector<Dimension> explainDimensions()
{
    std::vector<Dimension> all;
    for (int i = 0; i < core::analytics::explain::kDimensionCount; ++i)
        all.push_back(Dimension(i));
    return all;
}

QString dimensionTitle(Dimension dimension)
{
    const QString key = core::analytics::explain::dimensionKey(dimension);
    if (key == QLatin1String("store"))
        return ExplainFormatText::tr("Store");
    if (key == QLatin1String("channel"))
        return ExplainFormatText::tr("Channel");
    if (key == QLatin1String("country"))
        return ExplainFormatText::tr("Country");
    if (key == QLatin1String("category"))
        return ExplainFormatText::tr("Category");
    if (key == QLatin1String("customer_type"))
        return ExplainFormatText::tr("New or returning");
    if (key == QLatin1String("segment"))
        return ExplainFormatText::tr("Saved segment");
    if (key == QLatin1String("source"))
        return ExplainFormatText::tr("Source");
    return key;
}

// The dimension's name inside a sentence: lower case, except in German, which writes nouns capitalised
// ("Mix und Satz nach Filiale", not "nach filiale").
QString dimensionInSentence(Dimension dimension)
{
    const QString title = dimensionTitle(dimension);
    return QLocale().language() == QLocale::German ? title : title.toLower();
}

QString formatExplainAmount(KpiId kpi, double value, bool signedPart, const QLocale &locale)
{
    const KpiUnit unit = core::analytics::kpiUnit(kpi);
    if (signedPart)
        return formatSignedKpiNumber(unit, value, locale);
    return unit == KpiUnit::Money ? formatMoneyAmount(value, locale) : formatKpiNumber(unit, value, locale);
}

QString memberText(Dimension dimension, const QString &member)
{
    if (dimension == Dimension::Country)
        return core::countryDisplayName(member);
    if (dimension == Dimension::Source)
        return core::sourceDisplayName(member);
    return dimension == Dimension::Store || dimension == Dimension::Channel
               ? core::storeChannelDisplayName(member)
               : member;
}

const DimensionContributions *contributionsFor(const Explanation &e, Dimension dimension)
{
    for (const DimensionContributions &d : e.contributions) {
        if (d.dimension == dimension)
            return &d;
    }
    return nullptr;
}

bool hasMixAndRate(const DimensionContributions *contributions)
{
    return contributions && contributions->split == QLatin1String("mix_rate");
}

std::vector<WaterfallStep> explanationSteps(const Explanation &e, Dimension dimension)
{
    const QString start = ExplainFormatText::tr("Before");
    const QString end = ExplainFormatText::tr("Now");
    std::vector<std::pair<QString, double>> parts;
    if (!e.bridge.empty()) {
        for (const auto &b : e.bridge)
            parts.emplace_back(b.label, b.effect);
    } else if (const DimensionContributions *d = contributionsFor(e, dimension); hasMixAndRate(d)) {
        double mix = 0;
        double rate = 0;
        for (const Contribution &c : d->members) {
            mix += c.mix;
            rate += c.rate;
        }
        parts.emplace_back(ExplainFormatText::tr("mix of %1").arg(dimensionInSentence(dimension)), mix);
        parts.emplace_back(ExplainFormatText::tr("rate within each"), rate);
    } else if (d) {
        double rest = e.change;
        for (size_t i = 0; i < d->members.size() && i < kMembersInWaterfall; ++i) {
            parts.emplace_back(memberText(dimension, d->members[i].member), d->members[i].change);
            rest -= d->members[i].change;
        }
        if (d->members.size() > kMembersInWaterfall)
            parts.emplace_back(ExplainFormatText::tr("all others"), rest);
    } else {
        parts.emplace_back(ExplainFormatText::tr("change"), e.change);
    }
    return waterfallSteps(start, e.value0, parts, end, e.value1);
}

QString waterfallTitle(const Explanation &e, Dimension dimension)
{
    const QString kpi = core::analytics::kpiLabel(e.kpi);
    if (!e.bridge.empty())
        return ExplainFormatText::tr("%1 by factor").arg(kpi);
    if (hasMixAndRate(contributionsFor(e, dimension)))
        return ExplainFormatText::tr("%1: mix and rate by %2").arg(kpi, dimensionInSentence(dimension));
    return ExplainFormatText::tr("%1 by %2").arg(kpi, dimensionInSentence(dimension));
}

QString variationText(const Explanation &e, const QLocale &locale, TestNamed named)
{
    const auto &v = e.verdict;
    if (!v.tested)
        return v.sentence;
    // Trial 17: "Welch's t-test … p = 0.003" on screen was jargon; the words say the same.
    const QString &sentence = named == TestNamed::Yes ? v.sentence : v.plainSentence;
    const auto amount = [&](double value, bool part) {
        // A daily average of a count has a fraction: "between −0.7 and −0.1", not "between −1 and −0"
        // (trial 22en, new customers).
        if (part && core::analytics::kpiUnit(e.kpi) == KpiUnit::Count)
            return core::withSign(core::fixedText(std::fabs(value), 1, locale), value);
        return formatExplainAmount(e.kpi, value, part, locale);
    };
    if (v.intervalKind == QLatin1String("wilson"))
        return ExplainFormatText::tr("%1 In the comparison period the rate's 95 % interval was %2 to %3.")
            .arg(sentence, amount(v.comparisonInterval.low, false), amount(v.comparisonInterval.high, false));
    const QString text = v.withinNormalVariation
                             ? ExplainFormatText::tr("%1 Allowing for the usual day-to-day swings, the daily "
                                                     "average changed by somewhere between %2 and %3 (95 % "
                                                     "interval): it may not have changed at all.")
                             : ExplainFormatText::tr("%1 Allowing for the usual day-to-day swings, the daily "
                                                     "average changed by somewhere between %2 and %3 (95 % "
                                                     "interval).");
    return text.arg(sentence, amount(v.interval.low, true), amount(v.interval.high, true));
}

QString periodsText(const Explanation &e, const QLocale &locale)
{
    const auto range = [&locale](const core::analytics::Period &p) {
        return ExplainFormatText::tr("%1 – %2").arg(formatDate(p.from, locale), formatDate(p.to, locale));
    };
    return ExplainFormatText::tr("Now: %1; before: %2.").arg(range(e.period), range(e.comparisonPeriod));
}

QString notExplainedText(KpiId kpi)
{
    const QString reason = core::analytics::explain::notExplainedReason(kpi);
    const QString text = ExplainFormatText::tr("StoreLens does not explain the change of %1.")
                             .arg(core::analytics::kpiLabel(kpi));
    return reason.isEmpty() ? text : text + QLatin1Char(' ') + reason;
}

} // namespace storelens::ui
