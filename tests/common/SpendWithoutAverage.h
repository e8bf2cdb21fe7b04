#pragma once

#include "common/ImportFiles.h"
#include "core/analytics/clv/SyntheticCustomers.h" // tests/core/analytics/clv
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/store/Workspace.h"

#include <QDate>
#include <QString>

#include <cmath>

// A store whose customers' spend has no average (the Gamma-Gamma fit finds q <= 1), while their purchases
// are ordinary: 2,000 customers drawn as in tst_clv's spendWithoutAnAverage (Gamma-Gamma q = 0.7), written as
// order lines (a first purchase, then x repeat purchase days, the last t_x weeks after the first, each repeat
// day spending the customer's mean) up to `asOf`, imported into a new workspace at `path`. The purchase
// models fit; the spend model gives no average (ClvResult::spendStatus).
namespace storelens::test {

inline bool writeSpendWithoutAverage(const QString &path, const QString &csvPath,
                                     QDate asOf = QDate(2026, 6, 30))
{
    namespace clv = core::analytics::clv;
    const auto rows = synthetic::customers(2000, clv::BgNbdParameters{0.5, 4.0, 0.8, 2.5},
                                           clv::GammaGammaParameters{6.0, 0.7, 15.0}, 52.0, 7u);
    QByteArray text = "Order ID,Date,Customer ID,SKU,Quantity,Unit price\n";
    int order = 1000;
    const auto line = [&](const QString &customer, QDate day, double amount) {
        text += QByteArray::number(++order) + ',' + day.toString(Qt::ISODate).toLatin1() + ',' +
                customer.toLatin1() + ",GOODS,1," + QByteArray::number(std::max(0.01, amount), 'f', 2) + '\n';
    };
    for (const clv::RfmSummaryRow &row : rows) {
        const QDate first = asOf.addDays(-qint64(std::llround(row.T * 7.0)));
        line(row.customerId, first, 25.0);
        const int repeats = int(row.x);
        const qint64 last = std::max<qint64>(repeats, std::llround(row.tx * 7.0));
        for (int k = 1; k <= repeats; ++k) {
            // Repeat days spread up to the last, each its own day, none after the as-of date.
            const QDate day = first.addDays(std::min(last * k / repeats, first.daysTo(asOf)));
            line(row.customerId, day, row.monetary);
        }
    }
    if (!writeExport(csvPath, text) || !core::Workspace::open(path, true).ok())
        return false;
    const auto preview = core::previewFile(csvPath);
    return preview.ok() && core::Importer::run(path, csvPath, core::suggestProfile(preview.value())).ok();
}

} // namespace storelens::test
