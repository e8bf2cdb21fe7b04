#include "core/import/RecordConverter.h"

#include <QFileInfo>

#include "core/import/CustomerKey.h"
#include "core/import/FieldCatalog.h"
#include "core/import/RecordRow.h"
#include "core/import/SplitNames.h"

#include <algorithm>
#include <vector>

// RecordConverter: the profile's columns resolved against the header, the entity dispatch, the running totals
// and the rejections shared by every entity. The order-line half is RecordConverterOrders.cpp, the other
// entities are RecordConverterEntities.cpp; reading a record's fields is RecordRow.h.

namespace storelens::core {

Result<RecordConverter> RecordConverter::create(const ImportProfile &profile, const QStringList &header,
                                                const QString &fileName)
{
    RecordConverter c;
    c.m_profile = profile;
    c.m_header = header;
    const QStringList missing = profile.missingRequiredFields();
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString &key : missing)
            labels << fieldLabel(*findField(profile.entity, key));
        QString message = RecordConverterText::tr("No column is mapped to the required field(s): %1.")
                              .arg(labels.join(QLatin1String(", ")));
        if (profile.entity == Entity::Orders && missing.contains(field::UnitPrice))
            message +=
                QLatin1Char(' ') +
                RecordConverterText::tr("Map a unit price or a line total; a file without any prices "
                                        "imports when you confirm it (--no-prices, or \"The file has no "
                                        "prices\" in the import wizard).");
        return Error(ErrorCode::MissingField, message, fileName, profile.dialect.hasHeader ? 1 : 0);
    }
    for (const ColumnMapping &m : profile.columns) {
        if (m.field.isEmpty())
            continue;
        int index = -1;
        if (profile.dialect.hasHeader) {
            index = int(header.indexOf(m.column));
            // A header that names two columns alike ("quantity" twice): the profile's position tells which.
            if (index >= 0 && m.index > index && m.index < header.size() && header.at(m.index) == m.column)
                index = m.index;
            for (int i = 0; index < 0 && i < header.size(); ++i) {
                if (normaliseHeader(header.at(i)) == normaliseHeader(m.column))
                    index = i;
            }
            if (index < 0)
                return Error(ErrorCode::MissingField,
                             RecordConverterText::tr(
                                 "The file has no column \"%1\", which the import profile maps to %2.")
                                 .arg(m.column, fieldLabel(*findField(profile.entity, m.field))),
                             fileName, 1);
        } else {
            index = m.index;
        }
        c.m_columns.emplace_back(m.field, index);
    }
    OrderColumns &o = c.m_order;
    const std::pair<const QString *, int *> orderFields[] = {{&field::OrderId, &o.orderId},
                                                             {&field::Date, &o.date},
                                                             {&field::Time, &o.time},
                                                             {&field::CustomerId, &o.customer},
                                                             {&field::Sku, &o.sku},
                                                             {&field::ProductName, &o.name},
                                                             {&field::Category, &o.category},
                                                             {&field::Quantity, &o.quantity},
                                                             {&field::UnitPrice, &o.unitPrice},
                                                             {&field::LineTotal, &o.lineTotal},
                                                             {&field::Discount, &o.discount},
                                                             {&field::UnitCost, &o.unitCost},
                                                             {&field::Store, &o.store},
                                                             {&field::Channel, &o.channel},
                                                             {&field::Country, &o.country},
                                                             {&field::Status, &o.status},
                                                             {&field::DiscountRate, &o.discountRate},
                                                             {&field::DiscountPercent, &o.discountPercent},
                                                             {&field::OrderDiscount, &o.orderDiscount},
                                                             {&field::Shipping, &o.shipping},
                                                             {&field::RefundDate, &o.refundDate},
                                                             {&field::LineId, &o.lineId},
                                                             {&field::CustomerName, &o.customerName},
                                                             {&field::CustomerEmail, &o.customerEmail},
                                                             {&field::ConsentEmail, &o.consentEmail},
                                                             {&field::RefundAmount, &o.refundAmount},
                                                             {&field::ProductDetails, &o.productDetails},
                                                             {&field::OrderSeries, &o.orderSeries},
                                                             {&field::CustomerPhone, &o.customerPhone},
                                                             {&field::LineRefunded, &o.lineRefunded},
                                                             {&field::ServiceCharge, &o.serviceCharge},
                                                             {&field::Voided, &o.voided}};
    for (const auto &[key, slot] : orderFields)
        *slot = c.columnOf(*key);
    // A second column mapped to the customer name is its second half (WooCommerce's Billing Last Name).
    for (const auto &[key, index] : c.m_columns) {
        if (key == field::CustomerName && index != o.customerName && o.customerLastName < 0)
            o.customerLastName = index;
    }
    // The first name first: "Nom" before "Prénom" is "Aurélie Dupont" (trial 24fr, SplitNames.h).
    const auto headerAt = [&header](int i) { return i >= 0 && i < header.size() ? header.at(i) : QString(); };
    if (o.customerLastName >= 0 && namesLastNameFirst(headerAt(o.customerName), headerAt(o.customerLastName)))
        std::swap(o.customerName, o.customerLastName);
    if (profile.entity == Entity::Customers) {
        std::vector<int> names;
        for (const auto &[key, index] : c.m_columns) {
            if (key == QLatin1String("name") && names.size() < 2)
                names.push_back(index);
        }
        c.m_customerNameLastFirst =
            names.size() == 2 && namesLastNameFirst(headerAt(names[0]), headerAt(names[1]));
    }
    for (const auto &entry : c.m_columns)
        c.m_highestColumn = std::max(c.m_highestColumn, entry.second);
    c.m_defaultStore = profile.defaultStore.toUtf8();
    c.m_defaultChannel = profile.defaultChannel.toUtf8();
    c.m_cancelPrefix = profile.cancelOrderPrefix.toUtf8();
    if (profile.entity == Entity::Orders && profile.dialect.hasHeader) {
        c.m_dsfinvk = dsfinvkColumns(header);
        c.m_ebay = ebayColumns(header);
        if (profile.refundsOfEarlierOrders)
            c.m_transactionType = ebayTransactionTypeColumn(header);
    }
    c.m_fileName = QFileInfo(fileName).fileName();
    for (const QString &id : profile.guestCustomerIds) {
        const QString key = c.m_order.customer < 0 ? id.trimmed().toLower() : customerKey(id.trimmed());
        if (!key.isEmpty())
            c.m_guestIds.push_back(key.toUtf8());
    }
    return c;
}

