#include "common/TextFixture.h"
#include "core/csv/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core;
using namespace storelens::core::csv;
using storelens::test::utf16;

Q_DECLARE_METATYPE(storelens::core::csv::TextEncoding)

namespace {

struct Outcome
{
    QList<QStringList> rows;
    QList<qint64> lines;
    Error error;
    qint64 bytesRead = 0;
};

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes,
                  const QString &name = QStringLiteral("t.csv"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Every record's fields as UTF-8 text (untrimmed), and the line each record starts on.
Outcome readAll(const QString &path, const Dialect &dialect, qsizetype chunkSize = 0)
{
    CsvReader reader(dialect);
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    Outcome outcome;
    const Result<void> opened = reader.open(path);
    if (!opened.ok()) {
        outcome.error = opened.error();
        return outcome;
    }
    while (reader.next()) {
        QStringList row;
        for (int i = 0; i < reader.fieldCount(); ++i)
            row.append(QString::fromUtf8(reader.field(i)));
        outcome.rows.append(row);
        outcome.lines.append(reader.recordLine());
    }
    outcome.error = reader.error();
    outcome.bytesRead = reader.bytesRead();
    return outcome;
}

Dialect makeDialect(char delimiter = ',', char quote = '"', TextEncoding encoding = TextEncoding::Utf8)
{
    Dialect dialect;
    dialect.delimiter = delimiter;
    dialect.quote = quote;
    dialect.encoding = encoding;
    return dialect;
}

// Chunk sizes that put a chunk boundary at every position of the small test files, and the default.
const QList<qsizetype> ChunkSizes = {4, 5, 6, 7, 8, 9, 11, 13, 0};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void records_data();
    void records();
    void encodings_data();
    void encodings();
    void surrogatePairSplitAcrossChunks();
    void multiByteUtf8SplitAcrossChunks();
    void largeFileAcrossChunks_data();
    void largeFileAcrossChunks();
    void unterminatedQuote();
    void progressReported();
    void cancelAtFirstReport();
    void cancelHalfway();
    void openMissingFile();
    void fieldAccess();
    void plainTextRecords_data();
    void plainTextRecords();
    void fixtures_data();
    void fixtures();

private:
    QTemporaryDir m_dir;
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    using Rows = QList<QStringList>;
    using Lines = QList<qint64>;
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    const Rows abcd{{s("a"), s("b")}, {s("c"), s("d")}};

    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << ',' << '"' << abcd << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << ',' << '"' << abcd << Lines{1, 2};
    QTest::newRow("CR") << QByteArray("a,b\rc,d\r") << ',' << '"' << abcd << Lines{1, 2};
    QTest::newRow("no final newline") << QByteArray("a,b\nc,d") << ',' << '"' << abcd << Lines{1, 2};
    // Lines: "a" 1, empty 2, empty (CRLF) 3, empty (CR) 4, "b" 5.
    QTest::newRow("empty lines skipped")
        << QByteArray("a\n\n\r\n\rb\n") << ',' << '"' << Rows{{s("a")}, {s("b")}} << Lines{1, 5};
    QTest::newRow("embedded delimiter")
        << QByteArray("\"a,b\",c\n") << ',' << '"' << Rows{{s("a,b"), s("c")}} << Lines{1};
    QTest::newRow("embedded LF") << QByteArray("1,\"x\ny\",2\n3,z,4\n") << ',' << '"'
                                 << Rows{{s("1"), s("x\ny"), s("2")}, {s("3"), s("z"), s("4")}}
                                 << Lines{1, 3};
    QTest::newRow("embedded CRLF") << QByteArray("1,\"x\r\ny\",2\r\n3,z,4\r\n") << ',' << '"'
                                   << Rows{{s("1"), s("x\r\ny"), s("2")}, {s("3"), s("z"), s("4")}}
                                   << Lines{1, 3};
    QTest::newRow("embedded CR") << QByteArray("1,\"x\ry\",2\r3,z,4\r") << ',' << '"'
                                 << Rows{{s("1"), s("x\ry"), s("2")}, {s("3"), s("z"), s("4")}}
                                 << Lines{1, 3};
    QTest::newRow("two embedded newlines") << QByteArray("1,\"a\n\nb\"\n2,c\n") << ',' << '"'
                                           << Rows{{s("1"), s("a\n\nb")}, {s("2"), s("c")}} << Lines{1, 4};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ',' << '"'
                                    << Rows{{s("say \"hi\""), s("x")}} << Lines{1};
    QTest::newRow("only a doubled quote")
        << QByteArray("\"\"\"\"\n") << ',' << '"' << Rows{{s("\"")}} << Lines{1};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,b\n") << ',' << '"'
                                  << Rows{{s("a"), s(""), s("c")}, {s(""), s("b")}} << Lines{1, 2};
    // eBay's orders report: a line of bare delimiters above the header and below it. Such a line, or one of
    // "" quoted empties, is no record, as an empty line is none; the records keep the file's line numbers.
    QTest::newRow("lines of delimiters only skipped")
        << QByteArray(",,,\r\nw,x,y,z\r\n,,,\r\n1,2,3,4\r\n\"\",\"\" ,,\r\n5,,,\r\n,,,") << ',' << '"'
        << Rows{{s("w"), s("x"), s("y"), s("z")},
                {s("1"), s("2"), s("3"), s("4")},
                {s("5"), s(""), s(""), s("")}}
        << Lines{2, 4, 6};
    QTest::newRow("semicolons only skipped")
        << QByteArray(";;\na;b;c\n;;\n") << ';' << '"' << Rows{{s("a"), s("b"), s("c")}} << Lines{2};
    // A delimiter-only line of another delimiter is text.
    QTest::newRow("commas in a semicolon file")
        << QByteArray(",,\na;b\n") << ';' << '"' << Rows{{s(",,")}, {s("a"), s("b")}} << Lines{1, 2};
    QTest::newRow("trailing delimiter")
        << QByteArray("a,b,\n") << ',' << '"' << Rows{{s("a"), s("b"), s("")}} << Lines{1};
    QTest::newRow("empty quoted field")
        << QByteArray("\"\",x\n") << ',' << '"' << Rows{{s(""), s("x")}} << Lines{1};
    QTest::newRow("quote inside unquoted text")
        << QByteArray("12\" pizza,b\n") << ',' << '"' << Rows{{s("12\" pizza"), s("b")}} << Lines{1};
    QTest::newRow("spaces before opening quote")
        << QByteArray("a, \"b,c\"\n") << ',' << '"' << Rows{{s("a"), s("b,c")}} << Lines{1};
    QTest::newRow("spaces after closing quote")
        << QByteArray("\"a\"  ,b\n") << ',' << '"' << Rows{{s("a"), s("b")}} << Lines{1};
    QTest::newRow("text after closing quote kept")
        << QByteArray("\"a\"b,c\n") << ',' << '"' << Rows{{s("ab"), s("c")}} << Lines{1};
    QTest::newRow("spaces kept in unquoted fields")
        << QByteArray(" a , b \n") << ',' << '"' << Rows{{s(" a "), s(" b ")}} << Lines{1};
    QTest::newRow("quoted field at end of file")
        << QByteArray("a,\"b\"") << ',' << '"' << Rows{{s("a"), s("b")}} << Lines{1};
    QTest::newRow("semicolon") << QByteArray("a;b,c\n") << ';' << '"' << Rows{{s("a"), s("b,c")}} << Lines{1};
    QTest::newRow("tab") << QByteArray("a\tb c\n") << '\t' << '"' << Rows{{s("a"), s("b c")}} << Lines{1};
    QTest::newRow("pipe") << QByteArray("a|\"b|c\"\n") << '|' << '"' << Rows{{s("a"), s("b|c")}} << Lines{1};
    QTest::newRow("single quote character")
        << QByteArray("'a,b',c\n") << ',' << '\'' << Rows{{s("a,b"), s("c")}} << Lines{1};
    QTest::newRow("no quoting") << QByteArray("\"a\",b\n") << ',' << '\0' << Rows{{s("\"a\""), s("b")}}
                                << Lines{1};
    QTest::newRow("multi-byte UTF-8") << QByteArray("M\xC3\xBCller,\xE2\x82\xAC\n") << ',' << '"'
                                      << Rows{{s("M\xC3\xBCller"), s("\xE2\x82\xAC")}} << Lines{1};
    QTest::newRow("empty file") << QByteArray() << ',' << '"' << Rows{} << Lines{};
    QTest::newRow("only newlines") << QByteArray("\n\r\n\n") << ',' << '"' << Rows{} << Lines{};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);

