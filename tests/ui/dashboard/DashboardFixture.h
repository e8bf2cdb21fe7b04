#pragma once

#include "common/GuiTestSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

// Shared by the dashboard GUI tests: settings in a temporary folder and a small sample store
// (300 customers, one year ending 2026-09-30).
namespace dashboardfixture {

inline QString setUp(const QTemporaryDir &dir, const char *testName)
{
    storelens::test::isolateSettings(dir.filePath(QStringLiteral("settings")), QString::fromLatin1(testName));
    const QString path = dir.filePath(QStringLiteral("sample.storelens"));
    const auto stats = storelens::test::writeSample(path, 300, 2);
    if (!stats.ok()) {
        qWarning("%s", qPrintable(stats.error().toString()));
        return {};
    }
    return path;
}

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
