#include "core/analytics/snapshot/SnapshotFile.h"

#include "core/analytics/snapshot/ColumnRead.h"
#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/store/HugePages.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <deque>
#include <functional>
#include <type_traits>
#include <vector>

#include <unistd.h>

namespace storelens::core::analytics::snapshotfile {

namespace {

// Version 1: the columns in the order visitSnapshot() lists them. Version 2: the same, with the padding bytes
// of the inventory and marketing rows written as zeros (version 1 wrote whatever memory held there). Version
// 3: the same bytes; the payload checksum is over each column's length and own hash (foldColumnHashes), so
// that the columns can be read and hashed on two threads. Version 4: the same bytes; the countries are keys
// (countryKey(): "Germany" and "DEU" are "DE"), so a version 3 file, which kept them as stored, is loaded
// again from the workspace. Version 5: the customers have a fifth text column, their phone number, so a
// version 4 file is loaded again from the workspace.
constexpr uint32_t kFormatVersion = 5;
constexpr char kMagic[16] = "StoreLensSnap\r\n";
constexpr size_t kKeyField = 64; // identity and revision key, UTF-8, zero-padded

struct Header
{
    char magic[16];
    uint32_t version;
    uint32_t headerBytes;
    int64_t revision;
    char identity[kKeyField];
    char revisionKey[kKeyField];
    uint64_t payloadBytes;
    uint64_t payloadChecksum;
};

void putKeyField(char (&field)[kKeyField], const QString &value)
{
    std::memset(field, 0, kKeyField);
    const QByteArray utf8 = value.toUtf8();
    std::memcpy(field, utf8.constData(), std::min<size_t>(size_t(utf8.size()), kKeyField));
}

bool keyFieldIs(const char (&field)[kKeyField], const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return size_t(utf8.size()) < kKeyField &&
           std::memcmp(field, utf8.constData(), size_t(utf8.size())) == 0 && field[utf8.size()] == 0;
}

Header headerFor(const WorkspaceKey &key)
{
    Header h;
    std::memset(&h, 0, sizeof h);
    std::memcpy(h.magic, kMagic, sizeof h.magic);
    h.version = kFormatVersion;
    h.headerBytes = sizeof(Header);
    h.revision = key.revision;
    putKeyField(h.identity, key.identity);
    putKeyField(h.revisionKey, key.revisionKey);
    return h;
}

// The customers' columns, for the writer (const) and the reader alike.
template<typename Io, typename Columns> void visitCustomerColumns(Io &io, Columns &c)
{
    for (auto &text : c.text)
        io.pool(text);
    for (auto &dictionary : c.dictionaries)
        io.strings(dictionary);
    for (auto &attribute : c.attributes)
        io.column(attribute);
    io.column(c.birthDay);
    io.column(c.country);
    io.column(c.consent);
}

// Every column of a snapshot in the file's order (kFormatVersion).
template<typename Io, typename S> void visitSnapshot(Io &io, S &s)
{
    io.strings(s.stores);
    io.strings(s.channels);
    io.strings(s.countries);
    io.strings(s.categories);
    io.strings(s.sources);
    io.pool(s.orderIds);
    io.column(s.orderSource);
    io.pool(s.skus);
    io.pool(s.productNames);
    io.column(s.productCategory);
    io.column(s.productNonMerchandise);
    io.customers(s.customers);
    io.column(s.day);
    io.column(s.order);
    io.column(s.customer);
    io.column(s.product);
    io.column(s.store);
    io.column(s.channel);
    io.column(s.country);
    io.column(s.quantity);
    io.column(s.gross);
    io.column(s.unpriced);
    io.column(s.discount);
    io.column(s.lineCost);
    io.column(s.traffic);
    io.column(s.staffing);
    io.column(s.inventory);
    io.column(s.marketing);
}

// The bytes of rows whose struct has padding, each field copied to its place and the padding zero: a
// struct's padding holds whatever the memory held, which must not reach the file (two saves of one snapshot
// would differ, and stale memory would be written to disk).
template<typename Row, typename... Fields>
std::vector<unsigned char> zeroPaddedRows(const std::vector<Row> &rows, Fields Row::*...fields)
{
    std::vector<unsigned char> bytes(rows.size() * sizeof(Row), 0);
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        unsigned char *out = bytes.data() + i * sizeof(Row);
        const auto place = [&](const auto &field) {
            const auto offset = reinterpret_cast<const unsigned char *>(&field) -
                                reinterpret_cast<const unsigned char *>(&row);
            std::memcpy(out + offset, &field, sizeof field);
        };
        (place(row.*fields), ...);
    }
    return bytes;
}

std::vector<unsigned char> rowBytes(const std::vector<Snapshot::Inventory> &rows)
{
    using R = Snapshot::Inventory;
    return zeroPaddedRows(rows, &R::day, &R::store, &R::product, &R::onHandMilli, &R::unitCost);
}

std::vector<unsigned char> rowBytes(const std::vector<Snapshot::Marketing> &rows)
{
    using R = Snapshot::Marketing;
    return zeroPaddedRows(rows, &R::channel, &R::fromDay, &R::toDay, &R::amount);
}

class Writer
{
public:
    explicit Writer(QSaveFile *file)
        : m_file(file)
    {
    }
    template<typename T> void column(const std::vector<T> &values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        if constexpr (std::has_unique_object_representations_v<T>) {
            bytesColumn(values.data(), values.size() * sizeof(T));
        } else {
            // A struct with padding: a rowBytes() overload lists its fields.
            const std::vector<unsigned char> bytes = rowBytes(values);
            bytesColumn(bytes.data(), bytes.size());
        }
    }
    void pool(const StringPool &pool)
    {
        column(pool.utf8Column());
        column(pool.offsetColumn());
    }
    void strings(const QStringList &strings) { pool(StringPool::fromList(strings)); }
    void customers(const CustomerTable &table) { visitCustomerColumns(*this, table.columns()); }

