// The language choice of Preferences: stored in QSettings, read back, mapped to a locale, and chosen in the
// dialog, which says the change applies at the next start.
#include "common/TestSettings.h"
#include "ui/common/LanguageSettings.h"
#include "ui/common/PreferencesDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;

class TestLanguageSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void choiceIsStoredAndMapped_data();
    void choiceIsStoredAndMapped();
    void unknownStoredValueMeansSystem();
    void dialogStoresTheChoice();

private:
    QTemporaryDir m_dir;
};

void TestLanguageSettings::initTestCase()
{
    storelens::test::isolateSettings(m_dir);
}

void TestLanguageSettings::init()
{
    QSettings().clear();
}

void TestLanguageSettings::choiceIsStoredAndMapped_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("language"); // QLocale::Language of the locale it maps to
    QTest::newRow("English") << QStringLiteral("en") << int(QLocale::English);
    QTest::newRow("Deutsch") << QStringLiteral("de") << int(QLocale::German);
    QTest::newRow("Français") << QStringLiteral("fr") << int(QLocale::French);
    QTest::newRow("Español") << QStringLiteral("es") << int(QLocale::Spanish);
    QTest::newRow("System") << QString() << int(QLocale::system().language());
}

void TestLanguageSettings::choiceIsStoredAndMapped()
{
    QFETCH(QString, code);
    QFETCH(int, language);
    ui::setLanguageSetting(code);
    QCOMPARE(ui::languageSetting(), code);
    QCOMPARE(int(ui::localeForLanguage(ui::languageSetting()).language()), language);
}

void TestLanguageSettings::unknownStoredValueMeansSystem()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    QCOMPARE(ui::languageSetting(), QString());
}

void TestLanguageSettings::dialogStoresTheChoice()
{
    ui::PreferencesDialog dialog;
    QComboBox *box = dialog.languageBox();
    QCOMPARE(box->count(), 5);
    QCOMPARE(box->currentData().toString(), QString()); // System
    box->setCurrentIndex(box->findText(QStringLiteral("Deutsch")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("languageNote"))
                ->text()
                .contains(QStringLiteral("started again")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QDir().mkpath(QStringLiteral(STORELENS_SCREENSHOT_DIR));
    QVERIFY(dialog.grab().save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/preferences.png")));
    dialog.accept();
    QCOMPARE(ui::languageSetting(), QStringLiteral("de"));
}

QTEST_MAIN(TestLanguageSettings)
#include "tst_languagesettings.moc"
