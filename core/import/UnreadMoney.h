#pragma once

#include "core/import/ImportProfile.h"

#include <QList>
#include <QString>

namespace storelens::core {

struct FilePreview; // MappingSuggester.h

// A column no field is mapped to whose name says it takes money off a sale or gives it back (discount,
// coupon, voucher, rebate, promotion, refund; Rabatt, Gutschein, remise, descuento, ...) and whose sample
// values are money, one of them other than 0. Money left unread must never be silent (trial 20: Ecwid's
// coupon_discount stayed on Ignore and web net sales came out £885.49 too high without a word): the Check
// page and `storelens import` name each such column. Not named: tax and shipping columns (their names win
// over a discount word: "shipping_discount", "tax_refund"), which are not sales and are left out knowingly
// (the shipping column has its own note, unmappedShippingColumn(); every web shop writes two or three tax
// columns, and naming them on every import would bury this note); rates and percentages ("Discount %",
// "discount_rate"), prices ("Price before discount"), codes and ids; and every discount column when the
// line totals are read after the discount without a unit price (Clover's Item Total): the discounts are
// inside the totals already. Named too: a total or price whose name says it is without VAT or sales tax
// ("Total (Exc VAT)", "Nettobetrag", "Montant HT") while the sales are read from another column.
struct UnreadMoneyColumn
{
    QString column;  // the header
    QString example; // the first value other than 0, as the file writes it
    qint64 line = 0; // the file's line of the example (FilePreview::rowLines), 0 when unknown
    QString field;   // the field it may be (order discount, line discount, refund amount) when that is free
    // A total or price without VAT or sales tax ("Total (Exc VAT)") left unread while the sales are read from
    // this other column, which may include the tax (trial 20b: Epos Now's till sales came out with VAT and
    // nothing said how to get them without it); empty for a discount or refund column.
    QString readInstead;
    // The name may say a gift voucher or card ("Gutschein", "Gift card", "Bon cadeau"): redeemed, it is a
    // payment, not a discount (trial 22de: the advice to map Gambio's "Gutschein" as the order's discount
    // would have taken 329.51 off net sales); a discount code's amount is a discount.
    bool mayBePayment = false;
    // "Column "coupon_discount" holds money (for example 5.00 on line 12) but is not read: map it as Order
    // discount (for the whole order) if it is the order's discount."
    QString sentence() const;
};

QList<UnreadMoneyColumn> unreadMoneyColumns(const FilePreview &preview, const ImportProfile &profile);

} // namespace storelens::core
