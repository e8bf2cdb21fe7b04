#include "core/import/FieldCatalog.h"
#include "core/import/ProfileStore.h"
#include "core/store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core;

namespace {

ImportProfile ordersProfile(const QString &name)
{
    ImportProfile p;
    p.name = name;
    p.entity = Entity::Orders;
    p.dialect.delimiter = ';';
    p.dateOrder = csv::DateOrder::DayMonthYear;
    p.decimalSeparator = ',';
    p.columns = {{QStringLiteral("Beleg"), 0, field::OrderId},
                 {QStringLiteral("Datum"), 1, field::Date},
                 {QStringLiteral("Notiz"), 2, QString()}};
    return p;
}

const QStringList Header = {QStringLiteral("Beleg"), QStringLiteral("Datum"), QStringLiteral("Notiz")};

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void saveFindReplace();
    void matchingHeader_data();
    void matchingHeader();
    void renameAndRemove();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestProfileStore::init()
{
    m_connection.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    const auto ws = Workspace::open(m_dir->filePath(QStringLiteral("w.storelens")));
    QVERIFY(ws.ok());
    m_connection = std::make_unique<Connection>(ws->path());
    QVERIFY(m_connection->isOpen());
}

void TestProfileStore::saveFindReplace()
{
    QSqlDatabase &db = m_connection->db();
    QCOMPARE(ProfileStore::save(db, ordersProfile(QStringLiteral("  ")), Header).error().code(),
             ErrorCode::InvalidValue);
    const auto id = ProfileStore::save(db, ordersProfile(QStringLiteral(" Kasse ")), Header);
    QVERIFY(id.ok());
    auto found = ProfileStore::find(db, QStringLiteral("KASSE"));
    QVERIFY(found.ok());
    QCOMPARE(found->id, id.value());
    QCOMPARE(found->profile.name, QStringLiteral("Kasse"));
    QCOMPARE(found->profile.dialect.delimiter, ';');
    QCOMPARE(found->profile.dateOrder, csv::DateOrder::DayMonthYear);
    QCOMPARE(found->profile.decimalSeparator, ',');
    QCOMPARE(found->profile.columns.size(), qsizetype(3));
    QCOMPARE(found->profile.columnFor(field::Date), QStringLiteral("Datum"));
    QCOMPARE(found->headerSignature, QStringLiteral("beleg|datum|notiz"));

    // The same name (any case) replaces the profile instead of adding one.
    ImportProfile changed = ordersProfile(QStringLiteral("kasse"));
    changed.decimalSeparator = '.';
    QCOMPARE(ProfileStore::save(db, changed, Header).value(), id.value());
    const auto all = ProfileStore::list(db);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(all->front().profile.decimalSeparator, '.');
    QCOMPARE(ProfileStore::find(db, QStringLiteral("nothing")).error().code(), ErrorCode::NotFound);
}

void TestProfileStore::matchingHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("matches");
    QTest::newRow("same names") << Header << 1;
    QTest::newRow("other spelling of the same names")
        << QStringList{QStringLiteral("BELEG"), QStringLiteral(" Datum"), QStringLiteral("notiz ")} << 1;
    QTest::newRow("other order") << QStringList{QStringLiteral("Datum"), QStringLiteral("Beleg"),
                                                QStringLiteral("Notiz")}
                                 << 0;
    QTest::newRow("one column more") << (Header + QStringList{QStringLiteral("Filiale")}) << 0;
}

void TestProfileStore::matchingHeader()
{
    QFETCH(QStringList, header);
    QFETCH(int, matches);
    QSqlDatabase &db = m_connection->db();
    QVERIFY(ProfileStore::save(db, ordersProfile(QStringLiteral("Kasse")), Header).ok());
    QVERIFY(ProfileStore::save(db, ordersProfile(QStringLiteral("Other")), {QStringLiteral("x")}).ok());
    const auto found = ProfileStore::matching(db, header);
    QVERIFY(found.ok());
    QCOMPARE(int(found->size()), matches);
    if (matches > 0)
        QCOMPARE(found->front().profile.name, QStringLiteral("Kasse"));
}

void TestProfileStore::renameAndRemove()
{
    QSqlDatabase &db = m_connection->db();
    QVERIFY(ProfileStore::save(db, ordersProfile(QStringLiteral("Kasse")), Header).ok());
    QVERIFY(ProfileStore::save(db, ordersProfile(QStringLiteral("Webshop")), Header).ok());
    QCOMPARE(ProfileStore::rename(db, QStringLiteral("Kasse"), QStringLiteral("webshop")).error().code(),
             ErrorCode::InvalidValue);
    QCOMPARE(ProfileStore::rename(db, QStringLiteral("Kasse"), QString()).error().code(),
             ErrorCode::InvalidValue);
    QCOMPARE(ProfileStore::rename(db, QStringLiteral("none"), QStringLiteral("x")).error().code(),
             ErrorCode::NotFound);
    QVERIFY(ProfileStore::rename(db, QStringLiteral("kasse"), QStringLiteral("Till export")).ok());
    const auto renamed = ProfileStore::find(db, QStringLiteral("Till export"));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->profile.name, QStringLiteral("Till export"));
    QCOMPARE(ProfileStore::find(db, QStringLiteral("Kasse")).error().code(), ErrorCode::NotFound);

    QVERIFY(ProfileStore::remove(db, QStringLiteral("WEBSHOP")).ok());
    QCOMPARE(ProfileStore::remove(db, QStringLiteral("Webshop")).error().code(), ErrorCode::NotFound);
    const auto all = ProfileStore::list(db);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(all->front().profile.name, QStringLiteral("Till export"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
