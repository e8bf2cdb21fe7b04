#include "ui/charts/Sparkline.h"

#include "ui/charts/ChartActions.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace storelens::ui {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
    , m_actions(new ChartActions(this, [this] { return dataTable(); }))
{
    setObjectName(QStringLiteral("sparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumHeight(20);
}

void Sparkline::setValues(std::vector<double> values, std::vector<uint8_t> hasValue, QStringList labels)
{
    m_values = std::move(values);
    m_hasValue = std::move(hasValue);
    m_labels = std::move(labels);
    if (m_hasValue.size() != m_values.size())
        m_hasValue.assign(m_values.size(), 1);
    update();
}

QList<QStringList> Sparkline::dataTable() const
{
    QList<QStringList> table{{tr("Period"), accessibleName()}};
    for (size_t i = 0; i < m_values.size(); ++i) {
        const QString period = int(i) < m_labels.size() ? m_labels.at(int(i)) : QString::number(i + 1);
        table.append({period, m_hasValue[i] ? ChartActions::number(m_values[i]) : QString()});
    }
    return table;
}

void Sparkline::paintEvent(QPaintEvent *)
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (!m_hasValue[i])
            continue;
        low = any ? std::min(low, m_values[i]) : m_values[i];
        high = any ? std::max(high, m_values[i]) : m_values[i];
        any = true;
    }
    if (!any || m_values.size() < 2)
        return;
    if (high == low) {
        high += 1;
        low -= 1;
    }
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const double step = area.width() / double(m_values.size() - 1);
    auto pointAt = [&](size_t i) {
        return QPointF(area.left() + step * double(i),
                       area.bottom() - (m_values[i] - low) / (high - low) * area.height());
    };
    QPainterPath path;
    bool drawing = false;
    size_t last = 0;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (!m_hasValue[i]) {
            drawing = false;
            continue;
        }
        if (drawing)
            path.lineTo(pointAt(i));
        else
            path.moveTo(pointAt(i));
        drawing = true;
        last = i;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 1.6));
    painter.drawPath(path);
    painter.setBrush(color);
    painter.drawEllipse(pointAt(last), 2.5, 2.5);
}

} // namespace storelens::ui