std::vector<int> RecordConverter::mappedColumns() const
{
    std::vector<int> columns;
    for (const auto &entry : m_columns)
        columns.push_back(entry.second);
    return columns;
}

int RecordConverter::columnOf(const QString &fieldKey) const
{
    for (const auto &[key, index] : m_columns) {
        if (key == fieldKey)
            return index;
    }
    return -1;
}

bool RecordConverter::checkFieldCount(int fieldCount, qint64 line, Rejection &rejection) const
{
    rejection = Rejection();
    rejection.line = line;
    if (m_highestColumn < fieldCount)
        return true;
    // Name the mapped columns the row does not reach; the position is the first of them.
    std::vector<int> missing;
    for (const auto &entry : m_columns) {
        if (entry.second >= fieldCount)
            missing.push_back(entry.second);
    }
    std::sort(missing.begin(), missing.end());
    missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
    QStringList names;
    for (const int column : missing) {
        const QString name = column < m_header.size() ? m_header.at(column) : QString();
        names << (name.isEmpty() ? RecordConverterText::tr("column %1").arg(column + 1)
                                 : RecordConverterText::tr("column %1 \"%2\"").arg(column + 1).arg(name));
    }
    rejection.column = missing.empty() ? 0 : missing.front() + 1;
    rejection.reason =
        RecordConverterText::tr("The row has %1 fields; the mapped columns need %2, so it lacks %3.")
            .arg(fieldCount)
            .arg(m_highestColumn + 1)
            .arg(names.join(QStringLiteral(", ")));
    return false;
}

