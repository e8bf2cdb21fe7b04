#include "core/model/DisplayNames.h"

#include <QCoreApplication>

namespace storelens::core {

QString storeChannelDisplayName(const QString &name)
{
    // The canonical names, as the importer stores them (Entities.cpp, MappingSuggester.cpp).
    static const char *const canonical[] = {QT_TRANSLATE_NOOP("storelens::core::DisplayNames", "Main store"),
                                            QT_TRANSLATE_NOOP("storelens::core::DisplayNames", "In store"),
                                            QT_TRANSLATE_NOOP("storelens::core::DisplayNames", "Online")};
    for (const char *text : canonical) {
        if (name == QLatin1String(text))
            return QCoreApplication::translate("storelens::core::DisplayNames", text);
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
