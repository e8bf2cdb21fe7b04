#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace storelens::core {

// Keeps copies of byte strings in large blocks so views into them stay valid until clear(): the text of a
// batch of imported order lines, without an allocation per field. clear() keeps the blocks for reuse.
class TextArena
{
public:
    explicit TextArena(size_t blockSize = 256 * 1024)
        : m_blockSize(blockSize)
    {
    }

    QByteArrayView keep(QByteArrayView bytes)
    {
        const size_t length = size_t(bytes.size());
        if (length == 0)
            return {};
        while (m_block < m_blocks.size() && m_used + length > m_blocks[m_block].size) {
            ++m_block;
            m_used = 0;
        }
        if (m_block == m_blocks.size())
            m_blocks.push_back(Block{std::make_unique<char[]>(std::max(m_blockSize, length)),
                                     std::max(m_blockSize, length)});
        char *at = m_blocks[m_block].bytes.get() + m_used;
        std::memcpy(at, bytes.data(), length);
        m_used += length;
        return QByteArrayView(at, qsizetype(length));
    }

    void clear()
    {
        m_block = 0;
        m_used = 0;
    }

private:
    struct Block
    {
        std::unique_ptr<char[]> bytes;
        size_t size = 0;
    };
    size_t m_blockSize;
    std::vector<Block> m_blocks;
    size_t m_block = 0; // the block being filled
    size_t m_used = 0;  // bytes used in it
};

} // namespace storelens::core
