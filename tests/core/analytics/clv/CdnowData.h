#pragma once

#include "core/analytics/clv/RfmSummary.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTest>

#include <cmath>
#include <vector>

// Readers for the CDNOW fixtures in tests/data/cdnow (MIT, redistributed by the `lifetimes` project).
namespace cdnow {

inline QString path(const char *name)
{
    return QStringLiteral(STORELENS_TEST_DATA "/cdnow/") + QLatin1String(name);
}

inline QList<QByteArray> readLines(const char *name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

// cdnow_customers_summary.csv (ID,frequency,recency,T) or its _with_transactions twin (ID,x,t_x,T,zbar).
inline std::vector<storelens::core::analytics::clv::RfmSummaryRow> summary(const char *name)
{
    std::vector<storelens::core::analytics::clv::RfmSummaryRow> rows;
    const QList<QByteArray> lines = readLines(name);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).trimmed().split(',');
        if (f.size() < 4)
            continue;
        storelens::core::analytics::clv::RfmSummaryRow row;
        row.customerId = QString::fromLatin1(f.at(0));
        row.x = f.at(1).toDouble();
        row.tx = f.at(2).toDouble();
        row.T = f.at(3).toDouble();
        row.monetary = f.size() > 4 ? f.at(4).toDouble() : 0.0;
        rows.push_back(row);
    }
    return rows;
}

// For a test case's initTestCase(): the 2357 customers of `name` (see summary()) into *rows and Model
// (BG/NBD, Pareto/NBD or Gamma-Gamma) fitted to them with the default options into *fit. A failure fails the
// calling test; check QTest::currentTestFailed() after the call.
template<typename Model, typename Fit>
void fitModel(const char *name, std::vector<storelens::core::analytics::clv::RfmSummaryRow> *rows, Fit *fit)
{
    *rows = summary(name);
    QCOMPARE(rows->size(), size_t(2357));
    const auto result = Model::fit(*rows);
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    *fit = result.value();
}

} // namespace cdnow
