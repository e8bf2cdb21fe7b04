#include "core/store/ByteIdMap.h"

#include <QTest>

using storelens::core::ByteIdMap;

class TestByteIdMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyMapFindsNothing();
    void keepsIdsThroughGrowth();
    void emptyKeyAndReplacement();
};

void TestByteIdMap::emptyMapFindsNothing()
{
    const ByteIdMap map;
    QCOMPARE(map.find("C1"), qint64(-1));
    QCOMPARE(map.find(QByteArrayView()), qint64(-1));
    QCOMPARE(map.size(), qsizetype(0));
}

// Many more keys than the first table and the first key block hold; prefixes of each other must not match.
void TestByteIdMap::keepsIdsThroughGrowth()
{
    ByteIdMap map;
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        const QByteArray key = "customer-" + QByteArray::number(i) + QByteArray(i % 97, 'x');
        map.insert(key, 1000 + i);
    }
    QCOMPARE(map.size(), qsizetype(count));
    for (int i = 0; i < count; i += 13) {
        const QByteArray key = "customer-" + QByteArray::number(i) + QByteArray(i % 97, 'x');
        QCOMPARE(map.find(key), qint64(1000 + i));
    }
    QCOMPARE(map.find("customer-"), qint64(-1));
    QCOMPARE(map.find("customer-1x"), qint64(1001)); // stored with 1 % 97 = one 'x'
    QCOMPARE(map.find("customer-1"), qint64(-1));    // a prefix of it
    QCOMPARE(map.find("customer-1xx"), qint64(-1));  // longer than it
    QCOMPARE(map.find(QByteArray("Bäckerei")), qint64(-1));
}

void TestByteIdMap::emptyKeyAndReplacement()
{
    ByteIdMap map;
    map.insert(QByteArrayView(), 7);
    map.insert(QByteArray("Tee"), 8);
    QCOMPARE(map.find(QByteArrayView()), qint64(7));
    QCOMPARE(map.find(""), qint64(7));
    map.insert(QByteArray("Tee"), 9);
    QCOMPARE(map.find("Tee"), qint64(9));
    QCOMPARE(map.size(), qsizetype(2));
}

QTEST_APPLESS_MAIN(TestByteIdMap)
#include "tst_byteidmap.moc"
