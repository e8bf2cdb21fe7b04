#include "core/import/OrderIdSpread.h"

#include "core/import/FieldCatalog.h"
#include "core/import/ImportProfile.h"
#include "core/import/OrderSeries.h"
#include "core/store/OrderLineRecord.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace storelens::core {

namespace {

class OrderIdSpreadText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::DataQuality)
};

quint64 mix(quint64 a, quint64 b)
{
    quint64 h = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 29);
}

quint64 bytesHash(QByteArrayView bytes, quint64 seed)
{
    return mix(quint64(qHash(bytes, size_t(seed))), seed);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

int plural(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

} // namespace

OrderIdSpreadCounter::OrderIdSpreadCounter(const ImportProfile &profile, OrderIdSpread &spread)
    : m_spread(spread)
    , m_on(profile.entity == Entity::Orders && !profile.columnFor(field::OrderId).isEmpty())
{
    for (const ColumnMapping &c : profile.columns) {
        if (c.field.isEmpty() && isOrderSeriesHeader(c.column) && m_spread.seriesColumn.isEmpty())
            m_spread.seriesColumn = c.column;
    }
}

void OrderIdSpreadCounter::saleLine(const OrderLineRecord &record, qint64 line)
{
    const qint64 day = record.date.toJulianDay();
    if (!m_on || record.orderId.isEmpty() ||
        (day == m_lastDay && record.orderId == QByteArrayView(m_lastId) &&
         record.store == QByteArrayView(m_lastStore)))
        return;
    m_lastId.resize(0); // keeps its memory for the next order's id
    m_lastId.append(record.orderId);
    m_lastStore.resize(0);
    m_lastStore.append(record.store);
    m_lastDay = day;
    newPlace(record.orderId, bytesHash(record.orderId, 1), bytesHash(record.store, 2), day, line);
}

bool OrderIdSpreadCounter::hasSaleLines(QByteArrayView orderId) const
{
    return m_on && !orderId.isEmpty() && m_orders.contains(bytesHash(orderId, 1));
}

void OrderIdSpreadCounter::newPlace(QByteArrayView orderId, quint64 idHash, quint64 storeHash, qint64 day,
                                    qint64 line)
{
    Seen &seen = m_orders[idHash];
    if (seen.days == 0) {
        seen.firstDay = seen.lastDay = day;
        seen.firstLine = line;
    }
    const quint64 idDay = mix(idHash, quint64(day));
    if (!m_idDays.contains(idDay)) {
        m_idDays.insert(idDay);
        ++seen.days;
        seen.firstDay = std::min(seen.firstDay, day);
        seen.lastDay = std::max(seen.lastDay, day);
    }
    const quint64 idStore = mix(idHash, storeHash);
    if (!m_idStores.contains(idStore)) {
        m_idStores.insert(idStore);
        ++seen.stores;
    }
    if (seen.stores < 2 && seen.lastDay - seen.firstDay < 2)
        return;
    OrderIdSpread &s = m_spread;
    if (!seen.counted) {
        seen.counted = true;
        ++s.orders;
    }
    if (seen.days > s.exampleDays || (seen.days == s.exampleDays && seen.stores > s.exampleStores)) {
        s.example = QString::fromUtf8(orderId);
        s.exampleDays = seen.days;
        s.exampleStores = seen.stores;
        s.exampleLine = seen.firstLine;
    }
}

QString OrderIdSpread::sentence() const
{
    if (orders == 0)
        return {};
    const QString days = exampleDays == 1
                             ? OrderIdSpreadText::tr("on 1 day")
                             : OrderIdSpreadText::tr("on %n different days", nullptr, plural(exampleDays));
    const QString stores = exampleStores == 1
                               ? OrderIdSpreadText::tr("in 1 store")
                               : OrderIdSpreadText::tr("in %n stores", nullptr, plural(exampleStores));
    QString out =
        (orders == 1
             ? OrderIdSpreadText::tr("1 order ID of the file appears on days more than a day apart or "
                                     "in more than one store: order \"%1\" appears %2 %3 (first on "
                                     "line %4).")
             : OrderIdSpreadText::tr("%n order IDs of the file appear on days more than a day apart or "
                                     "in more than one store; for example, order \"%1\" appears %2 %3 "
                                     "(first on line %4).",
                                     nullptr, plural(orders)))
            .arg(example, days, stores, number(exampleLine));
    out += QLatin1Char(' ') + OrderIdSpreadText::tr("Each such ID counts as one order. Order numbers may "
                                                    "restart per till, series or year.");
    out += QLatin1Char(' ') +
           (seriesColumn.isEmpty()
                ? OrderIdSpreadText::tr("If a column tells them apart (a series, a till), map it as \"%1\" "
                                        "(on the command line: --map \"COLUMN=order_series\").")
                      .arg(fieldLabel(*findField(Entity::Orders, field::OrderSeries)))
                : OrderIdSpreadText::tr("Combine them with the column \"%1\": map it as \"%2\" (on the "
                                        "command line: --map \"%1=order_series\").")
                      .arg(seriesColumn, fieldLabel(*findField(Entity::Orders, field::OrderSeries))));
    return out;
}

} // namespace storelens::core
