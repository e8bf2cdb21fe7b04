#include "common/TextFixture.h"
#include "core/csv/CsvReader.h"
#include "core/csv/Dialect.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace storelens::core;
using namespace storelens::core::csv;
using storelens::test::utf16;

Q_DECLARE_METATYPE(storelens::core::csv::TextEncoding)

class TestDialect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodingNames_data();
    void encodingNames();
    void encodingFromUnknownName();
    void sniff_data();
    void sniff();
    void sniffFileReadsTheHead();
    void sniffMissingFile();
    void encodingFromTheWholeFile_data();
    void encodingFromTheWholeFile();
    void notAFile_data();
    void notAFile();
};

void TestDialect::encodingNames_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("aliases");

    QTest::newRow("utf-8") << TextEncoding::Utf8 << QStringLiteral("UTF-8")
                           << QStringList{QStringLiteral("utf8"), QStringLiteral("Utf-8")};
    QTest::newRow("utf-16le") << TextEncoding::Utf16LE << QStringLiteral("UTF-16LE")
                              << QStringList{QStringLiteral("utf-16le")};
    QTest::newRow("utf-16be") << TextEncoding::Utf16BE << QStringLiteral("UTF-16BE")
                              << QStringList{QStringLiteral("utf-16BE")};
    QTest::newRow("windows-1252") << TextEncoding::Windows1252 << QStringLiteral("Windows-1252")
                                  << QStringList{QStringLiteral("windows-1252"), QStringLiteral("latin1"),
                                                 QStringLiteral("ISO-8859-1"), QStringLiteral("cp1252")};
}

void TestDialect::encodingNames()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, name);
    QFETCH(QStringList, aliases);

    QCOMPARE(encodingName(encoding), name);
    QCOMPARE(encodingFromName(name), std::optional<TextEncoding>(encoding));
    for (const QString &alias : aliases)
        QCOMPARE(encodingFromName(alias), std::optional<TextEncoding>(encoding));
}

void TestDialect::encodingFromUnknownName()
{
    QCOMPARE(encodingFromName(QStringLiteral("EBCDIC")), std::optional<TextEncoding>());
    QCOMPARE(encodingFromName(QString()), std::optional<TextEncoding>());
}

void TestDialect::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("hasBom");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<bool>("hasHeader");

    const auto utf8 = TextEncoding::Utf8;
    QTest::newRow("comma with header") << QByteArray("date,customer,amount\n2024-03-01,C1,12.50\n"
                                                     "2024-03-02,C2,7.00\n")
                                       << utf8 << false << ',' << '"' << true;
    QTest::newRow("comma without header")
        << QByteArray("2024-03-01,C1,12.50\n2024-03-02,C2,7.00\n") << utf8 << false << ',' << '"' << false;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("Datum;Kunde;Betrag\n01.03.2024;K1;12,50\n02.03.2024;K2;7,00\n03.03.2024;K3;1,25\n")
        << utf8 << false << ';' << '"' << true;
    QTest::newRow("tab") << QByteArray("sku\tname\tprice\n1\tTea\t2.5\n2\tCake\t3.75\n") << utf8 << false
                         << '\t' << '"' << true;
    QTest::newRow("pipe") << QByteArray("id|name|price\n1|Tea|2.5\n2|Cake|3.75\n") << utf8 << false << '|'
                          << '"' << true;
    // Split on ',' outside quotes the rows have 1, 3 and 2 fields; on ';' always 2.
    QTest::newRow("quoted commas in a semicolon file")
        << QByteArray("name;amount\n\"Smith, J\";\"1,5\"\n\"Doe, K\";\"2,25\"\n") << utf8 << false << ';'
        << '"' << true;
    QTest::newRow("quoted newline keeps counts")
        << QByteArray("id,note,amount\n1,\"two\nlines\",3\n2,x,4\n") << utf8 << false << ',' << '"' << true;
    QTest::newRow("single quotes") << QByteArray("'id','name'\n1,'Tea, green'\n2,'Cake'\n") << utf8 << false
                                   << ',' << '\'' << true;
    // Trial 21: a product named in single quotes at the end of its cell is text, not a quoted cell.
    QTest::newRow("a name in single quotes")
        << QByteArray("Producto;Cantidad;Total\nCesta regalo 'Terreta';1;59,00\nTaza;2;25,80\n"
                      "Cesta regalo 'Terreta';1;59,00\n")
        << utf8 << false << ';' << '"' << true;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << utf8 << false << ',' << '"' << true;
    QTest::newRow("cr only") << QByteArray("a;b\r1;2\r3;4\r") << utf8 << false << ';' << '"' << true;
    QTest::newRow("no final newline") << QByteArray("a|b\n1|2") << utf8 << false << '|' << '"' << true;
    // Codes of one length (C001) under a header of another length mark a header even without numbers.
    QTest::newRow("all text with codes")
        << QByteArray("customer,country\nC001,DE\nC002,FR\n") << utf8 << false << ',' << '"' << true;
    QTest::newRow("all text without evidence")
        << QByteArray("Tea,Green\nCake,Brown\nBread,White\n") << utf8 << false << ',' << '"' << false;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBFname;amount\nM\xC3\xBCller;3\nN\xC3\xA9ry;4\n")
                                    << utf8 << true << ';' << '"' << true;
    QTest::newRow("utf-8 without bom") << QByteArray("name;amount\nM\xC3\xBCller;3\n\xE2\x82\xAC;4\n") << utf8
                                       << false << ';' << '"' << true;
    // 0xFC is 'ü' and 0x80 is '€' in Windows-1252; neither can start valid UTF-8 here.
    QTest::newRow("windows-1252") << QByteArray("name;amount\nM\xFCller;\x80 3,50\nN\xE9ry;4\n")
                                  << TextEncoding::Windows1252 << false << ';' << '"' << true;
    const QString text = QStringLiteral("name\tamount\nM\u00fcller\t3\n\u20ac\t4\n");
    QTest::newRow("utf-16le with bom")
        << utf16(text, false, true) << TextEncoding::Utf16LE << true << '\t' << '"' << true;
    QTest::newRow("utf-16be with bom")
        << utf16(text, true, true) << TextEncoding::Utf16BE << true << '\t' << '"' << true;
    QTest::newRow("utf-16le without bom")
        << utf16(text, false, false) << TextEncoding::Utf16LE << false << '\t' << '"' << true;
    // eBay's orders report: a line of bare commas, the header, another line of commas, the rows. The header
    // is the first line that is not delimiters only (80 nameless columns were taken for data).
    QTest::newRow("line of commas above the header")
        << QByteArray(
               ",,,,\r\nSales Record Number,Order Number,Quantity,Sold For,Sale Date\r\n,,,,\r\n"
               "10101,29-22240-29797,3,EUR 14.90,Nov-03-26\r\n10102,52-12816-61376,1,EUR 7.45,Nov-04-26\r\n")
        << utf8 << false << ',' << '"' << true;
    QTest::newRow("quoted empties above the header")
        << QByteArray("\"\";\"\";\"\"\nname;amount;date\n\"Tea\";2,5;01.03.2024\n\"Cake\";3,75;02.03.2024\n")
        << utf8 << false << ';' << '"' << true;
    QTest::newRow("empty") << QByteArray() << utf8 << false << ',' << '"' << false;
}

