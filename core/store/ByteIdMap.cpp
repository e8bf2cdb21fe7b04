#include "core/store/ByteIdMap.h"

#include "core/store/ByteHash.h"
#include "core/store/HugePages.h"

#include <algorithm>
#include <cstring>

namespace storelens::core {

namespace {

constexpr size_t BlockSize = 64 * 1024;

} // namespace

quint64 ByteIdMap::hashOf(QByteArrayView key)
{
    const quint64 h = bytehash::hash(key, 0x5eed);
    return h == 0 ? 1 : h;
}

size_t ByteIdMap::slotOf(QByteArrayView key, quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash) & mask;
    for (;;) {
        const Slot &s = m_slots[i];
        if (s.hash == 0 || (s.hash == hash && s.length == key.size() &&
                            (key.isEmpty() || std::memcmp(s.key, key.data(), size_t(key.size())) == 0)))
            return i;
        i = (i + 1) & mask;
    }
}

qint64 ByteIdMap::find(QByteArrayView key, quint64 hash) const
{
    if (m_slots.empty())
        return -1;
    const Slot &s = m_slots[slotOf(key, hash)];
    return s.hash == 0 ? -1 : s.id;
}

void ByteIdMap::prefetch(quint64 hash, bool andKey) const
{
    if (m_slots.empty())
        return;
    const Slot &s = m_slots[size_t(hash) & (m_slots.size() - 1)];
#if defined(__GNUC__)
    __builtin_prefetch(&s);
    if (andKey && s.key)
        __builtin_prefetch(s.key);
#else
    (void)s;
    (void)andKey;
#endif
}

void ByteIdMap::insert(QByteArrayView key, qint64 id, quint64 hash)
{
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    Slot &s = m_slots[slotOf(key, hash)];
    if (s.hash == 0) {
        s.hash = hash;
        s.key = keep(key);
        s.length = key.size();
        ++m_used;
    }
    s.id = id;
}

const char *ByteIdMap::keep(QByteArrayView key)
{
    const size_t length = size_t(key.size());
    if (length == 0)
        return nullptr;
    if (length > m_blockFree) {
        const size_t size = std::max(BlockSize, length);
        m_blocks.push_back(std::make_unique<char[]>(size));
        m_next = m_blocks.back().get();
        m_blockFree = size;
    }
    char *at = m_next;
    std::memcpy(at, key.data(), length);
    m_next += length;
    m_blockFree -= length;
    return at;
}

void ByteIdMap::grow()
{
    std::vector<Slot> slots = hugePageVector<Slot>(std::max<size_t>(64, m_slots.size() * 2), Slot());
    const size_t mask = slots.size() - 1;
    for (const Slot &s : m_slots) {
        if (s.hash == 0)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (slots[i].hash != 0)
            i = (i + 1) & mask;
        slots[i] = s;
    }
    m_slots.swap(slots);
}

} // namespace storelens::core
