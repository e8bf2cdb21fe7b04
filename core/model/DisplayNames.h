#pragma once

#include <QString>
#include <QStringList>

namespace storelens::core {

// The text a store or channel name is shown with. The importer stores its default names canonically in
// English whatever the language ("Main store", "In store", "Online", "Online shop": defaultStoreName(),
// defaultChannelName(), webShopChannelName(), onlineShopStoreName()), so that every import lands in one
// store and one channel; on screen and in the PDF they read in the user's language. Any other name is the
// user's own and shown as it is. For display only: the stored data, filters, CSV and JSON keep the canonical
// name.
QString storeChannelDisplayName(const QString &name);
// storeChannelDisplayName() of each name, in order.
QStringList storeChannelDisplayNames(const QStringList &names);
// The reverse, for a name the user types (`storelens import --channel`, `--store`): one of the canonical
// names, in English or in the user's language and in any case ("in store", "En magasin"), is that canonical
// name; any other name is returned trimmed, as the user's own.
QString canonicalStoreChannelName(const QString &typed);

} // namespace storelens::core
