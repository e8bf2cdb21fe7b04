#include "core/analytics/snapshot/ColumnRead.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <numeric>
#include <thread>

#include <unistd.h>

namespace storelens::core::analytics::snapshotfile {

namespace {

constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr uint64_t kPrime3 = 0x165667B19E3779F9ULL;

uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

uint64_t word(const unsigned char *p)
{
    uint64_t w = 0;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// The bytes a column is read and hashed in at a time: large enough for few system calls, small enough to be
// hashed from the cache.
constexpr uint64_t kPiece = uint64_t(4) << 20;
// Below this much in all, a second thread costs more than it saves.
constexpr uint64_t kTwoThreadsFrom = uint64_t(16) << 20;

bool preadAll(int fd, char *out, uint64_t bytes, uint64_t offset)
{
    while (bytes > 0) {
        const ssize_t n = ::pread(fd, out, size_t(bytes), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        out += n;
        offset += uint64_t(n);
        bytes -= uint64_t(n);
    }
    return true;
}

void readColumn(int fd, ColumnJob &job)
{
    char *out = job.allocate();
    ColumnHash hash;
    for (uint64_t done = 0; done < job.bytes;) {
        const uint64_t n = std::min(kPiece, job.bytes - done);
        if (!preadAll(fd, out + done, n, job.offset + done))
            return;
        hash.add(out + done, size_t(n));
        done += n;
    }
    job.hash = hash.finish();
    job.ok = true;
}

} // namespace

ColumnHash::ColumnHash(uint64_t seed)
    : m_lane{seed + kPrime1 + kPrime2, seed + kPrime2, seed, seed - kPrime1}
{
}

void ColumnHash::block(const unsigned char *p)
{
    for (size_t k = 0; k < 4; ++k)
        m_lane[k] = rotl(m_lane[k] + word(p + 8 * k) * kPrime2, 31) * kPrime1;
}

void ColumnHash::add(const void *data, size_t bytes)
{
    const auto *p = static_cast<const unsigned char *>(data);
    m_total += bytes;
    if (m_tailBytes > 0) {
        const size_t fill = std::min(bytes, sizeof m_tail - m_tailBytes);
        std::memcpy(m_tail + m_tailBytes, p, fill);
        m_tailBytes += fill;
        p += fill;
        bytes -= fill;
        if (m_tailBytes < sizeof m_tail)
            return;
        block(m_tail);
        m_tailBytes = 0;
    }
    for (; bytes >= 32; p += 32, bytes -= 32)
        block(p);
    std::memcpy(m_tail, p, bytes);
    m_tailBytes = bytes;
}

uint64_t ColumnHash::finish() const
{
    uint64_t h =
        rotl(m_lane[0], 1) + rotl(m_lane[1], 7) + rotl(m_lane[2], 12) + rotl(m_lane[3], 18) + m_total;
    size_t i = 0;
    for (; i + 8 <= m_tailBytes; i += 8)
        h = rotl(h ^ (rotl(word(m_tail + i) * kPrime2, 31) * kPrime1), 27) * kPrime1 + kPrime3;
    for (; i < m_tailBytes; ++i)
        h = rotl(h ^ (m_tail[i] * kPrime3), 11) * kPrime1;
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime3;
    return h ^ (h >> 32);
}

bool readColumns(int fd, std::vector<ColumnJob> &jobs)
{
    return readColumns(fd, jobs, kTwoThreadsFrom);
}

bool readColumns(int fd, std::vector<ColumnJob> &jobs, uint64_t twoThreadsFrom)
{
    std::vector<size_t> order(jobs.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&jobs](size_t a, size_t b) { return jobs[a].bytes > jobs[b].bytes; });
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < order.size(); i = next++)
            readColumn(fd, jobs[order[i]]);
    };
    uint64_t total = 0;
    for (const ColumnJob &job : jobs)
        total += job.bytes;
    if (total >= twoThreadsFrom && std::thread::hardware_concurrency() > 1) {
        std::thread helper(work);
        work();
        helper.join();
    } else {
        work();
    }
    return std::all_of(jobs.begin(), jobs.end(), [](const ColumnJob &job) { return job.ok; });
}

uint64_t foldColumnHashes(const std::vector<std::pair<uint64_t, uint64_t>> &lengthsAndHashes)
{
    ColumnHash fold;
    for (const auto &[length, hash] : lengthsAndHashes) {
        fold.add(&length, sizeof length);
        fold.add(&hash, sizeof hash);
    }
    return fold.finish();
}

} // namespace storelens::core::analytics::snapshotfile
