#pragma once

#include "core/sample/SampleWorkspace.h"

#include <QDate>
#include <QString>

namespace storelens::test {

// Writes the sample store (core::SampleStore) of `customers` identified customers over `years` years to a new
// workspace at `path`, ending on `lastDay` when it is valid (else on the sample's fixed last day).
inline core::Result<core::SampleStats> writeSample(const QString &path, int customers, int years,
                                                   QDate lastDay = {})
{
    core::SampleOptions options;
    options.customers = customers;
    options.years = years;
    if (lastDay.isValid())
        options.lastDay = lastDay;
    return core::writeSampleWorkspace(path, options);
}

} // namespace storelens::test
