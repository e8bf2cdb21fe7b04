#include "core/session/CustomerPrivacy.h"

#include "core/analytics/segments/Lifecycle.h"
#include "core/analytics/segments/MemberExport.h"
#include "core/csv/CsvWriter.h"
#include "core/model/Money.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceKey.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace storelens::core::session {

using namespace analytics;

namespace {

// A database NULL (a typed, null QVariant) as JSON null, not as an empty string.
QJsonValue jsonOf(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

QJsonObject objectOf(const QStringList &names, const QVariantList &values)
{
    QJsonObject o;
    for (qsizetype i = 0; i < names.size(); ++i)
        o.insert(names.at(i), jsonOf(values.value(i)));
    return o;
}

// The figures as (key, value) pairs, in the order the JSON and the CSV list them.
std::vector<std::pair<QString, QVariant>> figureFields(const MemberRow &m)
{
    return {
        {QStringLiteral("first_purchase"), m.firstPurchase.toString(Qt::ISODate)},
        {QStringLiteral("last_purchase"), m.lastPurchase.toString(Qt::ISODate)},
        {QStringLiteral("orders"), m.orders},
        {QStringLiteral("net_sales"), Money::fromUnits(m.netSales).toString(4)},
        {QStringLiteral("average_order_value"),
         m.aovUnits ? QVariant(Money::fromUnits(*m.aovUnits).toString(4)) : QVariant()},
        {QStringLiteral("recency_days"), m.recencyDays},
        {QStringLiteral("r"), m.r},
        {QStringLiteral("f"), m.f},
        {QStringLiteral("m"), m.m},
        // The stable key, as in every file for machines (trial 19: "Treue Kunden" from the German window).
        {QStringLiteral("rfm_segment"), segmentKey(m.segment)},
        {QStringLiteral("lifecycle"), lifecycleKey(m.lifecycle)},
        {QStringLiteral("value_tier"), valueTierKey(m.tier)},
    };
}

QString cellText(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

Result<CustomerExport> exportCustomer(WorkspaceSession &session, const QString &customerId,
                                      const TaskControl &control)
{
    CustomerExport data;
    {
        Connection connection(session.workspacePath(), Connection::Access::ReadOnly);
        if (!connection.isOpen())
            return connection.error();
        Result<CustomerRecord> record = readCustomerRecord(connection.db(), customerId);
        if (!record)
            return record.error();
        data.record = std::move(record.value());
    }
    if (const Result<WorkspaceSettingsPtr> settings = session.settings())
        data.currency = settings.value()->currency;
    // The customers and segments of every line (no filter; the period does not apply to the base).
    Result<ResolvedQueryPtr> resolved = session.resolve(Query(), control);
    if (!resolved)
        return resolved.error();
    Result<CustomersResultPtr> customers = session.customers(resolved.value(), control);
    if (!customers)
        return customers.error();
    data.asOf = customers.value()->asOfDate();
    const int row = customers.value()->rowOfId.value(customerId, -1);
    if (row < 0)
        return data;
    data.figures = customers.value()->rows[size_t(row)];
    Result<SegmentsResultPtr> segments = session.segments(resolved.value(), control);
    if (!segments)
        return segments.error();
    const SegmentsResult &s = *segments.value();
    for (size_t i = 0; i < s.savedSegments.size() && i < s.savedMembers.size(); ++i) {
        if (size_t(row) < s.savedMembers[i].size() && s.savedMembers[i][size_t(row)])
            data.savedSegments.append(s.savedSegments[i].name);
    }
    return data;
}

QByteArray customerExportJson(const CustomerExport &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("customer_id"), data.record.customerId);
    root.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("as_of"), data.asOf.isValid() ? QJsonValue(data.asOf.toString(Qt::ISODate))
                                                             : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("currency"),
                data.currency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(data.currency));
    root.insert(QStringLiteral("customer"), objectOf(data.record.fieldNames, data.record.fieldValues));
    if (data.figures) {
        QJsonObject figures;
        for (const auto &[key, value] : figureFields(*data.figures))
            figures.insert(key, jsonOf(value));
        root.insert(QStringLiteral("figures"), figures);
    } else {
        root.insert(QStringLiteral("figures"), QJsonValue(QJsonValue::Null));
    }
    root.insert(QStringLiteral("saved_segments"), QJsonArray::fromStringList(data.savedSegments));
    QJsonArray lines;
    for (const QVariantList &line : data.record.lines)
        lines.append(objectOf(data.record.lineColumns, line));
    root.insert(QStringLiteral("lines"), lines);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray customerExportCsv(const CustomerExport &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    csv::CsvWriter writer(&buffer);
    writer.writeRow({QStringLiteral("field"), QStringLiteral("value")});
    writer.writeRow({QStringLiteral("customer_id"), data.record.customerId});
    for (qsizetype i = 0; i < data.record.fieldNames.size(); ++i) {
        if (data.record.fieldNames.at(i) != QLatin1String("external_id"))
            writer.writeRow({data.record.fieldNames.at(i), cellText(data.record.fieldValues.value(i))});
    }
    if (data.figures) {
        for (const auto &[key, value] : figureFields(*data.figures))
            writer.writeRow({key, cellText(value)});
    }
    writer.writeRow({QStringLiteral("saved_segments"), data.savedSegments.join(QStringLiteral("; "))});
    writer.writeRow({});
    writer.writeRow(data.record.lineColumns);
    for (const QVariantList &line : data.record.lines) {
        QStringList cells;
        for (const QVariant &v : line)
            cells.append(cellText(v));
        writer.writeRow(cells);
    }
    return bytes;
}

Result<ForgetOutcome> forgetCustomer(WorkspaceSession &session, const QString &customerId)
{
    auto guestLines = std::make_shared<qint64>(0);
    QFuture<Result<void>> written = session.write([customerId, guestLines](QSqlDatabase &db) -> Result<void> {
        const Result<qint64> forgotten = forgetCustomerRows(db, customerId);
        if (!forgotten)
            return forgotten.error();
        *guestLines = forgotten.value();
        return {};
    });
    const Result<void> outcome = written.result();
    // Again after the commit: a persisted snapshot written meanwhile from the old revision still names them.
    removeSnapshotFile(session.workspacePath());
    if (!outcome)
        return outcome.error();
    ForgetOutcome forgot;
    forgot.guestLines = *guestLines;
    session.runExclusive([&] { forgot.compacted = bool(compactWorkspace(session.workspacePath())); });
    return forgot;
}

} // namespace storelens::core::session