    const QString path = writeFile(m_dir, bytes);
    QVERIFY(!path.isEmpty());
    for (const qsizetype chunkSize : ChunkSizes) {
        const Outcome outcome = readAll(path, makeDialect(delimiter, quote), chunkSize);
        QVERIFY2(outcome.error.code() == ErrorCode::None, qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.rows, rows);
        QCOMPARE(outcome.lines, lines);
        QCOMPARE(outcome.bytesRead, qint64(bytes.size()));
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QList<QStringList>>("rows");

    using Rows = QList<QStringList>;
    // U+2615 (hot beverage) is one UTF-16 unit, U+1F6D2 (shopping trolley) a surrogate pair.
    const QString text = QStringLiteral("name,emoji\nKaffee,\u2615\U0001F6D2\n\u20ac,\"x,y\"\n");
    const Rows expected{{QStringLiteral("name"), QStringLiteral("emoji")},
                        {QStringLiteral("Kaffee"), QStringLiteral("\u2615\U0001F6D2")},
                        {QStringLiteral("\u20ac"), QStringLiteral("x,y")}};

    QTest::newRow("UTF-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + text.toUtf8()) << TextEncoding::Utf8
                                    << expected;
    QTest::newRow("UTF-8 without BOM") << text.toUtf8() << TextEncoding::Utf8 << expected;
    QTest::newRow("UTF-16LE with BOM") << utf16(text, false, true) << TextEncoding::Utf16LE << expected;
    QTest::newRow("UTF-16BE with BOM") << utf16(text, true, true) << TextEncoding::Utf16BE << expected;
    QTest::newRow("UTF-16LE without BOM") << utf16(text, false, false) << TextEncoding::Utf16LE << expected;
    QTest::newRow("UTF-16BE BOM overrides a UTF-8 dialect")
        << utf16(text, true, true) << TextEncoding::Utf8 << expected;
    // Windows-1252: 0xFC = ü, 0x80 = €, 0x8A = Š, 0x9F = Ÿ, 0x93/0x94 = “ ”, 0xE9 = é.
    QTest::newRow("Windows-1252") << QByteArray("M\xFCller,\x80 5\n\x8A\x9F,\x93q\x94 caf\xE9\n")
                                  << TextEncoding::Windows1252
                                  << Rows{{QStringLiteral("M\u00fcller"), QStringLiteral("\u20ac 5")},
                                          {QStringLiteral("\u0160\u0178"),
                                           QStringLiteral("\u201cq\u201d caf\u00e9")}};
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QList<QStringList>, rows);

    const QString path = writeFile(m_dir, bytes);
    QVERIFY(!path.isEmpty());
    for (const qsizetype chunkSize : ChunkSizes) {
        const Outcome outcome = readAll(path, makeDialect(',', '"', encoding), chunkSize);
        QVERIFY2(outcome.error.code() == ErrorCode::None, qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.rows, rows);
    }
}

void TestCsvReader::surrogatePairSplitAcrossChunks()
{
    // BOM (2 bytes) + "a," (4 bytes): the high surrogate of U+1F6D2 is bytes 6-7, the low one bytes 8-9,
    // so an 8-byte chunk ends between them.
    const QByteArray bytes = utf16(QStringLiteral("a,\U0001F6D2\n"), false, true);
    QCOMPARE(bytes.mid(6, 2), QByteArray("\x3D\xD8"));
    const Outcome outcome = readAll(writeFile(m_dir, bytes), makeDialect(',', '"', TextEncoding::Utf16LE), 8);
    QCOMPARE(outcome.error.code(), ErrorCode::None);
    QCOMPARE(outcome.rows, (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("\U0001F6D2")}}));
}

