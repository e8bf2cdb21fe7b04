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

void Sparkline::setValues(std::vector<double> values, std::vector<uint8_t> hasValue, QStringList labels,
                          std::vector<uint8_t> hasData)
{
    m_values = std::move(values);
    m_hasValue = std::move(hasValue);
    m_labels = std::move(labels);
    m_hasData = std::move(hasData);
    if (m_hasValue.size() != m_values.size())
        m_hasValue.assign(m_values.size(), 1);
    if (m_hasData.size() != m_values.size())
        m_hasData = m_hasValue;
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
    // Runs of values, each drawn as one line; a period without data ends a run, one without a value does not.
    std::vector<std::vector<size_t>> runs(1);
    size_t last = 0;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (m_hasValue[i]) {
            runs.back().push_back(i);
            last = i;
        } else if (!m_hasData[i] && !runs.back().empty()) {
            runs.emplace_back();
        }
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 1.6));
    painter.setBrush(color);
    QPainterPath path;
    for (const std::vector<size_t> &run : runs) {
        if (run.size() == 1) {
            painter.drawEllipse(pointAt(run.front()), 1.2, 1.2); // a value alone: a dot, not nothing
            continue;
        }
        for (size_t k = 0; k < run.size(); ++k) {
            if (k == 0)
                path.moveTo(pointAt(run[k]));
            else
                path.lineTo(pointAt(run[k]));
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(color);
    painter.drawEllipse(pointAt(last), 2.5, 2.5);
}

} // namespace storelens::ui
