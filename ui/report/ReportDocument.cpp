#include "ui/report/ReportDocument.h"

#include "ui/common/Formatting.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportFlow.h"
#include "ui/report/ReportFormat.h"
#include "ui/report/ReportSections.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace storelens::ui {

namespace {

class ReportDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportDocument)
};

} // namespace

ReportDocument::ReportDocument(std::shared_ptr<const ReportData> data, QPagedPaintDevice *device)
    : m_data(std::move(data))
    , m_device(device)
    , m_style(device)
    , m_area(0, 0, device->width(), device->height())
{
    const qreal band = m_style.lineHeight(ReportStyle::Font::Small) * 2.4;
    m_body = m_area.adjusted(0, band, 0, -band);
    build();
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::build()
{
    ReportFlow flow(m_style, m_body.width(), m_data->options.locale);
    appendTitlePage(flow, *m_data);
    if (!m_data->noDataMessage.isEmpty()) {
        appendNoDataSection(flow, *m_data);
    } else {
        const ReportSections sections = m_data->options.sections;
        if (sections.testFlag(ReportSection::Kpis)) {
            appendKpiSection(flow, *m_data);
            appendExplainSection(flow, *m_data);
        }
        if (sections.testFlag(ReportSection::Trends))
            appendTrendSection(flow, *m_data);
        if (sections.testFlag(ReportSection::Cohorts) && m_data->cohorts)
            appendCohortSection(flow, *m_data);
        if (sections.testFlag(ReportSection::Segments) && m_data->customerBase)
            appendSegmentSection(flow, *m_data);
        if (sections.testFlag(ReportSection::Products))
            appendProductSection(flow, *m_data);
        if (sections.testFlag(ReportSection::Clv) && m_data->clv)
            appendClvSection(flow, *m_data);
        if (sections.testFlag(ReportSection::Appendix))
            appendAppendix(flow, *m_data);
    }
    m_blocks = std::move(flow.blocks());
    m_pages = layoutReport(m_blocks, m_body.height(), m_style.gap());
}

qreal ReportDocument::pageFill(int index) const
{
    return storelens::ui::pageFill(m_pages[size_t(index)], m_body.height());
}

void ReportDocument::paintHeaderAndFooter(QPainter &painter, int index) const
{
    painter.save();
    const QFont small = m_style.font(ReportStyle::Font::Small);
    const qreal line = m_style.lineHeight(ReportStyle::Font::Small);
    painter.setFont(small);
    painter.setPen(ReportStyle::muted());
    const QLocale &locale = m_data->options.locale;
    const QRectF header(m_area.left(), m_area.top(), m_area.width(), line);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     ReportDocumentText::tr("StoreLens report: %1").arg(m_data->workspaceName));
    if (m_data->analytics)
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                         formatPeriod(m_data->analytics->kpis.period, locale));
    painter.setPen(QPen(ReportStyle::rule(), m_style.pt(0.5)));
    painter.drawLine(QPointF(m_area.left(), header.bottom() + line * 0.4),
                     QPointF(m_area.right(), header.bottom() + line * 0.4));
    const QRectF footer(m_area.left(), m_area.bottom() - line, m_area.width(), line);
    painter.drawLine(QPointF(m_area.left(), footer.top() - line * 0.4),
                     QPointF(m_area.right(), footer.top() - line * 0.4));
    painter.setPen(ReportStyle::muted());
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     ReportDocumentText::tr("Generated %1")
                         .arg(formatDate(m_data->generatedAt.date(), locale) + QLatin1Char(' ') +
                              locale.toString(m_data->generatedAt.time(), QLocale::ShortFormat)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     ReportDocumentText::tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    painter.restore();
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    paintHeaderAndFooter(painter, index);
    for (const ReportPlacement &p : m_pages[size_t(index)]) {
        const QRectF rect(m_body.left(), m_body.top() + p.y, m_body.width(), p.height);
        painter.save();
        painter.setClipRect(rect.adjusted(-m_style.pt(2), -m_style.pt(2), m_style.pt(2), m_style.pt(2)));
        p.block->paint(painter, rect, p.firstRow, p.endRow);
        painter.restore();
    }
}

bool ReportDocument::print(QPainter &painter, const std::function<bool(int)> &onPage) const
{
    for (int i = 0; i < pageCount(); ++i) {
        if (onPage && !onPage(i))
            return false;
        if (i > 0)
            m_device->newPage();
        paintPage(painter, i);
    }
    return true;
}

} // namespace storelens::ui
