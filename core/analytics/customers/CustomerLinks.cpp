#include "core/analytics/customers/CustomerLinks.h"

#include <QCoreApplication>

#include <climits>

namespace storelens::core::analytics {

namespace {

class LinksText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::CustomerLinks)
};

bool anySaleNamesCustomer(const Snapshot &s)
{
    for (size_t i = 0; i < s.lineCount(); ++i) {
        if (s.customer[i] >= 0 && s.quantity[i] > 0)
            return true;
    }
    return false;
}

} // namespace

CustomerLinks CustomerLinks::of(const Snapshot &s)
{
    CustomerLinks links;
    std::vector<uint8_t> buying(s.customers.size(), 0);
    std::vector<uint8_t> named(s.customers.size(), 0);
    for (size_t i = 0; i < s.lineCount(); ++i) {
        const int32_t customer = s.customer[i];
        if (customer < 0)
            continue;
        named[size_t(customer)] = 1;
        if (s.quantity[i] > 0 && !buying[size_t(customer)]) {
            buying[size_t(customer)] = 1;
            ++links.buyingCustomers;
        }
    }
    for (uint8_t n : named)
        links.customersOnFile += n == 0;
    return links;
}

QString noIdentifiedCustomersReason(const CustomerLinks &links)
{
    if (!links.noneIdentified())
        return {};
    QString text =
        LinksText::tr("No sale in this workspace names a customer (guest sales only), so there are "
                      "no customers to show here.");
    if (links.customersOnFile > 0) {
        const int n = int(std::min<qint64>(links.customersOnFile, INT_MAX));
        text += QLatin1Char(' ') +
                LinksText::tr("%Ln customer(s) imported from a customers file: no order names any of them.",
                              nullptr, n);
    }
    return text + QLatin1Char(' ') +
           LinksText::tr("Import an orders export that names each order's customer (a customer number or an "
                         "e-mail address); a name such as \"A. Fabre\" cannot tell customers apart. Widening "
                         "the dates or clearing filters will not help.");
}

QString noIdentifiedCustomersReason(const Snapshot &snapshot)
{
    if (snapshot.isEmpty() || anySaleNamesCustomer(snapshot))
        return {};
    return noIdentifiedCustomersReason(CustomerLinks::of(snapshot));
}

} // namespace storelens::core::analytics
