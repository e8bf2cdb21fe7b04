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
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QByteArray>("expected");

    auto list = [](std::initializer_list<const char16_t *> cells) {
        QStringList out;
        for (const char16_t *cell : cells)
            out.append(QString::fromUtf16(cell));
        return out;
    };
    QTest::newRow("plain") << list({u"a", u"b"}) << false << QByteArray("a,b\r\n");
    QTest::newRow("comma quoted") << list({u"a,b", u"c"}) << false << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("quotes doubled") << list({u"say \"hi\""}) << false << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("line feed quoted") << list({u"x\ny"}) << false << QByteArray("\"x\ny\"\r\n");
    QTest::newRow("carriage return quoted") << list({u"x\ry"}) << false << QByteArray("\"x\ry\"\r\n");
    QTest::newRow("leading space quoted") << list({u" a", u"b "}) << false << QByteArray("\" a\",\"b \"\r\n");
    QTest::newRow("empty fields") << list({u"", u"", u""}) << false << QByteArray(",,\r\n");
    QTest::newRow("no fields") << QStringList() << false << QByteArray("\r\n");
    QTest::newRow("UTF-8") << list({u"M\u00fcller", u"\u20ac"}) << false
                           << QByteArray("M\xC3\xBCller,\xE2\x82\xAC\r\n");
    QTest::newRow("formula kept when not neutralising") << list({u"=1+1"}) << false << QByteArray("=1+1\r\n");
    QTest::newRow("equals") << list({u"=SUM(A1:A2)"}) << true << QByteArray("'=SUM(A1:A2)\r\n");
    QTest::newRow("plus") << list({u"+cmd"}) << true << QByteArray("'+cmd\r\n");
    QTest::newRow("minus expression") << list({u"-2+3"}) << true << QByteArray("'-2+3\r\n");
    QTest::newRow("at") << list({u"@SUM(1)"}) << true << QByteArray("'@SUM(1)\r\n");
    QTest::newRow("tab start") << list({u"\tx"}) << true << QByteArray("'\tx\r\n");
    QTest::newRow("minus alone") << list({u"-"}) << true << QByteArray("'-\r\n");
    QTest::newRow("negative number stays numeric") << list({u"-12.5"}) << true << QByteArray("-12.5\r\n");
    QTest::newRow("signed integer stays numeric") << list({u"+3"}) << true << QByteArray("+3\r\n");
    QTest::newRow("negative exponent number stays numeric")
        << list({u"-1.5e3"}) << true << QByteArray("-1.5e3\r\n");
    QTest::newRow("negative comma decimal quoted, not neutralised")
        << list({u"-0,5"}) << true << QByteArray("\"-0,5\"\r\n");
    QTest::newRow("neutralised and quoted") << list({u"=1,2"}) << true << QByteArray("\"'=1,2\"\r\n");
    QTest::newRow("equals inside is harmless") << list({u"a=b"}) << true << QByteArray("a=b\r\n");
}

void TestCsvWriter::writeRow()
{
    QFETCH(QStringList, fields);
    QFETCH(bool, neutralise);
    QFETCH(QByteArray, expected);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, neutralise);
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
