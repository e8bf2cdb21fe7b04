#pragma once

#include <QByteArray>
#include <QFile>
#include <QLatin1String>
#include <QString>

// The files the import tests read: the fixtures under tests/data/import and a generated large export.
namespace storelens::test {

inline QString importFixture(const QString &name)
{
    return QStringLiteral(STORELENS_TEST_DATA "/import/") + name;
}

inline QString importFixture(const char *name)
{
    return importFixture(QString(QLatin1String(name)));
}

// Writes `content` to `path` as it is; false when it cannot.
inline bool writeExport(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A line-level export in the ERP shape with `rows` lines (three lines an order), large enough that an import
// takes a while (to cancel it mid-way, or to do something else while it runs).
inline bool writeLargeExport(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
    text.reserve(qsizetype(rows) * 64);
    for (int i = 0; i < rows; ++i)
        text += QByteArray::number(700000 + i / 3) + ",SKU" + QByteArray::number(i % 997) + ",Item " +
                QByteArray::number(i % 997) + ",2,3/" + QByteArray::number(1 + i % 28) + "/2011 10:00,1.50," +
                QByteArray::number(20000 + i % 4000) + ",Germany\n";
    return file.write(text) == text.size();
}

} // namespace storelens::test
