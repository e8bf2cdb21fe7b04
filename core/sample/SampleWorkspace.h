#pragma once

#include "core/model/Result.h"
#include "core/sample/SampleStore.h"

#include <QLocale>
#include <QString>

#include <functional>

namespace storelens::core {

// The sample store's currency: the sample is a Bristol shop, in pounds in English; in another language it
// is priced in that locale's currency, so the German window does not show "£" (trial 15): "EUR" for German,
// French and Spanish (Germany, France, Spain), "CHF" for Swiss German. The amounts are the same numbers.
QString sampleCurrency(const QLocale &locale = QLocale());

// Creates (or fills an empty) workspace with the sample store, in one transaction: a cancelled or failed run
// leaves the file as it was. Refuses a workspace that already holds order lines. Its currency is
// sampleCurrency() unless the workspace names one already.
Result<SampleStats> writeSampleWorkspace(const QString &workspacePath, const SampleOptions &options,
                                         const std::function<bool(qint64, qint64)> &progress = {});

} // namespace storelens::core
