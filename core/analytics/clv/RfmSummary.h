#pragma once

#include "core/model/Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace storelens::core::analytics {
struct Snapshot;
}

namespace storelens::core::analytics::clv {

// One customer's purchase history in the form the BG/NBD and Gamma-Gamma models read (METRICS.md section 8).
// Time is in weeks; a "purchase" is a calendar day with at least one sale line.
struct RfmSummaryRow
{
    QString customerId;
    double x = 0;        // repeat purchases: distinct purchase days - 1
    double tx = 0;       // weeks from the first to the last purchase day
    double T = 0;        // weeks from the first purchase day to the end of the calibration period
    double monetary = 0; // mean net sales per repeat purchase day (the first day excluded); 0 when x = 0
};

// One order line reduced to what the summary needs. Amounts are Money units (ten-thousandths, Money.h).
struct PurchaseLine
{
    int32_t customer = -1;   // index into the customer id list; negative: a guest line, ignored
    int32_t julianDay = 0;   // calendar day (QDate::toJulianDay)
    int64_t amountUnits = 0; // line amount = quantity x unit price - discount (negative for a return line)
    bool sale = true;        // quantity > 0; only sale lines make a purchase day
};

class RfmSummaryBuilder
{
public:
    // Summarises lines dated on or before calibrationEndDay (a Julian day, inclusive: "the as-of date").
    // A customer appears when they have a sale line in that range; rows follow the customer index order.
    // A return line counts in the net sales of its day when that day is a purchase day; returns dated on
    // days without a sale line are left out (they refer to an earlier purchase, and the summary is per day).
    static Result<std::vector<RfmSummaryRow>>
    build(const std::vector<PurchaseLine> &lines, const QStringList &customerIds, int32_t calibrationEndDay);

    // The same from the analytics snapshot: identified customers' lines up to calibrationEndDay, only the
    // lines `lineMask` selects (1 = selected; nullptr: every line).
    static Result<std::vector<RfmSummaryRow>> build(const Snapshot &snapshot, int32_t calibrationEndDay,
                                                    const std::vector<uint8_t> *lineMask = nullptr);
};

} // namespace storelens::core::analytics::clv
