#pragma once

#include "core/analytics/clv/WorkspaceClv.h"

#include <QLocale>
#include <QStringList>

namespace storelens::ui {

// What the predictions say, in a store manager's words (issue 17): the Predictions view's summary and the
// report's predictions section read the same lines. No model name, parameter or statistics term: those are
// behind "Model details".
//   (noDropoutSentence, when the model found no dropout)
//   "Probably still customers: 817 of your 1,500 customers (for each, a 50 % chance or more that they still
//    buy from you)."
//   "Purchases expected from them: 360 in the next quarter (13 weeks), 1,372 in the next year (52 weeks)."
//   "Expected spend in the next 12 months: €67,400.42 in total, €44.93 per customer on average (their
//    predicted lifetime value)."
//   "How far to trust this: …" (trustSentence)
QStringList predictionSummaryLines(const core::analytics::clv::WorkspaceClv &clv,
                                   const QLocale &locale = QLocale());

// Why nearly every customer is probably still a customer when the purchase model in use found no dropout
// (findsNoDropout; trial 16: 385 of 385 beside 26 "Lost" and 41 "Hibernating" in Segments), and that the
// Segments view judges by recency alone; empty otherwise. The first of predictionSummaryLines when not empty.
QString noDropoutSentence(const core::analytics::clv::WorkspaceClv &clv);

// How far to trust the predictions: made without the last weeks (or the chosen ones), what they expected
// there against what happened, and by how much they were off.
QString trustSentence(const core::analytics::clv::ClvModelChoice &choice, const QLocale &locale = QLocale());

} // namespace storelens::ui