    bool ok() const { return m_ok; }
    uint64_t checksumValue() const { return foldColumnHashes(m_hashes); }
    uint64_t payloadBytes() const { return m_payload; }

private:
    void bytesColumn(const void *data, uint64_t bytes)
    {
        m_ok = m_ok && m_file->write(reinterpret_cast<const char *>(&bytes), sizeof bytes) == sizeof bytes &&
               m_file->write(static_cast<const char *>(data), qint64(bytes)) == qint64(bytes);
        m_hashes.emplace_back(bytes, checksum(data, size_t(bytes)));
        m_payload += sizeof bytes + bytes;
    }

    QSaveFile *m_file;
    bool m_ok = true;
    std::vector<std::pair<uint64_t, uint64_t>> m_hashes; // each column's length and hash, in file order
    uint64_t m_payload = 0;
};

// Reads a file's columns in two steps: a walk over their lengths lists each column's place and destination
// (a ColumnJob), then readColumns() reads them all, on two threads; the string pools and the customer table
// are put together from their columns after that (finish()).
class Planner
{
public:
    Planner(int fd, uint64_t payloadBytes)
        : m_fd(fd)
        , m_offset(sizeof(Header))
        , m_left(payloadBytes)
    {
    }
    template<typename T> void column(std::vector<T> &values)
    {
        uint64_t bytes = 0;
        if (!m_ok || m_left < sizeof bytes ||
            ::pread(m_fd, &bytes, sizeof bytes, off_t(m_offset)) != ssize_t(sizeof bytes) ||
            bytes % sizeof(T) != 0 || bytes > m_left - sizeof bytes) {
            m_ok = false;
            return;
        }
        ColumnJob job;
        job.offset = m_offset + sizeof bytes;
        job.bytes = bytes;
        job.allocate = [&values, bytes] {
            // Huge pages for the large columns: at 10,000,000 lines a read into 4 KiB pages took one page
            // fault per page (571,697 for the file), more system time than the copy itself.
            values = hugePageVector<T>(size_t(bytes / sizeof(T)), T());
            return reinterpret_cast<char *>(values.data());
        };
        m_jobs.push_back(std::move(job));
        m_offset += sizeof bytes + bytes;
        m_left -= sizeof bytes + bytes;
    }
    void pool(StringPool &pool)
    {
        PoolColumns &held = m_pools.emplace_back();
        column(held.utf8);
        column(held.offsets);
        m_after.push_back(
            [&pool, &held] { return pool.setColumns(std::move(held.utf8), std::move(held.offsets)); });
    }
    void strings(QStringList &strings)
    {
        PoolColumns &held = m_pools.emplace_back();
        column(held.utf8);
        column(held.offsets);
        m_after.push_back([&strings, &held] {
            StringPool read;
            if (!read.setColumns(std::move(held.utf8), std::move(held.offsets)))
                return false;
            strings = read.toList();
            return true;
        });
    }
    void customers(CustomerTable &table)
    {
        CustomerTable::Columns &columns = m_customers.emplace_back();
        visitCustomerColumns(*this, columns);
        m_after.push_back([&table, &columns] { return table.setColumns(std::move(columns)); });
    }

