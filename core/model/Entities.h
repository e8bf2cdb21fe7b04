#pragma once

#include "core/model/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace storelens::core {

// The kinds of table a CSV can hold; one ImportProfile imports one entity.
enum class Entity { Orders, Customers, Products, Inventory, Traffic, Staffing, Marketing };

QString entityKey(Entity e); // "orders", "customers", ... (CLI and JSON)
std::optional<Entity> entityFromKey(const QString &key);
QString entityDisplayName(Entity e); // translated, for screens

// Defaults of METRICS.md section 1.
QString defaultStoreName();   // "Main store"
QString defaultChannelName(); // "In store"
// The store the suggestion gives a web shop's lines that name none (trial 16: the web shop was listed as a
// shop called "Main store" beside the real ones): stored in English, shown in the user's language as the
// default store is (DisplayNames.h).
QString onlineShopStoreName(); // "Online shop"
// The source of lines imported without one, and of every line imported before sources existed: "Default",
// never translated (a source is an identity, the same in every language).
QString defaultSourceName();

// One order line as imported (METRICS.md section 1). Text fields are trimmed; empty means unknown.
struct OrderLine
{
    QString orderId;
    QDate date;
    int secondsOfDay = -1; // -1: no time of day in the export
    QString customerId;    // empty: guest or walk-in sale
    QString sku;
    QString productName; // optional, fills the product table when known
    QString category;    // optional, fills the product table when known
    Quantity quantity;   // negative for return lines
    Money unitPrice;
    // An exported line total makes the gross amount exactly (unit price is then only shown); empty: quantity
    // × unit price rounded once. METRICS.md section 1.
    std::optional<Money> lineGross;
    bool hasPrice = true; // false: the export has no prices, the amount is unknown
    Money discount;
    std::optional<Money> unitCost; // empty cost is unknown; 0 is a real cost
    QString store;                 // empty: defaultStoreName()
    QString channel;               // empty: defaultChannelName()
    QString country;               // optional, the customer's country where the export has it: its key
                                   // (countryKey(): "DE" for "Germany" or "DEU")
    QString lineId;                // the export's own line id, when it has one: the line's identity

    Money grossAmount() const
    {
        return !hasPrice ? Money() : lineGross ? *lineGross : unitPrice.times(quantity);
    }
    Money lineAmount() const { return grossAmount() - discount; }
};

struct Customer
{
    QString id;
    QString name;
    QString email;
    QString phone; // as written
    QDate birthDate;
    QString ageBand;
    QString gender;
    QString city;
    QString region;
    QString country; // its key (countryKey()), as on order lines
    QString postalCode;
    QString loyaltyTier;
    QString acquisitionChannel;
    std::optional<bool> consentEmail;
    std::optional<bool> consentSms;
};

struct Product
{
    QString sku;
    QString name;
    QString category;
    std::optional<Money> cost;
    std::optional<Money> price;
};

struct InventorySnapshot
{
    QDate date;
    QString store;
    QString sku;
    Quantity onHand;
    std::optional<Money> unitCost; // empty: the product's cost
};

struct TrafficDay
{
    QString store;
    QDate date;
    qint64 visitors = 0;
};

// Headcount of a store in a month, in thousandths (fractional FTE is allowed).
struct StaffingMonth
{
    QString store;
    QDate month; // first day of the month
    qint64 headcountMilli = 0;
};

// Spend on a channel over [from, to]: one day, or a whole month when the export is monthly.
struct MarketingSpend
{
    QString channel;
    QDate from;
    QDate to;
    Money amount;
};

} // namespace storelens::core
