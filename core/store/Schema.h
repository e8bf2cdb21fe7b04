#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>

namespace storelens::core {

// The workspace schema, versioned with PRAGMA user_version. Units in the database:
//   days: Julian day numbers (QDate::toJulianDay), seconds: time of day, NULL when unknown;
//   money: INTEGER ten-thousandths (Money::units); quantities and headcounts: INTEGER thousandths.
class Schema
{
public:
    static int currentVersion();
    // Brings an empty or older database up to currentVersion() inside one transaction.
    static Result<void> migrate(QSqlDatabase &db);
};

} // namespace storelens::core
