#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <cstring>
#include <optional>
#include <vector>

namespace storelens::core {

// A till often writes one placeholder customer id or e-mail address on every walk-in sale ("kasse@laden.de",
// "noemail@example.com", "0", "Barverkauf"). Imported as it is, it becomes one giant customer who distorts
// retention, RFM and lifetime value (issue 18, trial 11b). Once an import has read its file (a dry run too),
// the customer holding the largest share of the file's orders (CustomerOrderCounts) is flagged when:
//   * the file has at least kMinOrders orders and kMinCustomers identified customers: with fewer, one busy
//     regular can hold a large share of a small file honestly, and the share says little;
//   * the customer holds at least kMinShare of the orders. With 20 customers an even share is 5 %; in real
//     purchase data the busiest customer holds far less (0.8 % of the orders of the CDNOW sample, 0.3 % of
//     the sample store's), while a till's placeholder carries every walk-in sale, often most of them. 20 % is
//     four times the even share of the smallest file checked.
// The user decides: the Check page and `import` name the customer and the share and offer to import their
// lines as guest sales (ImportProfile::guestCustomerIds).
struct PlaceholderCustomer
{
    static constexpr qint64 kMinOrders = 50;
    static constexpr qint64 kMinCustomers = 20;
    static constexpr double kMinShare = 0.20;

    QString customerId;    // the key as stored (an e-mail key lower-cased)
    qint64 orders = 0;     // the customer's orders among the file's
    qint64 fileOrders = 0; // the orders of the file (with a sale line), guests' included
    qint64 customers = 0;  // identified customers among them

    double share() const { return fileOrders > 0 ? double(orders) / double(fileOrders) : 0.0; }
    // "One customer, "kasse@laden.de", holds 412 of the file's 1,030 orders (40.0 %). …", in the user's
    // language.
    QString sentence() const;
};

// The file's orders per customer, counted on the import's thread as its sale lines are written: a line
// starts an order when its order id differs from the sale line before it (an export lists an order's lines
// together). No hashing: an order id compare per line and a counter per customer, indexed by the customer's
// row id (which the writer's keys already hold).
class CustomerOrderCounts
{
public:
    // A sale line of the file, in file order; `customer` is its customer's row id, -1 for a guest.
    void saleLine(QByteArrayView orderId, qint64 customer)
    {
        if (m_any && orderId.size() == m_lastOrder.size() &&
            std::memcmp(orderId.data(), m_lastOrder.constData(), size_t(orderId.size())) == 0)
            return;
        m_any = true;
        m_lastOrder.resize(orderId.size());
        std::memcpy(m_lastOrder.data(), orderId.data(), size_t(orderId.size()));
        ++m_orders;
        if (customer >= 0)
            countCustomerOrder(customer);
    }

    qint64 orders() const { return m_orders; }
    qint64 customers() const { return m_customers; }
    // The customer with the most orders (the first of equals), -1 when every order was a guest's.
    qint64 busiestCustomer() const;
    qint64 ordersOf(qint64 customer) const
    {
        return customer >= 0 && size_t(customer) < m_perCustomer.size() ? m_perCustomer[size_t(customer)] : 0;
    }

private:
    void countCustomerOrder(qint64 customer)
    {
        if (size_t(customer) >= m_perCustomer.size())
            m_perCustomer.resize(std::max(size_t(customer) + 1, m_perCustomer.size() * 2), 0);
        if (m_perCustomer[size_t(customer)]++ == 0)
            ++m_customers;
    }

    QByteArray m_lastOrder;
    bool m_any = false;
    qint64 m_orders = 0;
    qint64 m_customers = 0;
    std::vector<quint32> m_perCustomer; // by customer row id
};

// The customer of `counts` who holds an outsized share of the file's orders, by the thresholds above, named
// by their key (one lookup on the import's connection, inside its transaction); nullopt when none does.
Result<std::optional<PlaceholderCustomer>> findPlaceholderCustomer(const QSqlDatabase &db,
                                                                   const CustomerOrderCounts &counts);

} // namespace storelens::core
