#include "ui/customers/OrderTimeline.h"

#include "ui/charts/ChartActions.h"
#include "ui/common/Formatting.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

OrderTimeline::OrderTimeline(QWidget *parent)
    : QWidget(parent)
    , m_actions(new ChartActions(this, [this] { return dataTable(); }))
{
    setObjectName(QStringLiteral("orderTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Order timeline"));
}

void OrderTimeline::setEntries(std::vector<Entry> entries, QDate from, QDate to)
{
    m_entries = std::move(entries);
    m_from = from;
    m_to = to;
    m_maxAbs = 0;
    for (const Entry &e : m_entries)
        m_maxAbs = std::max(m_maxAbs, e.netSales < 0 ? -e.netSales : e.netSales);
    setAccessibleDescription(tr("%Ln order(s) from %1 to %2", nullptr, int(m_entries.size()))
                                 .arg(formatDate(from), formatDate(to)));
    update();
}

void OrderTimeline::clear()
{
    setEntries({}, QDate(), QDate());
}

QList<QStringList> OrderTimeline::dataTable() const
{
    QList<QStringList> table{{tr("Date"), tr("Order"), tr("Net sales")}};
    for (const Entry &e : m_entries)
        table.append({formatDate(e.date), e.orderId,
                      ChartActions::number(core::Money::fromUnits(e.netSales).toDouble())});
    return table;
}

QSize OrderTimeline::sizeHint() const
{
    return QSize(360, 5 * fontMetrics().height());
}

QSize OrderTimeline::minimumSizeHint() const
{
    return QSize(120, 4 * fontMetrics().height());
}

QRect OrderTimeline::plotRect() const
{
    const int h = fontMetrics().height();
    return rect().adjusted(6, 4, -6, -(h + 6));
}

int OrderTimeline::xOf(QDate date) const
{
    const QRect plot = plotRect();
    const qint64 span = std::max<qint64>(1, m_from.daysTo(m_to));
    return plot.left() + int(double(m_from.daysTo(date)) / double(span) * plot.width());
}

int OrderTimeline::entryAt(const QPoint &pos) const
{
    int best = -1;
    int bestDistance = 6; // pixels
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const int distance = std::abs(xOf(m_entries[i].date) - pos.x());
        if (distance <= bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

void OrderTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette p = palette();
    const QRect plot = plotRect();
    const bool anyReturn =
        std::any_of(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.netSales < 0; });
    const int baseline = anyReturn ? plot.top() + plot.height() * 2 / 3 : plot.bottom();
    painter.setPen(QPen(p.color(QPalette::Mid), 1));
    painter.drawLine(plot.left(), baseline, plot.right(), baseline);
    if (m_entries.empty() || !m_from.isValid())
        return;

    const QColor sale =
        p.color(QPalette::Base).lightness() < 128 ? QColor(94, 170, 240) : QColor(21, 87, 166);
    const QColor refund(214, 96, 48);
    const double up = baseline - plot.top() - 2;
    const double down = plot.bottom() - baseline - 2;
    for (const Entry &e : m_entries) {
        const int x = xOf(e.date);
        const double share = m_maxAbs > 0 ? std::abs(double(e.netSales)) / double(m_maxAbs) : 0;
        const QColor colour = e.netSales < 0 ? refund : sale;
        const int top = e.netSales < 0 ? baseline + int(std::max(3.0, share * down))
                                       : baseline - int(std::max(3.0, share * up));
        painter.setPen(QPen(colour, 2));
        painter.drawLine(x, baseline, x, top);
        painter.setBrush(colour);
        painter.drawEllipse(QPoint(x, top), 2, 2);
    }
    painter.setPen(p.color(QPalette::WindowText));
    const QRect labels(plot.left(), plot.bottom() + 4, plot.width(), fontMetrics().height());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, formatDate(m_from));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, formatDate(m_to));
}

bool OrderTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = entryAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Entry &e = m_entries[size_t(i)];
        QToolTip::showText(
            help->globalPos(),
            tr("Order %1 on %2: net sales %3")
                .arg(e.orderId, formatDate(e.date), formatMoney(core::Money::fromUnits(e.netSales))),
            this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace storelens::ui
