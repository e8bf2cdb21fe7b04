#pragma once

#include "core/import/ImportProfile.h"
#include "core/model/Result.h"

#include <QSqlDatabase>

namespace storelens::core {

// The store of order lines whose file names none. The suggestion puts a web shop's lines in "Online shop"
// (onlineShopStoreName(); trial 16: the web shop was a shop called "Main store" beside Ruzafa and El Carmen),
// while lines imported before went to "Main store" and a saved profile keeps the store it names. A store is
// not part of a line's identity, so a re-export read with the new suggestion would move the lines it holds
// again to "Online shop" and leave the source's older ones in "Main store", one shop's sales split over two:
// a suggested "Online shop" therefore gives way to "Main store" (the profile's store is cleared) when the
// workspace holds lines of the import's source (importSource()) in "Main store" and none in "Online shop".
// Called on a suggested profile only (the wizard's first page, `storelens import` without --profile and
// --store); the user can still name the store.
Result<void> keepStoreOfEarlierLines(QSqlDatabase &db, ImportProfile &profile);

} // namespace storelens::core
