// The import's parsing worker (RecordPipeline): entities and rejections in file order across many batches,
// a stop at the first rejection, and an early stop that joins the worker; plus the importer on top of it,
// including the byte-level order-line path's text rules.
#include "ImportTestSupport.h"

#include "core/import/RecordPipeline.h"

#include <QTest>

#include <memory>

using namespace storelens::core;
using namespace storelens::test;

class TestRecordPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void batchesKeepFileOrder_data();
    void batchesKeepFileOrder();
    void stopsAtFirstRejection();
    void earlyStopJoinsTheWorker();
    void skippedRowsAcrossBatches();
    void byteLevelTextFollowsTheTextRules_data();
    void byteLevelTextFollowsTheTextRules();
    void totalsFooterInAnyCaseIsSkipped();

private:
    // `lines` order lines; every `badEvery`-th (1-based, 0: none) has the quantity "x", which is rejected.
    QString writeOrders(const QString &name, int lines, int badEvery);
    // `file` read with the profile suggested for it: the reader past the header row and the profile's
    // converter, what a RecordPipeline takes.
    struct Input
    {
        explicit Input(const ImportProfile &profile)
            : reader(profile.dialect)
        {
        }
        csv::CsvReader reader;
        Result<RecordConverter> converter = Error();
    };
    std::unique_ptr<Input> open(const QString &file);

    QTemporaryDir m_dir;
};

QString TestRecordPipeline::writeOrders(const QString &name, int lines, int badEvery)
{
    QByteArray csv("order_id,date,customer_id,sku,quantity,unit_price\n");
    for (int i = 1; i <= lines; ++i) {
        const bool bad = badEvery > 0 && i % badEvery == 0;
        csv += "O" + QByteArray::number(i) + ",2024-01-0" + QByteArray::number(1 + i % 9) + ",C" +
               QByteArray::number(i % 300) + ",SKU-" + QByteArray::number(i % 50) + (bad ? ",x" : ",2") +
               ",1.50\n";
    }
    const QString path = m_dir.filePath(name);
    writeFile(path, csv);
    return path;
}

std::unique_ptr<TestRecordPipeline::Input> TestRecordPipeline::open(const QString &file)
{
    auto preview = previewFile(file);
    const ImportProfile profile = preview ? suggestProfile(preview.value()) : ImportProfile();
    auto input = std::make_unique<Input>(profile);
    if (!input->reader.open(file).ok() || !input->reader.next()) // the header
        return input;
    QStringList header;
    for (int i = 0; i < input->reader.fieldCount(); ++i)
        header << input->reader.fieldText(i);
    input->converter = RecordConverter::create(profile, header, file);
    return input;
}

void TestRecordPipeline::batchesKeepFileOrder_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("badEvery");
    QTest::newRow("one short batch") << 10 << 0;
    QTest::newRow("exactly one full batch") << 2048 << 0;
    QTest::newRow("many batches, more than the queue holds") << 20000 << 0;
    QTest::newRow("many batches with rejections") << 9000 << 1000;
}

void TestRecordPipeline::batchesKeepFileOrder()
{
    QFETCH(int, lines);
    QFETCH(int, badEvery);
    const QString file =
        writeOrders(QStringLiteral("order-%1-%2.csv").arg(lines).arg(badEvery), lines, badEvery);
    const auto input = open(file);
    QVERIFY(input->converter.ok());

    RecordPipeline pipeline(input->reader, input->converter.value(), false);
    RecordPipeline::Batch batch;
    qint64 rows = 0;
    int expectedId = 1;
    QList<qint64> rejectedLines;
    int lastCount = 0;
    while (pipeline.next(batch)) {
        rows += batch.rowsRead;
        lastCount += batch.last ? 1 : 0;
        QVERIFY(batch.entities.empty()); // order lines come as records
        for (const OrderLineRecord &line : batch.orderLines) {
            if (badEvery > 0 && expectedId % badEvery == 0)
                ++expectedId; // the rejected record left a gap
            QCOMPARE(line.orderId, QStringLiteral("O%1").arg(expectedId).toUtf8());
            ++expectedId;
        }
        for (const Rejection &r : batch.rejections)
            rejectedLines << r.line;
    }
    QCOMPARE(input->reader.error().code(), ErrorCode::None);
    QCOMPARE(lastCount, 1);
    QCOMPARE(rows, qint64(lines));
    const int bad = badEvery > 0 ? lines / badEvery : 0;
    QCOMPARE(expectedId - 1 + (badEvery > 0 && lines % badEvery == 0 ? 1 : 0), lines);
    QCOMPARE(rejectedLines.size(), bad);
    for (int i = 0; i < bad; ++i)
        QCOMPARE(rejectedLines.at(i), qint64((i + 1) * badEvery + 1)); // record k sits on line k + 1
}

