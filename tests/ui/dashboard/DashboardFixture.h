#pragma once

#include "common/GuiTestSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

// Shared by the dashboard GUI tests: settings in a temporary folder and a small sample store
// (300 customers, two years ending 2026-09-30).
namespace dashboardfixture {

// The temporary folder of a dashboard test case, made once in initTestCase(): the test's settings and the
// sample store, sample.storelens.
class SampleFolder
{
public:
    // Isolates the settings and writes the sample store; false, with a warning saying why, when it cannot.
    bool setUp(const char *testName)
    {
        if (!m_folder.setUp(QString::fromLatin1(testName)))
            return false;
        m_path = m_folder.filePath(QStringLiteral("sample.storelens"));
        const auto stats = storelens::test::writeSample(m_path, 300, 2);
        if (!stats.ok()) {
            qWarning("%s", qPrintable(stats.error().toString()));
            return false;
        }
        return true;
    }
    // The sample store.
    const QString &path() const { return m_path; }
    // Another file in the same folder.
    QString filePath(const QString &name) const { return m_folder.filePath(name); }

private:
    storelens::test::SettingsFolder m_folder;
    QString m_path;
};

// Top-level widgets still alive (menus and tooltips that Qt keeps hidden for reuse do not count).
inline int leakedWindows()
{
    int count = 0;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            ++count;
    }
    return count;
}

} // namespace dashboardfixture
