#include "core/import/LineTotalEvidence.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"

#include <QRegularExpression>

#include <optional>

namespace storelens::core {

namespace {

// The discount is money (`discount`) or a rate (`rate`, a fraction or a percentage as `rateScale` says).
struct Columns
{
    qsizetype quantity = -1, unitPrice = -1, discount = -1, rate = -1, total = -1;
    csv::RateScale rateScale = csv::RateScale::Fraction;
    bool complete() const
    {
        return quantity >= 0 && unitPrice >= 0 && (discount >= 0 || rate >= 0) && total >= 0;
    }
};

// Magnitudes: a return writes its quantity and total negative, its discount either way. A rate's discount
// is quantity × unit price × rate, rounded once to four places, and `rate` its ten-thousandths (0 for money).
struct RowAmounts
{
    Quantity quantity;
    Money unitPrice, discount, total;
    qint64 rate = 0;
};

Money magnitude(const Money &m)
{
    return m.isNegative() ? -m : m;
}

std::optional<RowAmounts> readRow(const QStringList &row, const Columns &c, char decimal)
{
    if (row.size() <= std::max({c.quantity, c.unitPrice, c.discount, c.rate, c.total}))
        return std::nullopt;
    const auto money = [&](qsizetype i) { return csv::parseMoney(row.at(i).toUtf8(), decimal); };
    const Result<Quantity> quantity = csv::parseQuantity(row.at(c.quantity).toUtf8(), decimal);
    const Result<Money> price = money(c.unitPrice);
    const Result<Money> total = money(c.total);
    if (!quantity || !price || !total)
        return std::nullopt;
    const Quantity q = quantity->isNegative() ? -quantity.value() : quantity.value();
    RowAmounts r{q, magnitude(price.value()), Money(), magnitude(total.value())};
    if (c.discount >= 0) {
        const Result<Money> discount = money(c.discount);
        if (!discount)
            return std::nullopt;
        r.discount = magnitude(discount.value());
    } else {
        const Result<qint64> rate = csv::parseRate(row.at(c.rate).toUtf8(), decimal, c.rateScale);
        if (!rate)
            return std::nullopt;
        r.rate = rate.value();
        r.discount =
            Money::fromUnits(divideRounded(__int128(r.unitPrice.times(q).units()) * r.rate, Money::Scale));
    }
    if (r.discount.isZero())
        return std::nullopt;
    return r;
}

// The columns the unit price may be read from, in turn: the mapped unit price, else the first unmapped column
// whose header names one ("Prix unitaire TTC" beside a till's "Total TTC" read instead of it), then the
// unmapped columns whose header has a price's word in it and names no total ("Prijs incl. BTW",
// "Verkoopprijs per stuk": trial 24nl W2, the rows could prove "Totaal" after "Korting" only against a price
// StoreLens knew by name). Such a column says something only when the rows fit it to the cent.
QList<qsizetype> unitPriceColumns(const FilePreview &preview, const ImportProfile &profile)
{
    if (const QString mapped = profile.columnFor(field::UnitPrice); !mapped.isEmpty())
        return {preview.header.indexOf(mapped)};
    QList<qsizetype> columns;
    const auto free = [&profile](qsizetype i) {
        return i >= profile.columns.size() || profile.columns.at(i).field.isEmpty();
    };
    const FieldSpec *spec = findField(profile.entity, field::UnitPrice);
    for (qsizetype i = 0; spec && i < preview.header.size(); ++i) {
        if (free(i) && spec->synonyms.contains(normaliseHeader(preview.header.at(i)))) {
            columns << i;
            break;
        }
    }
    static const QRegularExpression priceWord(
        QStringLiteral("price|prijs|prix|preis|precio|prezzo|preço|preco"));
    static const QRegularExpression totalWord(
        QStringLiteral("total|totaal|totale|gesamt|summe|bedrag|amount|montant|importe|importo|subtotal|cost|"
                       "kosten|inkoop|einkauf|achat"));
    for (qsizetype i = 0; i < preview.header.size(); ++i) {
        const QString name = normaliseHeader(preview.header.at(i));
        if (free(i) && !columns.contains(i) && name.contains(priceWord) && !name.contains(totalWord))
            columns << i;
    }
    return columns;
}

// A total without the tax ("Total (Exc VAT)") beside a price and a discount with it: the total is the line's
// amount divided by 1 + a common rate of VAT or sales tax, rounded to the cent (a till that rounds the tax
// and takes it off gets the same cents). In basis points.
constexpr int kTaxRates[] = {400,  500,  550,  600,  700,  800,  810,  900,  1000, 1200, 1300, 1400,
                             1500, 1600, 1700, 1900, 2000, 2100, 2200, 2300, 2400, 2500, 2700};

bool withoutTax(const Money &amount, const Money &total, int basisPoints)
{
    const qint64 cents = amount.roundedCents();
    const qint64 net = (cents * 10000 + (10000 + basisPoints) / 2) / (10000 + basisPoints);
    return net == total.roundedCents();
}

int taxRateBetween(const Money &amount, const Money &total)
{
    for (int rate : kTaxRates) {
        if (withoutTax(amount, total, rate))
            return rate;
    }
    return 0;
}

// What one discounted row says: its total is quantity × unit price − discount (after) or quantity × unit
// price (before), to the cent. When neither, the same without a common rate of tax, if only one of the two
// fits (trial 20: Epos Now's Total (Exc VAT) beside Unit Price and Discount with the VAT, 48.75 =
// (65.00 − 6.50) ÷ 1.2, said nothing, and the line totals were read before the discount).
struct Reading
{
    LineTotalEvidence::Says says = LineTotalEvidence::Says::Nothing;
    int taxBasisPoints = 0;
};

// A discount from a rate has more places than the exported total (trial 21: Holded's Subtotal 33.47 = 1 ×
// 37.19 × (1 − 10 %), 33.471 before rounding): then the two are compared to the cent.
Reading readingOf(const Money &gross, const Money &discount, const Money &total, bool toTheCent)
{
    const auto same = [toTheCent](const Money &a, const Money &b) {
        return toTheCent ? a.roundedCents() == b.roundedCents() : a == b;
    };
    if (same(gross - discount, total))
        return {LineTotalEvidence::Says::AfterDiscount, 0};
    if (same(gross, total))
        return {LineTotalEvidence::Says::BeforeDiscount, 0};
    // Weighed goods (0.315 kg × 27.80 = 8.757) miss both readings by their rounding alone: no tax is sought
    // there, where a rate would fit by chance.
    if (gross.units() % 100 != 0 || (!toTheCent && discount.units() % 100 != 0))
        return {};
    const int after = taxRateBetween(gross - discount, total);
    const int before = taxRateBetween(gross, total);
    if (after && !before)
        return {LineTotalEvidence::Says::AfterDiscount, after};
    if (before && !after)
        return {LineTotalEvidence::Says::BeforeDiscount, before};
    return {};
}

// 1000 ten-thousandths: "10"; 1250: "12.5".
QString percentText(qint64 rate)
{
    return Money::fromUnits(rate * 100).toString(2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

// 2000 basis points: "1.2".
QString taxText(int basisPoints)
{
    return Money::fromUnits(qint64(10000 + basisPoints))
        .toString(4)
        .remove(QRegularExpression(QStringLiteral("0+$")));
}

} // namespace

bool LineTotalEvidence::contradicts(const ImportProfile &profile) const
{
    if (profile.columnFor(field::LineTotal).isEmpty() || !profile.columnFor(field::UnitPrice).isEmpty())
        return false;
    return (says == Says::AfterDiscount && !profile.lineTotalAfterDiscount) ||
           (says == Says::BeforeDiscount && profile.lineTotalAfterDiscount);
}

namespace {

// What the discounted rows say with `c.unitPrice` as the unit price.
LineTotalEvidence evidenceOf(const FilePreview &preview, const ImportProfile &profile, const Columns &c)
{
    LineTotalEvidence evidence;
    if (!c.complete())
        return evidence;
    qint64 after = 0, before = 0;
    LineTotalEvidence afterExample, beforeExample;
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        const std::optional<RowAmounts> r = readRow(preview.rows.at(i), c, profile.decimalSeparator);
        if (!r)
            continue;
        const qint64 line = i < preview.rowLines.size() ? preview.rowLines.at(i) : 0;
        const Money gross = r->unitPrice.times(r->quantity);
        const QString product =
            QStringLiteral("%1 × %2").arg(r->quantity.toString(), r->unitPrice.toString(2));
        const QString net = r->rate ? QStringLiteral("%1 − %2 %").arg(product, percentText(r->rate))
                                    : QStringLiteral("%1 − %2").arg(product, r->discount.toString(2));
        const Reading reading = readingOf(gross, r->discount, r->total, r->rate != 0);
        const QString tax = reading.taxBasisPoints ? taxText(reading.taxBasisPoints) : QString();
        if (reading.says == LineTotalEvidence::Says::AfterDiscount && ++after == 1)
            afterExample = {reading.says, 0,
                            tax.isEmpty()
                                ? QStringLiteral("%1 = %2").arg(net, r->total.toString(2))
                                : QStringLiteral("(%1) ÷ %2 = %3").arg(net, tax, r->total.toString(2)),
                            line};
        else if (reading.says == LineTotalEvidence::Says::BeforeDiscount && ++before == 1)
            beforeExample = {reading.says, 0,
                             tax.isEmpty()
                                 ? QStringLiteral("%1 = %2").arg(product, r->total.toString(2))
                                 : QStringLiteral("%1 ÷ %2 = %3").arg(product, tax, r->total.toString(2)),
                             line};
    }
    if (after > 0 && before == 0) {
        evidence = afterExample;
        evidence.rows = after;
    } else if (before > 0 && after == 0) {
        evidence = beforeExample;
        evidence.rows = before;
    }
    return evidence;
}

} // namespace

LineTotalEvidence lineTotalEvidence(const FilePreview &preview, const ImportProfile &profile)
{
    if (profile.entity != Entity::Orders)
        return {};
    const auto indexOf = [&](const QString &key) {
        const QString column = profile.columnFor(key);
        return column.isEmpty() ? qsizetype(-1) : preview.header.indexOf(column);
    };
    Columns c;
    c.quantity = indexOf(field::Quantity);
    c.discount = indexOf(field::Discount);
    if (c.discount < 0) {
        c.rate = indexOf(field::DiscountRate);
        if (c.rate < 0) {
            c.rate = indexOf(field::DiscountPercent);
            c.rateScale = csv::RateScale::Percent;
        }
    }
    c.total = indexOf(field::LineTotal);
    for (const qsizetype price : unitPriceColumns(preview, profile)) {
        c.unitPrice = price;
        const LineTotalEvidence evidence = evidenceOf(preview, profile, c);
        if (evidence.says != LineTotalEvidence::Says::Nothing)
            return evidence;
    }
    return {};
}

} // namespace storelens::core
