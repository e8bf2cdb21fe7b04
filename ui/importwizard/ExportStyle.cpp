#include "ui/importwizard/ExportStyle.h"

#include <QCoreApplication>

#include <algorithm>

namespace storelens::ui {

namespace {

class ExportStyleText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ExportStyle)
};

struct KnownStyle
{
    std::initializer_list<const char *> columns; // every one present (case and spacing ignored)
    const char *name;
};

// Most specific first. Column names compare without case, spaces and underscores ("receipt_no" is
// "Receipt No").
const KnownStyle KnownStyles[] = {
    {{"Financial Status", "Lineitem name"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Shopify orders")},
    {{"Accepts Email Marketing", "Total Spent"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Shopify customers")},
    {{"Product Details", "Subtotal (ex tax)"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "BigCommerce orders")},
    {{"Order Ref", "Point of Sale", "Subtotal w/o Tax"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Odoo POS order lines")},
    {{"Order Status", "Customer User ID"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "WooCommerce orders")},
    {{"Price Point Name", "Gross Sales"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Square item sales")},
    {{"Sale ID", "Custom SKU"}, QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Lightspeed sales")},
    {{"Row ID", "Ship Mode"}, QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Superstore orders")},
    {{"StockCode", "InvoiceDate"}, QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "ERP invoice lines")},
    {{"Receipt No"}, QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Till export")},
};

QString simplified(const QString &column)
{
    QString key = column.toLower();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    return key;
}

QString entityStyle(core::Entity entity)
{
    switch (entity) {
    case core::Entity::Orders:
        return ExportStyleText::tr("Orders export");
    case core::Entity::Customers:
        return ExportStyleText::tr("Customer list");
    case core::Entity::Products:
        return ExportStyleText::tr("Product list");
    case core::Entity::Inventory:
        return ExportStyleText::tr("Inventory export");
    case core::Entity::Traffic:
        return ExportStyleText::tr("Store traffic export");
    case core::Entity::Staffing:
        return ExportStyleText::tr("Staffing export");
    case core::Entity::Marketing:
        return ExportStyleText::tr("Marketing spend export");
    }
    return ExportStyleText::tr("Export");
}

} // namespace

QString exportStyleName(const QStringList &header, core::Entity entity)
{
    QStringList keys;
    for (const QString &column : header)
        keys.append(simplified(column));
    for (const KnownStyle &style : KnownStyles) {
        const bool all = std::all_of(style.columns.begin(), style.columns.end(), [&keys](const char *column) {
            return keys.contains(simplified(QString::fromLatin1(column)));
        });
        if (all)
            return ExportStyleText::tr(style.name);
    }
    constexpr qsizetype Named = 3;
    QStringList first;
    for (const QString &column : header) {
        if (!column.trimmed().isEmpty() && first.size() < Named)
            first.append(column.trimmed());
    }
    if (first.isEmpty())
        return entityStyle(entity);
    const QString columns =
        first.join(QStringLiteral(", ")) + (header.size() > Named ? QStringLiteral(" …") : QString());
    return ExportStyleText::tr("%1 (%2)").arg(entityStyle(entity), columns);
}

} // namespace storelens::ui
