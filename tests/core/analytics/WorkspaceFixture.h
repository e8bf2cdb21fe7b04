#pragma once

#include "core/store/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Fills a workspace with plain INSERT statements (shared by the loader and service tests).
namespace workspacefixture {

inline bool exec(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

inline QString jd(int y, int m, int d)
{
    return QString::number(QDate(y, m, d).toJulianDay());
}

} // namespace workspacefixture
