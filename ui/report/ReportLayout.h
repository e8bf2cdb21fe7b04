#pragma once

#include "ui/report/ReportBlock.h"

#include <memory>
#include <vector>

namespace storelens::ui {

// Where a block (or a run of its rows) sits on a page.
struct ReportPlacement
{
    const ReportBlock *block = nullptr;
    qreal y = 0; // from the top of the page body
    qreal height = 0;
    int firstRow = 0;
    int endRow = 0;
};
using ReportPage = std::vector<ReportPlacement>;

// Flows blocks down pages of a fixed body height: atomic blocks move to the next page whole, tables split
// between rows (each page repeats their header), headings stay with what follows. A block that asks for a
// page break (a section heading) starts a new page only when its section (up to the next such block) does
// not fit in the rest of the page and the page is at least half full: a short section follows on the page,
// and no page holds only the tail of the section before. A block taller than a page gets a page of its own.
std::vector<ReportPage> layoutReport(const std::vector<std::unique_ptr<ReportBlock>> &blocks,
                                     qreal bodyHeight, qreal gap);
// How much of a page's body the page uses, 0 to 1: the bottom of its lowest block over the body height.
qreal pageFill(const ReportPage &page, qreal bodyHeight);

} // namespace storelens::ui
