#include "ui/customers/CustomersData.h"

#include "core/analytics/segments/SegmentWorkspaceBase.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "ui/common/LatestTask.h"

#include <QCoreApplication>

#include <algorithm>

namespace storelens::ui {

using namespace core::analytics;

namespace {

class CustomersDataText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::CustomersData)
};

// The alphabetical (case-insensitive) rank of each row's value among the distinct values.
std::vector<int32_t> ranks(const std::vector<MemberRow> &rows, QString MemberRow::*field)
{
    QStringList distinct;
    QHash<QString, int32_t> seen;
    for (const MemberRow &row : rows) {
        if (!seen.contains(row.*field)) {
            seen.insert(row.*field, 0);
            distinct.append(row.*field);
        }
    }
    std::sort(distinct.begin(), distinct.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    for (int32_t i = 0; i < int32_t(distinct.size()); ++i)
        seen[distinct.at(i)] = i;
    std::vector<int32_t> result;
    result.reserve(rows.size());
    for (const MemberRow &row : rows)
        result.push_back(seen.value(row.*field));
    return result;
}

} // namespace

core::Result<CustomersDataPtr> computeCustomersData(const QString &workspacePath, const Query &query,
                                                    const TaskControl &control)
{
    const auto cancelledError = [] {
        return core::Error(core::ErrorCode::Cancelled,
                           CustomersDataText::tr("The computation was cancelled."));
    };
    auto snapshot = SnapshotCache::instance().get(workspacePath, [&control](qint64 done, qint64 total) {
        if (total > 0)
            control.progress(int(done * 60 / total));
        return !control.cancelled();
    });
    if (!snapshot)
        return snapshot.error();
    auto data = std::make_shared<CustomersData>();
    data->snapshot = snapshot.value();
    const Snapshot &s = *data->snapshot;
    if (s.isEmpty())
        return CustomersDataPtr(std::move(data));

    auto lineMask = resolveSharedLineMask(s, workspacePath, query.filter);
    if (!lineMask)
        return lineMask.error();
    data->lineMask = std::move(lineMask).value();
    if (control.cancelled())
        return cancelledError();
    control.progress(65);

    auto built = buildWorkspaceCustomerBase(workspacePath, s, data->mask());
    if (!built)
        return built.error();
    auto base = std::make_shared<const CustomerBase>(std::move(built).value());
    data->base = base;
    if (control.cancelled())
        return cancelledError();
    control.progress(85);

    data->rows = segmentMembers(*base, s, std::vector<uint8_t>(base->size(), 1));
    data->rowOfId.reserve(qsizetype(data->rows.size()));
    data->searchKeys.reserve(data->rows.size());
    const QChar separator(QLatin1Char('\n'));
    for (size_t row = 0; row < data->rows.size(); ++row) {
        const MemberRow &m = data->rows[row];
        data->rowOfId.insert(m.customerId, int(row));
        data->searchKeys.push_back(QString(m.customerId + separator + m.name + separator + m.email +
                                           separator + m.country + separator + m.segment)
                                       .toCaseFolded());
        if (row % 4096 == 0 && control.cancelled())
            return cancelledError();
    }
    data->idRanks = ranks(data->rows, &MemberRow::customerId);
    data->nameRanks = ranks(data->rows, &MemberRow::name);
    data->countryRanks = ranks(data->rows, &MemberRow::country);
    data->segmentRanks = ranks(data->rows, &MemberRow::segment);
    control.progress(100);
    return CustomersDataPtr(std::move(data));
}

} // namespace storelens::ui
