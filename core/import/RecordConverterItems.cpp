#include "core/import/RecordConverter.h"

#include "core/import/ProportionalParts.h"
#include "core/import/RecordRow.h"

#include <array>
#include <vector>

// RecordConverter's product-details cell: one row per order whose items are listed in one cell, as
// BigCommerce's Orders export writes them ("Product ID: 160, Product Qty: 3, Product SKU: CUP-SET4, Product
// Name: Porcelain Cup Set (4), Product Weight: 1.0000, Product Variation Details: , Product Unit
// Price: 42.00, Product Total Price: 126.00|Product ID: ..."). Each item becomes an order line of the row's
// order.

namespace storelens::core {

using recordtext::idBytes;
using recordtext::trimmedBytes;

namespace {

// The keys an item is read by. A value runs to the next ", <key>:", so a name with commas ("Cup Set (4),
// Blue") or a variation ("Color: Blue, Size: L") stays whole; only these keys end a value.
enum ItemKey { Id, Qty, Sku, Name, Weight, Variation, UnitPrice, TotalPrice, KeyCount };
constexpr std::array<const char *, KeyCount> ItemKeyNames = {
    "Product ID",         "Product Qty",        "Product SKU",
    "Product Name",       "Product Weight",     "Product Variation Details",
    "Product Unit Price", "Product Total Price"};

struct Item
{
    std::array<std::optional<QByteArrayView>, KeyCount> values;
};

// The key written at `pos` of `text` with its colon ("Product Qty:"), or -1; `valueStart` follows the colon.
int keyAt(QByteArrayView text, qsizetype pos, qsizetype &valueStart)
{
    const QByteArrayView rest = text.sliced(pos);
    for (int k = 0; k < KeyCount; ++k) {
        const QByteArrayView key(ItemKeyNames[size_t(k)]);
        if (rest.size() > key.size() && rest.startsWith(key) && rest.at(key.size()) == ':') {
            valueStart = pos + key.size() + 1;
            return k;
        }
    }
    return -1;
}

qsizetype skipSpaces(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && (text.at(pos) == ' ' || text.at(pos) == '\t'))
        ++pos;
    return pos;
}

// Where the item that starts at `from` ends: at the next '|' followed by a key (a '|' inside a name does not
// end it), or at the end of the cell.
qsizetype itemEnd(QByteArrayView cell, qsizetype from)
{
    for (qsizetype bar = cell.indexOf('|', from); bar >= 0; bar = cell.indexOf('|', bar + 1)) {
        qsizetype ignored = 0;
        const qsizetype next = skipSpaces(cell, bar + 1);
        if (next == cell.size() || keyAt(cell, next, ignored) >= 0)
            return bar;
    }
    return cell.size();
}

// Reads one item by its keys; an empty string, or the reason it cannot be read (untranslated).
const char *readItem(QByteArrayView text, Item &item, int &repeatedKey)
{
    qsizetype valueStart = 0;
    int key = keyAt(text, 0, valueStart);
    if (key < 0)
        return QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                 "Item %1 of the product details does not start with a key such as "
                                 "\"Product ID:\" or \"Product Qty:\", so it cannot be read.");
    while (key >= 0) {
        int next = -1;
        qsizetype nextStart = 0;
        qsizetype end = text.size();
        for (qsizetype comma = text.indexOf(',', valueStart); comma >= 0 && next < 0;
             comma = text.indexOf(',', comma + 1)) {
            next = keyAt(text, skipSpaces(text, comma + 1), nextStart);
            end = next >= 0 ? comma : text.size();
        }
        if (item.values[size_t(key)]) {
            repeatedKey = key;
            return QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                     "Item %1 of the product details names \"%2\" twice.");
        }
        item.values[size_t(key)] = text.sliced(valueStart, end - valueStart).trimmed();
        key = next;
        valueStart = nextStart;
    }
    return "";
}

qint64 magnitude(Money m)
{
    return m.isNegative() ? -m.units() : m.units();
}

} // namespace

