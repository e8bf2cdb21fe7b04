#include "ui/report/ReportFlow.h"

#include "ui/report/ReportTextBlock.h"

namespace storelens::ui {

ReportFlow::ReportFlow(const ReportStyle &style, qreal width, const QLocale &locale)
    : m_style(style)
    , m_width(width)
    , m_locale(locale)
{
}

void ReportFlow::heading(const QString &text, bool newPage)
{
    auto *block = add(std::make_unique<ReportTextBlock>(m_style, m_width, ReportStyle::Font::Heading, text,
                                                        ReportStyle::accent()));
    block->setPageBreakBefore(newPage);
}

void ReportFlow::subheading(const QString &text)
{
    add(std::make_unique<ReportTextBlock>(m_style, m_width, ReportStyle::Font::Subheading, text));
}

void ReportFlow::paragraph(const QString &text)
{
    add(std::make_unique<ReportTextBlock>(m_style, m_width, ReportStyle::Font::Body, text));
}

void ReportFlow::note(const QString &text)
{
    add(std::make_unique<ReportTextBlock>(m_style, m_width, ReportStyle::Font::Small, text,
                                          ReportStyle::muted()));
}

} // namespace storelens::ui
