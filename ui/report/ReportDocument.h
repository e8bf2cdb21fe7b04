#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportLayout.h"
#include "ui/report/ReportStyle.h"

#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace storelens::ui {

struct ReportData;

// The report laid out for one paged device (the PDF writer, or the print preview's printer): the title page,
// the sections the options ask for, and on every page a header with the workspace and period and a footer
// with the generation date and "Page x of y". The device must outlive the document.
class ReportDocument
{
public:
    ReportDocument(std::shared_ptr<const ReportData> data, QPagedPaintDevice *device);
    ~ReportDocument();

    int pageCount() const { return int(m_pages.size()); }
    // How much of page `index`'s body its blocks use, 0 to 1 (layoutReport's pageFill): a page that is not
    // the last and holds only a line or two is a layout fault (issue 18).
    qreal pageFill(int index) const;
    void paintPage(QPainter &painter, int index) const;
    // Paints every page onto the device, calling `onPage(index)` before each; stops (returning false) when it
    // returns false.
    bool print(QPainter &painter, const std::function<bool(int)> &onPage = {}) const;

private:
    void build();
    void paintHeaderAndFooter(QPainter &painter, int index) const;

    std::shared_ptr<const ReportData> m_data;
    QPagedPaintDevice *m_device = nullptr;
    ReportStyle m_style;
    QRectF m_area; // the printable area
    QRectF m_body; // the area without header and footer
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    std::vector<ReportPage> m_pages;
};

} // namespace storelens::ui