void TestRecordPipeline::stopsAtFirstRejection()
{
    const QString file = writeOrders(QStringLiteral("abort.csv"), 10000, 3000);
    const auto input = open(file);
    QVERIFY(input->converter.ok());
    RecordPipeline pipeline(input->reader, input->converter.value(), true);
    RecordPipeline::Batch batch;
    qint64 rows = 0;
    QList<qint64> rejected;
    bool sawLast = false;
    while (pipeline.next(batch)) {
        rows += batch.rowsRead;
        sawLast = batch.last;
        for (const Rejection &r : batch.rejections)
            rejected << r.line;
    }
    QVERIFY(sawLast);
    QCOMPARE(rejected, QList<qint64>{3001});
    QCOMPARE(rows, qint64(3000)); // nothing after the first bad record is read
}

void TestRecordPipeline::earlyStopJoinsTheWorker()
{
    const QString file = writeOrders(QStringLiteral("early.csv"), 30000, 0);
    const auto input = open(file);
    QVERIFY(input->converter.ok());
    {
        RecordPipeline pipeline(input->reader, input->converter.value(), false);
        RecordPipeline::Batch batch;
        QVERIFY(pipeline.next(batch));
        QCOMPARE(batch.orderLines.size(), size_t(2048));
        QVERIFY(!batch.last);
    } // the destructor stops the worker, which is blocked on the full queue, and waits for it
    QVERIFY(input->reader.bytesRead() < input->reader.fileSize());
}

void TestRecordPipeline::skippedRowsAcrossBatches()
{
    // Through the importer: 9,000 rows, every 1,000th rejected, on error skip.
    const QString file = writeOrders(QStringLiteral("skip.csv"), 9000, 1000);
    const QString ws = m_dir.filePath(QStringLiteral("skip.storelens"));
    QVERIFY(Workspace::open(ws).ok());
    ImportOptions options;
    options.onError = ErrorPolicy::Skip;
    auto report = importWithSuggestion(ws, file, options);
    QVERIFY(report.ok());
    QCOMPARE(report->rowsRead, qint64(9000));
    QCOMPARE(report->rejectedCount, qint64(9));
    QCOMPARE(report->rejections.size(), 9);
    QCOMPARE(report->rejections.first().line, qint64(1001));
    QCOMPARE(report->rejections.last().line, qint64(9001));
    QCOMPARE(report->counts.added, qint64(8991));
    // 8,991 lines of 2 × 1.50 = 3.00 each
    QCOMPARE(report->grossSales.units(), qint64(8991) * 30000);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines")), qint64(8991));
    // The re-import of the same file through the C API statements finds every line unchanged.
    auto again = importWithSuggestion(ws, file, options);
    QVERIFY(again.ok());
    QCOMPARE(again->counts.unchanged, qint64(8991));
    QCOMPARE(again->counts.added, qint64(0));
    QCOMPARE(again->counts.updated, qint64(0));
    QCOMPARE(scalar(ws, QStringLiteral("PRAGMA foreign_key_check")), qint64(-1)); // no violation rows
}

