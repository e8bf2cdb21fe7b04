#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace storelens::core::analytics::snapshotfile {

// The persisted snapshot's checksum (the shape of xxHash64: four lanes of multiply-rotate over 32-byte
// blocks, then the tail), fed in pieces: a column is hashed a few MiB at a time as it is read, while those
// bytes are still in the cache. Any split of the same bytes gives the same value.
class ColumnHash
{
public:
    explicit ColumnHash(uint64_t seed = 0);
    void add(const void *data, size_t bytes);
    uint64_t finish() const;

private:
    void block(const unsigned char *p);

    uint64_t m_lane[4];
    uint64_t m_total = 0;
    unsigned char m_tail[32] = {};
    size_t m_tailBytes = 0;
};

// One column of the file: where its bytes are, where they go, and their hash once read.
struct ColumnJob
{
    uint64_t offset = 0; // of the column's first byte in the file
    uint64_t bytes = 0;
    std::function<char *()> allocate; // sizes the column's storage for `bytes` and returns it
    uint64_t hash = 0;                // ColumnHash of the bytes read
    bool ok = false;                  // every byte was read
};

// Reads every job's bytes from the open file `fd` into the storage its allocate() gives, on this thread and
// one more when there is enough to read (the kernel's zeroing of fresh pages and the copy from the page cache
// then run on both cores), largest columns first. False when any read fails or comes up short.
bool readColumns(int fd, std::vector<ColumnJob> &jobs);
// The same with the size from which a second thread reads (the tests read small files on two threads).
bool readColumns(int fd, std::vector<ColumnJob> &jobs, uint64_t twoThreadsFrom);

// What the header's payload checksum is over: every column's length and hash, in file order.
uint64_t foldColumnHashes(const std::vector<std::pair<uint64_t, uint64_t>> &lengthsAndHashes);

} // namespace storelens::core::analytics::snapshotfile
