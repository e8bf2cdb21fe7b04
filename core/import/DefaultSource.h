#pragma once

#include "core/import/ImportProfile.h"
#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace storelens::core {

// The source of order lines whose profile names none (a file of no export style that names its system, such
// as Shopify's or a till's): "Web shop" for a web shop's export (its lines go to the channel Online), else
// "Till" (SourceNames.h), stored in English and shown in the user's language. A workspace whose lines were
// imported into "Default" before (without a name) keeps importing there, so that next month's export of the
// same system meets its orders (an order is its source and its order id) and no source seems to end early.
QString defaultSourceFor(const ImportProfile &profile, bool defaultSourceHoldsLines);

// The source an import of order lines writes to: the profile's, a canonical name typed in the user's
// language read as that name unless the workspace has a source of the very name typed ("Kasse" is "Till"),
// else defaultSourceFor().
Result<QString> importSource(QSqlDatabase &db, const ImportProfile &profile);

} // namespace storelens::core
