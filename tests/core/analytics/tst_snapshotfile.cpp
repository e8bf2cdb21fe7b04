#include "common/SampleFixture.h"
#include "common/WorkspaceFixture.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/analytics/snapshot/SnapshotFile.h"
#include "core/session/CustomerPrivacy.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceKey.h"

#include <QFile>
#include <QTemporaryDir>

using namespace storelens::core;
using namespace storelens::core::analytics;
using storelens::test::exec;

namespace {

// A name whose bytes occur nowhere else in the workspace, to look for in the persisted file.
const QByteArray kForgottenName("Quorra Zyxwvut");

template<typename T> bool sameBytes(const std::vector<T> &a, const std::vector<T> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0;
}

// Every column of two snapshots, one by one (QCOMPARE names the first that differs).
void compareSnapshots(const Snapshot &a, const Snapshot &b)
{
    QCOMPARE(a.revision, b.revision);
    QCOMPARE(a.stores, b.stores);
    QCOMPARE(a.channels, b.channels);
    QCOMPARE(a.countries, b.countries);
    QCOMPARE(a.categories, b.categories);
    QCOMPARE(a.sources, b.sources);
    QCOMPARE(a.orderIds.toList(), b.orderIds.toList());
    QCOMPARE(a.orderSource, b.orderSource);
    QCOMPARE(a.skus.toList(), b.skus.toList());
    QCOMPARE(a.productNames.toList(), b.productNames.toList());
    QCOMPARE(a.productCategory, b.productCategory);
    QCOMPARE(a.productNonMerchandise, b.productNonMerchandise);
    QCOMPARE(a.customers.size(), b.customers.size());
    for (size_t c = 0; c < a.customers.size(); ++c) {
        const CustomerInfo x = a.customers.info(c);
        const CustomerInfo y = b.customers.info(c);
        QCOMPARE(x.externalId, y.externalId);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.email, y.email);
        QCOMPARE(x.phone, y.phone);
        QCOMPARE(x.city, y.city);
        QCOMPARE(x.postalCode, y.postalCode);
        QCOMPARE(x.loyaltyTier, y.loyaltyTier);
        QCOMPARE(x.birthDate, y.birthDate);
        QCOMPARE(x.country, y.country);
        QCOMPARE(x.consentEmail, y.consentEmail);
        QCOMPARE(x.consentSms, y.consentSms);
    }
    QCOMPARE(a.customers, b.customers); // and the stored columns themselves
    QCOMPARE(a.day, b.day);
    QCOMPARE(a.order, b.order);
    QCOMPARE(a.customer, b.customer);
    QCOMPARE(a.product, b.product);
    QCOMPARE(a.store, b.store);
    QCOMPARE(a.channel, b.channel);
    QCOMPARE(a.country, b.country);
    QCOMPARE(a.quantity, b.quantity);
    QCOMPARE(a.gross, b.gross);
    QCOMPARE(a.unpriced, b.unpriced);
    QCOMPARE(a.discount, b.discount);
    QCOMPARE(a.lineCost, b.lineCost);
    QVERIFY(sameBytes(a.traffic, b.traffic));
    QVERIFY(sameBytes(a.staffing, b.staffing));
    QCOMPARE(a.inventory.size(), b.inventory.size());
    for (size_t i = 0; i < a.inventory.size(); ++i) {
        QCOMPARE(a.inventory[i].product, b.inventory[i].product);
        QCOMPARE(a.inventory[i].onHandMilli, b.inventory[i].onHandMilli);
        QCOMPARE(a.inventory[i].unitCost, b.inventory[i].unitCost);
    }
    // Field by field: Snapshot::Marketing has padding after toDay, whose bytes mean nothing.
    QCOMPARE(a.marketing.size(), b.marketing.size());
    for (size_t i = 0; i < a.marketing.size(); ++i) {
        QCOMPARE(a.marketing[i].channel, b.marketing[i].channel);
        QCOMPARE(a.marketing[i].fromDay, b.marketing[i].fromDay);
        QCOMPARE(a.marketing[i].toDay, b.marketing[i].toDay);
        QCOMPARE(a.marketing[i].amount, b.marketing[i].amount);
    }
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// The rows again in memory whose every byte, padding included, held `fill` before the fields were set.
template<typename Row, typename... Fields>
std::vector<Row> refilled(const std::vector<Row> &rows, unsigned char fill, Fields Row::*...fields)
{
    std::vector<Row> out(rows.size());
    std::memset(static_cast<void *>(out.data()), fill, out.size() * sizeof(Row));
    for (size_t i = 0; i < rows.size(); ++i)
        ((out[i].*fields = rows[i].*fields), ...);
    return out;
}

} // namespace

class TestSnapshotFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void persistedEqualsSqlite_data();
    void persistedEqualsSqlite();
    void otherKeyIsNotUsed_data();
    void otherKeyIsNotUsed();
    void staleRevisionIsNotUsed();
    void damagedFileIsRebuilt_data();
    void damagedFileIsRebuilt();
    void rolledBackImportShowsOldNumbers();
    void forgetRemovesTheNameFromDisk();
    void paddingIsWrittenAsZeros_data();
    void paddingIsWrittenAsZeros();

private:
    WorkspaceKey key();
    // Loads through a fresh cache (persisting it) and waits until the file is written.
    SnapshotPtr loadAndPersist();
    SnapshotPtr loadFromSqlite();

    QTemporaryDir m_dir;
    QString m_sample;
    int m_copies = 0;
    QString m_path; // this test's copy of m_sample
    QString m_file; // its persisted snapshot
};

// A small sample store, its first customer renamed to kForgottenName, written once and copied for each test.
void TestSnapshotFile::initTestCase()
{
    snapshotfile::setWritingAllowed(true); // as the window does
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.storelens"));
    QVERIFY(storelens::test::writeSample(m_sample, 300, 1).ok());
    Connection c(m_sample);
    QVERIFY(exec(c.db(), {QStringLiteral("UPDATE customers SET name = '%1' WHERE id = 1")
                              .arg(QString::fromLatin1(kForgottenName))}));
}

void TestSnapshotFile::init()
{
    m_path = m_dir.filePath(QStringLiteral("shop-%1.storelens").arg(m_copies++));
    m_file = snapshotFilePath(m_path);
    QVERIFY(QFile::copy(m_sample, m_path));
}

void TestSnapshotFile::cleanup()
{
    SnapshotCache::instance().waitForPersisting();
    SnapshotCache::instance().clear();
}

WorkspaceKey TestSnapshotFile::key()
{
    Connection c(m_path, Connection::Access::ReadOnly);
    return readWorkspaceKey(c.db());
}

SnapshotPtr TestSnapshotFile::loadAndPersist()
{
    SnapshotCache cache;
    Result<SnapshotPtr> loaded = cache.get(m_path);
    cache.waitForPersisting();
    return loaded ? loaded.value() : SnapshotPtr();
}

SnapshotPtr TestSnapshotFile::loadFromSqlite()
{
    Result<SnapshotPtr> loaded = loadSnapshot(m_path);
    return loaded ? loaded.value() : SnapshotPtr();
}

void TestSnapshotFile::persistedEqualsSqlite_data()
{
    QTest::addColumn<bool>("keyed");
    QTest::newRow("workspace with a key") << true;
    QTest::newRow("workspace made before keys") << false;
}

// A workspace made before keys existed has its snapshot persisted only once it is given a key (the window
// does when it opens it), which adds no revision. Reading the file gives every column back.
void TestSnapshotFile::persistedEqualsSqlite()
{
    QFETCH(bool, keyed);
    if (!keyed) {
        Connection c(m_path);
        QVERIFY(exec(c.db(), {QStringLiteral("DELETE FROM meta WHERE key IN ('identity', 'revision_key')")}));
    }
    const WorkspaceKey before = key();
    QCOMPARE(before.isComplete(), keyed);
    if (!keyed) {
        QVERIFY(loadAndPersist());
        QVERIFY(!QFile::exists(m_file));
        Connection c(m_path);
        QVERIFY(c.db().transaction());
        QVERIFY(completeWorkspaceKey(c.db()).ok());
        QVERIFY(c.db().commit());
    }
    const SnapshotPtr first = loadAndPersist();
    QVERIFY(first);
    const WorkspaceKey k = key();
    QVERIFY(k.isComplete());
    QCOMPARE(k.revision, before.revision);
    QVERIFY(QFile::exists(m_file));
    const SnapshotPtr persisted = snapshotfile::read(m_path, k);
    QVERIFY(persisted);
    const SnapshotPtr sqlite = loadFromSqlite();
    QVERIFY(sqlite);
    QVERIFY(sqlite->lineCount() > 1000);
    QVERIFY(sqlite->customers.size() >= 300);
    compareSnapshots(*persisted, *sqlite);
    QCOMPARE(persisted->customers.name(0), QString::fromLatin1(kForgottenName));
    // A second fresh cache takes the file: the same snapshot again.
    const SnapshotPtr again = loadAndPersist();
    QVERIFY(again);
    compareSnapshots(*again, *sqlite);
}

void TestSnapshotFile::otherKeyIsNotUsed_data()
{
    QTest::addColumn<int>("field"); // 0 identity, 1 revision, 2 revision key
    QTest::newRow("another workspace's identity") << 0;
    QTest::newRow("an older revision") << 1;
    QTest::newRow("same revision of a diverged copy") << 2;
}

