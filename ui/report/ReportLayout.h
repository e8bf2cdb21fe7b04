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
// between rows (each page repeats their header), headings stay with what follows, and a block may start a new
// page. A block taller than a page gets a page of its own.
std::vector<ReportPage> layoutReport(const std::vector<std::unique_ptr<ReportBlock>> &blocks,
                                     qreal bodyHeight, qreal gap);

} // namespace storelens::ui
