#include "ui/segments/RfmGridWidget.h"

#include "core/model/PercentText.h"
#include "ui/charts/ChartActions.h"
#include "ui/common/Formatting.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

namespace {

constexpr int AxisWidth = 44;
constexpr int AxisHeight = 40;
constexpr int LegendHeight = 34;
constexpr int Gap = 2;
constexpr int CellPadding = 4; // left and right of a cell's text

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

int widest(const QStringList &lines, const QFontMetrics &metrics)
{
    int width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return width;
}

// A segment name on two lines split at the space that makes the wider line narrowest (one line without a
// space).
QStringList twoLines(const QString &name, const QFontMetrics &metrics)
{
    QStringList best{name};
    for (int i = name.indexOf(QLatin1Char(' ')); i > 0; i = name.indexOf(QLatin1Char(' '), i + 1)) {
        const QStringList lines{name.left(i), name.mid(i + 1)};
        if (widest(lines, metrics) < widest(best, metrics))
            best = lines;
    }
    return best;
}

// The lines `name` is drawn on within `width`: one when it fits, else two (each elided if still too wide).
QStringList nameLinesFor(const QString &name, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return {name};
    QStringList lines = twoLines(name, metrics);
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return lines;
}

QColor readableText(const QColor &background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

RfmGridWidget::RfmGridWidget(QWidget *parent)
    : QWidget(parent)
    , m_actions(new ChartActions(this, [this] { return dataTable(); }))
{
    setObjectName(QStringLiteral("rfmGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("RFM grid"));
    recolour();
}

void RfmGridWidget::setCells(const std::array<qint64, 25> &customers, const std::array<qint64, 25> &netSales,
                             const std::array<QString, 25> &names)
{
    m_customers = customers;
    m_netSales = netSales;
    m_names = names;
    m_hasData = true;
    updateGeometry(); // the names' room: minimumSizeHint()
    m_totalCustomers = 0;
    m_totalNetSales = 0;
    for (size_t i = 0; i < 25; ++i) {
        m_totalCustomers += customers[i];
        m_totalNetSales += netSales[i];
    }
    recolour();
}

void RfmGridWidget::clear()
{
    m_customers.fill(0);
    m_netSales.fill(0);
    m_names.fill(QString());
    m_hasData = false;
    m_totalCustomers = 0;
    m_totalNetSales = 0;
    recolour();
}

void RfmGridWidget::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    recolour();
}

void RfmGridWidget::setSelectedSegment(const QString &name)
{
    m_selected = name;
    update();
}

QString RfmGridWidget::cellText(int r, int fm) const
{
    const size_t i = size_t(index(r, fm));
    return m_metric == Metric::Customers ? formatCount(m_customers[i])
                                         : formatMoney(core::Money::fromUnits(m_netSales[i]));
}

void RfmGridWidget::recolour()
{
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    m_low = palette().color(QPalette::Base);
    m_high = dark ? QColor(86, 156, 226) : QColor(25, 90, 165);
    const auto &values = m_metric == Metric::Customers ? m_customers : m_netSales;
    m_max = std::max<qint64>(0, *std::max_element(values.begin(), values.end()));
    for (size_t i = 0; i < 25; ++i) {
        const double t = m_max > 0 && values[i] > 0 ? double(values[i]) / double(m_max) : 0.0;
        m_colours[i] = mix(m_low, m_high, 0.04 + 0.96 * t);
        m_textColours[i] = readableText(m_colours[i]);
    }
    update();
}

QFont RfmGridWidget::nameFont() const
{
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.85));
    return small;
}

QFont RfmGridWidget::figureFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QSize RfmGridWidget::sizeHint() const
{
    return QSize(460, 380).expandedTo(minimumSizeHint());
}

// Every cell has room for its name on two lines and its figure below: the widest name of the current language
// on two lines (German "Kurz vor dem Einschlafen", French "Sur le point de s'endormir") sets the cells'
// width.
QSize RfmGridWidget::minimumSizeHint() const
{
    const QFontMetrics names(nameFont());
    const QFontMetrics figures(figureFont());
    int nameWidth = 0;
    for (const QString &name : m_names)
        nameWidth = std::max(nameWidth, widest(twoLines(name, names), names));
    int figureWidth = 0;
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm)
            figureWidth = std::max(figureWidth, figures.horizontalAdvance(cellText(r, fm)));
    }
    const int cellWidth = std::max({60, nameWidth, figureWidth}) + 2 * CellPadding + Gap + 1;
    const int cellHeight = std::max(34, 2 * names.lineSpacing() + figures.height() + 6 + Gap + 1);
    return {AxisWidth + 8 + 5 * cellWidth, 4 + 5 * cellHeight + AxisHeight + LegendHeight};
}

