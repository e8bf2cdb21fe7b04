#include "core/sample/OrderCsvSink.h"

#include <QTime>

namespace storelens::core {

OrderCsvSink::OrderCsvSink(QIODevice *device) : m_writer(device)
{
    m_writer.setLineEnding(QByteArrayLiteral("\n"));
    m_writer.writeRow({QStringLiteral("order_id"), QStringLiteral("date"), QStringLiteral("customer_id"),
                       QStringLiteral("sku"), QStringLiteral("product_name"), QStringLiteral("category"),
                       QStringLiteral("quantity"), QStringLiteral("unit_price"), QStringLiteral("discount"),
                       QStringLiteral("unit_cost"), QStringLiteral("store"), QStringLiteral("channel"),
                       QStringLiteral("country")});
}

void OrderCsvSink::addOrderLine(const OrderLine &line)
{
    QString when = line.date.toString(Qt::ISODate);
    if (line.secondsOfDay >= 0)
        when += QLatin1Char(' ') + QTime::fromMSecsSinceStartOfDay(line.secondsOfDay * 1000).toString(Qt::ISODate);
    m_writer.writeRow({line.orderId, when, line.customerId, line.sku, line.productName, line.category,
                       line.quantity.toString(), line.unitPrice.toString(4), line.discount.toString(4),
                       line.unitCost ? line.unitCost->toString(4) : QString(), line.store, line.channel,
                       line.country});
    ++m_lines;
}

} // namespace storelens::core
