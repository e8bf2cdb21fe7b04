#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace storelens::test {

// Keeps a GUI test away from the user's files: QStandardPaths in test mode and QSettings as INI files in
// `dir` (the language, recent files, window geometry), so each run starts from no stored settings.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
}

} // namespace storelens::test
