#include "core/model/Entities.h"

#include "core/model/EnumKeys.h"

#include <QCoreApplication>

namespace storelens::core {

namespace {

constexpr EnumName<Entity> kNames[] = {
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
    return enumKey(kNames, e);
}

std::optional<Entity> entityFromKey(const QString &key)
{
    return enumFromKey(kNames, key);
}

QString entityDisplayName(Entity e)
{
    const EnumName<Entity> *row = enumName(kNames, e);
    return row ? QCoreApplication::translate("storelens::core::Entity", row->name) : QString();
}

// The default store and channel are stored by name, so the names are the same in every UI language (as the
// web shop's "Online" channel is): an import in German and a later one in English name one store and channel.
QString defaultStoreName()
{
    return QStringLiteral("Main store");
}

QString onlineShopStoreName()
{
    return QStringLiteral("Online shop");
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
