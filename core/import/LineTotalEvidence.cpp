#include "core/import/LineTotalEvidence.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"

#include <optional>

namespace storelens::core {

namespace {

struct Columns
{
    qsizetype quantity = -1, unitPrice = -1, discount = -1, total = -1;
    bool complete() const { return quantity >= 0 && unitPrice >= 0 && discount >= 0 && total >= 0; }
};

struct RowAmounts
{
    Quantity quantity;
    Money unitPrice, discount, total;
};

std::optional<RowAmounts> readRow(const QStringList &row, const Columns &c, char decimal)
{
    if (row.size() <= std::max({c.quantity, c.unitPrice, c.discount, c.total}))
        return std::nullopt;
    const auto money = [&](qsizetype i) { return csv::parseMoney(row.at(i).toUtf8(), decimal); };
    const Result<Quantity> quantity = csv::parseQuantity(row.at(c.quantity).toUtf8(), decimal);
    const Result<Money> price = money(c.unitPrice);
    const Result<Money> discount = money(c.discount);
    const Result<Money> total = money(c.total);
    if (!quantity || !price || !discount || !total || discount->isZero())
        return std::nullopt;
    return RowAmounts{quantity.value(), price.value(), discount.value(), total.value()};
}

} // namespace

bool LineTotalEvidence::contradicts(const ImportProfile &profile) const
{
    return (says == Says::AfterDiscount && !profile.lineTotalAfterDiscount) ||
           (says == Says::BeforeDiscount && profile.lineTotalAfterDiscount);
}

LineTotalEvidence lineTotalEvidence(const FilePreview &preview, const ImportProfile &profile)
{
    LineTotalEvidence evidence;
    if (profile.entity != Entity::Orders)
        return evidence;
    const auto indexOf = [&](const QString &key) { return preview.header.indexOf(profile.columnFor(key)); };
    Columns c;
    c.quantity = profile.columnFor(field::Quantity).isEmpty() ? -1 : indexOf(field::Quantity);
    c.unitPrice = profile.columnFor(field::UnitPrice).isEmpty() ? -1 : indexOf(field::UnitPrice);
    c.discount = profile.columnFor(field::Discount).isEmpty() ? -1 : indexOf(field::Discount);
    c.total = profile.columnFor(field::LineTotal).isEmpty() ? -1 : indexOf(field::LineTotal);
    if (!c.complete())
        return evidence;
    qint64 after = 0, before = 0;
    QString afterExample, beforeExample;
    for (const QStringList &row : preview.rows) {
        const std::optional<RowAmounts> r = readRow(row, c, profile.decimalSeparator);
        if (!r)
            continue;
        const Money gross = r->unitPrice.times(r->quantity);
        const QString product =
            QStringLiteral("%1 × %2").arg(r->quantity.toString(), r->unitPrice.toString(2));
        if ((gross - r->discount) == r->total) {
            if (++after == 1)
                afterExample = QStringLiteral("%1 − %2 = %3")
                                   .arg(product, r->discount.toString(2), r->total.toString(2));
        } else if (gross == r->total) {
            if (++before == 1)
                beforeExample = QStringLiteral("%1 = %2").arg(product, r->total.toString(2));
        }
    }
    if (after > 0 && before == 0)
        evidence = {LineTotalEvidence::Says::AfterDiscount, after, afterExample};
    else if (before > 0 && after == 0)
        evidence = {LineTotalEvidence::Says::BeforeDiscount, before, beforeExample};
    return evidence;
}

} // namespace storelens::core
