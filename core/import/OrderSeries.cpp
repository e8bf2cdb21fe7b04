#include "core/import/OrderSeries.h"

#include "core/import/FieldCatalog.h"

namespace storelens::core {

namespace {

bool isPlainNumberHeader(const QString &header)
{
    static const QStringList names = {
        QStringLiteral("número"), QStringLiteral("numero"),       QStringLiteral("number"),
        QStringLiteral("nummer"), QStringLiteral("numéro"),       QStringLiteral("nº"),
        QStringLiteral("no"),     QStringLiteral("nr"),           QStringLiteral("núm"),
        QStringLiteral("num"),    QStringLiteral("númeroticket"), QStringLiteral("numeroticket")};
    return names.contains(normaliseHeader(header));
}

} // namespace

bool isOrderSeriesHeader(const QString &header)
{
    static const QStringList names = {QStringLiteral("serie"),          QStringLiteral("series"),
                                      QStringLiteral("seriefactura"),   QStringLiteral("seriedefactura"),
                                      QStringLiteral("seriedocumento"), QStringLiteral("seriededocumento"),
                                      QStringLiteral("prefijo"),        QStringLiteral("belegserie"),
                                      QStringLiteral("ticketseries"),   QStringLiteral("receiptseries"),
                                      QStringLiteral("invoiceseries"),  QStringLiteral("orderseries")};
    return names.contains(normaliseHeader(header));
}

QByteArray joinOrderId(QByteArrayView series, QByteArrayView number)
{
    if (series.isEmpty())
        return number.toByteArray();
    QByteArray id;
    id.reserve(series.size() + 1 + number.size());
    id.append(series);
    id.append('/');
    id.append(number);
    return id;
}

void suggestOrderSeries(const QStringList &header, ImportProfile &profile)
{
    if (profile.entity != Entity::Orders || !profile.columnFor(field::OrderSeries).isEmpty())
        return;
    for (int s = 0; s < header.size() && s < profile.columns.size(); ++s) {
        if (!isOrderSeriesHeader(header.at(s)) || !profile.columns.at(s).field.isEmpty())
            continue;
        const int next = s + 1;
        if (profile.columnFor(field::OrderId).isEmpty() && next < profile.columns.size() &&
            next < header.size() && isPlainNumberHeader(header.at(next)) &&
            profile.columns.at(next).field.isEmpty())
            profile.columns[next].field = field::OrderId;
        if (!profile.columnFor(field::OrderId).isEmpty())
            profile.columns[s].field = field::OrderSeries;
        return;
    }
}

} // namespace storelens::core