void TestCsvReader::multiByteUtf8SplitAcrossChunks()
{
    // "ab," then € (3 bytes at offsets 3-5): a 4-byte chunk ends after its first byte.
    const QByteArray bytes("ab,\xE2\x82\xAC,c\n");
    const Outcome outcome = readAll(writeFile(m_dir, bytes), makeDialect(), 4);
    QCOMPARE(outcome.error.code(), ErrorCode::None);
    QCOMPARE(outcome.rows,
             (QList<QStringList>{{QStringLiteral("ab"), QStringLiteral("\u20ac"), QStringLiteral("c")}}));
}

void TestCsvReader::largeFileAcrossChunks_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<qsizetype>("chunkSize");

    QTest::newRow("UTF-8, default chunks") << TextEncoding::Utf8 << qsizetype(0);
    QTest::newRow("UTF-8, 1000-byte chunks") << TextEncoding::Utf8 << qsizetype(1000);
    QTest::newRow("UTF-16LE, default chunks") << TextEncoding::Utf16LE << qsizetype(0);
    QTest::newRow("UTF-16LE, 1001-byte chunks") << TextEncoding::Utf16LE << qsizetype(1001);
}

void TestCsvReader::largeFileAcrossChunks()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(qsizetype, chunkSize);

    // 20,000 records of two physical lines each, about 1.1 MB in UTF-8: several 256 KiB chunk boundaries
    // fall inside records, many inside the quoted multi-line field.
    constexpr int Records = 20000;
    QString text;
    for (int i = 0; i < Records; ++i) {
        text += QString::number(i) +
                QStringLiteral(",\"line one\nline two, with \"\"quotes\"\"\",M\u00fcller-") +
                QString::number(i) + QStringLiteral("-\U0001F6D2\n");
    }
    const QByteArray bytes = encoding == TextEncoding::Utf8 ? text.toUtf8() : utf16(text, false, true);
    QVERIFY(bytes.size() > 4 * CsvReader::DefaultChunkSize);
    const QString path = writeFile(m_dir, bytes, QStringLiteral("large.csv"));

    CsvReader reader(makeDialect(',', '"', encoding));
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    QVERIFY(reader.open(path).ok());
    int count = 0;
    const QString middle = QStringLiteral("line one\nline two, with \"quotes\"");
    while (reader.next()) {
        QCOMPARE(reader.fieldCount(), 3);
        QCOMPARE(reader.field(0), QByteArray::number(count));
        QCOMPARE(QString::fromUtf8(reader.field(1)), middle);
        QCOMPARE(reader.fieldText(2), QStringLiteral("M\u00fcller-%1-\U0001F6D2").arg(count));
        QCOMPARE(reader.recordLine(), qint64(1 + 2 * count)); // each record spans two lines
        ++count;
    }
    QCOMPARE(reader.error().code(), ErrorCode::None);
    QCOMPARE(count, Records);
    QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
    QCOMPARE(reader.fileSize(), qint64(bytes.size()));
}