QStringList RfmGridWidget::nameLines(int r, int fm) const
{
    const QRect cell = cellRect(r, fm);
    return nameLinesFor(m_names[size_t(index(r, fm))], QFontMetrics(nameFont()),
                        cell.width() - 2 * CellPadding);
}

QList<QStringList> RfmGridWidget::dataTable() const
{
    QList<QStringList> table{{tr("Recency score (R)"), tr("Frequency and monetary score (FM)"), tr("Segment"),
                              tr("Customers"), tr("Net sales")}};
    if (!m_hasData)
        return table;
    for (int r = 5; r >= 1; --r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const size_t i = size_t(index(r, fm));
            table.append({QString::number(r), QString::number(fm), m_names[i],
                          QString::number(m_customers[i]),
                          ChartActions::number(core::Money::fromUnits(m_netSales[i]).toDouble())});
        }
    }
    return table;
}

QRect RfmGridWidget::gridRect() const
{
    return QRect(AxisWidth, 4, width() - AxisWidth - 8, height() - AxisHeight - LegendHeight - 4);
}

QRect RfmGridWidget::cellRect(int r, int fm) const
{
    const QRect g = gridRect();
    const int x0 = g.left() + g.width() * (fm - 1) / 5;
    const int x1 = g.left() + g.width() * fm / 5;
    const int y0 = g.top() + g.height() * (5 - r) / 5;
    const int y1 = g.top() + g.height() * (6 - r) / 5;
    return QRect(QPoint(x0 + Gap / 2, y0 + Gap / 2), QPoint(x1 - Gap / 2 - 1, y1 - Gap / 2 - 1));
}

int RfmGridWidget::cellAt(const QPoint &pos) const
{
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            if (cellRect(r, fm).contains(pos))
                return index(r, fm);
        }
    }
    return -1;
}

QString RfmGridWidget::toolTipText(int cell) const
{
    const size_t i = size_t(cell);
    const int r = cell / 5 + 1;
    const int fm = cell % 5 + 1;
    const QString share =
        m_totalCustomers > 0
            ? QLocale().toString(100.0 * double(m_customers[i]) / double(m_totalCustomers), 'f', 1)
            : QLocale().toString(0.0, 'f', 1);
    return core::keepPercentSignsWithNumbers(
        tr("%1\nR %2, FM %3\n%Ln customer(s) (%4 % of all)\nNet sales %5", nullptr, int(m_customers[i]))
            .arg(m_names[i])
            .arg(r)
            .arg(fm)
            .arg(share, formatMoney(core::Money::fromUnits(m_netSales[i]))));
}

