#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace storelens::core::analytics {

// Many short strings (a snapshot's order ids: half a million at a million lines) in one UTF-8 buffer with an
// offset per string: two allocations in all instead of one or two per string, and a QString made only when a
// string is shown (at()).
class StringPool
{
public:
    StringPool() = default;
    StringPool(std::initializer_list<QString> strings)
    {
        for (const QString &s : strings)
            append(s);
    }
    qsizetype size() const
    {
        return m_offsets.empty() ? 0 : qsizetype(m_offsets.size()) - 1;
    } // 0 when moved from
    bool isEmpty() const { return size() == 0; }
    QByteArrayView bytes(qsizetype i) const
    {
        return QByteArrayView(m_bytes.data() + m_offsets[size_t(i)],
                              qsizetype(m_offsets[size_t(i) + 1] - m_offsets[size_t(i)]));
    }
    QString at(qsizetype i) const { return QString::fromUtf8(bytes(i)); }
    // The string at i, or an empty string when i is out of range.
    QString value(qsizetype i) const { return i >= 0 && i < size() ? at(i) : QString(); }
    QStringList toList() const;
    static StringPool fromList(const QStringList &strings);
    friend bool operator==(const StringPool &a, const StringPool &b)
    {
        return a.m_bytes == b.m_bytes && a.m_offsets == b.m_offsets;
    }
    friend bool operator!=(const StringPool &a, const StringPool &b) { return !(a == b); }

    // The two columns as stored, for the persistent snapshot; fromColumns() refuses (returns false for)
    // offsets that are not a valid index of `utf8`.
    const std::vector<char> &utf8Column() const { return m_bytes; }
    const std::vector<int64_t> &offsetColumn() const { return m_offsets; }
    bool setColumns(std::vector<char> utf8, std::vector<int64_t> offsets);
    size_t memoryBytes() const { return m_bytes.capacity() + m_offsets.capacity() * sizeof(int64_t); }

    void append(QByteArrayView utf8)
    {
        m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end());
        m_offsets.push_back(int64_t(m_bytes.size()));
    }
    void append(const QString &s) { append(QByteArrayView(s.toUtf8())); }
    void reserve(qsizetype strings, qsizetype bytes)
    {
        m_offsets.reserve(size_t(strings) + 1);
        m_bytes.reserve(size_t(bytes));
    }

private:
    std::vector<char> m_bytes;
    std::vector<int64_t> m_offsets{0}; // string i is m_bytes[m_offsets[i], m_offsets[i + 1])
};

// Interns byte strings into a StringPool: an open-addressing table of pool indexes, so finding or adding one
// allocates nothing but the pool's own growth. An interner finds the strings it added, and those in the pool
// when it was made unless `indexExisting` is false: several interners may then share one pool, each with its
// own set of strings (the snapshot's order ids, one interner per source).
class StringPoolInterner
{
public:
    explicit StringPoolInterner(StringPool *pool, qsizetype expected = 0, bool indexExisting = true);
    int32_t intern(QByteArrayView utf8);

private:
    void grow();
    size_t slotOf(QByteArrayView utf8) const;

    StringPool *m_pool;
    std::vector<int32_t> m_slots; // -1: empty; size a power of two, at most half full
    size_t m_count = 0;           // strings in m_slots
};

} // namespace storelens::core::analytics
