#pragma once

#include "core/analytics/segments/SegmentSummary.h"
#include "core/model/Result.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <vector>

namespace storelens::core::analytics {

// Columns a member export can hold, by key: customer_id, name, email, country, first_purchase,
// last_purchase, orders, net_sales, aov, recency_days, r, f, m, segment, lifecycle, value_tier,
// consent_email.
QStringList memberExportColumns();
QStringList defaultMemberExportColumns(); // every column but consent_email

struct MemberExportOptions
{
    QStringList columns;                // keys, in the order to write; empty: defaultMemberExportColumns()
    bool includeWithoutConsent = false; // marketing consent = email consent; false or unknown is "without"
};

struct MemberExportResult
{
    int64_t written = 0;
    int64_t leftOutWithoutConsent = 0;
};

// Writes a header row and one row per member as CSV (UTF-8, comma, quoted where needed). Members whose email
// consent is false or unknown are left out unless options.includeWithoutConsent. Cells that start with = + -
// or @ are neutralised for spreadsheets (prefixed with an apostrophe). Money with 2 places, dates ISO.
Result<MemberExportResult> exportMembers(QIODevice *device, const std::vector<MemberRow> &members,
                                         const MemberExportOptions &options);
Result<MemberExportResult> exportMembers(const QString &path, const std::vector<MemberRow> &members,
                                         const MemberExportOptions &options);

// The text of one cell of `column` (a key of memberExportColumns()) for `row`, as written to the file before
// neutralising.
QString memberCell(const MemberRow &row, const QString &column);

} // namespace storelens::core::analytics
