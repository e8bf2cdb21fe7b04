#pragma once

#include "common/SampleFixture.h"
#include "ui/common/LatestTask.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QWidget>

#include <algorithm>

// What the window tests share: settings kept apart from the user's, a small sample store, and "is anything
// still computing".
namespace storelens::test {

// QSettings (as INI under `settingsDir`) and the standard paths in test mode, under the test's own name.
inline void isolateSettings(const QString &applicationName, const QString &settingsDir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StoreLensTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
}

// A sample store of `customers` customers over one year at `path` (SampleFixture.h); false when it could not
// be written.
inline bool writeSmallSample(const QString &path, int customers)
{
    return writeSample(path, customers, 1).ok();
}

// Whether any view or controller under `root` still runs a background task.
inline bool anyTaskRunning(const QWidget *root)
{
    const auto tasks = root->findChildren<ui::LatestTask *>();
    return std::any_of(tasks.begin(), tasks.end(), [](const ui::LatestTask *t) { return t->isRunning(); });
}

} // namespace storelens::test