    // Reads every column listed and checks them against the header's checksum; then builds what is made
    // of them. False when anything does not agree.
    bool finish(uint64_t payloadChecksum)
    {
        if (!m_ok || m_left != 0 || !readColumns(m_fd, m_jobs))
            return false;
        std::vector<std::pair<uint64_t, uint64_t>> hashes;
        hashes.reserve(m_jobs.size());
        for (const ColumnJob &job : m_jobs)
            hashes.emplace_back(job.bytes, job.hash);
        if (foldColumnHashes(hashes) != payloadChecksum)
            return false;
        return std::all_of(m_after.begin(), m_after.end(), [](const auto &step) { return step(); });
    }

private:
    struct PoolColumns
    {
        std::vector<char> utf8;
        std::vector<int64_t> offsets;
    };

    int m_fd;
    uint64_t m_offset;
    uint64_t m_left;
    bool m_ok = true;
    std::vector<ColumnJob> m_jobs;
    std::deque<PoolColumns> m_pools; // a deque: the jobs hold references into it
    std::deque<CustomerTable::Columns> m_customers;
    std::vector<std::function<bool()>> m_after;
};

// Every line column as long as the first, every index column's values as the loader makes them.
bool consistent(const Snapshot &s)
{
    const size_t n = s.lineCount();
    const auto sized = [n](const auto &column) { return column.size() == n; };
    return sized(s.order) && sized(s.customer) && sized(s.product) && sized(s.store) && sized(s.channel) &&
           sized(s.country) && sized(s.quantity) && sized(s.gross) && sized(s.discount) &&
           sized(s.lineCost) && (s.unpriced.empty() || sized(s.unpriced)) &&
           size_t(s.productNames.size()) == size_t(s.skus.size()) &&
           s.productCategory.size() == size_t(s.skus.size());
}

} // namespace

namespace {
std::atomic<bool> s_writingAllowed{false};
} // namespace

void setWritingAllowed(bool allowed)
{
    s_writingAllowed = allowed;
}

bool writingAllowed()
{
    return s_writingAllowed;
}

uint64_t checksum(const void *data, size_t bytes, uint64_t seed)
{
    ColumnHash hash(seed);
    hash.add(data, bytes);
    return hash.finish();
}

SnapshotPtr read(const QString &workspacePath, const WorkspaceKey &key)
{
    if (!key.isComplete())
        return {};
    QFile file(snapshotFilePath(workspacePath));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    Header h;
    if (file.read(reinterpret_cast<char *>(&h), sizeof h) != qint64(sizeof h))
        return {};
    const Header expected = headerFor(key);
    if (std::memcmp(h.magic, expected.magic, sizeof h.magic) != 0 || h.version != kFormatVersion ||
        h.headerBytes != sizeof(Header) || h.revision != key.revision ||
        !keyFieldIs(h.identity, key.identity) || !keyFieldIs(h.revisionKey, key.revisionKey) ||
        uint64_t(file.size()) != sizeof(Header) + h.payloadBytes)
        return {};
    Snapshot snapshot;
    snapshot.revision = key.revision;
    Planner planner(file.handle(), h.payloadBytes);
    visitSnapshot(planner, snapshot);
    if (!planner.finish(h.payloadChecksum) || !consistent(snapshot))
        return {};
    return shareSnapshot(std::move(snapshot));
}

bool write(const QString &workspacePath, const Snapshot &snapshot, const WorkspaceKey &key)
{
    if (!key.isComplete() || key.revision != snapshot.revision)
        return false;
    const QString path = snapshotFilePath(workspacePath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    Header h = headerFor(key);
    if (file.write(reinterpret_cast<const char *>(&h), sizeof h) != qint64(sizeof h))
        return false;
    Writer writer(&file);
    visitSnapshot(writer, snapshot);
    h.payloadBytes = writer.payloadBytes();
    h.payloadChecksum = writer.checksumValue();
    if (!writer.ok() || !file.seek(0) ||
        file.write(reinterpret_cast<const char *>(&h), sizeof h) != qint64(sizeof h) || !file.commit())
        return false;
    // A write of new data that committed while this file was written removed the old file before this one
    // was renamed into place: this one then stands for old data (perhaps a forgotten customer) and goes.
    Connection connection(workspacePath, Connection::Access::ReadOnly);
    if (!connection.isOpen() || !(readWorkspaceKey(connection.db()) == key)) {
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace storelens::core::analytics::snapshotfile
