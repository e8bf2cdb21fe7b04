#include "core/model/Entities.h"

#include <QCoreApplication>

namespace storelens::core {

namespace {
struct EntityName
{
    Entity entity;
    const char *key;
    const char *display;
};

constexpr EntityName kNames[] = {
    {Entity::Orders, "orders", QT_TRANSLATE_NOOP("storelens::core::Entity", "Orders and order lines")},
    {Entity::Customers, "customers", QT_TRANSLATE_NOOP("storelens::core::Entity", "Customers")},
    {Entity::Products, "products", QT_TRANSLATE_NOOP("storelens::core::Entity", "Products")},
    {Entity::Inventory, "inventory", QT_TRANSLATE_NOOP("storelens::core::Entity", "Inventory snapshots")},
    {Entity::Traffic, "traffic", QT_TRANSLATE_NOOP("storelens::core::Entity", "Store traffic")},
    {Entity::Staffing, "staffing", QT_TRANSLATE_NOOP("storelens::core::Entity", "Staffing")},
    {Entity::Marketing, "marketing", QT_TRANSLATE_NOOP("storelens::core::Entity", "Marketing spend")},
};
} // namespace

QString entityKey(Entity e)
{
    for (const auto &n : kNames) {
        if (n.entity == e)
            return QLatin1String(n.key);
    }
    return {};
}

std::optional<Entity> entityFromKey(const QString &key)
{
    for (const auto &n : kNames) {
        if (key.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0)
            return n.entity;
    }
    return std::nullopt;
}

QString entityDisplayName(Entity e)
{
    for (const auto &n : kNames) {
        if (n.entity == e)
            return QCoreApplication::translate("storelens::core::Entity", n.display);
    }
    return {};
}

// The default store and channel are stored by name, so the names are the same in every UI language (as the
// web shop's "Online" channel is): an import in German and a later one in English name one store and channel.
QString defaultStoreName()
{
    return QStringLiteral("Main store");
}

QString defaultSourceName()
{
    return QStringLiteral("Default");
}

QString defaultChannelName()
{
    return QStringLiteral("In store");
}

} // namespace storelens::core
