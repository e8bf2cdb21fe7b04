#include "core/analytics/snapshot/SnapshotFile.h"

#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/store/HugePages.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QSaveFile>

#include <atomic>
#include <cstring>
#include <type_traits>
#include <vector>

namespace storelens::core::analytics::snapshotfile {

namespace {

// Version 1: the columns in the order visitSnapshot() lists them. Version 2: the same, with the padding bytes
// of the inventory and marketing rows written as zeros (version 1 wrote whatever memory held there).
constexpr uint32_t kFormatVersion = 2;
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

uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr uint64_t kPrime3 = 0x165667B19E3779F9ULL;

uint64_t word(const unsigned char *p)
{
    uint64_t w = 0;
    std::memcpy(&w, p, sizeof w);
    return w;
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
    uint64_t checksumValue() const { return m_checksum; }
    uint64_t payloadBytes() const { return m_payload; }

private:
    void bytesColumn(const void *data, uint64_t bytes)
    {
        m_ok = m_ok && m_file->write(reinterpret_cast<const char *>(&bytes), sizeof bytes) == sizeof bytes &&
               m_file->write(static_cast<const char *>(data), qint64(bytes)) == qint64(bytes);
        m_checksum = checksum(data, bytes, m_checksum);
        m_payload += sizeof bytes + bytes;
    }

    QSaveFile *m_file;
    bool m_ok = true;
    uint64_t m_checksum = 0;
    uint64_t m_payload = 0;
};

class Reader
{
public:
    Reader(QFile *file, uint64_t payloadBytes)
        : m_file(file)
        , m_left(payloadBytes)
    {
    }
    template<typename T> void column(std::vector<T> &values)
    {
        uint64_t bytes = 0;
        if (!readRaw(&bytes, sizeof bytes) || bytes % sizeof(T) != 0 || bytes > m_left) {
            m_ok = false;
            return;
        }
        // Huge pages for the large columns: at 10,000,000 lines a read into 4 KiB pages took one page fault
        // per page (571,697 for the file), more system time than the copy itself.
        values = hugePageVector<T>(size_t(bytes / sizeof(T)), T());
        if (!readRaw(values.data(), bytes))
            return;
        m_checksum = checksum(values.data(), size_t(bytes), m_checksum);
    }
    void pool(StringPool &pool)
    {
        std::vector<char> utf8;
        std::vector<int64_t> offsets;
        column(utf8);
        column(offsets);
        m_ok = m_ok && pool.setColumns(std::move(utf8), std::move(offsets));
    }
    void strings(QStringList &strings)
    {
        StringPool read;
        pool(read);
        strings = read.toList();
    }
    void customers(CustomerTable &table)
    {
        CustomerTable::Columns columns;
        visitCustomerColumns(*this, columns);
        m_ok = m_ok && table.setColumns(std::move(columns));
    }

    bool ok() const { return m_ok && m_left == 0; }
    uint64_t checksumValue() const { return m_checksum; }

private:
    bool readRaw(void *data, uint64_t bytes)
    {
        if (!m_ok || bytes > m_left ||
            m_file->read(static_cast<char *>(data), qint64(bytes)) != qint64(bytes)) {
            m_ok = false;
            return false;
        }
        m_left -= bytes;
        return true;
    }

    QFile *m_file;
    uint64_t m_left;
    bool m_ok = true;
    uint64_t m_checksum = 0;
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
    // Four lanes of multiply-rotate over 32-byte blocks (the shape of xxHash64), then the tail.
    const auto *p = static_cast<const unsigned char *>(data);
    uint64_t lane[4] = {seed + kPrime1 + kPrime2, seed + kPrime2, seed, seed - kPrime1};
    size_t i = 0;
    for (; i + 32 <= bytes; i += 32) {
        for (size_t k = 0; k < 4; ++k)
            lane[k] = rotl(lane[k] + word(p + i + 8 * k) * kPrime2, 31) * kPrime1;
    }
    uint64_t h = rotl(lane[0], 1) + rotl(lane[1], 7) + rotl(lane[2], 12) + rotl(lane[3], 18) + bytes;
    for (; i + 8 <= bytes; i += 8)
        h = rotl(h ^ (rotl(word(p + i) * kPrime2, 31) * kPrime1), 27) * kPrime1 + kPrime3;
    for (; i < bytes; ++i)
        h = rotl(h ^ (p[i] * kPrime3), 11) * kPrime1;
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime3;
    return h ^ (h >> 32);
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
    Reader reader(&file, h.payloadBytes);
    visitSnapshot(reader, snapshot);
    if (!reader.ok() || reader.checksumValue() != h.payloadChecksum || !consistent(snapshot))
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
