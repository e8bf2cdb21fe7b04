#include "core/model/DisplayNames.h"

#include <QCoreApplication>

namespace storelens::core {

namespace {

// The canonical names, as the importer stores them (Entities.cpp, MappingSuggester.cpp).
const char *const kCanonical[] = {QT_TRANSLATE_NOOP("storelens::core::DisplayNames", "Main store"),
                                  QT_TRANSLATE_NOOP("storelens::core::DisplayNames", "In store"),
                                  QT_TRANSLATE_NOOP("storelens::core::DisplayNames", "Online"),
                                  QT_TRANSLATE_NOOP("storelens::core::DisplayNames", "Online shop")};

} // namespace

QString storeChannelDisplayName(const QString &name)
{
    for (const char *text : kCanonical) {
        if (name == QLatin1String(text))
            return QCoreApplication::translate("storelens::core::DisplayNames", text);
    }
    return name;
}

QString canonicalStoreChannelName(const QString &typed)
{
    const QString name = typed.trimmed();
    for (const char *text : kCanonical) {
        const QString english = QLatin1String(text);
        if (name.compare(english, Qt::CaseInsensitive) == 0 ||
            name.compare(storeChannelDisplayName(english), Qt::CaseInsensitive) == 0)
            return english;
    }
    return name;
}

QStringList storeChannelDisplayNames(const QStringList &names)
{
    QStringList shown;
    shown.reserve(names.size());
    for (const QString &name : names)
        shown << storeChannelDisplayName(name);
    return shown;
}

} // namespace storelens::core
