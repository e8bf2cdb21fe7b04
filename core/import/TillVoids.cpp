#include "core/import/TillVoids.h"

#include "core/import/FieldCatalog.h"
#include "core/import/OrderStatus.h"

#include <QHash>

namespace storelens::core {

namespace {

bool headerNamesALine(const QString &header)
{
    static const char *const LineStatus[] = {"linestatus",      "itemstatus",      "regelstatus",
                                             "statutligne",     "statutdelaligne", "statoriga",
                                             "zeilenstatus",    "positionsstatus", "estadolinea",
                                             "estadodelalinea", "radstatus",       "linjestatus"};
    const QString name = normaliseHeader(header);
    return std::any_of(std::begin(LineStatus), std::end(LineStatus),
                       [&name](const char *n) { return name == QLatin1String(n); });
}

} // namespace

bool statusIsPerLine(const FilePreview &preview, const ImportProfile &profile)
{
    const int status = profile.columnIndexFor(field::Status);
    if (status < 0)
        return false;
    if (status < preview.header.size() && headerNamesALine(preview.header.at(status)))
        return true;
    const int order = profile.columnIndexFor(field::OrderId);
    if (order < 0)
        return false;
    QHash<QString, QString> firstStatus; // order id -> the status of its first line
    for (const QStringList &row : preview.rows) {
        if (status >= row.size() || order >= row.size() || row.at(order).trimmed().isEmpty())
            continue;
        const QString id = row.at(order).trimmed();
        const QString value = row.at(status).trimmed();
        const auto seen = firstStatus.constFind(id);
        if (seen == firstStatus.cend())
            firstStatus.insert(id, value);
        else if (!sameStatusValue(seen.value(), value))
            return true;
    }
    return false;
}

void leaveTillVoidsOut(ImportProfile &profile, const FilePreview &preview)
{
    if (profile.entity != Entity::Orders || profile.defaultChannel == webShopChannelName() ||
        profile.columnFor(field::Status).isEmpty() || isWebShopExport(preview.header) ||
        !statusIsPerLine(preview, profile))
        return;
    for (const QString &value : std::as_const(profile.cancelStatusValues)) {
        if (isVoidStatus(value) && !profile.notSoldStatusValues.contains(value))
            profile.notSoldStatusValues << value;
    }
    profile.cancelStatusValues.removeIf([](const QString &value) { return isVoidStatus(value); });
}

} // namespace storelens::core
