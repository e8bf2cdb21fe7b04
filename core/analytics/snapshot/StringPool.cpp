#include "core/analytics/snapshot/StringPool.h"

#include <algorithm>

namespace storelens::core::analytics {

namespace {

uint64_t hashBytes(QByteArrayView bytes)
{
    uint64_t h = 1469598103934665603ULL; // FNV-1a, then a final mix for the low bits the mask keeps
    for (const char c : bytes) {
        h ^= uint8_t(c);
        h *= 1099511628211ULL;
    }
    h ^= h >> 29;
    return h;
}

} // namespace

QStringList StringPool::toList() const
{
    QStringList list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(at(i));
    return list;
}

StringPool StringPool::fromList(const QStringList &strings)
{
    StringPool pool;
    for (const QString &s : strings)
        pool.append(s);
    return pool;
}

bool StringPool::setColumns(std::vector<char> utf8, std::vector<int64_t> offsets)
{
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != int64_t(utf8.size()))
        return false;
    for (size_t i = 1; i < offsets.size(); ++i) {
        if (offsets[i] < offsets[i - 1])
            return false;
    }
    m_bytes = std::move(utf8);
    m_offsets = std::move(offsets);
    return true;
}

StringPoolInterner::StringPoolInterner(StringPool *pool, qsizetype expected, bool indexExisting)
    : m_pool(pool)
{
    const qsizetype existing = indexExisting ? m_pool->size() : 0;
    size_t capacity = 16;
    while (capacity < size_t(std::max(expected, existing)) * 2)
        capacity *= 2;
    m_slots.assign(capacity, -1);
    for (qsizetype i = 0; i < existing; ++i)
        m_slots[slotOf(m_pool->bytes(i))] = int32_t(i);
    m_count = size_t(existing);
}

size_t StringPoolInterner::slotOf(QByteArrayView utf8) const
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(hashBytes(utf8)) & mask;
    while (m_slots[slot] >= 0 && m_pool->bytes(m_slots[slot]) != utf8)
        slot = (slot + 1) & mask;
    return slot;
}

int32_t StringPoolInterner::intern(QByteArrayView utf8)
{
    const size_t slot = slotOf(utf8);
    if (m_slots[slot] >= 0)
        return m_slots[slot];
    const auto index = int32_t(m_pool->size());
    m_pool->append(utf8);
    m_slots[slot] = index;
    if (++m_count * 2 > m_slots.size())
        grow();
    return index;
}

void StringPoolInterner::grow()
{
    std::vector<int32_t> old(m_slots.size() * 2, -1);
    old.swap(m_slots);
    for (const int32_t i : old) {
        if (i >= 0)
            m_slots[slotOf(m_pool->bytes(i))] = i;
    }
}

} // namespace storelens::core::analytics
