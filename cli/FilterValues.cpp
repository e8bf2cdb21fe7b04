#include "cli/FilterValues.h"

#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"

#include <QCoreApplication>

#include <algorithm>

namespace storelens::cli {

using namespace storelens::core;

namespace {

struct FilterValuesText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::cli::FilterValues)
};

using DisplayName = QString (*)(const QString &);

QString asStored(const QString &name)
{
    return name;
}

QString countryName(const QString &key)
{
    return countryDisplayName(key);
}

// "Online (En ligne), In store (En magasin)": each value as stored, with its name on the screens if another.
QString heldValues(const QStringList &held, DisplayName display)
{
    QStringList shown;
    for (const QString &value : held)
        shown << (display(value) == value ? value : QStringLiteral("%1 (%2)").arg(value, display(value)));
    return shown.join(QLatin1String(", "));
}

// `problem` takes the value given and the values held.
Result<void> matchValues(QStringList &values, const QStringList &held, DisplayName display,
                         const QString &problem)
{
    for (QString &value : values) {
        const auto same = [&value](const QString &name) {
            return name.compare(value, Qt::CaseInsensitive) == 0;
        };
        auto it = std::find(held.begin(), held.end(), value);
        if (it == held.end())
            it = std::find_if(held.begin(), held.end(), same);
        if (it == held.end())
            it = std::find_if(held.begin(), held.end(), [&](const QString &h) { return same(display(h)); });
        if (it == held.end())
            return Error(ErrorCode::InvalidValue, held.isEmpty()
                                                      ? problem.arg(value, FilterValuesText::tr("none"))
                                                      : problem.arg(value, heldValues(held, display)));
        value = *it;
    }
    return {};
}

} // namespace

Result<void> matchFilterValues(session::WorkspaceSession &session, analytics::Filter &filter)
{
    if (filter.stores.isEmpty() && filter.channels.isEmpty() && filter.countries.isEmpty() &&
        filter.categories.isEmpty())
        return {};
    const Result<session::FilterChoices> choices = session.filterChoices();
    if (!choices)
        return choices.error();
    const session::FilterChoices &held = choices.value();
    if (Result<void> r =
            matchValues(filter.stores, held.stores, storeChannelDisplayName,
                        FilterValuesText::tr("The workspace has no store \"%1\". Its stores: %2."));
        !r)
        return r;
    if (Result<void> r =
            matchValues(filter.channels, held.channels, storeChannelDisplayName,
                        FilterValuesText::tr("The workspace has no channel \"%1\". Its channels: %2."));
        !r)
        return r;
    if (Result<void> r =
            matchValues(filter.countries, held.countries, countryName,
                        FilterValuesText::tr("The workspace has no country \"%1\". Its countries: %2."));
        !r)
        return r;
    return matchValues(filter.categories, held.categories, asStored,
                       FilterValuesText::tr("The workspace has no category \"%1\". Its categories: %2."));
}

} // namespace storelens::cli
