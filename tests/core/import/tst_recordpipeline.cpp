// The import's parsing worker (RecordPipeline): entities and rejections in file order across many batches,
// a stop at the first rejection, and an early stop that joins the worker; plus the importer on top of it.
#include "ImportTestSupport.h"

#include "core/import/RecordPipeline.h"

#include <QTest>

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

private:
    // `lines` order lines; every `badEvery`-th (1-based, 0: none) has quantity 0, which is rejected.
    QString writeOrders(const QString &name, int lines, int badEvery);
    ImportProfile profileFor(const QString &file);

    QTemporaryDir m_dir;
};

QString TestRecordPipeline::writeOrders(const QString &name, int lines, int badEvery)
{
    QByteArray csv("order_id,date,customer_id,sku,quantity,unit_price\n");
    for (int i = 1; i <= lines; ++i) {
        const bool bad = badEvery > 0 && i % badEvery == 0;
        csv += "O" + QByteArray::number(i) + ",2024-01-0" + QByteArray::number(1 + i % 9) + ",C" +
               QByteArray::number(i % 300) + ",SKU-" + QByteArray::number(i % 50) + (bad ? ",0" : ",2") +
               ",1.50\n";
    }
    const QString path = m_dir.filePath(name);
    writeFile(path, csv);
    return path;
}

ImportProfile TestRecordPipeline::profileFor(const QString &file)
{
    auto preview = previewFile(file);
    return preview ? suggestProfile(preview.value()) : ImportProfile();
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
    const ImportProfile profile = profileFor(file);
    csv::CsvReader reader(profile.dialect);
    QVERIFY(reader.open(file).ok());
    QVERIFY(reader.next()); // the header
    QStringList header;
    for (int i = 0; i < reader.fieldCount(); ++i)
        header << reader.fieldText(i);
    auto converter = RecordConverter::create(profile, header, file);
    QVERIFY(converter.ok());

    RecordPipeline pipeline(reader, converter.value(), false);
    RecordPipeline::Batch batch;
    qint64 rows = 0;
    int expectedId = 1;
    QList<qint64> rejectedLines;
    int lastCount = 0;
    while (pipeline.next(batch)) {
        rows += batch.rowsRead;
        lastCount += batch.last ? 1 : 0;
        for (const RecordPipeline::Entity &e : batch.entities) {
            if (badEvery > 0 && expectedId % badEvery == 0)
                ++expectedId; // the rejected record left a gap
            QCOMPARE(std::get<OrderLine>(e).orderId, QStringLiteral("O%1").arg(expectedId));
            ++expectedId;
        }
        for (const Rejection &r : batch.rejections)
            rejectedLines << r.line;
    }
    QCOMPARE(reader.error().code(), ErrorCode::None);
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
    const ImportProfile profile = profileFor(file);
    csv::CsvReader reader(profile.dialect);
    QVERIFY(reader.open(file).ok());
    QVERIFY(reader.next());
    QStringList header;
    for (int i = 0; i < reader.fieldCount(); ++i)
        header << reader.fieldText(i);
    auto converter = RecordConverter::create(profile, header, file);
    QVERIFY(converter.ok());
    RecordPipeline pipeline(reader, converter.value(), true);
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
    const ImportProfile profile = profileFor(file);
    csv::CsvReader reader(profile.dialect);
    QVERIFY(reader.open(file).ok());
    QVERIFY(reader.next());
    QStringList header;
    for (int i = 0; i < reader.fieldCount(); ++i)
        header << reader.fieldText(i);
    auto converter = RecordConverter::create(profile, header, file);
    QVERIFY(converter.ok());
    {
        RecordPipeline pipeline(reader, converter.value(), false);
        RecordPipeline::Batch batch;
        QVERIFY(pipeline.next(batch));
        QCOMPARE(batch.entities.size(), size_t(2048));
        QVERIFY(!batch.last);
    } // the destructor stops the worker, which is blocked on the full queue, and waits for it
    QVERIFY(reader.bytesRead() < reader.fileSize());
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

QTEST_GUILESS_MAIN(TestRecordPipeline)
#include "tst_recordpipeline.moc"