bool RecordConverter::itemLines(const FieldAccess &fieldAt, const OrderLineRecord &record, TextArena &text,
                                std::vector<OrderLineRecord> &lines, Rejection &rejection) const
{
    if (m_order.productDetails < 0) {
        lines.push_back(record);
        return true;
    }
    const RecordRow row(fieldAt, m_header, m_profile, rejection);
    const int column = m_order.productDetails;
    const QByteArrayView cell = row.raw(column).trimmed();
    const auto failItem = [&row, column](const char *reason, size_t item, const QString &detail = {}) {
        QString message = RecordConverterText::tr(reason).arg(item + 1);
        if (!detail.isEmpty())
            message = message.arg(detail);
        return row.fail(column, message);
    };
    if (cell.isEmpty())
        return row.fail(column, RecordConverterText::tr("The product details list no item."));
    // Each item is a line of the record's order: its SKU, name, quantity and amount; everything else (the
    // order, the customer, the dates, a refund status) is the record's. The sign of the record's quantity
    // (a cancellation) carries over.
    const bool returned = record.quantity.isNegative();
    const size_t first = lines.size();
    std::vector<qint64> grosses;
    for (qsizetype from = 0; from < cell.size();) {
        const qsizetype end = itemEnd(cell, from);
        const QByteArrayView itemText = cell.sliced(from, end - from).trimmed();
        from = end + 1;
        const size_t index = lines.size() - first;
        Item item;
        int repeated = -1;
        if (const char *problem = readItem(itemText, item, repeated); *problem) {
            lines.resize(first);
            return failItem(problem, index,
                            repeated >= 0 ? QString::fromLatin1(ItemKeyNames[size_t(repeated)]) : QString());
        }
        OrderLineRecord line = record;
        line.sku = idBytes(item.values[Sku].value_or(QByteArrayView()), text);
        line.productName = trimmedBytes(item.values[Name].value_or(QByteArrayView()), text);
        if (line.sku.isEmpty())
            line.sku = line.productName;
        const char *problem = nullptr;
        QString detail;
        Quantity quantity;
        std::optional<Money> gross;
        const auto shown = [&item](ItemKey key) {
            return QStringLiteral("%1: \"%2\"")
                .arg(QString::fromLatin1(ItemKeyNames[size_t(key)]),
                     QString::fromUtf8(item.values[size_t(key)].value_or(QByteArrayView())));
        };
        const auto q =
            csv::parseQuantity(item.values[Qty].value_or(QByteArrayView()), m_profile.decimalSeparator);
        // The item's total is its amount exactly (METRICS.md section 1, Line totals); without one, quantity ×
        // unit price, rounded once.
        const ItemKey priceKey =
            item.values[TotalPrice] && !item.values[TotalPrice]->isEmpty() ? TotalPrice : UnitPrice;
        const auto price =
            csv::parseMoney(item.values[priceKey].value_or(QByteArrayView()), m_profile.decimalSeparator);
        if (q && Quantity() < q.value() && price)
            gross = priceKey == TotalPrice ? std::optional<Money>(price.value())
                                           : price.value().checkedTimes(q.value());
        if (line.sku.isEmpty()) {
            problem = QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                        "Item %1 of the product details has no SKU and no name.");
        } else if (!q || !(Quantity() < q.value())) {
            problem = QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                        "Item %1 of the product details has no quantity above 0 (%2).");
            detail = shown(Qty);
        } else if (!gross ||
                   !inFixedPointRange(__int128(magnitude(*gross)) * Quantity::Scale / q.value().milli())) {
            problem = QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                        "Item %1 of the product details has no amount StoreLens can read "
                                        "(%2).");
            detail = shown(priceKey);
        } else {
            quantity = q.value();
        }
        if (problem) {
            lines.resize(first);
            return failItem(problem, index, detail);
        }
        line.quantity = returned ? -quantity : quantity;
        line.gross = returned ? -*gross : *gross;
        line.discount = Money();
        line.unitCost.reset(); // a row's cost is not an item's
        grosses.push_back(magnitude(*gross));
        lines.push_back(line);
    }
    // The record's own amount (a line total or a unit price column: BigCommerce's Subtotal (ex tax)) is the
    // order's sales and the truth (METRICS.md: tax and shipping are not sales); its items only split it, in
    // proportion to their totals. Where the items' totals sum to the subtotal (every order of the trial's
    // BigCommerce export) each item keeps its total exactly; a store that shows prices with tax exports item
    // totals with tax, and the subtotal without tax decides. The record's line discount is split likewise.
    std::vector<qint64> amounts = grosses;
    if (record.gross)
        amounts = proportionalParts(magnitude(*record.gross), grosses);
    const std::vector<qint64> discounts = proportionalParts(magnitude(record.discount), amounts);
    for (size_t i = 0; i < amounts.size(); ++i) {
        OrderLineRecord &line = lines[first + i];
        line.gross = Money::fromUnits(returned ? -amounts[i] : amounts[i]);
        line.discount = Money::fromUnits(discounts[i]);
        // The price shown: the amount ÷ quantity to four places, never multiplied back.
        const qint64 qty = returned ? -line.quantity.milli() : line.quantity.milli();
        if (!inFixedPointRange((__int128(amounts[i]) * Quantity::Scale + qty / 2) / qty)) {
            lines.resize(first);
            return row.fail(column, recordtext::beyondRange(
                                        QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                                          "The unit price behind the line total %1 for "
                                                          "quantity %2 is beyond the range StoreLens "
                                                          "computes exactly."),
                                        line.gross->toString(), line.quantity.toString()));
        }
        line.unitPrice = Money::fromUnits(divideRounded(__int128(amounts[i]) * Quantity::Scale, qty));
    }
    return true;
}

} // namespace storelens::core
