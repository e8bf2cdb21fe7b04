#include "core/analytics/snapshot/CustomerTable.h"

#include <algorithm>

namespace storelens::core::analytics {

namespace {

uint8_t consentBits(const std::optional<bool> &consent)
{
    return !consent ? 0 : *consent ? 2 : 1;
}

} // namespace

CustomerTable::CustomerTable(std::initializer_list<CustomerInfo> customers)
{
    reserve(customers.size());
    for (const CustomerInfo &c : customers)
        append(c);
}

void CustomerTable::reserve(size_t customers)
{
    for (StringPool &pool : m_columns.text)
        pool.reserve(qsizetype(customers), qsizetype(customers) * 12);
    for (std::vector<int32_t> &column : m_columns.attributes)
        column.reserve(customers);
    m_columns.birthDay.reserve(customers);
    m_columns.country.reserve(customers);
    m_columns.consent.reserve(customers);
}

int32_t CustomerTable::intern(int attribute, QByteArrayView utf8)
{
    QHash<QByteArray, int32_t> &lookup = m_lookup[size_t(attribute)];
    QStringList &dictionary = m_columns.dictionaries[size_t(attribute)];
    if (lookup.size() != dictionary.size()) { // a table made from columns
        lookup.clear();
        for (qsizetype i = 0; i < dictionary.size(); ++i)
            lookup.insert(dictionary.at(i).toUtf8(), int32_t(i));
    }
    // Raw data: no copy of the bytes for a value already known.
    const auto known = lookup.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (known != lookup.constEnd())
        return known.value();
    const auto index = int32_t(dictionary.size());
    dictionary.append(QString::fromUtf8(utf8));
    lookup.insert(utf8.toByteArray(), index);
    return index;
}

void CustomerTable::append(const Utf8Row &row)
{
    for (int t = 0; t < kTextCount; ++t)
        m_columns.text[size_t(t)].append(row.text[size_t(t)]);
    for (int a = 0; a < kAttributeCount; ++a)
        m_columns.attributes[size_t(a)].push_back(intern(a, row.attributes[size_t(a)]));
    m_columns.birthDay.push_back(row.birthDay);
    m_columns.country.push_back(row.country);
    m_columns.consent.push_back(uint8_t(consentBits(row.consentEmail) | consentBits(row.consentSms) << 2));
}

void CustomerTable::append(const CustomerInfo &info)
{
    const std::array<QByteArray, kTextCount> text{info.externalId.toUtf8(), info.name.toUtf8(),
                                                  info.email.toUtf8(), info.postalCode.toUtf8(),
                                                  info.phone.toUtf8()};
    const std::array<QByteArray, kAttributeCount> attributes{
        info.city.toUtf8(),    info.region.toUtf8(),      info.gender.toUtf8(),
        info.ageBand.toUtf8(), info.loyaltyTier.toUtf8(), info.acquisitionChannel.toUtf8()};
    Utf8Row row;
    for (size_t t = 0; t < text.size(); ++t)
        row.text[t] = text[t];
    for (size_t a = 0; a < attributes.size(); ++a)
        row.attributes[a] = attributes[a];
    row.birthDay = info.birthDate.isValid() ? int32_t(info.birthDate.toJulianDay()) : kNoBirthDay;
    row.country = info.country;
    row.consentEmail = info.consentEmail;
    row.consentSms = info.consentSms;
    append(row);
}

bool CustomerTable::setColumns(Columns columns)
{
    const size_t n = columns.country.size();
    if (columns.birthDay.size() != n || columns.consent.size() != n)
        return false;
    for (const StringPool &pool : columns.text) {
        if (size_t(pool.size()) != n)
            return false;
    }
    for (size_t a = 0; a < columns.attributes.size(); ++a) {
        const std::vector<int32_t> &column = columns.attributes[a];
        const auto limit = int32_t(columns.dictionaries[a].size());
        if (column.size() != n ||
            std::any_of(column.begin(), column.end(), [limit](int32_t i) { return i < 0 || i >= limit; }))
            return false;
    }
    m_columns = std::move(columns);
    for (QHash<QByteArray, int32_t> &lookup : m_lookup)
        lookup.clear();
    return true;
}

QDate CustomerTable::birthDate(size_t customer) const
{
    const int32_t day = m_columns.birthDay[customer];
    return day == kNoBirthDay ? QDate() : QDate::fromJulianDay(day);
}

CustomerInfo CustomerTable::info(size_t customer) const
{
    CustomerInfo c;
    c.externalId = externalId(customer);
    c.name = name(customer);
    c.email = email(customer);
    c.postalCode = text(Text::PostalCode, customer);
    c.phone = phone(customer);
    c.city = attribute(Attribute::City, customer);
    c.region = attribute(Attribute::Region, customer);
    c.gender = attribute(Attribute::Gender, customer);
    c.ageBand = attribute(Attribute::AgeBand, customer);
    c.loyaltyTier = attribute(Attribute::LoyaltyTier, customer);
    c.acquisitionChannel = attribute(Attribute::AcquisitionChannel, customer);
    c.birthDate = birthDate(customer);
    c.country = country(customer);
    c.consentEmail = consentEmail(customer);
    c.consentSms = consentSms(customer);
    return c;
}

bool operator==(const CustomerTable &a, const CustomerTable &b)
{
    const CustomerTable::Columns &x = a.m_columns;
    const CustomerTable::Columns &y = b.m_columns;
    return x.text == y.text && x.dictionaries == y.dictionaries && x.attributes == y.attributes &&
           x.birthDay == y.birthDay && x.country == y.country && x.consent == y.consent;
}

} // namespace storelens::core::analytics
