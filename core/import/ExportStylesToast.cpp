#include "core/import/ExportStylesToast.h"

#include "core/import/FieldCatalog.h"

#include <algorithm>

namespace storelens::core {

bool isToastItemSelectionExport(const QStringList &header)
{
    static const char *const kMarks[] = {"itemselectionid", "orderid",  "menuitem",
                                         "grossprice",      "netprice", "qty"};
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    return std::all_of(std::begin(kMarks), std::end(kMarks),
                       [&names](const char *c) { return names.contains(QLatin1String(c)); });
}

namespace exportstyles {

// Gross Price is the line's amount before its discount, not a unit price: Qty 2 of a 15.00 item is Gross
// Price 30.00, Discount the line's discount and Net Price Gross Price less it (trial 23us: the gross of the
// Gross Prices is Toast's own, to the cent). Order # is the check's number of the day, restarting every
// business day, so it never keys an order: Order Id does (FieldCatalog's synonyms). Menu Item names the
// product, Menu Group its category and Customer the person (Customer Id keys them); the catalogue maps those.
// Tax is not sales and stays out.
void suggestToastItemSelections(const QStringList &header, ImportProfile &profile)
{
    if (!isToastItemSelectionExport(header))
        return;
    for (ColumnMapping &c : profile.columns) {
        const QString name = normaliseHeader(c.column);
        if (name == QLatin1String("grossprice"))
            c.field = field::LineTotal;
        else if (name == QLatin1String("order") && c.field == field::OrderId)
            c.field.clear();
        else if (name == QLatin1String("orderid"))
            c.field = field::OrderId;
    }
    profile.lineTotalAfterDiscount = false;
    profile.name = QStringLiteral("Toast item selection details");
}

} // namespace exportstyles

} // namespace storelens::core
