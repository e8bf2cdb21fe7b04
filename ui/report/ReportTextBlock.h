#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QColor>
#include <QString>

namespace storelens::ui {

// A word-wrapped paragraph in one font (a heading, body text, a note). A heading keeps with what follows.
class ReportTextBlock : public ReportBlock
{
public:
    ReportTextBlock(const ReportStyle &style, qreal width, ReportStyle::Font role, const QString &text,
                    const QColor &colour = ReportStyle::ink());

    qreal height() const override { return m_height; }
    void paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const override;

private:
    QFont m_font;
    QString m_text;
    QColor m_colour;
    qreal m_height = 0;
    qreal m_spaceAbove = 0;
};

} // namespace storelens::ui
