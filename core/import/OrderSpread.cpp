#include "core/import/OrderSpread.h"

#include "core/csv/FieldParsers.h"
#include "core/import/MappingSuggester.h"

#include <QHash>

#include <optional>

namespace storelens::core {

namespace {

// The rows of one order: the value its first row writes (in ten-thousandths), whether every later row
// writes the same one, and whether two of its values other than 0 differ.
struct OrderValues
{
    qint64 first = 0;
    int rows = 0;
    bool same = true;
    bool differ = false;
    std::optional<qint64> nonZero; // the first value other than 0
};

std::optional<qint64> moneyUnits(const QString &text, char decimalSeparator)
{
    if (text.trimmed().isEmpty())
        return 0;
    const Result<Money> m = csv::parseMoney(text.trimmed().toUtf8(), decimalSeparator);
    if (!m)
        return std::nullopt;
    return m->units();
}

} // namespace

OrderSpread orderSpread(const FilePreview &preview, int idColumn, int column, char decimalSeparator)
{
    if (idColumn < 0 || column < 0)
        return OrderSpread::Unknown;
    QHash<QString, OrderValues> orders;
    for (const QStringList &row : preview.rows) {
        const QString id = row.value(idColumn).trimmed();
        const std::optional<qint64> value = moneyUnits(row.value(column), decimalSeparator);
        if (id.isEmpty() || !value)
            return OrderSpread::Unknown;
        OrderValues &o = orders[id];
        if (o.rows++ == 0)
            o.first = *value;
        o.same = o.same && *value == o.first;
        if (*value != 0) {
            o.differ = o.differ || (o.nonZero && *o.nonZero != *value);
            o.nonZero = o.nonZero.value_or(*value);
        }
    }
    int repeated = 0;
    bool uneven = false; // an order with money on some of its rows only
    for (const OrderValues &o : std::as_const(orders)) {
        if (o.differ)
            return OrderSpread::VariesPerLine;
        uneven = uneven || (o.rows > 1 && !o.same);
        repeated += o.rows > 1 && o.first != 0 ? 1 : 0;
    }
    return !uneven && repeated >= 2 ? OrderSpread::RepeatedPerOrder : OrderSpread::Unknown;
}

} // namespace storelens::core
