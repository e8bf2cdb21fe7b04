#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core;
using namespace storelens::core::csv;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeRow_data();
    void writeRow();
    void lineFeedEnding();
    void failedDeviceIsReported();
    void roundTripThroughReader();
};

void TestCsvWriter::writeRow_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");

    auto list = [](std::initializer_list<const char16_t *> cells) {
        QStringList out;
        for (const char16_t *cell : cells)
            out.append(QString::fromUtf16(cell));
        return out;
    };
    QTest::newRow("plain") << list({u"a", u"b"}) << QByteArray("a,b\r\n");
    QTest::newRow("comma quoted") << list({u"a,b", u"c"}) << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("quotes doubled") << list({u"say \"hi\""}) << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("line feed quoted") << list({u"x\ny"}) << QByteArray("\"x\ny\"\r\n");
    QTest::newRow("carriage return quoted") << list({u"x\ry"}) << QByteArray("\"x\ry\"\r\n");
    QTest::newRow("leading space quoted") << list({u" a", u"b "}) << QByteArray("\" a\",\"b \"\r\n");
    QTest::newRow("empty fields") << list({u"", u"", u""}) << QByteArray(",,\r\n");
    QTest::newRow("no fields") << QStringList() << QByteArray("\r\n");
    QTest::newRow("UTF-8") << list({u"M\u00fcller", u"\u20ac"})
                           << QByteArray("M\xC3\xBCller,\xE2\x82\xAC\r\n");
    // Every cell goes through neutraliseFormula() (tst_formulasafety holds its whole table).
    QTest::newRow("equals") << list({u"=SUM(A1:A2)"}) << QByteArray("'=SUM(A1:A2)\r\n");
    QTest::newRow("at, second cell") << list({u"a", u"@SUM(1)"}) << QByteArray("a,'@SUM(1)\r\n");
    QTest::newRow("negative number stays numeric") << list({u"-12.5"}) << QByteArray("-12.5\r\n");
    QTest::newRow("negative comma decimal quoted, not neutralised")
        << list({u"-0,5"}) << QByteArray("\"-0,5\"\r\n");
    QTest::newRow("neutralised and quoted") << list({u"=1,2"}) << QByteArray("\"'=1,2\"\r\n");
    QTest::newRow("carriage return start: neutralised, then quoted")
        << list({u"\rx"}) << QByteArray("\"'\rx\"\r\n");
    // U+FF1D is EF BC 9D in UTF-8
    QTest::newRow("full-width equals") << list({u"\uFF1D1+1"})
                                       << QByteArray("'\xEF\xBC\x9D"
                                                     "1+1\r\n");
}

void TestCsvWriter::writeRow()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.writeRow(fields);
    QVERIFY(writer.ok());
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::lineFeedEnding()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.setLineEnding("\n");
    writer.writeRow({QStringLiteral("a"), QStringLiteral("b")});
    writer.writeRow({QStringLiteral("c")});
    QCOMPARE(buffer.data(), QByteArray("a,b\nc\n"));
}

void TestCsvWriter::failedDeviceIsReported()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    CsvWriter writer(&readOnly);
    writer.writeRow({QStringLiteral("a")});
    QVERIFY(!writer.ok());

    CsvWriter noDevice(nullptr);
    noDevice.writeRow({QStringLiteral("a")});
    QVERIFY(!noDevice.ok());
}

void TestCsvWriter::roundTripThroughReader()
{
    const QList<QStringList> rows{
        {QStringLiteral("id"), QStringLiteral("note")},
        {QStringLiteral("1"), QStringLiteral("a, \"quoted\"\r\nsecond line")},
        {QStringLiteral("2"), QStringLiteral("M\u00fcller \U0001F6D2")},
        {QStringLiteral(""), QStringLiteral(" spaced ")},
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        for (const QStringList &row : rows)
            writer.writeRow(row);
        QVERIFY(writer.ok());
    }
    CsvReader reader{Dialect()};
    QVERIFY(reader.open(path).ok());
    QList<QStringList> read;
    while (reader.next()) {
        QStringList row;
        for (int i = 0; i < reader.fieldCount(); ++i)
            row.append(QString::fromUtf8(reader.field(i)));
        read.append(row);
    }
    QCOMPARE(reader.error().code(), ErrorCode::None);
    QCOMPARE(read, rows);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
