#include "core/import/UnreadMoney.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/OrderSpread.h"
#include "core/import/ShippingColumn.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace storelens::core {

namespace {

enum class Kind { None, Discount, Refund, WithoutTax };

// What the (normalised) header says the column holds.
Kind kindOf(const QString &name)
{
    // Normalised headers run their words together: "Total (Exc VAT)" is "totalexcvat".
    static const QRegularExpression withoutTax(QStringLiteral(
        "(exc|excl|exkl|excluding|ex|without|ohne|sans|hors|sin|senza|pre|before|netof|utan|uden|uten)"
        "(vat|tax|taxes|mwst|ust|tva|iva|gst|moms|mva)|netto(betrag|umsatz|preis|summe|gesamt)|"
        "(betrag|umsatz|summe|gesamt|preis)netto|(montant|total|prix|somme)\\w*ht$"));
    if (name.contains(withoutTax))
        return Kind::WithoutTax;
    static const QRegularExpression discount(QStringLiteral(
        "discount|coupon|voucher|rebate|promo|markdown|rabatt|gutschein|nachlass|skonto|remise|réduction|"
        "reduction|rabais|descuento|cupón|cupon|bonificaci|sconto|desconto|cupom|korting|rabat|kupon"));
    static const QRegularExpression refund(
        QStringLiteral("refund|erstatt|rembours|reembols|devoluci|rimbors|gutschrift|terugbetaal|återbetal|"
                       "krediter"));
    // Not sales, or no amount: tax and shipping, rates, prices, codes and ids.
    static const QRegularExpression notMoneyOff(
        QStringLiteral("tax|vat|mwst|steuer|tva|iva|btw|moms|mva|shipping|postage|delivery|freight|carriage|"
                       "versand|porto|envío|envio|"
                       "verzend|frakt|fragt|leverans|levering|"
                       "livraison|rate|percent|pct|porcentaje|prozent|pourcentage|proportion|share|ratio|"
                       "price|prix|preis|prijs|pris|"
                       "precio|preco|preço|before|avant|"
                       "code|id$|number|qty|quantity|date|time|reason|name|type|status|detail"));
    if (name.contains(notMoneyOff))
        return Kind::None;
    if (name.contains(refund))
        return Kind::Refund;
    return name.contains(discount) ? Kind::Discount : Kind::None;
}

// The first sample other than 0 and its row, or -1 when a sample is no amount or every one is 0.
int firstMoneyRow(const FilePreview &preview, int column, char decimalSeparator)
{
    int found = -1;
    for (int r = 0; r < preview.rows.size(); ++r) {
        const QString text = preview.rows.at(r).value(column).trimmed();
        if (text.isEmpty())
            continue;
        const Result<Money> m = csv::parseMoney(text.toUtf8(), decimalSeparator);
        if (!m || hasStrayLetters(text.toUtf8()))
            return -1;
        if (found < 0 && !m->isZero())
            found = r;
    }
    return found;
}

// The discount field the column may be: the order's when it repeats on each row of an order or is named so,
// the line's when it varies along an order; the other one when that is taken.
QString discountField(const FilePreview &preview, const ImportProfile &profile, int column)
{
    const int idColumn = int(preview.header.indexOf(profile.columnFor(field::OrderId)));
    const OrderSpread spread = orderSpread(preview, idColumn, column, profile.decimalSeparator);
    static const QRegularExpression orderWords(
        QStringLiteral("order|coupon|voucher|cart|total|gutschein|bestell|commande|pedido|cupon|cupón"));
    const bool orderLevel =
        spread == OrderSpread::RepeatedPerOrder ||
        (spread == OrderSpread::Unknown && normaliseHeader(preview.header.at(column)).contains(orderWords));
    const QString first = orderLevel ? field::OrderDiscount : field::Discount;
    const QString second = orderLevel ? field::Discount : field::OrderDiscount;
    const auto free = [&profile](const QString &key) {
        return profile.columnFor(key).isEmpty() &&
               (key != field::Discount || (profile.columnFor(field::DiscountRate).isEmpty() &&
                                           profile.columnFor(field::DiscountPercent).isEmpty()));
    };
    return free(first) ? first : free(second) ? second : QString();
}

// The column the sales are read from (the line total, else the unit price), which may include the tax; empty
// when its name says it is without the tax, or when no column is read.
QString taxedColumnRead(const ImportProfile &profile)
{
    const QString total = profile.columnFor(field::LineTotal);
    const QString read = total.isEmpty() ? profile.columnFor(field::UnitPrice) : total;
    return read.isEmpty() || kindOf(normaliseHeader(read)) == Kind::WithoutTax ? QString() : read;
}

} // namespace

