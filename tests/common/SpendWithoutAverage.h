#pragma once

#include "common/SyntheticStore.h"
#include "core/analytics/clv/SyntheticCustomers.h" // tests/core/analytics/clv

#include <QDate>
#include <QString>

// A store whose customers' spend has no average (the Gamma-Gamma fit finds q <= 1), while their purchases
// are ordinary: 2,000 customers drawn as in tst_clv's spendWithoutAnAverage (Gamma-Gamma q = 0.7), written as
// order lines up to `asOf` (writeSyntheticStore). The purchase models fit; the spend model gives no average
// (ClvResult::spendStatus).
namespace storelens::test {

inline bool writeSpendWithoutAverage(const QString &path, const QString &csvPath,
                                     QDate asOf = QDate(2026, 6, 30))
{
    namespace clv = core::analytics::clv;
    const auto rows = synthetic::customers(2000, clv::BgNbdParameters{0.5, 4.0, 0.8, 2.5},
                                           clv::GammaGammaParameters{6.0, 0.7, 15.0}, 52.0, 7u);
    return writeSyntheticStore(path, csvPath, rows, asOf);
}

} // namespace storelens::test
