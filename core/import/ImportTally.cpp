#include "core/import/ImportTally.h"

namespace storelens::core {

LineTally::LineTally(bool moneyDiscounts, bool repeatsCheckable, QDate today)
    : m_moneyDiscounts(moneyDiscounts)
    , m_repeatsCheckable(repeatsCheckable)
    , m_today(today)
{
}

void LineTally::add(const OrderLineRecord &line)
{
    ImportReport &r = m_figures;
    if (!line.gross)
        ++r.unpricedLines;
    if (m_moneyDiscounts && line.discount > Money()) {
        ++r.discountLines;
        if (line.discount < Money::fromUnits(Money::Scale))
            ++r.discountsBelowOne;
        if (line.gross && *line.gross > Money() && line.discount > *line.gross)
            ++r.discountsAboveLine;
    }
    if (line.date > m_today) {
        ++r.futureLines;
        if (!r.firstFutureDate.isValid() || line.date < r.firstFutureDate)
            r.firstFutureDate = line.date;
    }
    if (!r.firstDate.isValid() || line.date < r.firstDate)
        r.firstDate = line.date;
    if (!r.lastDate.isValid() || line.date > r.lastDate)
        r.lastDate = line.date;
    if (!line.quantity.isNegative()) {
        r.grossSales += line.grossAmount();
        r.discounts += line.discount;
    } else {
        r.returns -= line.lineAmount();
    }
    r.netSales += line.lineAmount();
    if (m_repeatsCheckable)
        addRepeat(line);
    if (line.isRefundReturn())
        return;
    if (!r.coveredFrom.isValid() || line.date < r.coveredFrom)
        r.coveredFrom = line.date;
    if (!r.coveredTo.isValid() || line.date > r.coveredTo)
        r.coveredTo = line.date;
}

// ImportReport::discountLooksOrderLevel(): the sale lines of each order, followed one order at a time.
void LineTally::addRepeat(const OrderLineRecord &line)
{
    if (line.quantity.isNegative() || line.orderId.isEmpty())
        return;
    if (line.orderId != QByteArrayView(m_order)) {
        closeOrder();
        m_order.resize(0); // keeps its memory for the next order's id
        m_order.append(line.orderId);
        m_first = line.discount;
        m_lines = 0;
        m_same = true;
        m_discounted = false;
        m_laterDiscounted = false;
        m_firstAboveLine = line.gross && line.discount > *line.gross;
    }
    ++m_lines;
    m_same = m_same && line.discount == m_first;
    m_discounted = m_discounted || line.discount > Money();
    m_laterDiscounted = m_laterDiscounted || (m_lines > 1 && line.discount > Money());
}

void LineTally::closeOrder()
{
    ImportReport &r = m_figures;
    if (m_lines < 2 || !m_discounted)
        return;
    ++r.multiLineDiscountOrders;
    if (m_first > Money() && !m_laterDiscounted) {
        ++r.firstLineDiscountOrders;
        r.firstLineDiscountsAboveLine += m_firstAboveLine ? 1 : 0;
        if (r.firstLineDiscountExample.isEmpty())
            r.firstLineDiscountExample = QString::fromUtf8(m_order);
    }
    if (!m_same)
        return;
    ++r.sameDiscountOrders;
    r.repeatedDiscountExcess += Money::fromUnits(m_first.units() * (m_lines - 1));
    if (r.repeatedDiscountExample.isEmpty())
        r.repeatedDiscountExample = QString::fromUtf8(m_order);
    m_lines = 0;
}

void LineTally::finish(ImportReport &report)
{
    closeOrder();
    const ImportReport &f = m_figures;
    report.firstDate = f.firstDate;
    report.lastDate = f.lastDate;
    report.grossSales = f.grossSales;
    report.discounts = f.discounts;
    report.returns = f.returns;
    report.netSales = f.netSales;
    report.unpricedLines = f.unpricedLines;
    report.discountLines = f.discountLines;
    report.discountsBelowOne = f.discountsBelowOne;
    report.discountsAboveLine = f.discountsAboveLine;
    report.multiLineDiscountOrders = f.multiLineDiscountOrders;
    report.firstLineDiscountOrders = f.firstLineDiscountOrders;
    report.firstLineDiscountsAboveLine = f.firstLineDiscountsAboveLine;
    report.firstLineDiscountExample = f.firstLineDiscountExample;
    report.sameDiscountOrders = f.sameDiscountOrders;
    report.repeatedDiscountExcess = f.repeatedDiscountExcess;
    report.repeatedDiscountExample = f.repeatedDiscountExample;
    report.coveredFrom = f.coveredFrom;
    report.coveredTo = f.coveredTo;
    report.futureLines = f.futureLines;
    report.firstFutureDate = f.firstFutureDate;
}

} // namespace storelens::core
