#pragma once

#include "core/analytics/snapshot/StringPool.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <vector>

namespace storelens::core::analytics {

// One customer's attributes as plain values: what a test builds and what a view showing one customer reads
// (CustomerTable::info()). A snapshot does not keep customers this way (ten QStrings each).
struct CustomerInfo
{
    QString externalId;
    QString name;
    QString email;
    QString phone; // as the export wrote it
    QString city;
    QString region;
    QString postalCode;
    QString gender;
    QString ageBand;
    QString loyaltyTier;
    QString acquisitionChannel;
    QDate birthDate;
    int32_t country = -1; // index into Snapshot::countries
    std::optional<bool> consentEmail;
    std::optional<bool> consentSms;
};

// A snapshot's customers by customer index, in columns: text that is different for nearly every customer
// (id, name, email, postal code, phone) in string pools, text shared by many (city, region, gender, age band,
// loyalty tier, acquisition channel) as an index into a dictionary, the birth date as a Julian day and both
// consents in one byte. About 70 bytes a customer plus the text itself, against some 600 for ten QStrings.
class CustomerTable
{
public:
    enum class Text { ExternalId, Name, Email, PostalCode, Phone };
    enum class Attribute { City, Region, Gender, AgeBand, LoyaltyTier, AcquisitionChannel };
    static constexpr int kTextCount = 5;
    static constexpr int kAttributeCount = 6;
    static constexpr int32_t kNoBirthDay = INT32_MIN;

    // The stored columns (the persistent snapshot writes and reads them whole).
    struct Columns
    {
        std::array<StringPool, kTextCount> text;
        std::array<QStringList, kAttributeCount> dictionaries;
        std::array<std::vector<int32_t>, kAttributeCount> attributes; // index into dictionaries[a]
        std::vector<int32_t> birthDay;                                // Julian day; kNoBirthDay: unknown
        std::vector<int32_t> country;                                 // index into Snapshot::countries
        std::vector<uint8_t> consent; // bits 0-1 email, 2-3 SMS: 0 unknown, 1 no, 2 yes
    };

    CustomerTable() = default;
    CustomerTable(std::initializer_list<CustomerInfo> customers);
    // Takes stored columns after checking that they agree in length and every index lies in its dictionary;
    // false (and the table unchanged) otherwise.
    bool setColumns(Columns columns);
    const Columns &columns() const { return m_columns; }

    size_t size() const { return m_columns.country.size(); }
    bool empty() const { return size() == 0; }
    void reserve(size_t customers);

    // One customer's text as UTF-8 bytes straight from the database, with no QString made for it.
    struct Utf8Row
    {
        std::array<QByteArrayView, kTextCount> text;
        std::array<QByteArrayView, kAttributeCount> attributes;
        int32_t birthDay = kNoBirthDay;
        int32_t country = -1;
        std::optional<bool> consentEmail;
        std::optional<bool> consentSms;
    };
    void append(const Utf8Row &row);
    void append(const CustomerInfo &info);

    QString text(Text field, size_t customer) const
    {
        return m_columns.text[size_t(field)].at(qsizetype(customer));
    }
    QByteArrayView textBytes(Text field, size_t customer) const
    {
        return m_columns.text[size_t(field)].bytes(qsizetype(customer));
    }
    QString externalId(size_t customer) const { return text(Text::ExternalId, customer); }
    QString name(size_t customer) const { return text(Text::Name, customer); }
    QString email(size_t customer) const { return text(Text::Email, customer); }
    QString phone(size_t customer) const { return text(Text::Phone, customer); }

    // A dictionary attribute: its index per customer and the dictionary of its distinct values.
    int32_t attributeIndex(Attribute field, size_t customer) const
    {
        return m_columns.attributes[size_t(field)][customer];
    }
    const QStringList &attributeValues(Attribute field) const
    {
        return m_columns.dictionaries[size_t(field)];
    }
    const QString &attribute(Attribute field, size_t customer) const
    {
        return attributeValues(field).at(attributeIndex(field, customer));
    }

    QDate birthDate(size_t customer) const;
    int32_t country(size_t customer) const { return m_columns.country[customer]; }
    std::optional<bool> consentEmail(size_t customer) const { return consent(customer, 0); }
    std::optional<bool> consentSms(size_t customer) const { return consent(customer, 2); }

    // All of one customer's attributes as QStrings (for the one customer a profile shows).
    CustomerInfo info(size_t customer) const;

    friend bool operator==(const CustomerTable &a, const CustomerTable &b);

private:
    std::optional<bool> consent(size_t customer, int shift) const
    {
        const int v = (m_columns.consent[customer] >> shift) & 3;
        return v == 0 ? std::optional<bool>() : std::optional<bool>(v == 2);
    }
    int32_t intern(int attribute, QByteArrayView utf8);

    Columns m_columns;
    // Dictionary lookups for append(), built when first needed.
    std::array<QHash<QByteArray, int32_t>, kAttributeCount> m_lookup;
};

} // namespace storelens::core::analytics
