#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

namespace storelens::core {

struct ImportProfile;
struct OrderLineRecord;

// An order id whose sale lines lie on several days or in several stores is rarely one order: the till numbers
// its tickets per series or till (Ágora's T1/5, T2/5, T3/5; trial 16: 2,470 tickets counted as 1,261 orders,
// the ticket average nearly doubled, and nothing said so), or restarts them each day or year. Whatever the
// cause, the Check page and the CLI say it, with counts and an example.
//
// Threshold: an order's lines on two consecutive days are normal (a ticket rung up around midnight, an
// online order paid just after it), so an id counts only when its sale lines lie in two or more stores, or on
// days more than one day apart (its first and last day differ by two days or more; three distinct days
// always do). Returns are left out: a refund row carries its order's id on the day of the refund.
struct OrderIdSpread
{
    qint64 orders = 0;      // order ids spread that way
    QString example;        // the one on the most days (the first of equals)
    int exampleDays = 0;    // its distinct days
    int exampleStores = 0;  // its distinct stores
    qint64 exampleLine = 0; // its first line in the file
    QString seriesColumn;   // a column of the file named like a series ("Serie") that no field uses, or empty

    // The sentence for the data-quality notes (translated); empty when no order id is spread.
    QString sentence() const;
};

// Counts OrderIdSpread over the accepted sale lines of an import, on the thread that reads the file. An
// export lists an order's lines together, so a line like the one before it (same id, day and store) costs a
// compare; a change costs two hash probes. Ids are kept as 64-bit hashes, not as text.
class OrderIdSpreadCounter
{
public:
    // Counts into `spread` (a DataQuality's), which outlives the counter.
    OrderIdSpreadCounter(const ImportProfile &profile, OrderIdSpread &spread);
    OrderIdSpreadCounter(const OrderIdSpreadCounter &) = delete;
    OrderIdSpreadCounter &operator=(const OrderIdSpreadCounter &) = delete;

    void saleLine(const OrderLineRecord &record, qint64 line);
    // Whether an accepted sale line of this order id was counted (false without an order id column).
    bool hasSaleLines(QByteArrayView orderId) const;

private:
    struct Seen
    {
        qint64 firstDay = 0;
        qint64 lastDay = 0;
        qint64 firstLine = 0;
        int days = 0;
        int stores = 0;
        bool counted = false;
    };
    void newPlace(QByteArrayView orderId, quint64 idHash, quint64 storeHash, qint64 day, qint64 line);

    OrderIdSpread &m_spread;
    bool m_on = false;             // the profile maps an order id column
    QHash<quint64, Seen> m_orders; // by id hash
    QSet<quint64> m_idDays;        // hashes of (id, day) and of (id, store) seen
    QSet<quint64> m_idStores;
    QByteArray m_lastId; // the previous sale line's id, store and day
    QByteArray m_lastStore;
    qint64 m_lastDay = 0;
};

} // namespace storelens::core
