#pragma once

#include "core/analytics/explain/Explain.h"
#include "ui/charts/WaterfallSteps.h"

#include <QLocale>
#include <QString>

#include <vector>

// How the "Why?" panel and the report's "What changed" section write an explanation (METRICS.md section 9):
// shared so the screen and the PDF say the same.
namespace storelens::ui {

using core::analytics::explain::Dimension;
using core::analytics::explain::Explanation;

// Every dimension the engine offers, in its order.
std::vector<Dimension> explainDimensions();
// The dimension's name for a heading or picker ("Store", "New or returning").
QString dimensionTitle(Dimension dimension);
// The same inside a sentence (lower case, except in German).
QString dimensionInSentence(Dimension dimension);
// A member as shown: a store's or channel's canonical default name translated
// (core::storeChannelDisplayName), a country's name in the user's language (core::countryDisplayName), every
// other member as it is.
QString memberText(Dimension dimension, const QString &member);
// An amount of the explained KPI: money with the display currency, ratios as percentages; a part with its
// sign (percentage points for ratios).
QString formatExplainAmount(core::analytics::KpiId kpi, double value, bool signedPart,
                            const QLocale &locale = QLocale());
// The members of one dimension (largest part first); nullptr when the explanation has none.
const core::analytics::explain::DimensionContributions *contributionsFor(const Explanation &e,
                                                                         Dimension dimension);
// True when the members' parts split into mix and rate (a ratio KPI whose denominator splits by the
// dimension).
bool hasMixAndRate(const core::analytics::explain::DimensionContributions *contributions);
// The waterfall of the change: the bridge where the KPI has one; for a ratio KPI the mix and rate effects of
// `dimension`; for a sum KPI without a bridge its largest members of `dimension` and the rest. The parts add
// up to the change.
std::vector<WaterfallStep> explanationSteps(const Explanation &e, Dimension dimension);
// The two periods compared ("Now: 10/1/2025 – 9/30/2026; before: 10/1/2024 – 9/30/2025.").
QString periodsText(const Explanation &e, const QLocale &locale = QLocale());
// The waterfall's title ("Net sales: from the previous period to this one, by factor").
QString waterfallTitle(const Explanation &e, Dimension dimension);
// The normal-variation verdict with its 95 % interval in words.
// With the test's name and figures (the PDF), or plain, for the screen (whose tooltip names the test).
enum class TestNamed { Yes, No };
QString variationText(const Explanation &e, const QLocale &locale = QLocale(),
                      TestNamed named = TestNamed::Yes);
// The polite answer for a KPI the engine does not explain: why not.
QString notExplainedText(core::analytics::KpiId kpi);

} // namespace storelens::ui
