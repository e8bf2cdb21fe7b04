#include "core/store/ByteHash.h"
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
    void hashCountsLengthsAndBoundaries();
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

// The import's byte hash (ByteHash.h): a string's length is mixed in before its bytes, so strings hashed in
// turn keep their boundaries ("ab" then "c" is not "a" then "bc") and a trailing NUL byte or a word of zero
// bytes is not an empty tail; bytes past the first 8-byte word count; the seed counts.
void TestByteIdMap::hashCountsLengthsAndBoundaries()
{
    using namespace storelens::core::bytehash;
    QVERIFY(avalanche(rounds(rounds(0, "ab"), "c")) != avalanche(rounds(rounds(0, "a"), "bc")));
    QVERIFY(hash(QByteArrayView()) != hash(QByteArrayView("\0", 1)));
    QVERIFY(hash("SKU-0001") != hash(QByteArrayView("SKU-0001\0", 9)));
    QVERIFY(hash(QByteArrayView("\0\0\0\0\0\0\0\0", 8)) != hash(QByteArrayView()));
    QVERIFY(hash("customer-000000001") != hash("customer-000000002")); // differs in the third word
    QVERIFY(hash("C1", 1) != hash("C1", 2));
    QCOMPARE(hash("C1", 7), hash(QByteArray("C1"), 7)); // the bytes only, not where they are
}

QTEST_APPLESS_MAIN(TestByteIdMap)
#include "tst_byteidmap.moc"
