// The language choice of Preferences: stored in QSettings, read back, mapped to a locale, and chosen in the
// dialog, which says the change applies at the next start.
#include "common/TestSettings.h"
#include "core/model/TextLocale.h"
#include "ui/cohorts/CohortLabels.h"
#include "ui/common/FileDialogDates.h"
#include "ui/common/LanguageSettings.h"
#include "ui/common/PreferencesDialog.h"

#include <QCoreApplication>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

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
    void qtSpeaksTheChosenLanguage_data();
    void qtSpeaksTheChosenLanguage();
    void englishCountsAreSingularForOne_data();
    void englishCountsAreSingularForOne();
    void untranslatedLanguageSpeaksEnglish();
    void fileDialogDatesInTheChosenLanguage();

private:
    storelens::test::SettingsFolder m_dir;
};

void TestLanguageSettings::initTestCase()
{
    QVERIFY(m_dir.setUp());
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

// Qt's own buttons and dialogs (Cancel, the file dialog's labels) come from qtbase_<lang>.qm, which Debian's
// qt6-translations-l10n installs (scripts/setup.sh): installTranslators loads it beside StoreLens' own.
void TestLanguageSettings::qtSpeaksTheChosenLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("Deutsch") << QStringLiteral("de") << QStringLiteral("Abbrechen");
    QTest::newRow("Français") << QStringLiteral("fr") << QStringLiteral("Annuler");
    QTest::newRow("Español") << QStringLiteral("es") << QStringLiteral("Cancelar");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Cancel");
}

void TestLanguageSettings::qtSpeaksTheChosenLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, cancel);
    ui::setLanguageSetting(code);
    ui::installTranslators(*QCoreApplication::instance());
    const QString translated = QCoreApplication::translate("QPlatformTheme", "Cancel");
    const QLocale installed;
    qDeleteAll(
        QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(translated, cancel);
    QCOMPARE(installed.name().left(2), code);
}

void TestLanguageSettings::englishCountsAreSingularForOne_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << QStringLiteral("0 customers in 0 days");
    QTest::newRow("one") << 1 << QStringLiteral("1 customer in 1 day");
    QTest::newRow("two") << 2 << QStringLiteral("2 customers in 2 days");
}

// tr("%n customer(s)", nullptr, n) in English, which has no translation file: "(s)" goes for 1 only.
void TestLanguageSettings::englishCountsAreSingularForOne()
{
    QFETCH(int, count);
    QFETCH(QString, text);
    ui::setLanguageSetting(QStringLiteral("en"));
    ui::installTranslators(*QCoreApplication::instance());
    const QString said = QCoreApplication::translate("Test", "%n customer(s) in %n day(s)", nullptr, count);
    const QString withoutCount = QCoreApplication::translate("Test", "customer(s)");
    qDeleteAll(
        QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(said, text);
    QCOMPARE(withoutCount, QStringLiteral("customer(s)")); // not a count: left alone
}

// Trial 23it: on an Italian desktop StoreLens's texts fell back to English, but Qt's buttons said "Successivo
// >" and "Annulla" beside them and lists in sentences were joined with "e" ("Still to choose: Order date e
// Unit price"). Italian numbers stay (1.234,50); the words are English.
void TestLanguageSettings::untranslatedLanguageSpeaksEnglish()
{
    ui::installTranslatorsFor(*QCoreApplication::instance(), QLocale(QLocale::Italian, QLocale::Italy));
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    const QString list = core::textList({QStringLiteral("Order date"), QStringLiteral("Unit price")});
    const QString number = QLocale().toString(1234.5, 'f', 2);
    // Month names are words: English ones in English screens (trial 23b read the cohort "ago 2026").
    using core::analytics::Grain;
    const int32_t august =
        core::analytics::cohortperiod::indexOfDay(Grain::Month, QDate(2026, 8, 3).toJulianDay());
    const QString cohort = ui::cohortPeriodName(Grain::Month, august);
    const QString axis = core::namesLocale().toString(QDate(2026, 8, 3), QStringLiteral("d MMM"));
    qDeleteAll(
        QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    QLocale::setDefault(QLocale::c());
    core::setTextsTranslated(true);
    QCOMPARE(cancel, QStringLiteral("Cancel"));
    QCOMPARE(list, QStringLiteral("Order date and Unit price"));
    QCOMPARE(number, QStringLiteral("1.234,50"));
    QCOMPARE(cohort, QStringLiteral("Aug 2026"));
    QCOMPARE(axis, QStringLiteral("3 Aug"));
    // A translated language joins its own way.
    ui::installTranslatorsFor(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
    const QString german = core::textList({QStringLiteral("A"), QStringLiteral("B")});
    const QString germanMonth = core::namesLocale().toString(QDate(2026, 3, 3), QStringLiteral("MMMM"));
    qDeleteAll(
        QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(german, QStringLiteral("A und B"));
    QCOMPARE(germanMonth, QStringLiteral("März"));
    // Preferences says so beside "System" (an empty note for a shipped language).
    QVERIFY(ui::PreferencesDialog::systemLanguageNote(QLocale(QLocale::German, QLocale::Germany)).isEmpty());
    const QString note = ui::PreferencesDialog::systemLanguageNote(QLocale(QLocale::Italian, QLocale::Italy));
    QVERIFY2(note.contains(QStringLiteral("no translation into Italian (italiano)")), qPrintable(note));
}

// Trial 13: the file dialog's dates were in English in a German StoreLens (QFileSystemModel writes them with
// QLocale::system(), which QLocale::setDefault does not change; the tests' system locale is C). A file
// changed on 5 March 2026 at 14:30 local time reads "05.03.26 14:30" in German, its 1,500 bytes
// (1,500 ÷ 1,024 = 1.46 KiB) "1,46 KiB".
void TestLanguageSettings::fileDialogDatesInTheChosenLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("orders.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(1500, 'x')), qint64(1500));
    QVERIFY(file.flush()); // written before its time is set, or closing would change it
    QVERIFY(file.setFileTime(QDateTime(QDate(2026, 3, 5), QTime(14, 30)), QFileDevice::FileModificationTime));
    file.close();

    ui::setLanguageSetting(QStringLiteral("de"));
    ui::installTranslators(*QCoreApplication::instance());
    QFileDialog dialog(nullptr, QStringLiteral("Import"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.resize(900, 500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    QVERIFY(details);
    QModelIndex name;
    QTRY_VERIFY((name = details->model()->index(0, 0, details->rootIndex())).isValid());
    QCOMPARE(name.data().toString(), QStringLiteral("orders.csv"));
    const auto *delegate = qobject_cast<ui::FileDialogDateDelegate *>(details->itemDelegate());
    const QString date =
        delegate ? delegate->cellText(name.siblingAtColumn(3)) : name.siblingAtColumn(3).data().toString();
    const QString size =
        delegate ? delegate->cellText(name.siblingAtColumn(1)) : name.siblingAtColumn(1).data().toString();
    QTest::qWait(100);
    const QString shots = QStringLiteral(STORELENS_SCREENSHOT_DIR "/de-filedialog");
    QVERIFY(QDir().mkpath(shots));
    QVERIFY(dialog.grab().toImage().save(QDir(shots).filePath(QStringLiteral("import.png"))));
    qDeleteAll(
        QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(date, QStringLiteral("05.03.26 14:30"));
    QCOMPARE(size, QStringLiteral("1,46 kB")); // a file manager's unit, not KiB
}

QTEST_MAIN(TestLanguageSettings)
#include "tst_languagesettings.moc"
