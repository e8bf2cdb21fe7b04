#include "core/csv/FileFormat.h"

#include <QTest>

using namespace storelens::core;
using namespace storelens::core::csv;

// checkTextFormat(): other formats are refused by their first bytes; text that merely starts like one is not.
class TestFileFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkTextFormat_data();
    void checkTextFormat();
};

void TestFileFormat::checkTextFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("reason"); // empty: accepted as text

    QTest::newRow("CSV") << QByteArray("order_id,date\n1,2024-01-01\n") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00", 4) << QStringLiteral("compressed file (gzip)");
    // BZh9, then the first block's magic 31 41 59 26 53 59 (python: bz2.compress(b"a,b\n"))
    QTest::newRow("bzip2") << QByteArray::fromHex("425a6839314159265359") << QStringLiteral("(bzip2)");
    QTest::newRow("bzip2, empty stream")
        << QByteArray::fromHex("425a6839177245385090") << QStringLiteral("(bzip2)");
    // found by fuzz_csvreader: an order id "BZh1" at the start of a headerless file is text
    QTest::newRow("text starting BZh1") << QByteArray("BZh1,2024-01-01,C1,A,,3+00\n") << QString();
    QTest::newRow("xz") << QByteArray("\xFD"
                                      "7zXZ\x00\x00",
                                      7)
                        << QStringLiteral("(xz)");
    QTest::newRow("zstd") << QByteArray("\x28\xB5\x2F\xFD\x00", 5) << QStringLiteral("(zstd)");
    QTest::newRow("7z") << QByteArray("7z\xBC\xAF\x27\x1C\x00", 7) << QStringLiteral("(7z)");
    QTest::newRow("RAR 4") << QByteArray("Rar!\x1A\x07\x00", 7) << QStringLiteral("(RAR)");
    QTest::newRow("RAR 5") << QByteArray("Rar!\x1A\x07\x01\x00", 8) << QStringLiteral("(RAR)");
    // found by fuzz_csvreader: "Rar!", SUB, BEL and then text is text
    QTest::newRow("text starting Rar!") << QByteArray("Rar!\x1A\x07"
                                                      "1,2024-01-01,C1\r\n")
                                        << QString();
    QTest::newRow("ZIP") << QByteArray("PK\x03\x04orders.csv", 14) << QStringLiteral("(ZIP)");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04[Content_Types].xml....xl/workbook.xml", 42)
                          << QStringLiteral("(Excel, .xlsx)");
    QTest::newRow("ods") << QByteArray("PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet", 58)
                         << QStringLiteral("(OpenDocument, .ods)");
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                         << QStringLiteral("(Excel 97-2003, .xls)");
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n") << QStringLiteral("PDF document");
    QTest::newRow("SQLite") << QByteArray("SQLite format 3\x00", 16) << QStringLiteral("SQLite database");
    QTest::newRow("text starting SQLite") << QByteArray("SQLite format 3,x\n") << QString();
}

void TestFileFormat::checkTextFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, reason);
    const Result<void> result = storelens::core::csv::checkTextFormat(head, QStringLiteral("in.csv"));
    QCOMPARE(result.ok(), reason.isEmpty());
    if (!reason.isEmpty()) {
        QVERIFY2(result.error().message().contains(reason), qPrintable(result.error().message()));
        QCOMPARE(result.error().file(), QStringLiteral("in.csv"));
        QCOMPARE(result.error().line(), qint64(1));
        QCOMPARE(result.error().code(), ErrorCode::Format);
    }
}

QTEST_GUILESS_MAIN(TestFileFormat)
#include "tst_fileformat.moc"