QString UnreadMoneyColumn::sentence() const
{
    const QString amount = line > 0
                               ? QCoreApplication::translate("storelens::core::UnreadMoney", "%1 on line %2")
                                     .arg(example)
                                     .arg(line)
                               : example;
    if (!readInstead.isEmpty()) {
        const FieldSpec *spec = findField(Entity::Orders, field);
        // A name that says it holds the tax ("Total TTC") needs no "if" (trial 24fr).
        if (headerSaysWithVat(readInstead))
            return QCoreApplication::translate(
                       "storelens::core::UnreadMoney",
                       "Column \"%1\" holds amounts without VAT or sales tax (for example %2); the sales "
                       "are read from \"%3\", which includes the tax. To see sales without it, map \"%1\" "
                       "as %4.")
                .arg(column, amount, readInstead, spec ? fieldLabel(*spec) : field);
        return QCoreApplication::translate(
                   "storelens::core::UnreadMoney",
                   "Column \"%1\" holds amounts without VAT or sales tax (for example "
                   "%2), but the sales are read from \"%3\". If \"%3\" includes the "
                   "tax, map \"%1\" as %4 for sales without it.")
            .arg(column, amount, readInstead, spec ? fieldLabel(*spec) : field);
    }
    const QString said =
        QCoreApplication::translate("storelens::core::UnreadMoney",
                                    "Column \"%1\" holds money (for example %2) but is not read.")
            .arg(column, amount);
    const FieldSpec *spec = findField(Entity::Orders, field);
    if (!spec)
        return said;
    const QString label = fieldLabel(*spec);
    if (mayBePayment && (field == field::OrderDiscount || field == field::Discount))
        return said + QLatin1Char(' ') +
               QCoreApplication::translate("storelens::core::UnreadMoney",
                                           "A gift voucher or card paid with is a payment, not a discount: "
                                           "then leave it unread. Map it as %1 only if it is a discount.")
                   .arg(label);
    if (field == field::OrderDiscount)
        return said + QLatin1Char(' ') +
               QCoreApplication::translate("storelens::core::UnreadMoney",
                                           "Map it as %1 if it is the order's discount.")
                   .arg(label);
    if (field == field::Discount)
        return said + QLatin1Char(' ') +
               QCoreApplication::translate("storelens::core::UnreadMoney",
                                           "Map it as %1 if it is each line's discount.")
                   .arg(label);
    return said + QLatin1Char(' ') +
           QCoreApplication::translate("storelens::core::UnreadMoney",
                                       "Map it as %1 if it is the money refunded on the order.")
               .arg(label);
}

QList<UnreadMoneyColumn> unreadMoneyColumns(const FilePreview &preview, const ImportProfile &profile)
{
    QList<UnreadMoneyColumn> unread;
    if (profile.entity != Entity::Orders || profile.refundsOfEarlierOrders)
        return unread;
    // Totals read after the discount without a price hold every discount already.
    const bool discountsInside = profile.lineTotalAfterDiscount &&
                                 profile.columnFor(field::UnitPrice).isEmpty() &&
                                 !profile.columnFor(field::LineTotal).isEmpty();
    const QString taxed = taxedColumnRead(profile);
    for (int c = 0; c < preview.header.size(); ++c) {
        if (c < profile.columns.size() && !profile.columns.at(c).field.isEmpty())
            continue;
        // Normalising drops the "%" of a rate's name (trial 21: Zettle's "Descuento %", rates of 10 and 20
        // beside its "Descuento" in money, was named as unread money to map as the order's discount).
        if (preview.header.at(c).contains(QLatin1Char('%')))
            continue;
        const QString name = normaliseHeader(preview.header.at(c));
        const Kind kind = kindOf(name);
        if (kind == Kind::None || (kind == Kind::Discount && discountsInside) ||
            (kind == Kind::WithoutTax && taxed.isEmpty()))
            continue;
        const int row = firstMoneyRow(preview, c, profile.decimalSeparator);
        if (row < 0)
            continue;
        UnreadMoneyColumn u;
        u.column = preview.header.at(c);
        u.example = preview.rows.at(row).value(c).trimmed();
        u.line = row < preview.rowLines.size() ? preview.rowLines.at(row) : 0;
        if (kind == Kind::WithoutTax) {
            // Read as the taxed column is: a total as the line total, a unit price as the unit price.
            static const QRegularExpression price(
                QStringLiteral("price|prix|preis|precio|preco|preço|prijs|pris"));
            const bool totalRead = taxed == profile.columnFor(field::LineTotal);
            u.field = totalRead || !name.contains(price) ? field::LineTotal : field::UnitPrice;
            u.readInstead = taxed;
        } else if (kind == Kind::Refund) {
            u.field = profile.columnFor(field::RefundAmount).isEmpty() ? field::RefundAmount : QString();
        } else {
            u.field = discountField(preview, profile, c);
            static const QRegularExpression payment(QStringLiteral(
                "^(gutschein|voucher|giftvoucher|giftcard|gift|geschenkgutschein|geschenkkarte|"
                "boncadeau|cartecadeau|chèquecadeau|chequecadeau|tarjetaregalo|valeregalo|"
                "chequeregalo|buonoregalo|cadeaubon|cadeaukaart)"));
            u.mayBePayment = name.contains(payment) && !name.contains(QLatin1String("rabatt")) &&
                             !name.contains(QLatin1String("discount"));
        }
        unread << u;
    }
    return unread;
}

} // namespace storelens::core
