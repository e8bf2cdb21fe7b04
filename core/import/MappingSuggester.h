#pragma once

#include "core/csv/Dialect.h"
#include "core/import/ImportProfile.h"
#include "core/model/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace storelens::core {

// The head of a file as the import wizard and the suggestion see it.
struct FilePreview
{
    QString path;
    csv::Dialect dialect;
    QStringList header;      // from the header row, or "Column 1", "Column 2", ... without one
    QList<QStringList> rows; // the first data rows, trimmed text
    QList<qint64> rowLines; // the file's 1-based line where each row starts (empty when not read from a file)
    qint64 fileSize = 0;
};

// Reads the header and up to maxRows data rows; the dialect is sniffed unless given.
Result<FilePreview> previewFile(const QString &path, std::optional<csv::Dialect> dialect = std::nullopt,
                                int maxRows = 1000);

// The entity whose fields a header alone names best (orders when nothing matches); detectEntity() also
// reads the values and says whether the guess is clear.
Entity guessEntity(const QStringList &header);

// A complete profile for the preview: column mapping from header synonyms, date order and decimal separator
// detected from the sample values, cancellation markers (an order-id prefix like "C" when such ids appear
// beside plain numeric ones; the usual status values when a status column is mapped); a web shop's lines
// without a channel column go to the channel "Online" and the store "Online shop".
// Without an entity, the best fit of detectEntity().
ImportProfile suggestProfile(const FilePreview &preview, std::optional<Entity> entity = std::nullopt);
// The decimal separator the values of the profile's money and quantity columns tell, or none when they do
// not (no such column mapped, or only values such as "1,500"). The import wizard asks it again when a column
// is mapped by hand while the separator is open (trial 23it: "32,90" turned red under "Prezzo unitario").
std::optional<char> decimalSeparatorOfMappedNumbers(const FilePreview &preview, const ImportProfile &profile);

// Whether the header is a web shop's order export (Shopify's, WooCommerce's, Etsy's, BigCommerce's,
// Magento's, Shopware's): its lines are sold online.
bool isWebShopExport(const QStringList &header);
// Etsy's two exports: "Sold Order Items" (one row per item, order-level money repeated on each) and "Sold
// Orders" (one row per order, its SKUs joined in one cell).
enum class EtsyExport { SoldOrderItems, SoldOrders };
bool isEtsyExport(const QStringList &header, EtsyExport kind);
QString etsySourceName(); // "Etsy"
// BigCommerce's Orders export: one row per order, its items in one Product Details cell.
bool isBigCommerceExport(const QStringList &header);
QString bigCommerceSourceName(); // "BigCommerce"
// Odoo's Point of Sale "Order Lines" export (Order Ref, Point of Sale, Subtotal w/o Tax, Subtotal, ...).
bool isOdooPosExport(const QStringList &header);
QString odooSourceName(); // "Odoo"
// Magento 2's Sales › Orders grid export (ID, Purchase Point, Purchase Date, Grand Total (Purchased), ...).
bool isMagentoOrdersExport(const QStringList &header);
QString magentoSourceName(); // "Magento"
// Shopware 6's orders exported through Settings › Import/Export: its "Default orders" profile (order_number,
// order_date_time, amount_total, ...) or a profile of the user's own with Shopware's field names as columns
// (orderNumber, orderDateTime, amountTotal, ...).
bool isShopwareOrdersExport(const QStringList &header);
QString shopwareSourceName(); // "Shopware"
// PrestaShop's orders list export (ID, Reference, New client, Delivery, Customer, Total, Payment, Status,
// Date), in the back office's language (French: Nouveau client, Livraison, Client, État, ...).
bool isPrestaShopOrdersExport(const QStringList &header);
QString prestaShopSourceName(); // "PrestaShop"
// PrestaShop's customers export (ID, Social title, First name, Last name, Email address, Sales, Enabled,
// Newsletter, ...), in the back office's language (French: Titre, Prénom, Nom, Adresse e-mail, Ventes, ...).
bool isPrestaShopCustomersExport(const QStringList &header);
// The status values that mark a refunded or cancelled order (refunded, cancelled, returned, voided, ...).
QStringList defaultCancelStatusValues();
// A column mapped to the status by hand (the wizard, the CLI's --map) marks cancellations as the suggested
// one does: an orders profile that maps the status and has no cancellation values gets the default ones, a
// till's voids among them not sold (leaveTillVoidsOut(); `preview`: the file's first rows).
void useDefaultCancelStatusValues(ImportProfile &profile, const FilePreview &preview);
// The channel the suggestion gives a web shop's order lines when the file has no channel column: stored as
// this name whatever the language, so every import of the export lands in one channel.
QString webShopChannelName(); // "Online"

// A field that two or more columns name equally well (two "quantity" headers): the suggestion maps the first
// of them, which nothing in the file justifies, so the user must choose (the CLI refuses, the wizard asks).
struct ContestedField
{
    QString field;       // FieldSpec::key
    QList<int> columns;  // 0-based, ascending; the first is the one the suggestion mapped
    QStringList headers; // their header texts
};
QList<ContestedField> contestedFields(const FilePreview &preview, const ImportProfile &profile);

} // namespace storelens::core
