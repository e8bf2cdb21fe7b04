#pragma once

#include "core/model/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace storelens::core {

struct ImportProfile;
struct OrderIdChange;
struct UnmatchedLines;

// Trial 20: a web shop's export went into the source "Till" by default, and the real till's export next went
// into it too. Its days held the web orders, which the till's file does not hold, so the Check page and the
// CLI proposed to replace them: to delete every web order. A re-export of a source holds the orders of it
// that it covers again, under the same order ids; a file of another till or shop holds none of them. So a
// file seems to come from elsewhere when, on its days, the source holds orders on two or more days (an
// export cut in the middle of a day meets the earlier one on that day alone) and the file names at most
// 1 in 20 of them, unless OrderIdChange found those orders again under other ids (a re-export whose ids are
// written another way). Columns other than those of the source's last import (fewer than half of them
// again) are said as further evidence, and then one day of such orders is enough.
struct OtherSource
{
    QString source;
    QDate from; // the file's days
    QDate to;
    qint64 storedOrders = 0; // the source's orders on those days before the import
    qint64 sharedOrders = 0; // of those, the ones the file names
    bool columnsDiffer = false;
    QString suggestedSource; // a source name the workspace does not use yet ("Till 2")

    bool likely() const { return storedOrders > 0 && !suggestedSource.isEmpty(); }
    // "This file seems to come from another till or shop than "Till": …" (translated); empty when not
    // likely().
    QString sentence() const;
    // Why a replace of such a file is refused, naming the file (translated).
    QString replaceRefused(const QString &fileName) const;
};

// After an import's order lines are matched (`unmatched`, before any is removed), inside its transaction.
Result<OtherSource> findOtherSource(QSqlDatabase &db, const ImportProfile &profile, const QStringList &header,
                                    const QString &source, const QDate &from, const QDate &to,
                                    const UnmatchedLines &unmatched, const OrderIdChange &idChange);

} // namespace storelens::core
