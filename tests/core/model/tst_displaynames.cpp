// core::storeChannelDisplayName(): the importer's canonical default store and channel names read in the
// user's language; every other name, and the canonical ones without a translation, stay as they are. And
// core::canonicalStoreChannelName(), the way back from a name the user types.
#include "common/GermanDisplayNames.h"
#include "core/model/DisplayNames.h"
#include "core/model/Entities.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace storelens;

class TestDisplayNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayName_data();
    void displayName();
    void typedName_data();
    void typedName();
};

void TestDisplayNames::displayName_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("german");
    QTest::addColumn<QString>("shown");
    QTest::newRow("default store, English") << core::defaultStoreName() << false << "Main store";
    QTest::newRow("default store, German") << core::defaultStoreName() << true << "Hauptfiliale";
    QTest::newRow("default channel, German") << core::defaultChannelName() << true << "Im Laden";
    QTest::newRow("web shop channel, German") << QStringLiteral("Online") << true << "Online-Shop";
    QTest::newRow("web shop store, English") << core::onlineShopStoreName() << false << "Online shop";
    QTest::newRow("web shop store, German") << core::onlineShopStoreName() << true << "Webshop";
    // The user's own names are theirs, even when they resemble a canonical one.
    QTest::newRow("a store of the file") << QStringLiteral("Berlin Mitte") << true << "Berlin Mitte";
    QTest::newRow("lower-case online from the file") << QStringLiteral("online") << true << "online";
    QTest::newRow("empty") << QString() << true << QString();
}

void TestDisplayNames::displayName()
{
    QFETCH(QString, stored);
    QFETCH(bool, german);
    QFETCH(QString, shown);
    test::GermanDisplayNames translator;
    if (german)
        QCoreApplication::installTranslator(&translator);
    const QString text = core::storeChannelDisplayName(stored);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, shown);
}

// `storelens import --channel "im laden"` (trial 14: a French "en magasin" became a channel of its own).
void TestDisplayNames::typedName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("german");
    QTest::addColumn<QString>("stored");
    QTest::newRow("English, any case") << QStringLiteral(" in STORE ") << false << "In store";
    QTest::newRow("German display name") << QStringLiteral("im laden") << true << "In store";
    QTest::newRow("German web shop") << QStringLiteral("Online-Shop") << true << "Online";
    QTest::newRow("English under German") << QStringLiteral("online") << true << "Online";
    QTest::newRow("German words without German") << QStringLiteral("Im Laden") << false << "Im Laden";
    QTest::newRow("the user's own") << QStringLiteral(" Marktstand ") << true << "Marktstand";
    QTest::newRow("web shop store, any case") << QStringLiteral("online SHOP") << false << "Online shop";
    QTest::newRow("German web shop store") << QStringLiteral("webshop") << true << "Online shop";
}

void TestDisplayNames::typedName()
{
    QFETCH(QString, typed);
    QFETCH(bool, german);
    QFETCH(QString, stored);
    test::GermanDisplayNames translator;
    if (german)
        QCoreApplication::installTranslator(&translator);
    const QString name = core::canonicalStoreChannelName(typed);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(name, stored);
}

QTEST_GUILESS_MAIN(TestDisplayNames)
#include "tst_displaynames.moc"
