#pragma once

#include "core/import/Importer.h"
#include "core/store/OrderLineRecord.h"

#include <QByteArray>
#include <QDate>

namespace storelens::core {

// The figures of an import's report that follow from its accepted order lines alone (ImportReport: the
// dates, the gross and net sales, unpriced lines, discounts that look like rates, percentages or an order's
// discount repeated on each line, future dates). The parsing thread keeps them as it hands each batch over
// (RecordPipeline), in file order, so the writing thread only writes; finish() adds them to the report once
// the last batch is handed over.
class LineTally
{
public:
    // `moneyDiscounts`: the discount column holds money, not rates; `repeatsCheckable`: a line's discount is
    // the line's own (no order discount spread onto it), so repeats of one order's discount can be told.
    LineTally(bool moneyDiscounts, bool repeatsCheckable, QDate today);

    void add(const OrderLineRecord &line);
    void finish(ImportReport &report);

private:
    void addRepeat(const OrderLineRecord &line);
    void closeOrder();

    const bool m_moneyDiscounts;
    const bool m_repeatsCheckable;
    const QDate m_today;
    ImportReport m_figures; // only the fields this class keeps
    // The sale lines of the current order (an order's lines one after another, as exports write them).
    QByteArray m_order;
    Money m_first;
    int m_lines = 0;
    bool m_same = true;
    bool m_discounted = false;
    bool m_laterDiscounted = false; // a line after the order's first has a discount
    bool m_firstAboveLine = false;  // the order's first line has a discount larger than the line
};

} // namespace storelens::core
