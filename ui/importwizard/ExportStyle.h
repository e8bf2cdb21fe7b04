#pragma once

#include "core/model/Entities.h"

#include <QString>
#include <QStringList>

namespace storelens::ui {

// The name the import wizard offers for a saved profile: the export style the file's header shows (the
// systems of tests/data/import: "Shopify orders", "Square item sales", "Till export", ...), else what the
// file holds and its first columns ("Orders export (Date, Receipt No, Item …)"). Never the file's name, which
// changes with every month's export while the style stays.
QString exportStyleName(const QStringList &header, core::Entity entity);

} // namespace storelens::ui
