#pragma once

#include "core/analytics/segments/SegmentSummary.h"
#include "core/model/Result.h"
#include "core/session/TaskControl.h"
#include "core/store/CustomerRecords.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <optional>

namespace storelens::core::session {

class WorkspaceSession;

// "Export this customer's data": everything StoreLens holds on one customer. The stored record (their
// customers row and order lines) and what StoreLens computes from it over all their lines up to the as-of
// date: their figures, RFM scores and segment, lifecycle stage, value tier and saved segments.
struct CustomerExport
{
    CustomerRecord record;
    QDate asOf;
    std::optional<analytics::MemberRow> figures; // none: the customer has no sale line (not in the base)
    QStringList savedSegments;                   // names of the saved segments they belong to
    QString currency;                            // the workspace's ISO code of the money; empty: not known
};

// ErrorCode::NotFound when the workspace has no customer with that stored id.
Result<CustomerExport> exportCustomer(WorkspaceSession &session, const QString &customerId,
                                      const TaskControl &control = {});

// The export as indented UTF-8 JSON: {"customer_id", "exported_at", "as_of", "currency" (null when not
// known), "customer": {column: value}, "figures": {...} or null, "saved_segments": [...], "lines": [{column:
// value}, ...]}.
QByteArray customerExportJson(const CustomerExport &data);
// The export as formula-safe CSV: a "field,value" block (the customer's columns, then their figures and
// segments), an empty row, then the order lines with a header row.
QByteArray customerExportCsv(const CustomerExport &data);

struct ForgetOutcome
{
    qint64 guestLines = 0;  // lines that became guest lines
    bool compacted = false; // the file was rewritten without free pages (false: another program held it)
};

// "Forget this customer": one transaction through the session's write queue (forgetCustomerRows: their
// personal data and customers row go, their lines become guest lines, the revision grows so every view
// reloads), then the file is compacted so the deleted bytes are gone from it. Blocks until done: call it
// from a worker thread. ErrorCode::NotFound when there is no such customer.
Result<ForgetOutcome> forgetCustomer(WorkspaceSession &session, const QString &customerId);

} // namespace storelens::core::session
