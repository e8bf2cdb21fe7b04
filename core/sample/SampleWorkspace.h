#pragma once

#include "core/model/Result.h"
#include "core/sample/SampleStore.h"

#include <functional>

namespace storelens::core {

// Creates (or fills an empty) workspace with the sample store, in one transaction: a cancelled or failed run
// leaves the file as it was. Refuses a workspace that already holds order lines. Its currency is GBP unless
// the workspace names one already.
Result<SampleStats> writeSampleWorkspace(const QString &workspacePath, const SampleOptions &options,
                                         const std::function<bool(qint64, qint64)> &progress = {});

} // namespace storelens::core
