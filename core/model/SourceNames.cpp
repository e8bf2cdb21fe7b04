#include "core/model/SourceNames.h"

#include <QCoreApplication>

namespace storelens::core {

namespace {

// The canonical names, as the importer stores them (Entities.cpp, DefaultSource.cpp), with the comment that
// tells translators what they name.
struct Canonical
{
    const char *name;
    const char *comment;
};
const Canonical kCanonical[] = {
    QT_TRANSLATE_NOOP3("storelens::core::SourceNames", "Default", "a source: lines imported without a name"),
    QT_TRANSLATE_NOOP3("storelens::core::SourceNames", "Web shop", "a source: the web shop's orders"),
    QT_TRANSLATE_NOOP3("storelens::core::SourceNames", "Till", "a source: the till's (POS) sales"),
};

} // namespace

QString webShopSourceName()
{
    return QStringLiteral("Web shop");
}

QString tillSourceName()
{
    return QStringLiteral("Till");
}

QString sourceDisplayName(const QString &name)
{
    for (const Canonical &c : kCanonical) {
        if (name == QLatin1String(c.name))
            return QCoreApplication::translate("storelens::core::SourceNames", c.name, c.comment);
    }
    return name;
}

QStringList sourceDisplayNames(const QStringList &names)
{
    QStringList shown;
    shown.reserve(names.size());
    for (const QString &name : names)
        shown << sourceDisplayName(name);
    return shown;
}

QString canonicalSourceName(const QString &typed, const QStringList &existing)
{
    const QString name = typed.trimmed();
    if (existing.contains(name))
        return name;
    for (const Canonical &c : kCanonical) {
        const QString english = QLatin1String(c.name);
        if (name.compare(english, Qt::CaseInsensitive) == 0 ||
            name.compare(sourceDisplayName(english), Qt::CaseInsensitive) == 0)
            return english;
    }
    return name;
}

} // namespace storelens::core
