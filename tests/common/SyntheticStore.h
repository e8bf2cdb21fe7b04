#pragma once

#include "common/ImportFiles.h"
#include "core/analytics/clv/RfmSummary.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/store/Workspace.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <cmath>
#include <vector>

// A store made from customer summaries (x, t_x, T, monetary; tests/core/analytics/clv/SyntheticCustomers.h):
// each customer's first purchase T weeks before `asOf` for 25.00, then x repeat purchase days, the last t_x
// weeks after the first, each spending the customer's mean, written as order lines to `csvPath` and imported
// into a new workspace at `path`. The workspace's RFM summary is the rows' up to rounding to whole days.
namespace storelens::test {

inline bool writeSyntheticStore(const QString &path, const QString &csvPath,
                                const std::vector<core::analytics::clv::RfmSummaryRow> &rows, QDate asOf)
{
    QByteArray text = "Order ID,Date,Customer ID,SKU,Quantity,Unit price\n";
    int order = 1000;
    const auto line = [&](const QString &customer, QDate day, double amount) {
        text += QByteArray::number(++order) + ',' + day.toString(Qt::ISODate).toLatin1() + ',' +
                customer.toLatin1() + ",GOODS,1," + QByteArray::number(std::max(0.01, amount), 'f', 2) + '\n';
    };
    for (const core::analytics::clv::RfmSummaryRow &row : rows) {
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
