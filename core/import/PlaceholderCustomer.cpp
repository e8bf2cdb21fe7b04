#include "core/import/PlaceholderCustomer.h"

#include "core/model/PercentText.h"
#include "core/store/SqliteStatement.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace storelens::core {

namespace {

class PlaceholderCustomerText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::PlaceholderCustomer)
};

Error queryError(const QString &message)
{
    return Error(
        ErrorCode::Database,
        PlaceholderCustomerText::tr("The customer with the most orders could not be read: %1").arg(message));
}

} // namespace

QString PlaceholderCustomer::sentence() const
{
    const QLocale locale;
    return keepPercentSignsWithNumbers(
        PlaceholderCustomerText::tr(
            "One customer, \"%1\", holds %2 of the file's %3 orders (%4 %). A till that puts one "
            "placeholder id or e-mail address on every walk-in sale makes them one giant customer who "
            "distorts retention, RFM segments and lifetime value. If \"%1\" stands for no one, import "
            "their lines as guest sales.")
            .arg(customerId, locale.toString(orders), locale.toString(fileOrders),
                 locale.toString(share() * 100.0, 'f', 1)));
}

qint64 CustomerOrderCounts::busiestCustomer() const
{
    const auto top = std::max_element(m_perCustomer.begin(), m_perCustomer.end());
    return top == m_perCustomer.end() || *top == 0 ? -1 : qint64(top - m_perCustomer.begin());
}

Result<std::optional<PlaceholderCustomer>> findPlaceholderCustomer(const QSqlDatabase &db,
                                                                   const CustomerOrderCounts &counts)
{
    PlaceholderCustomer found;
    const qint64 top = counts.busiestCustomer();
    found.orders = counts.ordersOf(top);
    found.fileOrders = counts.orders();
    found.customers = counts.customers();
    if (top < 0 || found.fileOrders < PlaceholderCustomer::kMinOrders ||
        found.customers < PlaceholderCustomer::kMinCustomers ||
        found.share() < PlaceholderCustomer::kMinShare)
        return std::optional<PlaceholderCustomer>();
    SqliteStatement name;
    if (!name.prepare(SqliteStatement::handleOf(db), "SELECT external_id FROM customers WHERE id = ?"))
        return queryError(name.errorMessage());
    name.bind(0, top);
    if (!name.next())
        return queryError(name.errorMessage());
    found.customerId = name.text(0);
    return std::optional<PlaceholderCustomer>(found);
}

} // namespace storelens::core