bool RfmGridWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cell = m_hasData ? cellAt(help->pos()) : -1;
        if (cell >= 0)
            QToolTip::showText(help->globalPos(), toolTipText(cell), this,
                               cellRect(cell / 5 + 1, cell % 5 + 1));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void RfmGridWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QRect g = gridRect();
    if (!m_hasData || m_totalCustomers == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No customers within the filters."));
        return;
    }

    const QFont small = nameFont();
    const QFont bold = figureFont();
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const size_t i = size_t(index(r, fm));
            const QRect cell = cellRect(r, fm);
            p.fillRect(cell, m_colours[i]);
            p.setPen(m_textColours[i]);
            const QRect inner = cell.adjusted(CellPadding, 2, -CellPadding, -2);
            p.setFont(small);
            const QStringList lines = nameLines(r, fm);
            const int namesHeight = lines.size() * p.fontMetrics().lineSpacing();
            p.drawText(QRect(inner.left(), inner.top(), inner.width(), namesHeight),
                       Qt::AlignHCenter | Qt::AlignTop, lines.join(QLatin1Char('\n')));
            p.setFont(bold);
            // The figure in the middle of the cell, or of the room below a name on two lines.
            const QRect below = inner.adjusted(0, namesHeight, 0, 0);
            p.drawText(lines.size() > 1 ? below : inner, Qt::AlignCenter, cellText(r, fm));
        }
    }
    // Thick lines between cells of different named segments.
    p.setPen(QPen(pal.color(QPalette::WindowText), 2));
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const QRect cell = cellRect(r, fm);
            if (fm < 5 && m_names[size_t(index(r, fm))] != m_names[size_t(index(r, fm + 1))])
                p.drawLine(cell.right() + 1, cell.top() - 1, cell.right() + 1, cell.bottom() + 1);
            if (r > 1 && m_names[size_t(index(r, fm))] != m_names[size_t(index(r - 1, fm))])
                p.drawLine(cell.left() - 1, cell.bottom() + 1, cell.right() + 1, cell.bottom() + 1);
        }
    }
    // The selected segment and the keyboard's current cell.
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const size_t i = size_t(index(r, fm));
            if (!m_selected.isEmpty() && m_names[i] == m_selected) {
                p.setPen(QPen(pal.color(QPalette::Highlight), 3));
                p.drawRect(cellRect(r, fm).adjusted(1, 1, -1, -1));
            }
            if (hasFocus() && int(i) == m_current) {
                p.setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DashLine));
                p.drawRect(cellRect(r, fm).adjusted(4, 4, -4, -4));
            }
        }
    }

    // Axes.
    p.setFont(font());
    p.setPen(pal.color(QPalette::WindowText));
    for (int r = 1; r <= 5; ++r) {
        const QRect cell = cellRect(r, 1);
        p.drawText(QRect(18, cell.top(), AxisWidth - 22, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(r));
    }
    for (int fm = 1; fm <= 5; ++fm) {
        const QRect cell = cellRect(1, fm);
        p.drawText(QRect(cell.left(), g.bottom() + 2, cell.width(), 18), Qt::AlignCenter,
                   QString::number(fm));
    }
    p.drawText(QRect(g.left(), g.bottom() + 18, g.width(), 20), Qt::AlignCenter,
               tr("Frequency and monetary score (FM)"));
    p.save();
    p.translate(12, g.center().y());
    p.rotate(-90);
    p.drawText(QRect(-g.height() / 2, -10, g.height(), 20), Qt::AlignCenter, tr("Recency score (R)"));
    p.restore();

    // Legend: the colour scale from none to the largest cell.
    const QRect legend(g.left(), height() - LegendHeight + 8, std::min(260, g.width() / 2), 10);
    QLinearGradient gradient(legend.topLeft(), legend.topRight());
    for (int step = 0; step <= 10; ++step) {
        const double t = step / 10.0;
        gradient.setColorAt(t, mix(m_low, m_high, 0.04 + 0.96 * t));
    }
    p.fillRect(legend, gradient);
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(legend.adjusted(0, 0, -1, -1));
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(small);
    const QString maxText =
        m_metric == Metric::Customers ? formatCount(m_max) : formatMoney(core::Money::fromUnits(m_max));
    const QString caption = m_metric == Metric::Customers ? tr("Customers per cell: 0 to %1").arg(maxText)
                                                          : tr("Net sales per cell: 0 to %1").arg(maxText);
    p.drawText(QRect(legend.right() + 10, legend.top() - 4, g.width() - legend.width() - 10, 18),
               Qt::AlignLeft | Qt::AlignVCenter, caption);
}

void RfmGridWidget::mousePressEvent(QMouseEvent *event)
{
    const int cell = m_hasData ? cellAt(event->position().toPoint()) : -1;
    if (cell < 0 || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_current = cell;
    update();
    Q_EMIT cellActivated(cell / 5 + 1, cell % 5 + 1);
}

void RfmGridWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_hasData)
        return QWidget::keyPressEvent(event);
    int r = m_current < 0 ? 5 : m_current / 5 + 1;
    int fm = m_current < 0 ? 5 : m_current % 5 + 1;
    switch (event->key()) {
    case Qt::Key_Up:
        r = std::min(5, r + 1);
        break;
    case Qt::Key_Down:
        r = std::max(1, r - 1);
        break;
    case Qt::Key_Left:
        fm = std::max(1, fm - 1);
        break;
    case Qt::Key_Right:
        fm = std::min(5, fm + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT cellActivated(r, fm);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    m_current = index(r, fm);
    update();
}

void RfmGridWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        recolour();
    QWidget::changeEvent(event);
}

} // namespace storelens::ui
