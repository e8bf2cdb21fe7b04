#include "ui/report/ReportLayout.h"

#include <algorithm>

namespace storelens::ui {

namespace {

// A table this short is not split across pages (unless it is taller than a page).
constexpr int kKeepTogetherRows = 12;
// A section (a block with pageBreakBefore and what follows up to the next one) starts a new page only when it
// does not fit in the rest of the page and the page is at least this full; otherwise it follows on the same
// page (issue 18: the German report had pages with two notes, or one short section, on their own).
constexpr qreal kBreakFill = 0.5;

// The least a block needs on a page: the whole of an atomic block or short table, else the header and the
// first row of a table.
qreal minimumHeight(const ReportBlock &block)
{
    if (block.rowCount() == 0)
        return block.height();
    qreal height = block.height();
    const int rows = block.rowCount() <= kKeepTogetherRows ? block.rowCount() : 1;
    for (int row = 0; row < rows; ++row)
        height += block.rowHeight(row);
    return height;
}

qreal fullHeight(const ReportBlock &block)
{
    qreal height = block.height();
    for (int row = 0; row < block.rowCount(); ++row)
        height += block.rowHeight(row);
    return height;
}

// The height of the section that starts at `first`: its blocks up to the next page break, with gaps.
qreal sectionHeight(const std::vector<std::unique_ptr<ReportBlock>> &blocks, size_t first, qreal gap)
{
    qreal height = fullHeight(*blocks[first]);
    for (size_t j = first + 1; j < blocks.size() && !blocks[j]->pageBreakBefore(); ++j)
        height += gap + fullHeight(*blocks[j]);
    return height;
}

} // namespace

qreal pageFill(const ReportPage &page, qreal bodyHeight)
{
    qreal bottom = 0;
    for (const ReportPlacement &p : page)
        bottom = std::max(bottom, p.y + p.height);
    return bodyHeight > 0 ? std::min(bottom / bodyHeight, 1.0) : 0.0;
}

std::vector<ReportPage> layoutReport(const std::vector<std::unique_ptr<ReportBlock>> &blocks,
                                     qreal bodyHeight, qreal gap)
{
    std::vector<ReportPage> pages(1);
    qreal y = 0;
    const auto newPage = [&] {
        pages.emplace_back();
        y = 0;
    };
    for (size_t i = 0; i < blocks.size(); ++i) {
        const ReportBlock &block = *blocks[i];
        if (block.pageBreakBefore() && !pages.back().empty() &&
            y + sectionHeight(blocks, i, gap) > bodyHeight && y >= kBreakFill * bodyHeight)
            newPage();
        qreal need = minimumHeight(block);
        // A run of headings keeps with the first block that is not one.
        for (size_t j = i; j < blocks.size() && blocks[j]->keepWithNext() && j + 1 < blocks.size(); ++j)
            need += gap + minimumHeight(*blocks[j + 1]);
        if (y > 0 && y + need > bodyHeight && need <= bodyHeight)
            newPage();
        if (block.rowCount() == 0) {
            pages.back().push_back(ReportPlacement{&block, y, block.height(), 0, 0});
            y += block.height() + gap;
            continue;
        }
        int row = 0;
        while (row < block.rowCount()) {
            qreal used = block.height();
            int end = row;
            while (end < block.rowCount() && y + used + block.rowHeight(end) <= bodyHeight)
                used += block.rowHeight(end++);
            if (end == row) {
                if (y > 0) {
                    newPage();
                    continue;
                }
                used += block.rowHeight(end++); // a row taller than a page: alone, clipped
            }
            pages.back().push_back(ReportPlacement{&block, y, used, row, end});
            y += used + gap;
            row = end;
            if (row < block.rowCount())
                newPage();
        }
    }
    return pages;
}

} // namespace storelens::ui
