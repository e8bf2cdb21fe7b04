#include "core/store/CustomerRecords.h"
#include "core/store/OrderLineKeys.h"

#include <QTest>

using storelens::core::forgottenCustomerKey;
using storelens::core::LineKeys;
using storelens::core::OrderLineKeys;
using storelens::core::OrderLineRecord;
using storelens::core::Quantity;
using Table = OrderLineKeys::Table;

class TestOrderLineKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolvesLines_data();
    void resolvesLines();
    void forgottenCustomerStaysGuest();
    void rowsOfOtherEntities();
    void wholeBatchAsLineByLine();
};

namespace {

// A sale of one unit on 2024-03-01 in store "Harbour", channel "Web", with the given order, SKU and customer.
OrderLineRecord sale(const char *order, const char *sku, const char *customer, const char *name = "Tea",
                     const char *country = "")
{
    OrderLineRecord r;
    r.orderId = order;
    r.date = QDate(2024, 3, 1);
    r.sku = sku;
    r.productName = name;
    r.category = name[0] ? "Drinks" : "";
    r.customerId = customer;
    r.country = country;
    r.store = "Harbour";
    r.channel = "Web";
    r.quantity = Quantity::fromMilli(1000);
    return r;
}

} // namespace

// The workspace holds product 7 (SKU "A", stored without name), customer 40 ("C1") and store 3 ("Harbour");
// new rows continue after the highest stored id of their table, in the order the lines meet them.
void TestOrderLineKeys::resolvesLines_data()
{
    QTest::addColumn<QList<qint64>>("products");
    QTest::addColumn<QList<qint64>>("customers");
    QTest::addColumn<QList<qint64>>("seqs");
    QTest::addColumn<QList<int>>("actions");

    const int newChannel = LineKeys::NewChannel;
    // line 1: stored product A without a name: filled once; stored customer C1; channel Web is new (id 1)
    // line 2: the same product, order and day again: seq 1; nothing more to fill
    // line 3: new product B -> 8, new customer C2 -> 41; with a country, so never filled later
    // line 4: C2 again with a country: nothing to fill; B in a new order: seq 0
    QTest::newRow("stored, repeated and new rows")
        << QList<qint64>{7, 7, 8, 8} << QList<qint64>{40, 40, 41, 41} << QList<qint64>{0, 1, 0, 0}
        << QList<int>{LineKeys::FillProduct | LineKeys::FillCustomerCountry | newChannel, 0,
                      LineKeys::NewProduct | LineKeys::NewCustomer, 0};
}

void TestOrderLineKeys::resolvesLines()
{
    QFETCH(QList<qint64>, products);
    QFETCH(QList<qint64>, customers);
    QFETCH(QList<qint64>, seqs);
    QFETCH(QList<int>, actions);

    OrderLineKeys keys;
    keys.known(Table::Products, "A", 7);
    keys.known(Table::Customers, "C1", 40);
    keys.known(Table::Stores, "Harbour", 3);
    const OrderLineRecord lines[] = {sale("1", "A", "C1", "Tea", "GB"), sale("1", "A", "C1", "Tea", "GB"),
                                     sale("2", "B", "C2", "Coffee", "DE"),
                                     sale("3", "B", "C2", "Coffee", "DE")};
    for (int i = 0; i < 4; ++i) {
        const LineKeys k = keys.resolve(lines[i]);
        QCOMPARE(k.product, products.at(i));
        QCOMPARE(k.customer, customers.at(i));
        QCOMPARE(k.seq, seqs.at(i));
        QCOMPARE(int(k.actions), actions.at(i));
        QCOMPARE(k.store, qint64(3));
        QCOMPARE(k.channel, qint64(1));
    }
}

// A customer id that was forgotten makes no customer: the line stays a guest line (-1), every time.
void TestOrderLineKeys::forgottenCustomerStaysGuest()
{
    OrderLineKeys keys;
    keys.forgotten(forgottenCustomerKey("C9"));
    for (int i = 0; i < 2; ++i) {
        const LineKeys k = keys.resolve(sale("5", "A", "C9"));
        QCOMPARE(k.customer, qint64(-1));
        QCOMPARE(k.actions & LineKeys::NewCustomer, 0);
    }
    QCOMPARE(keys.resolve(sale("6", "A", "C10")).customer, qint64(1)); // the first customer of a new table
}

// Inventory, traffic and marketing name stores, channels and products on their own: an empty name is the
// default store or channel; a row the writer inserted itself (a products export) moves the next id past it.
void TestOrderLineKeys::rowsOfOtherEntities()
{
    OrderLineKeys keys;
    bool created = false;
    QCOMPARE(keys.id(Table::Stores, QByteArrayView(), created), qint64(1));
    QVERIFY(created);
    QCOMPARE(keys.id(Table::Stores, keys.defaultStore(), created), qint64(1));
    QVERIFY(!created);
    keys.known(Table::Products, "X", 20);
    QCOMPARE(keys.id(Table::Products, "Y", created), qint64(21));
    QVERIFY(created);
    QCOMPARE(keys.id(Table::Channels, "Web", created), qint64(1));
}

// resolveAll() fetches the tables' memory up to 16 lines ahead: 50 lines whose products and customers are
// created inside that window (new SKU every 7th line, new customer every 5th, orders of 3 lines, a return
// every 11th, guests every 13th) get exactly the keys resolve() gives one line at a time.
void TestOrderLineKeys::wholeBatchAsLineByLine()
{
    std::vector<QByteArray> text; // the records' bytes
    text.reserve(200);
    std::vector<OrderLineRecord> lines;
    for (int i = 0; i < 50; ++i) {
        text.push_back(QByteArray::number(i / 3));
        const QByteArray &order = text.back();
        text.push_back("S" + QByteArray::number(i / 7));
        const QByteArray &sku = text.back();
        text.push_back(i % 13 == 0 ? QByteArray() : "C" + QByteArray::number(i / 5));
        const QByteArray &customer = text.back();
        OrderLineRecord r = sale(order.constData(), sku.constData(), customer.constData(), "Tea", "GB");
        if (i % 11 == 0)
            r.quantity = Quantity::fromMilli(-1000);
        lines.push_back(r);
    }
    OrderLineKeys one;
    OrderLineKeys all;
    for (OrderLineKeys *keys : {&one, &all}) {
        keys->known(Table::Products, "S0", 3);
        keys->known(Table::Customers, "C2", 9);
    }
    std::vector<LineKeys> batch;
    all.resolveAll(lines, batch);
    QCOMPARE(batch.size(), lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        const LineKeys k = one.resolve(lines[i]);
        QCOMPARE(batch[i].product, k.product);
        QCOMPARE(batch[i].customer, k.customer);
        QCOMPARE(batch[i].store, k.store);
        QCOMPARE(batch[i].channel, k.channel);
        QCOMPARE(batch[i].seq, k.seq);
        QCOMPARE(int(batch[i].actions), int(k.actions));
    }
    QCOMPARE(batch[3].seq, qint64(0));   // order 1's first line
    QCOMPARE(batch[11].seq, qint64(-1)); // a return
}

QTEST_APPLESS_MAIN(TestOrderLineKeys)
#include "tst_orderlinekeys.moc"