void TestRecordPipeline::byteLevelTextFollowsTheTextRules_data()
{
    // One order line; its fields go through the byte-level path, which must store what the QString rules
    // give: text trimmed of Unicode spaces (U+00A0 here), ids trimmed of spaces and tabs and an integer
    // written as a decimal or in scientific notation rewritten, blanks as the defaults.
    QTest::addColumn<QByteArray>("orderId");
    QTest::addColumn<QByteArray>("customerId");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("store");
    QTest::addColumn<QString>("storedOrderId");
    QTest::addColumn<QString>("storedCustomerId");
    QTest::addColumn<QString>("storedName");
    QTest::addColumn<QString>("storedStore");
    QTest::newRow("plain ASCII") << QByteArray("A-1") << QByteArray("C7") << QByteArray("Tea")
                                 << QByteArray("Quay") << QStringLiteral("A-1") << QStringLiteral("C7")
                                 << QStringLiteral("Tea") << QStringLiteral("Quay");
    QTest::newRow("spaces and tabs around")
        << QByteArray(" \tA-1 ") << QByteArray("\tC7 ") << QByteArray("  Tea\t") << QByteArray(" Quay ")
        << QStringLiteral("A-1") << QStringLiteral("C7") << QStringLiteral("Tea") << QStringLiteral("Quay");
    QTest::newRow("ids as decimals") << QByteArray("17850.0") << QByteArray("1.785E4") << QByteArray("Tea")
                                     << QByteArray("Quay") << QStringLiteral("17850")
                                     << QStringLiteral("17850") << QStringLiteral("Tea")
                                     << QStringLiteral("Quay");
    QTest::newRow("a dot that stays")
        << QByteArray("A.1") << QByteArray("17850.5") << QByteArray("Tea") << QByteArray("Quay")
        << QStringLiteral("A.1") << QStringLiteral("17850.5") << QStringLiteral("Tea")
        << QStringLiteral("Quay");
    QTest::newRow("non-ASCII text and no-break spaces")
        << QByteArray("\xc3\x89-1") << QByteArray("C7")
        << QByteArray("\xc2\xa0"
                      "Caf\xc3\xa9 cr\xc3\xa8me\xc2\xa0")
        << QByteArray("\xc2\xa0") << QString::fromUtf8("\xc3\x89-1") << QStringLiteral("C7")
        << QString::fromUtf8("Caf\xc3\xa9 cr\xc3\xa8me") << QStringLiteral("Main store");
    // Not UTF-8: the file is read as Windows-1252, so the byte 0xFF arrives as U+00FF.
    QTest::newRow("a Windows-1252 file")
        << QByteArray("A-1") << QByteArray("C7") << QByteArray("Tea \xff") << QByteArray("Quay")
        << QStringLiteral("A-1") << QStringLiteral("C7") << QString::fromUtf8("Tea \xc3\xbf")
        << QStringLiteral("Quay");
}

void TestRecordPipeline::byteLevelTextFollowsTheTextRules()
{
    QFETCH(QByteArray, orderId);
    QFETCH(QByteArray, customerId);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, store);
    QFETCH(QString, storedOrderId);
    QFETCH(QString, storedCustomerId);
    QFETCH(QString, storedName);
    QFETCH(QString, storedStore);
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString file = m_dir.filePath(tag + QStringLiteral(".csv"));
    const auto quoted = [](const QByteArray &v) -> QByteArray { return '"' + v + '"'; };
    writeFile(file, "order_id,date,customer_id,sku,product_name,quantity,unit_price,store\n" +
                        quoted(orderId) + ",2024-03-01," + quoted(customerId) + ",SKU-1," + quoted(name) +
                        ",2,1.50," + quoted(store) + "\n");
    const QString ws = m_dir.filePath(tag + QStringLiteral(".storelens"));
    QVERIFY(Workspace::open(ws).ok());
    auto report = importWithSuggestion(ws, file);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
    QCOMPARE(report->counts.added, qint64(1));
    QCOMPARE(text(ws, QStringLiteral("SELECT order_id FROM order_lines")), storedOrderId);
    QCOMPARE(text(ws, QStringLiteral("SELECT external_id FROM customers")), storedCustomerId);
    QCOMPARE(text(ws, QStringLiteral("SELECT name FROM products WHERE sku = 'SKU-1'")), storedName);
    QCOMPARE(text(ws, QStringLiteral("SELECT s.name FROM order_lines l JOIN stores s ON s.id = l.store_id")),
             storedStore);
    // A re-import of the same file matches every key and finds the line unchanged.
    auto again = importWithSuggestion(ws, file);
    QVERIFY(again.ok());
    QCOMPARE(again->counts.unchanged, qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines")), qint64(1));
}

// A till's footer names its sum in any case and with spaces around, in the date's own cell or in another
// one: each such row is skipped and counted, not rejected for its date. Net 2 × 1.50 + 1 × 2.00 = 5.00.
void TestRecordPipeline::totalsFooterInAnyCaseIsSkipped()
{
    const QString file = m_dir.filePath(QStringLiteral("footers.csv"));
    writeFile(file, "date,order_id,sku,quantity,unit_price\n"
                    "2024-03-01,R1,A,2,1.50\n"
                    "2024-03-01,R2,B,1,2.00\n"
                    " GESAMTSUMME ,,,,5.00\n"
                    ",Grand Total,,,5.00\n"
                    "  sUm,,,,5.00\n");
    const QString ws = m_dir.filePath(QStringLiteral("footers.storelens"));
    QVERIFY(Workspace::open(ws).ok());
    auto report = importWithSuggestion(ws, file);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
    QCOMPARE(report->counts.added, qint64(2));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->quality.totalsRows.count, qint64(3));
    QCOMPARE(report->quality.totalsRows.firstLine, qint64(4));
    QCOMPARE(report->netSales.units(), qint64(50000));
}

QTEST_GUILESS_MAIN(TestRecordPipeline)
#include "tst_recordpipeline.moc"