void TestCsvReader::unterminatedQuote()
{
    // The second record starts on line 2; its second field opens a quote that never closes.
    const QString path =
        writeFile(m_dir, QByteArray("a,b\nc,\"open\nmore,stuff\n"), QStringLiteral("bad.csv"));
    for (const qsizetype chunkSize : ChunkSizes) {
        CsvReader reader(makeDialect());
        if (chunkSize > 0)
            reader.setChunkSize(chunkSize);
        QVERIFY(reader.open(path).ok());
        QVERIFY(reader.next());
        QCOMPARE(reader.fieldText(1), QStringLiteral("b"));
        QVERIFY(!reader.next());
        QCOMPARE(reader.error().code(), ErrorCode::Format);
        QCOMPARE(reader.error().file(), path);
        QCOMPARE(reader.error().line(), qint64(2));
        QCOMPARE(reader.error().column(), 2);
        QVERIFY(reader.error().toString().startsWith(path + QStringLiteral(":2:2: ")));
        QVERIFY(!reader.next()); // stays failed
    }
}

namespace {

// About 3 MiB of "i,item-i,12.50" lines.
QString writeThreeMegabytes(const QTemporaryDir &dir, int &records)
{
    QByteArray bytes;
    records = 0;
    while (bytes.size() < 3 * 1024 * 1024) {
        bytes += QByteArray::number(records) + ",item-" + QByteArray::number(records) + ",12.50\n";
        ++records;
    }
    return writeFile(dir, bytes, QStringLiteral("three.csv"));
}

} // namespace

