#pragma once

#include "core/sample/SampleWorkspace.h"

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
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StoreLensTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    storelens::core::SampleOptions options;
    options.customers = 300;
    options.years = 2;
    const QString path = dir.filePath(QStringLiteral("sample.storelens"));
    const auto stats = storelens::core::writeSampleWorkspace(path, options);
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