bool RecordConverter::convert(const FieldAccess &fieldAt, int fieldCount, qint64 line, EntitySink &sink,
                              Rejection &rejection) const
{
    if (!checkFieldCount(fieldCount, line, rejection))
        return false;
    switch (m_profile.entity) {
    case Entity::Orders: {
        TextArena text(1024);
        OrderLineRecord record;
        Conversion outcome = Conversion::Rejected;
        if (!convertOrder(fieldAt, line, text, record, rejection, outcome))
            return outcome != Conversion::Rejected;
        OrderLine o;
        o.orderId = QString::fromUtf8(record.orderId);
        o.date = record.date;
        o.secondsOfDay = record.secondsOfDay;
        o.customerId = QString::fromUtf8(record.customerId);
        o.sku = QString::fromUtf8(record.sku);
        o.productName = QString::fromUtf8(record.productName);
        o.category = QString::fromUtf8(record.category);
        o.quantity = record.quantity;
        o.unitPrice = record.unitPrice;
        o.lineGross = record.gross;
        o.hasPrice = record.gross.has_value();
        o.discount = record.discount;
        o.unitCost = record.unitCost;
        o.store = QString::fromUtf8(record.store);
        o.channel = QString::fromUtf8(record.channel);
        o.country = QString::fromUtf8(record.country);
        o.lineId = QString::fromUtf8(record.lineId);
        sink.addOrderLine(o);
        if (record.refundDate.isValid()) {
            o.quantity = -o.quantity;
            o.date = record.refundDate;
            o.secondsOfDay = record.refundSecondsOfDay;
            sink.addOrderLine(o);
        }
        return true;
    }
    case Entity::Customers:
        return convertCustomer(fieldAt, sink, rejection);
    case Entity::Products:
        return convertProduct(fieldAt, sink, rejection);
    case Entity::Inventory:
        return convertInventory(fieldAt, sink, rejection);
    case Entity::Traffic:
        return convertTraffic(fieldAt, sink, rejection);
    case Entity::Staffing:
        return convertStaffing(fieldAt, sink, rejection);
    case Entity::Marketing:
        return convertMarketing(fieldAt, sink, rejection);
    }
    return false;
}

bool RecordConverter::addToTotals(const OrderLineRecord &record, qint64 line, OrderLineTotals &totals,
                                  Rejection &rejection) const
{
    OrderLineTotals next = totals;
    next.amounts += magnitude(record.grossAmount().units()) + magnitude(record.discount.units());
    if (record.unitCost)
        next.costs += magnitude(record.unitCost->times(record.quantity).units());
    next.quantities += magnitude(record.quantity.milli());
    if (inFixedPointRange(next.amounts) && inFixedPointRange(next.costs) &&
        inFixedPointRange(next.quantities)) {
        totals = next;
        return true;
    }
    const int column = !inFixedPointRange(next.quantities) ? m_order.quantity
                       : !inFixedPointRange(next.costs)    ? m_order.unitCost
                       : m_order.unitPrice >= 0            ? m_order.unitPrice
                                                           : m_order.lineTotal;
    rejection = Rejection();
    rejection.line = line;
    rejection.column = column + 1;
    rejection.columnName = column >= 0 && column < m_header.size() ? m_header.at(column) : QString();
    rejection.value = column == m_order.quantity                      ? record.quantity.toString()
                      : column == m_order.unitCost && record.unitCost ? record.unitCost->toString()
                                                                      : record.unitPrice.toString();
    rejection.reason = RecordConverterText::tr("With this line the workspace's total amounts or quantities "
                                               "would leave the range StoreLens computes exactly "
                                               "(±99,999,999,999,999.9999).");
    return false;
}

void RecordConverter::rejectBadText(qint64 line, int column, bool nul, QByteArrayView value,
                                    Rejection &rejection) const
{
    rejection = Rejection();
    rejection.line = line;
    rejection.column = column + 1;
    rejection.columnName = column < m_header.size() ? m_header.at(column) : QString();
    QByteArray shown = value.toByteArray();
    shown.replace('\0', "\\0");
    rejection.value = QString::fromUtf8(shown);
    rejection.reason = nul ? RecordConverterText::tr(
                                 "The field holds a NUL byte (0x00): the file may be binary or in another "
                                 "encoding.")
                           : RecordConverterText::tr(
                                 "The field holds bytes that are not valid %1 (shown as \uFFFD): the line "
                                 "may be in another encoding. Fix it, or choose the file's encoding.")
                                 .arg(csv::encodingName(m_profile.dialect.encoding));
}

} // namespace storelens::core