// The file is only read for exactly the key it was written from.
void TestSnapshotFile::otherKeyIsNotUsed()
{
    QFETCH(int, field);
    QVERIFY(loadAndPersist());
    const WorkspaceKey k = key();
    QVERIFY(snapshotfile::read(m_path, k));
    WorkspaceKey other = k;
    if (field == 0)
        other.identity = QStringLiteral("0123456789abcdef0123456789abcdef");
    else if (field == 1)
        other.revision = k.revision + 1;
    else
        other.revisionKey =
            k.revisionKey.left(31) + QLatin1Char(k.revisionKey.endsWith(QLatin1Char('0')) ? '1' : '0');
    QVERIFY(!snapshotfile::read(m_path, other));
}

// A write of new data bumps the revision (and deletes the file); a file from the old revision put back is
// not used: the numbers are the new data's.
void TestSnapshotFile::staleRevisionIsNotUsed()
{
    const SnapshotPtr before = loadAndPersist();
    QVERIFY(before);
    const QByteArray oldFile = fileBytes(m_file);
    QVERIFY(!oldFile.isEmpty());
    {
        Connection c(m_path);
        QVERIFY(c.db().transaction());
        QVERIFY(exec(c.db(), {QStringLiteral("UPDATE order_lines SET gross = gross * 2")}));
        QVERIFY(bumpWorkspaceRevision(c.db()).ok());
        QVERIFY(c.db().commit());
    }
    QVERIFY(!QFile::exists(m_file)); // removed by the revision bump
    writeBytes(m_file, oldFile);
    QVERIFY(!snapshotfile::read(m_path, key()));
    const SnapshotPtr after = loadAndPersist();
    QVERIFY(after);
    QCOMPARE(after->revision, before->revision + 1);
    std::vector<int64_t> doubled = before->gross;
    for (int64_t &g : doubled)
        g *= 2;
    QCOMPARE(after->gross, doubled);
    compareSnapshots(*after, *loadFromSqlite());
    QVERIFY(snapshotfile::read(m_path, key())); // rebuilt for the new revision
}

void TestSnapshotFile::damagedFileIsRebuilt_data()
{
    QTest::addColumn<int>("at");   // byte to flip: >= 0 from the start, < 0 from the end; INT_MIN: none
    QTest::addColumn<int>("keep"); // bytes to keep: -1 all, else truncate to this many (-2: one less)
    QTest::addColumn<bool>("append");
    QTest::newRow("magic") << 0 << -1 << false;
    QTest::newRow("format version") << 16 << -1 << false;
    QTest::newRow("payload checksum") << 175 << -1 << false;
    QTest::newRow("first column length") << 176 << -1 << false;
    QTest::newRow("a byte in the middle") << 400 << -1 << false;
    QTest::newRow("last byte") << -1 << -1 << false;
    QTest::newRow("truncated by one byte") << INT_MIN << -2 << false;
    QTest::newRow("truncated to the header") << INT_MIN << 176 << false;
    QTest::newRow("empty") << INT_MIN << 0 << false;
    QTest::newRow("one byte appended") << INT_MIN << -1 << true;
}

// A damaged file is never read: the load falls back to SQLite (the same numbers) and writes a good file.
void TestSnapshotFile::damagedFileIsRebuilt()
{
    QFETCH(int, at);
    QFETCH(int, keep);
    QFETCH(bool, append);
    QVERIFY(loadAndPersist());
    QByteArray bytes = fileBytes(m_file);
    QVERIFY(bytes.size() > 500);
    if (at != INT_MIN) {
        const qsizetype i = at >= 0 ? at : bytes.size() + at;
        bytes[i] = char(bytes[i] ^ 0x10);
    }
    if (keep >= 0)
        bytes.truncate(keep);
    else if (keep == -2)
        bytes.chop(1);
    if (append)
        bytes.append('\0');
    writeBytes(m_file, bytes);
    QVERIFY(!snapshotfile::read(m_path, key()));
    const SnapshotPtr rebuilt = loadAndPersist();
    QVERIFY(rebuilt);
    compareSnapshots(*rebuilt, *loadFromSqlite());
    QVERIFY(snapshotfile::read(m_path, key()));
    QVERIFY(fileBytes(m_file) != bytes);
}

