#include "core/analytics/snapshot/StringPool.h"

#include <QTest>

using namespace storelens::core::analytics;

class TestStringPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsAndReadsBack();
    void internsThroughGrowth();
};

// Empty and non-ASCII strings keep their place and their bytes.
void TestStringPool::appendsAndReadsBack()
{
    StringPool pool;
    QVERIFY(pool.isEmpty());
    pool.append(QStringLiteral("A-1"));
    pool.append(QByteArrayView());
    pool.append(QString::fromUtf8("Bäckerei Ø"));
    QCOMPARE(pool.size(), qsizetype(3));
    QCOMPARE(pool.at(0), QStringLiteral("A-1"));
    QVERIFY(pool.at(1).isEmpty());
    QCOMPARE(pool.at(2), QString::fromUtf8("Bäckerei Ø"));
    QCOMPARE(pool.bytes(2).size(), qsizetype(QByteArray("Bäckerei Ø").size()));
    const StringPool moved = std::move(pool);
    QCOMPARE(moved.size(), qsizetype(3));
    QCOMPARE(pool.size(), qsizetype(0)); // NOLINT(bugprone-use-after-move): a moved-from pool reads as empty
}

// Far more strings than the table's first size: every id keeps its index, and a repeat finds it.
void TestStringPool::internsThroughGrowth()
{
    StringPool pool;
    StringPoolInterner interner(&pool); // no size hint: the table grows many times
    const int count = 5000;
    for (int i = 0; i < count; ++i)
        QCOMPARE(interner.intern(QByteArray(QByteArray("order-") + QByteArray::number(i))), int32_t(i));
    QCOMPARE(interner.intern(QByteArrayView()), int32_t(count));
    QCOMPARE(interner.intern(QByteArray("Ørder-ü")), int32_t(count + 1));
    for (int i = count - 1; i >= 0; i -= 7)
        QCOMPARE(interner.intern(QByteArray(QByteArray("order-") + QByteArray::number(i))), int32_t(i));
    QCOMPARE(interner.intern(QByteArrayView()), int32_t(count));
    QCOMPARE(interner.intern(QByteArray("Ørder-ü")), int32_t(count + 1));
    QCOMPARE(pool.size(), qsizetype(count + 2));
    QCOMPARE(pool.at(count + 1), QString::fromUtf8("Ørder-ü"));
    QCOMPARE(pool.at(1234), QStringLiteral("order-1234"));
}

QTEST_APPLESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
