#include "core/import/RecordConverter.h"

#include "core/import/CustomerKey.h"
#include "core/import/FieldCatalog.h"
#include "core/import/RecordRow.h"
#include "core/model/Countries.h"

// The other entities' half of RecordConverter: customers, products, inventory, traffic, staffing, marketing.

namespace storelens::core {

bool RecordConverter::convertCustomer(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const int idCol = columnOf(field::CustomerId);
    if (!row.required(idCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The customer ID")))
        return false;
    Customer c;
    c.id = customerKey(row.id(idCol));
    const std::pair<const char *, QString *> texts[] = {{"name", &c.name},
                                                        {"email", &c.email},
                                                        {"phone", &c.phone},
                                                        {"age_band", &c.ageBand},
                                                        {"gender", &c.gender},
                                                        {"city", &c.city},
                                                        {"region", &c.region},
                                                        {"country", &c.country},
                                                        {"postal_code", &c.postalCode},
                                                        {"loyalty_tier", &c.loyaltyTier},
                                                        {"acquisition_channel", &c.acquisitionChannel}};
    for (const auto &[key, slot] : texts)
        *slot = row.text(columnOf(QLatin1String(key)));
    c.country = countryKey(c.country); // the orders' key: "Germany", "DEU" and "DE" are "DE"
    // A second column mapped to the name is its second half (PrestaShop's Prénom and Nom), joined with a
    // space in the file's order, or before the first when that one is the last name ("Nom", "Prénom").
    for (const auto &[key, index] : m_columns) {
        if (key != QLatin1String("name") || index == columnOf(QStringLiteral("name")))
            continue;
        const QString more = row.text(index);
        if (!more.isEmpty())
            c.name = c.name.isEmpty()          ? more
                     : m_customerNameLastFirst ? more + QLatin1Char(' ') + c.name
                                               : c.name + QLatin1Char(' ') + more;
        break;
    }
    const int birth = columnOf(QStringLiteral("birth_date"));
    if (!row.isBlank(birth)) {
        csv::DateTimeValue v;
        if (!row.date(birth, v))
            return false;
        c.birthDate = v.date;
    }
    if (!row.boolean(columnOf(QStringLiteral("consent_email")), c.consentEmail) ||
        !row.boolean(columnOf(QStringLiteral("consent_sms")), c.consentSms))
        return false;
    sink.addCustomer(c);
    return true;
}

bool RecordConverter::convertProduct(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const int skuCol = columnOf(field::Sku);
    if (!row.required(skuCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The SKU")))
        return false;
    Product p;
    p.sku = row.id(skuCol);
    p.name = row.text(columnOf(QStringLiteral("name")));
    p.category = row.text(columnOf(field::Category));
    if (!row.money(columnOf(QStringLiteral("cost")), p.cost) ||
        !row.money(columnOf(QStringLiteral("price")), p.price))
        return false;
    sink.addProduct(p);
    return true;
}

bool RecordConverter::convertInventory(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const int dateCol = columnOf(field::Date);
    const int skuCol = columnOf(field::Sku);
    const int onHandCol = columnOf(QStringLiteral("on_hand"));
    InventorySnapshot s;
    csv::DateTimeValue when;
    if (!row.required(dateCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The snapshot date")) ||
        !row.date(dateCol, when) ||
        !row.required(skuCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The SKU")) ||
        !row.required(onHandCol,
                      QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The quantity on hand")) ||
        !row.quantity(onHandCol, s.onHand) || !row.money(columnOf(field::UnitCost), s.unitCost))
        return false;
    s.date = when.date;
    s.sku = row.id(skuCol);
    s.store = row.text(columnOf(field::Store));
    if (s.store.isEmpty())
        s.store = m_profile.defaultStore;
    sink.addInventory(s);
    return true;
}

bool RecordConverter::convertTraffic(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const int dateCol = columnOf(field::Date);
    const int visitorsCol = columnOf(QStringLiteral("visitors"));
    TrafficDay t;
    csv::DateTimeValue when;
    if (!row.required(dateCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The day")) ||
        !row.date(dateCol, when) ||
        !row.required(visitorsCol,
                      QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The number of visitors")))
        return false;
    const auto visitors = csv::parseInteger(row.raw(visitorsCol).trimmed());
    if (!visitors)
        return row.fail(visitorsCol, visitors.error().message());
    if (visitors.value() < 0)
        return row.fail(visitorsCol, RecordConverterText::tr("The number of visitors is negative."));
    t.date = when.date;
    t.visitors = visitors.value();
    t.store = row.text(columnOf(field::Store));
    if (t.store.isEmpty())
        t.store = m_profile.defaultStore;
    sink.addTraffic(t);
    return true;
}

bool RecordConverter::convertStaffing(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const int monthCol = columnOf(QStringLiteral("month"));
    const int headcountCol = columnOf(QStringLiteral("headcount"));
    StaffingMonth s;
    bool isMonth = false;
    Quantity headcount;
    if (!row.required(monthCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The month")) ||
        !row.monthOrDate(monthCol, s.month, isMonth) ||
        !row.required(headcountCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The headcount")) ||
        !row.quantity(headcountCol, headcount))
        return false;
    if (headcount.isNegative())
        return row.fail(headcountCol, RecordConverterText::tr("The headcount is negative."));
    s.month = QDate(s.month.year(), s.month.month(), 1);
    s.headcountMilli = headcount.milli();
    s.store = row.text(columnOf(field::Store));
    if (s.store.isEmpty())
        s.store = m_profile.defaultStore;
    sink.addStaffing(s);
    return true;
}

bool RecordConverter::convertMarketing(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const int dateCol = columnOf(field::Date);
    const int amountCol = columnOf(QStringLiteral("amount"));
    MarketingSpend m;
    bool isMonth = false;
    std::optional<Money> amount;
    if (!row.required(dateCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The day or month")) ||
        !row.monthOrDate(dateCol, m.from, isMonth) ||
        !row.required(amountCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The amount")) ||
        !row.money(amountCol, amount))
        return false;
    m.to = isMonth ? m.from.addMonths(1).addDays(-1) : m.from;
    m.amount = *amount;
    m.channel = row.text(columnOf(field::Channel));
    if (m.channel.isEmpty())
        m.channel = m_profile.defaultChannel;
    sink.addMarketing(m);
    return true;
}

} // namespace storelens::core