// An import that does not finish (its transaction rolled back, as when the process is killed) changes
// nothing: while it runs and after, a load shows the old numbers, from the file or from SQLite.
void TestSnapshotFile::rolledBackImportShowsOldNumbers()
{
    const SnapshotPtr before = loadAndPersist();
    QVERIFY(before);
    const QByteArray goodFile = fileBytes(m_file);
    {
        Connection writer(m_path);
        QVERIFY(writer.db().transaction());
        QVERIFY(exec(writer.db(),
                     {QStringLiteral("INSERT INTO order_lines(order_id, product_id, seq, day, customer_id, "
                                     "quantity, unit_price, gross, discount, store_id, channel_id) VALUES"
                                     "('NEW-1', 1, 1, %1, 1, 1000, 990000, 990000, 0, 1, 1)")
                          .arg(before->day.back())}));
        QVERIFY(bumpWorkspaceRevision(writer.db()).ok());
        const SnapshotPtr during = loadAndPersist(); // another connection: the committed data only
        QVERIFY(during);
        compareSnapshots(*during, *before);
        QVERIFY(writer.db().rollback());
    }
    const SnapshotPtr after = loadAndPersist();
    QVERIFY(after);
    compareSnapshots(*after, *before);
    compareSnapshots(*loadFromSqlite(), *before);
    writeBytes(m_file, goodFile); // the file of the unchanged revision stays good
    const SnapshotPtr fromFile = snapshotfile::read(m_path, key());
    QVERIFY(fromFile);
    compareSnapshots(*fromFile, *before);
}

// Forgetting a customer deletes the persisted snapshot; the one persisted afterwards does not hold their
// name, and a file from the old revision that a slow writer renames into place afterwards is deleted too.
void TestSnapshotFile::forgetRemovesTheNameFromDisk()
{
    const SnapshotPtr before = loadAndPersist();
    QVERIFY(before);
    const WorkspaceKey oldKey = key();
    QVERIFY(fileBytes(m_file).contains(kForgottenName)); // the check below can fail
    {
        session::WorkspaceSession session(m_path);
        QVERIFY(session.snapshot().ok());
        QVERIFY(session::forgetCustomer(session, before->customers.externalId(0)).ok());
        QVERIFY(!QFile::exists(m_file));
        const Result<SnapshotPtr> after = session.snapshot();
        QVERIFY(after.ok());
        QCOMPARE(after.value()->customers.size(), before->customers.size() - 1);
        SnapshotCache::instance().waitForPersisting();
    }
    QVERIFY(QFile::exists(m_file));
    QVERIFY(!fileBytes(m_file).contains(kForgottenName));
    // A writer that loaded the old revision and finishes only now.
    QVERIFY(!snapshotfile::write(m_path, *before, oldKey));
    QVERIFY(!QFile::exists(m_file));
}

QTEST_GUILESS_MAIN(TestSnapshotFile)

void TestSnapshotFile::paddingIsWrittenAsZeros_data()
{
    QTest::addColumn<int>("fillA");
    QTest::addColumn<int>("fillB");
    QTest::newRow("0xAA against 0x55 in the padding") << 0xAA << 0x55;
    QTest::newRow("0xFF against zeros in the padding") << 0xFF << 0x00;
}

// Snapshot::Inventory and Snapshot::Marketing have four padding bytes each (after product, after toDay). Two
// snapshots equal field by field but with different bytes in that padding give the same file, byte for byte,
// and read back field by field as they were.
void TestSnapshotFile::paddingIsWrittenAsZeros()
{
    QFETCH(int, fillA);
    QFETCH(int, fillB);
    const SnapshotPtr sqlite = loadFromSqlite();
    QVERIFY(sqlite);
    QVERIFY(!sqlite->inventory.empty());
    QVERIFY(!sqlite->marketing.empty());
    const WorkspaceKey k = key();
    QVERIFY(k.isComplete());
    QCOMPARE(sqlite->revision, k.revision);
    using I = Snapshot::Inventory;
    using M = Snapshot::Marketing;
    QByteArray written[2];
    for (int side = 0; side < 2; ++side) {
        const auto fill = static_cast<unsigned char>(side == 0 ? fillA : fillB);
        Snapshot copy = *sqlite;
        copy.inventory =
            refilled(sqlite->inventory, fill, &I::day, &I::store, &I::product, &I::onHandMilli, &I::unitCost);
        copy.marketing = refilled(sqlite->marketing, fill, &M::channel, &M::fromDay, &M::toDay, &M::amount);
        QVERIFY(snapshotfile::write(m_path, copy, k));
        written[side] = fileBytes(m_file);
        QVERIFY(!written[side].isEmpty());
        const SnapshotPtr back = snapshotfile::read(m_path, k);
        QVERIFY(back);
        compareSnapshots(*back, *sqlite);
    }
    QCOMPARE(written[0].size(), written[1].size());
    QCOMPARE(written[0], written[1]); // differs when the padding bytes in memory reach the file
}

#include "tst_snapshotfile.moc"
