#include "core/import/ProfileHeader.h"

#include "core/import/FieldCatalog.h"
#include "core/import/ImportProfile.h"

#include <algorithm>

namespace storelens::core {

QStringList profileHeader(const ImportProfile &profile)
{
    QStringList header;
    header.reserve(profile.columns.size());
    for (const ColumnMapping &c : profile.columns)
        header << c.column;
    return header;
}

QStringList normalisedHeader(const QStringList &header)
{
    QStringList names;
    names.reserve(header.size());
    for (const QString &h : header)
        names << normaliseHeader(h);
    return names;
}

bool hasAllColumns(const QStringList &header, std::initializer_list<const char *> columns)
{
    const QStringList names = normalisedHeader(header);
    return std::all_of(columns.begin(), columns.end(),
                       [&names](const char *c) { return names.contains(QLatin1String(c)); });
}

} // namespace storelens::core
