#pragma once

#include "common/SyntheticStore.h"
#include "core/analytics/clv/SyntheticCustomers.h" // tests/core/analytics/clv

#include <QDate>
#include <QString>

// A store whose customers never leave (synthetic::noDropoutCustomers: 400 customers over 60 weeks), written
// as order lines up to `asOf` and imported (writeSyntheticStore). The purchase models find no dropout, so
// nearly every customer is probably still a customer, while the Segments view calls the rare buyers lost.
namespace storelens::test {

inline bool writeNoDropoutStore(const QString &path, const QString &csvPath, QDate asOf = QDate(2026, 11, 30))
{
    return writeSyntheticStore(path, csvPath, synthetic::noDropoutCustomers(), asOf);
}

} // namespace storelens::test
