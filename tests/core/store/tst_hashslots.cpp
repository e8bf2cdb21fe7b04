#include "core/store/HashSlots.h"

#include <QTest>

using storelens::core::HashSlots;

class TestHashSlots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void collidingKeysStayApart();
    void keyZeroIsKeyOne();
    void keepsValuesThroughGrowth();
    void threeQuartersFull();
};

// 5, 1029 and 2053 all start probing at slot 5 of 1024.
void TestHashSlots::collidingKeysStayApart()
{
    HashSlots t;
    bool inserted = false;
    for (quint32 i = 0; i < 3; ++i) {
        t.findOrInsert(5 + 1024 * i, 10 + i, inserted);
        QVERIFY(inserted);
    }
    QCOMPARE(t.slotCount(), size_t(1024));
    for (quint32 i = 0; i < 3; ++i) {
        HashSlots::Slot &s = t.findOrInsert(5 + 1024 * i, 99, inserted);
        QVERIFY(!inserted);
        QCOMPARE(s.value, 10 + i);
        QCOMPARE(t.find(5 + 1024 * i)->value, 10 + i);
    }
    QCOMPARE(t.find(5 + 1024 * 3), nullptr);
}

void TestHashSlots::keyZeroIsKeyOne()
{
    HashSlots t;
    QCOMPARE(t.find(0), nullptr);
    bool inserted = false;
    t.findOrInsert(0, 7, inserted).value++;
    QVERIFY(inserted);
    QCOMPARE(t.find(1)->value, quint32(8));
}

void TestHashSlots::keepsValuesThroughGrowth()
{
    HashSlots t;
    bool inserted = false;
    for (quint64 k = 1; k <= 5000; ++k)
        t.findOrInsert(k * 0x9E3779B97F4A7C15ull, quint32(k), inserted);
    // 5000 keys at most 3/4 full: 5000 * 4 / 3 = 6667 slots at least, 8192 as a power of two.
    QCOMPARE(t.slotCount(), size_t(8192));
    for (quint64 k = 1; k <= 5000; ++k)
        QCOMPARE(t.find(k * 0x9E3779B97F4A7C15ull)->value, quint32(k));
}

// 700,000 keys need 933,334 slots at three quarters full: 2^20 = 1,048,576 (at half full it was 2^21), and
// 786,432 keys (3/4 of 2^20) fit without growing.
void TestHashSlots::threeQuartersFull()
{
    HashSlots t;
    t.reserve(700000);
    QCOMPARE(t.slotCount(), size_t(1048576));
    bool inserted = false;
    for (quint64 k = 1; k <= 786432; ++k)
        t.findOrInsert(k, 0, inserted);
    QCOMPARE(t.slotCount(), size_t(1048576));
    t.findOrInsert(786433, 0, inserted);
    QCOMPARE(t.slotCount(), size_t(2097152));
}

QTEST_GUILESS_MAIN(TestHashSlots)
#include "tst_hashslots.moc"