void TestCsvReader::progressReported()
{
    int records = 0;
    const QString path = writeThreeMegabytes(m_dir, records);
    const qint64 size = QFileInfo(path).size();
    CsvReader reader(makeDialect());
    QList<qint64> reports;
    reader.setProgressCallback([&](qint64 done, qint64 total) {
        reports.append(done);
        return total == size;
    });
    QVERIFY(reader.open(path).ok());
    int count = 0;
    while (reader.next())
        ++count;
    QCOMPARE(reader.error().code(), ErrorCode::None);
    QCOMPARE(count, records);
    // Over 3 MiB at about one report per MiB, plus the final one.
    QVERIFY2(reports.size() >= 3 && reports.size() <= 6, qPrintable(QString::number(reports.size())));
    QCOMPARE(reports.last(), size);
    for (qsizetype i = 1; i < reports.size(); ++i)
        QVERIFY(reports[i] > reports[i - 1]);
}

void TestCsvReader::cancelAtFirstReport()
{
    const QString path = writeFile(m_dir, QByteArray("a,b\nc,d\n"));
    CsvReader reader(makeDialect());
    reader.setProgressCallback([](qint64, qint64) { return false; });
    QVERIFY(reader.open(path).ok());
    QVERIFY(!reader.next());
    QCOMPARE(reader.error().code(), ErrorCode::Cancelled);
    QVERIFY(!reader.next());
}

void TestCsvReader::cancelHalfway()
{
    int records = 0;
    const QString path = writeThreeMegabytes(m_dir, records);
    CsvReader reader(makeDialect());
    int reports = 0;
    reader.setProgressCallback([&](qint64, qint64) { return ++reports < 2; });
    QVERIFY(reader.open(path).ok());
    int count = 0;
    while (reader.next())
        ++count;
    QCOMPARE(reader.error().code(), ErrorCode::Cancelled);
    QCOMPARE(reports, 2);
    QVERIFY(count > 0);
    QVERIFY(count < records);
    QVERIFY(reader.bytesRead() < reader.fileSize());
}

void TestCsvReader::openMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.csv"));
    CsvReader reader(makeDialect());
    const Result<void> opened = reader.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::Io);
    QCOMPARE(opened.error().file(), path);
    QVERIFY(!reader.next());
}

void TestCsvReader::fieldAccess()
{
    CsvReader reader(makeDialect());
    QVERIFY(!reader.next()); // not opened
    QVERIFY(reader.open(writeFile(m_dir, QByteArray("  padded , \"  quoted \" ,x\n"))).ok());
    QVERIFY(reader.next());
    QCOMPARE(reader.fieldCount(), 3);
    QCOMPARE(reader.field(0), QByteArrayView("  padded "));
    QCOMPARE(reader.fieldText(0), QStringLiteral("padded"));
    QCOMPARE(reader.field(1), QByteArrayView("  quoted "));
    QCOMPARE(reader.fieldText(1), QStringLiteral("quoted"));
    QVERIFY(reader.field(3).isEmpty());
    QVERIFY(reader.field(-1).isEmpty());
    QCOMPARE(reader.fieldText(7), QString());
    QVERIFY(!reader.next());
    QCOMPARE(reader.fieldCount(), 0);
}

