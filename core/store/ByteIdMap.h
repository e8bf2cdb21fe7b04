#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace storelens::core {

// Maps byte strings (UTF-8 names and external ids) to row ids without a QString or an allocation per key:
// open addressing over a flat slot table, the key bytes kept back to back in blocks. The import looks up
// a customer, a product, a store and a channel per order line through it.
class ByteIdMap
{
public:
    // The id stored for `key`, or -1.
    qint64 find(QByteArrayView key) const { return find(key, hashOf(key)); }
    // The same with `hash` == hashOf(key), for a caller that looks a key up more than once.
    qint64 find(QByteArrayView key, quint64 hash) const;
    // Stores `id` for `key` (replacing an earlier id).
    void insert(QByteArrayView key, qint64 id) { insert(key, id, hashOf(key)); }
    void insert(QByteArrayView key, qint64 id, quint64 hash);
    qsizetype size() const { return qsizetype(m_used); }
    // Hints that find(key) or insert(key) comes soon: the slot is fetched into the cache; with `andKey`
    // (the slot fetched earlier), the stored key bytes it points to as well.
    void prefetch(QByteArrayView key, bool andKey) const { prefetch(hashOf(key), andKey); }
    void prefetch(quint64 hash, bool andKey) const;
    // The hash the map keeps `key` under (never 0).
    static quint64 hashOf(QByteArrayView key);

private:
    struct Slot
    {
        quint64 hash = 0; // 0: empty
        const char *key = nullptr;
        qint64 id = -1;
        qsizetype length = 0;
    };

    size_t slotOf(QByteArrayView key, quint64 hash) const;
    const char *keep(QByteArrayView key);
    void grow();

    std::vector<Slot> m_slots;
    size_t m_used = 0;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_next = nullptr; // free space in the last block
    size_t m_blockFree = 0;
};

} // namespace storelens::core
