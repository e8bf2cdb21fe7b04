#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

namespace storelens::ui {

// The report's blocks as the section builders append them, with the width and style they are laid out for.
class ReportFlow
{
public:
    ReportFlow(const ReportStyle &style, qreal width, const QLocale &locale);

    const ReportStyle &style() const { return m_style; }
    qreal width() const { return m_width; }
    const QLocale &locale() const { return m_locale; }
    std::vector<std::unique_ptr<ReportBlock>> &blocks() { return m_blocks; }

    template<typename Block> Block *add(std::unique_ptr<Block> block)
    {
        Block *raw = block.get();
        m_blocks.push_back(std::move(block));
        return raw;
    }
    // A section heading; `newPage` starts it on a new page.
    void heading(const QString &text, bool newPage = true);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text); // small grey text under a table or chart

private:
    const ReportStyle &m_style;
    qreal m_width = 0;
    QLocale m_locale;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
};

} // namespace storelens::ui
