// The sources an import names itself when its profile names none (trial 15: "Default", an English word in a
// German window): stored in English, so that imports in two languages meet in one source, and shown in the
// user's language; a name typed in the user's language is the stored one, unless the workspace has a source
// of that very name already (typed by the user before these names existed).
#include "core/model/Entities.h"
#include "core/model/SourceNames.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace storelens::core;

namespace {

// The German names as storelens_de.qm gives them.
class GermanSourceNames : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("storelens::core::SourceNames"))
            return {};
        const QLatin1String text(source);
        if (text == QLatin1String("Default"))
            return QStringLiteral("Standard");
        if (text == QLatin1String("Web shop"))
            return QStringLiteral("Webshop");
        if (text == QLatin1String("Till"))
            return QStringLiteral("Kasse");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestSourceNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void shownInTheUsersLanguage();
    void typedNamesAreTheStoredOnes_data();
    void typedNamesAreTheStoredOnes();

private:
    GermanSourceNames m_german;
};

void TestSourceNames::init()
{
    QVERIFY(QCoreApplication::installTranslator(&m_german));
}

void TestSourceNames::cleanup()
{
    QCoreApplication::removeTranslator(&m_german);
}

void TestSourceNames::shownInTheUsersLanguage()
{
    QCOMPARE(webShopSourceName(), QStringLiteral("Web shop"));
    QCOMPARE(tillSourceName(), QStringLiteral("Till"));
    QCOMPARE(sourceDisplayNames({defaultSourceName(), webShopSourceName(), tillSourceName(),
                                 QStringLiteral("Squarespace"), QStringLiteral("Laden Wiehre")}),
             QStringList({QStringLiteral("Standard"), QStringLiteral("Webshop"), QStringLiteral("Kasse"),
                          QStringLiteral("Squarespace"), QStringLiteral("Laden Wiehre")}));
}

void TestSourceNames::typedNamesAreTheStoredOnes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("stored");
    QTest::newRow("German, any case") << " kasse " << QStringList() << "Till";
    QTest::newRow("German web shop") << "Webshop" << QStringList{QStringLiteral("Till")} << "Web shop";
    QTest::newRow("English") << "web shop" << QStringList() << "Web shop";
    QTest::newRow("the old default") << "Standard" << QStringList{QStringLiteral("Default")} << "Default";
    QTest::newRow("the user's own Kasse stays")
        << "Kasse" << QStringList{QStringLiteral("Default"), QStringLiteral("Kasse")} << "Kasse";
    QTest::newRow("any other name") << " Laden Wiehre" << QStringList() << "Laden Wiehre";
    QTest::newRow("empty: the default") << "" << QStringList() << "";
}

void TestSourceNames::typedNamesAreTheStoredOnes()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, existing);
    QFETCH(QString, stored);
    QCOMPARE(canonicalSourceName(typed, existing), stored);
}

QTEST_GUILESS_MAIN(TestSourceNames)
#include "tst_sourcenames.moc"