void TestDialect::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, hasBom);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(bool, hasHeader);

    const Dialect dialect = sniffDialect(head);
    QCOMPARE(dialect.encoding, encoding);
    QCOMPARE(dialect.hasBom, hasBom);
    QCOMPARE(dialect.delimiter, delimiter);
    QCOMPARE(dialect.quote, quote);
    QCOMPARE(dialect.hasHeader, hasHeader);
}

void TestDialect::sniffFileReadsTheHead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // About 200 KB: more than the 64 KiB head, so the head ends in the middle of a record.
    file.write("order;sku;amount\n");
    for (int i = 0; i < 10000; ++i)
        file.write(QByteArray::number(i) + ";SKU-" + QByteArray::number(i % 97) + ";" +
                   QByteArray::number(i % 50) + ",25\n");
    file.close();

    const Result<Dialect> dialect = sniffFile(path);
    QVERIFY(dialect.ok());
    QCOMPARE(dialect->delimiter, ';');
    QCOMPARE(dialect->hasHeader, true);
    QCOMPARE(dialect->encoding, TextEncoding::Utf8);
}

void TestDialect::sniffMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.csv"));
    const Result<Dialect> dialect = sniffFile(path);
    QVERIFY(!dialect.ok());
    QCOMPARE(dialect.error().code(), ErrorCode::Io);
    QCOMPARE(dialect.error().file(), path);
}

void TestDialect::encodingFromTheWholeFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    // UTF-8 names with one line of Windows-1252 bytes (2 invalid bytes, 6 valid multi-byte sequences)
    QTest::newRow("one stray byte keeps UTF-8")
        << QStringLiteral("enc_utf8_one_stray_byte.csv") << TextEncoding::Utf8;
    // 72 KB: ASCII in the 64 KiB head, Windows-1252 names after it
    QTest::newRow("Windows-1252 after the head")
        << QStringLiteral("enc_cp1252_after_head.csv") << TextEncoding::Windows1252;
    QTest::newRow("plain ASCII") << QStringLiteral("base_orders.csv") << TextEncoding::Utf8;
}

void TestDialect::encodingFromTheWholeFile()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    const Result<Dialect> dialect = sniffFile(QStringLiteral(STORELENS_TEST_DATA "/malformed/") + file);
    QVERIFY(dialect.ok());
    QCOMPARE(dialect->encoding, encoding);
    QCOMPARE(dialect->delimiter, ',');
}

void TestDialect::notAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
    QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("not a regular file");
    QTest::newRow("symlink loop") << QStringLiteral("loop") << QStringLiteral("symbolic link");
}

// Refused at once, never read (a FIFO would block the first read forever).
void TestDialect::notAFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, words);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(kind);
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(kind));
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("device")) {
        path = QStringLiteral("/dev/null");
    } else {
        QCOMPARE(::symlink(QFile::encodeName(path).constData(), QFile::encodeName(path).constData()), 0);
    }
    const Result<Dialect> dialect = sniffFile(path);
    QVERIFY(!dialect.ok());
    QCOMPARE(dialect.error().code(), ErrorCode::Io);
    QVERIFY2(dialect.error().message().contains(words), qPrintable(dialect.error().message()));
    CsvReader reader(Dialect{});
    const Result<void> opened = reader.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message(), dialect.error().message());
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
