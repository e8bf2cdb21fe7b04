#include "core/import/ShippingColumn.h"

#include "core/csv/FieldParsers.h"
#include "core/import/ExportStyles.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/store/Currency.h"

#include <QRegularExpression>

#include <algorithm>

namespace storelens::core {

bool hasStrayLetters(const QByteArray &text)
{
    // A currency's code beside an amount ("EUR 12.50") is no stray letter; a code such as "BOU-002" is
    // (trial 14: a SKU column "looked like" a number).
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]+"));
    static const QStringList currencies = commonCurrencies();
    auto it = letters.globalMatch(QString::fromUtf8(text));
    while (it.hasNext()) {
        if (!currencies.contains(it.next().captured()))
            return true;
    }
    return false;
}

QString unmappedShippingColumn(const FilePreview &preview, const ImportProfile &profile)
{
    // Refunds of earlier orders (eBay's transaction report) sell nothing: their shipping is no sale either.
    if (profile.entity != Entity::Orders || !profile.columnFor(field::Shipping).isEmpty() ||
        exportstyles::lineTotalHoldsShipping(profile) || profile.refundsOfEarlierOrders)
        return {};
    // French and Spanish too (trial 21fr: WiziShop's "Frais de port TTC"), Swedish, Danish and Norwegian
    // (trial 25se: Abicart's "Frakt"); "Pays de livraison" and "Leveransland" are countries.
    static const QRegularExpression shippingWord(
        QStringLiteral("shipping|postage|delivery|freight|carriage|versand|porto|lieferkosten|fraisdeport|"
                       "livraison|envío|envio|spedizione|verzend|frakt|fragt|leverans|levering"));
    static const QRegularExpression notAnAmount(QStringLiteral(
        "postcode|zip|phone|plz|postleitzahl|telefon|discount|rabatt|address|adresse|street|"
        "strasse|city|stadt|company|firma|department|abteilung|country|land|state|method|title|"
        "name|tracking|date|datum|time|zeit|pays|país|pais|ville|ciudad|código|codigo|mode|método|metodo|"
        "dirección|"
        "direccion|fecha")); // trial 14: Wix's empty "Delivery time" was named
    for (int c = 0; c < preview.header.size(); ++c) {
        const QString name = normaliseHeader(preview.header.at(c));
        if (!name.contains(shippingWord) || name.contains(notAnAmount))
            continue;
        if (c < profile.columns.size() && !profile.columns.at(c).field.isEmpty())
            continue;
        QList<QByteArray> samples;
        for (const QStringList &row : preview.rows) {
            if (c < row.size() && !row.at(c).isEmpty())
                samples << row.at(c).toUtf8();
        }
        const char decimal = csv::detectDecimalSeparator(samples);
        if (std::all_of(samples.cbegin(), samples.cend(), [decimal](const QByteArray &s) {
                return !hasStrayLetters(s) && csv::parseMoney(s, decimal).ok();
            }))
            return preview.header.at(c);
    }
    return {};
}

} // namespace storelens::core
