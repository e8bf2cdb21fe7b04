#pragma once

#include "core/store/HugePages.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace storelens::core {

// Open addressing over 64-bit hashed keys with a 32-bit value each: the import's largest tables (a key per
// order line at most, for the duplicate-record check and the identity keys' occurrence count). Key and value
// sit side by side in one 12-byte slot, so a probe reads one cache line where two arrays read two; linear
// probing, at most three quarters full, so ten million keys take 16M slots (192 MiB) instead of 32M. A key
// of 0 marks an empty slot and is stored as 1. One thread at a time.
class HashSlots
{
public:
#pragma pack(push, 4)
    struct Slot
    {
        quint64 key = 0;
        quint32 value = 0;
    };
#pragma pack(pop)
    static_assert(sizeof(Slot) == 12, "a slot is 12 bytes");

    // The slot of `key`: found, or inserted with `value` (`inserted` then true).
    Slot &findOrInsert(quint64 key, quint32 value, bool &inserted)
    {
        key = stored(key);
        if ((m_used + 1) * 4 > m_slots.size() * 3)
            grow(std::max<size_t>(1024, m_slots.size() * 2));
        Slot &s = m_slots[slotOf(key)];
        inserted = s.key == 0;
        if (inserted) {
            s.key = key;
            s.value = value;
            ++m_used;
        }
        return s;
    }
    // The slot of `key`, or null.
    Slot *find(quint64 key)
    {
        key = stored(key);
        if (m_slots.empty())
            return nullptr;
        Slot &s = m_slots[slotOf(key)];
        return s.key == key ? &s : nullptr;
    }
    // Fetches the slot `key` starts probing at into the cache.
    void prefetch(quint64 key) const
    {
#if defined(__GNUC__)
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[size_t(stored(key)) & (m_slots.size() - 1)]);
#else
        (void)key;
#endif
    }
    size_t slotCount() const
    {
        return m_slots.size();
    }
    // Room for `keys` keys without growing.
    void reserve(size_t keys)
    {
        size_t slots = 1024;
        while (slots * 3 < keys * 4)
            slots *= 2;
        if (slots > m_slots.size())
            grow(slots);
    }

private:
    static quint64 stored(quint64 key)
    {
        return key == 0 ? 1 : key;
    }
    size_t slotOf(quint64 key) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(key) & mask;
        while (m_slots[i].key != 0 && m_slots[i].key != key)
            i = (i + 1) & mask;
        return i;
    }
    void grow(size_t slots)
    {
        std::vector<Slot> old = hugePageVector<Slot>(slots, Slot());
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.key != 0)
                m_slots[slotOf(s.key)] = s;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace storelens::core
