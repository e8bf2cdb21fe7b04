#pragma once

#include "core/analytics/snapshot/Snapshot.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <numeric>
#include <vector>

namespace storelens::test {

// A day of the fixtures, d(2024, 1, 5): short, as the fixtures name many.
inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Builds a core::analytics::Snapshot by hand for tests: customers, products and order lines in readable
// units (whole quantities, prices in cents), sorted and interned by build() like the real loader does.
class SnapshotFixture
{
public:
    using Snapshot = core::analytics::Snapshot;

    // Adds (or returns) a customer by external id; the reference stays valid until the next addCustomer().
    Snapshot::CustomerInfo &customer(const QString &externalId)
    {
        const auto it = m_customerIndex.constFind(externalId);
        if (it != m_customerIndex.constEnd())
            return m_customers[size_t(*it)];
        m_customerIndex.insert(externalId, int32_t(m_customers.size()));
        Snapshot::CustomerInfo info;
        info.externalId = externalId;
        m_customers.push_back(info);
        return m_customers.back();
    }
    // Adds customers in this order (customer indexes 0, 1, ...).
    void customers(std::initializer_list<const char *> externalIds)
    {
        for (const char *id : externalIds)
            customer(QString::fromLatin1(id));
    }
    void setCountry(const QString &externalId, const QString &country)
    {
        customer(externalId).country = intern(m_countries, country);
    }
    void product(const QString &sku, const QString &category, const QString &name = {})
    {
        const int32_t p = productIndex(sku);
        m_productNames[size_t(p)] = name;
        m_productCategory[size_t(p)] = category.isEmpty() ? -1 : intern(m_categories, category);
    }

    struct Line
    {
        QDate date;
        QString order;
        QString customer;      // empty: guest
        qint64 quantity = 1;   // whole units; negative for a return
        qint64 priceCents = 0; // unit price
        qint64 discountCents = 0;
        QString sku = QStringLiteral("SKU-1");
        QString store = QStringLiteral("Main store");
        QString channel = QStringLiteral("In store");
    };
    void add(const Line &line) { m_lines.push_back(line); }
    // A line of `quantity` × `priceCents` of `sku` (a test sets its store or channel before adding it).
    static Line line(const QDate &date, const QString &order, const QString &customerId, qint64 priceCents,
                     const QString &sku = QStringLiteral("SKU-1"), qint64 quantity = 1)
    {
        Line l;
        l.date = date;
        l.order = order;
        l.customer = customerId;
        l.quantity = quantity;
        l.priceCents = priceCents;
        l.sku = sku;
        return l;
    }
    // A one-line order: `quantity` × `priceCents`.
    void sale(const QDate &date, const QString &order, const QString &customerId, qint64 priceCents,
              qint64 quantity = 1)
    {
        add(line(date, order, customerId, priceCents, QStringLiteral("SKU-1"), quantity));
    }

    std::shared_ptr<Snapshot> build()
    {
        auto s = std::make_shared<Snapshot>();
        for (const Line &l : m_lines) {
            if (!l.customer.isEmpty())
                customer(l.customer);
            productIndex(l.sku);
        }
        std::vector<size_t> order(m_lines.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) {
            const Line &x = m_lines[a];
            const Line &y = m_lines[b];
            return x.date != y.date ? x.date < y.date : x.order < y.order;
        });
        QStringList orderIds;
        QStringList stores;
        QStringList channels;
        for (size_t k : order) {
            const Line &l = m_lines[k];
            s->day.push_back(int32_t(l.date.toJulianDay()));
            s->order.push_back(intern(orderIds, l.order));
            const int32_t c = l.customer.isEmpty() ? -1 : m_customerIndex.value(l.customer);
            s->customer.push_back(c);
            s->product.push_back(productIndex(l.sku));
            s->store.push_back(intern(stores, l.store));
            s->channel.push_back(intern(channels, l.channel));
            s->country.push_back(c >= 0 ? m_customers[size_t(c)].country : -1);
            s->quantity.push_back(l.quantity * 1000);
            s->gross.push_back(l.quantity * l.priceCents * 100);
            s->discount.push_back(l.discountCents * 100);
            s->lineCost.push_back(core::analytics::kUnknownCost);
        }
        for (const QString &id : orderIds)
            s->orderIds.append(id);
        s->stores = stores;
        s->channels = channels;
        s->countries = m_countries;
        s->categories = m_categories;
        s->skus = core::analytics::StringPool::fromList(m_skus);
        s->productNames = core::analytics::StringPool::fromList(productNameList());
        s->productCategory = m_productCategory;
        for (const Snapshot::CustomerInfo &info : m_customers)
            s->customers.append(info);
        s->revision = 1;
        return s;
    }

private:
    static int32_t intern(QStringList &list, const QString &value)
    {
        const qsizetype i = list.indexOf(value);
        if (i >= 0)
            return int32_t(i);
        list.append(value);
        return int32_t(list.size() - 1);
    }
    int32_t productIndex(const QString &sku)
    {
        const qsizetype i = m_skus.indexOf(sku);
        if (i >= 0)
            return int32_t(i);
        m_skus.append(sku);
        m_productNames.emplace_back();
        m_productCategory.push_back(-1);
        return int32_t(m_skus.size() - 1);
    }
    QStringList productNameList() const
    {
        QStringList names;
        for (const QString &n : m_productNames)
            names.append(n);
        return names;
    }

    std::vector<Snapshot::CustomerInfo> m_customers;
    QHash<QString, int32_t> m_customerIndex;
    QStringList m_countries;
    QStringList m_categories;
    QStringList m_skus;
    std::vector<QString> m_productNames;
    std::vector<int32_t> m_productCategory;
    std::vector<Line> m_lines;
};

} // namespace storelens::test