void TestCsvReader::plainTextRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("plain");      // recordIsPlainText() of the second record
    QTest::addColumn<bool>("fieldsFine"); // fieldProblem() is None for each of its fields

    const QByteArray nul(1, '\0');
    // Each file: a first record of ASCII only, then the record under test.
    QTest::newRow("ASCII only, quoted delimiter and newline")
        << QByteArray("a,b\n\"x,\ny\",z\n") << TextEncoding::Utf8 << true << true;
    QTest::newRow("valid UTF-8: checked field by field")
        << QByteArray("a,b\nM\xC3\xBCller,z\n") << TextEncoding::Utf8 << false << true;
    QTest::newRow("a stray byte in an unmapped column")
        << QByteArray("a,b\nx,\xFF\n") << TextEncoding::Utf8 << false << false;
    QTest::newRow("a NUL byte") << QByteArray("a,b\nx,y" + nul + "z\n") << TextEncoding::Utf8 << false
                                << false;
    QTest::newRow("Windows-1252 text, transcoded to valid UTF-8")
        << QByteArray("a,b\nM\xFCller,z\n") << TextEncoding::Windows1252 << true << true;
    QTest::newRow("Windows-1252 with a NUL byte")
        << QByteArray("a,b\nM\xFCller," + nul + "\n") << TextEncoding::Windows1252 << false << false;
}

// recordIsPlainText() is true only when fieldProblem() is None for every field.
void TestCsvReader::plainTextRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, plain);
    QFETCH(bool, fieldsFine);

    CsvReader reader(makeDialect(',', '"', encoding));
    QVERIFY(reader.open(writeFile(m_dir, bytes)).ok());
    QVERIFY(reader.next());
    QCOMPARE(reader.recordIsPlainText(), true);
    QVERIFY(reader.next());
    QCOMPARE(reader.recordIsPlainText(), plain);
    bool fine = true;
    for (int i = 0; i < reader.fieldCount(); ++i)
        fine = fine && reader.fieldProblem(i) == CsvReader::TextProblem::None;
    QCOMPARE(fine, fieldsFine);
    QVERIFY(!reader.next());
}

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    auto row = [](std::initializer_list<const char16_t *> cells) {
        QStringList out;
        for (const char16_t *cell : cells)
            out.append(QString::fromUtf16(cell));
        return out;
    };
    QTest::newRow("Windows-1252, semicolons, CRLF")
        << QStringLiteral("windows1252_semicolon.csv") << TextEncoding::Windows1252 << ';'
        << QList<QStringList>{row({u"order", u"customer", u"product", u"amount"}),
                              row({u"1001", u"M\u00fcller", u"Caf\u00e9 cr\u00e8me", u"3,50"}),
                              row({u"1002", u"Jos\u00e9", u"\u20ac-Gutschein \u0160", u"10,00"}),
                              row({u"1003", u"\u017dofie", u"Br\u00f6tchen \u0178", u"0,45"})}
        << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("UTF-16LE, tabs") << QStringLiteral("utf16le_tab.csv") << TextEncoding::Utf16LE << '\t'
                                    << QList<QStringList>{row({u"date", u"customer", u"amount"}),
                                                          row({u"2024-03-01", u"M\u00fcller", u"12.50"}),
                                                          row({u"2024-03-02", u"\U0001F6D2 shop", u"7.00"})}
                                    << QList<qint64>{1, 2, 3};
    QTest::newRow("UTF-8 BOM, quoted multi-line")
        << QStringLiteral("utf8bom_quoted_multiline.csv") << TextEncoding::Utf8 << ','
        << QList<QStringList>{row({u"order", u"note", u"amount"}),
                              row({u"1", u"first line\nsecond, with comma", u"12.50"}),
                              row({u"2", u"say \"hi\"", u"3.00"})}
        << QList<qint64>{1, 2, 4};
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(char, delimiter);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);

    const QString path = QStringLiteral(STORELENS_TEST_DATA "/csv/") + file;
    const Result<Dialect> dialect = sniffFile(path);
    QVERIFY2(dialect.ok(), qPrintable(dialect.error().toString()));
    QCOMPARE(dialect->encoding, encoding);
    QCOMPARE(dialect->delimiter, delimiter);
    QCOMPARE(dialect->hasHeader, true);
    const Outcome outcome = readAll(path, dialect.value());
    QCOMPARE(outcome.error.code(), ErrorCode::None);
    QCOMPARE(outcome.rows, rows);
    QCOMPARE(outcome.lines, lines);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
