// The persisted snapshot's column reader (core/analytics/snapshot/ColumnRead.h): the hash fed in pieces is
// the hash of the whole, and the columns read on two threads are the file's bytes, each with its hash; a
// file that ends early fails the read instead of leaving zeros.

#include "core/analytics/snapshot/ColumnRead.h"
#include "core/analytics/snapshot/SnapshotFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <vector>

using namespace storelens::core::analytics::snapshotfile;

namespace {

std::vector<unsigned char> randomBytes(size_t n, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<unsigned char> bytes(n);
    for (unsigned char &b : bytes)
        b = static_cast<unsigned char>(random());
    return bytes;
}

} // namespace

class TestColumnRead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashInPiecesIsTheHashOfTheWhole();
    void columnsReadOnTwoThreads_data();
    void columnsReadOnTwoThreads();
    void shortFileFails();
};

void TestColumnRead::hashInPiecesIsTheHashOfTheWhole()
{
    const std::vector<unsigned char> bytes = randomBytes(10007, 1);
    const uint64_t whole = checksum(bytes.data(), bytes.size());
    std::mt19937 random(2);
    for (int round = 0; round < 50; ++round) {
        ColumnHash hash;
        size_t done = 0;
        while (done < bytes.size()) {
            const size_t n = std::min(bytes.size() - done, size_t(random() % 97));
            hash.add(bytes.data() + done, n);
            done += n;
        }
        QCOMPARE(hash.finish(), whole);
    }
    // Another seed, another value; one byte changed, another value.
    QVERIFY(checksum(bytes.data(), bytes.size(), 1) != whole);
    std::vector<unsigned char> changed = bytes;
    changed[5000] ^= 1;
    QVERIFY(checksum(changed.data(), changed.size()) != whole);
}

void TestColumnRead::columnsReadOnTwoThreads_data()
{
    QTest::addColumn<quint64>("twoThreadsFrom");
    QTest::newRow("one thread") << quint64(UINT64_MAX);
    QTest::newRow("two threads") << quint64(0);
}

// 40 columns of 0 to 300,000 bytes back to back in a file; each read into its own vector.
void TestColumnRead::columnsReadOnTwoThreads()
{
    QFETCH(quint64, twoThreadsFrom);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("columns")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    std::vector<std::vector<unsigned char>> written;
    std::vector<ColumnJob> jobs;
    std::vector<std::vector<char>> read(40);
    uint64_t offset = 0;
    for (int c = 0; c < 40; ++c) {
        written.push_back(randomBytes(size_t(c * 7919 % 300001), unsigned(c + 10)));
        const auto &bytes = written.back();
        QCOMPARE(file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())),
                 qint64(bytes.size()));
        ColumnJob job;
        job.offset = offset;
        job.bytes = bytes.size();
        job.allocate = [&read, c, n = bytes.size()] {
            read[size_t(c)].assign(n, 0);
            return read[size_t(c)].data();
        };
        jobs.push_back(std::move(job));
        offset += bytes.size();
    }
    QVERIFY(file.flush());
    QVERIFY(readColumns(int(file.handle()), jobs, twoThreadsFrom));
    for (size_t c = 0; c < written.size(); ++c) {
        QVERIFY(jobs[c].ok);
        QVERIFY(std::equal(written[c].begin(), written[c].end(),
                           reinterpret_cast<const unsigned char *>(read[c].data())));
        QCOMPARE(jobs[c].hash, checksum(written[c].data(), written[c].size()));
    }
}

void TestColumnRead::shortFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("short")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const std::vector<unsigned char> bytes = randomBytes(1000, 3);
    file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()));
    QVERIFY(file.flush());
    std::vector<std::vector<char>> into(2);
    std::vector<ColumnJob> jobs(2);
    jobs[0].offset = 0;
    jobs[0].bytes = 600;
    jobs[1].offset = 600;
    jobs[1].bytes = 600; // 200 bytes past the end
    for (size_t j = 0; j < jobs.size(); ++j)
        jobs[j].allocate = [&into, j] {
            into[j].assign(600, 0);
            return into[j].data();
        };
    QVERIFY(!readColumns(int(file.handle()), jobs, 0));
    QVERIFY(!jobs[1].ok);
}

QTEST_GUILESS_MAIN(TestColumnRead)
#include "tst_columnread.moc"
