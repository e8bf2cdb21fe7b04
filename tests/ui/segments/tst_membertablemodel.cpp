// The member list model: sorting by any column and searching reorder an index list over cached rows.
#include "ui/segments/MemberTableModel.h"

#include <QTest>

using namespace storelens;
using core::analytics::MemberRow;
using ui::MemberTableModel;

namespace {

MemberRow member(const char *id, const char *name, const char *country, qint64 netSalesUnits, int orders,
                 std::optional<bool> consent)
{
    MemberRow r;
    r.customerId = QString::fromUtf8(id);
    r.name = QString::fromUtf8(name);
    r.email = r.customerId + QStringLiteral("@example.com");
    r.country = QString::fromUtf8(country);
    r.netSales = netSalesUnits;
    r.orders = orders;
    r.firstPurchase = QDate(2023, 1, orders);
    r.lastPurchase = QDate(2024, 1, orders);
    r.consentEmail = consent;
    return r;
}

ui::MemberRowsPtr sampleRows()
{
    return std::make_shared<const std::vector<MemberRow>>(std::vector<MemberRow>{
        member("C-1", "Berta", "DE", 1250000, 3, true),           // 125.00
        member("C-2", "anton", "AT", 90000, 1, false),            // 9.00
        member("C-3", "Carla", "DE", 99990000, 12, std::nullopt), // 9,999.00
        member("C-4", "Dora", "FR", 0, 2, true),
    });
}

QStringList ids(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *v : values)
        list.append(QString::fromUtf8(v));
    return list;
}

QStringList idsInOrder(const MemberTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, MemberTableModel::CustomerId).data().toString());
    return ids;
}

} // namespace

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sorts_data();
    void sorts();
    void searches_data();
    void searches();
    void formatsCells();
};

void TestMemberTableModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("net sales, largest first")
        << int(MemberTableModel::NetSales) << int(Qt::DescendingOrder) << ids({"C-3", "C-1", "C-2", "C-4"});
    QTest::newRow("name, case-insensitive")
        << int(MemberTableModel::Name) << int(Qt::AscendingOrder) << ids({"C-2", "C-1", "C-3", "C-4"});
    QTest::newRow("orders") << int(MemberTableModel::Orders) << int(Qt::AscendingOrder)
                            << ids({"C-2", "C-4", "C-1", "C-3"});
    QTest::newRow("last purchase, latest first")
        << int(MemberTableModel::LastPurchase) << int(Qt::DescendingOrder)
        << ids({"C-3", "C-1", "C-4", "C-2"});
    // By the names shown: Austria, France, Germany (AT, FR, DE by key).
    QTest::newRow("country, by name")
        << int(MemberTableModel::Country) << int(Qt::AscendingOrder) << ids({"C-2", "C-4", "C-1", "C-3"});
}

void TestMemberTableModel::sorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, ids);
    MemberTableModel model;
    model.setRows(sampleRows());
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(idsInOrder(model), ids);
    // New rows keep the chosen order.
    model.setRows(sampleRows());
    QCOMPARE(idsInOrder(model), ids);
}

void TestMemberTableModel::searches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    // A country by its name as the column shows it ("Germany" for "DE"), not by its key.
    QTest::newRow("by country") << QStringLiteral("GERM") << ids({"C-1", "C-3"});
    QTest::newRow("not by a country's key") << QStringLiteral("at") << QStringList{};
    QTest::newRow("by name") << QStringLiteral("ANTON") << ids({"C-2"});
    QTest::newRow("by email") << QStringLiteral("c-4@") << ids({"C-4"});
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
    QTest::newRow("blank shows all") << QStringLiteral("  ") << ids({"C-1", "C-2", "C-3", "C-4"});
}

void TestMemberTableModel::searches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    MemberTableModel model;
    model.setRows(sampleRows());
    model.setSearchText(text);
    QCOMPARE(idsInOrder(model), ids);
    QCOMPARE(model.visibleCustomerIds(), ids);
}

void TestMemberTableModel::formatsCells()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MemberTableModel model;
    model.setRows(sampleRows());
    QCOMPARE(model.index(2, MemberTableModel::NetSales).data().toString(), QStringLiteral("9,999.00"));
    QCOMPARE(model.index(0, MemberTableModel::Consent).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.index(1, MemberTableModel::Consent).data().toString(), QStringLiteral("No"));
    QCOMPARE(model.index(2, MemberTableModel::Consent).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(model.index(0, MemberTableModel::Aov).data().toString(), QStringLiteral("–"));
}

QTEST_MAIN(TestMemberTableModel)
#include "tst_membertablemodel.moc"
