#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <cstring>

namespace storelens::core::bytehash {

// xxHash64-style hashing of short byte strings (ids, SKUs, CSV fields), inline. The import hashes a few
// fields per line; Qt 6.4's qHashBits() takes its AES path for them, which measured 140-430 ns a call on the
// benchmark machine (its SSE instructions after AVX ones), a fifth of the parsing thread's time.
inline constexpr quint64 Prime1 = 0x9E3779B185EBCA87ULL; // xxHash64's primes
inline constexpr quint64 Prime2 = 0xC2B2AE3D27D4EB4FULL;
inline constexpr quint64 Prime3 = 0x165667B19E3779F9ULL;

inline quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

// Mixes `bytes` into `h`: its length first, so that the boundaries between strings hashed in turn count,
// then its 8-byte words. The low bits depend on every byte only after avalanche().
inline quint64 rounds(quint64 h, QByteArrayView bytes)
{
    h = rotl(h ^ (quint64(bytes.size()) * Prime1), 27) * Prime2;
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = rotl(h ^ (word * Prime2), 31) * Prime1;
        p += 8;
        left -= 8;
    }
    if (left > 0) {
        quint64 word = 0;
        std::memcpy(&word, p, size_t(left));
        h = rotl(h ^ (word * Prime2), 31) * Prime1;
    }
    return h;
}

// The final mix: every input bit reaches every output bit.
inline quint64 avalanche(quint64 h)
{
    h ^= h >> 33;
    h *= Prime2;
    h ^= h >> 29;
    h *= Prime3;
    h ^= h >> 32;
    return h;
}

// A 64-bit hash of `bytes`.
inline quint64 hash(QByteArrayView bytes, quint64 seed = 0)
{
    return avalanche(rounds(seed ^ Prime3, bytes));
}

} // namespace storelens::core::bytehash
