#pragma once

#include "core/import/FieldCatalog.h"
#include "core/import/ImportProfile.h"

#include <QStringList>

namespace storelens::core {
struct FilePreview; // MappingSuggester.h
}

// The export styles StoreLens knows by their columns, each with its own mapping, profile name and source
// (MappingSuggester's last step).
namespace storelens::core::exportstyles {

// An export style's fixed mapping, {normalised header, field key} pairs: every other column is left out.
template<size_t N> void applyExportMapping(const char *const (&mapping)[N][2], ImportProfile &profile)
{
    for (ColumnMapping &c : profile.columns) {
        const QString name = normaliseHeader(c.column);
        c.field.clear();
        for (const auto &m : mapping) {
            if (name == QLatin1String(m[0]))
                c.field = QLatin1String(m[1]);
        }
    }
}

void suggestWooCommerce(const QStringList &header, ImportProfile &profile);
void suggestEtsyItems(const QStringList &header, ImportProfile &profile);
void suggestBigCommerce(const QStringList &header, ImportProfile &profile);
void suggestOdooPos(const QStringList &header, ImportProfile &profile);
void suggestMagentoOrders(const QStringList &header, ImportProfile &profile);
void suggestShopwareOrders(const QStringList &header, ImportProfile &profile);
void suggestPrestaShopOrders(const QStringList &header, ImportProfile &profile); // ExportStylesPrestaShop.cpp
void suggestPrestaShopCustomers(const FilePreview &preview, ImportProfile &profile);

// Whether the line total is an order total that already holds the shipping (Shopware's amount_total): a
// shipping column beside it must not be added again.
bool lineTotalHoldsShipping(const ImportProfile &profile);
// Whether the system the profile's export comes from has an export of its refunds to import beside it
// (Shopify's orders export: its refunds report holds partial refunds). Web shops such as Shopware, Magento,
// WooCommerce or Squarespace (whose orders export has Shopify's columns), and tills, have none: a partial
// refund is not in any of their standard exports.
bool hasRefundsExport(const ImportProfile &profile);
// What a note means for the figures it touches.
enum class StyleNoteKind {
    SalesHoldShipping, // the amount is an order total with shipping (and tax) inside
    ReturnsUnknown,    // cancelled and refunded orders cannot be told from sales
    NoProducts,        // the orders name no products
    DiscountsUnknown,  // totals after discounts, without the discounts (SourceNotes.h, any export)
    NoCustomers,       // the orders name no customer for sure: guest sales
    NoUnitCost,        // the export's cost is not a unit cost: left out, no gross margin
    CouponsUnknown,    // a coupon's amount is in no column: discounts unknown, net sales hold it (Wix)
    // Some coupon amounts worked out from the orders' Totals, not all (WixCoupons.h): the discounts leave
    // the others out, and net sales hold them.
    CouponsPartlyUnknown,
    SalesHoldTax, // prices with the tax inside and no price without it (Square Online's)
    // The sales are read from a column whose name says it holds the VAT ("Einzelpreis brutto", "Total TTC",
    // "Precio con IVA"; SourceNotes.h).
    SalesWithVat,
};

struct StyleNote
{
    StyleNoteKind kind = StyleNoteKind::SalesHoldShipping;
    QString text; // translated
};

// What an export style cannot give, for the import's data-quality sentences and, kept with the workspace
// (SourceNotes.h), wherever the source's numbers are shown: Shopware's total with shipping inside, its state
// and product ids.
QList<StyleNote> styleNotes(const ImportProfile &profile);
// Their texts.
QStringList styleNoteTexts(const ImportProfile &profile);
// PrestaShop's part of them (ExportStylesPrestaShop.cpp).
QList<StyleNote> prestaShopNotes(const ImportProfile &profile);

} // namespace storelens::core::exportstyles
