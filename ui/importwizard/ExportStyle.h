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

// A profile named after its export style is stored under the style's English name and shown in the user's
// language, so a profile saved in German reads "Odoo POS order lines" in an English StoreLens (trial 9). A
// name the user typed is stored and shown as typed.
QString storedProfileName(const QString &shown, const QStringList &header, core::Entity entity);
QString shownProfileName(const QString &stored);

} // namespace storelens::ui
