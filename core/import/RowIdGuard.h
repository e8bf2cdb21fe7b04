#pragma once

#include "core/import/ImportProfile.h"
#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace storelens::core {

// Whether an orders file's order ids come from its rows' positions ("#" and the line: no order id column,
// each row an order). Such ids name a different order in every export, so they match nothing reliably.
bool ordersNumberedByRow(const ImportProfile &profile);

// An orders file numbered by its rows cannot be reconciled with order lines already imported from the same
// source: a re-export with new orders on top would match each row to the wrong order or count it twice (trial
// 10: a Magento grid export imported twice doubled net sales). Refused with the file, the source, how many
// lines it already holds and what to do; a workspace without lines of that source imports it.
Result<void> refuseRowNumberedOrdersOverSource(QSqlDatabase &db, const QString &csvPath,
                                               const ImportProfile &profile, const QString &source);

} // namespace storelens::core
