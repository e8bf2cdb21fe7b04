#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace storelens::test {

// Keeps a GUI test away from the user's settings and folders: QStandardPaths' test mode and QSettings as INI
// files under `folder` (the language, recent files, window geometry), so each run starts from no stored
// settings. With `applicationName` (the test's name) the settings live under the StoreLensTest organisation
// with that name.
inline void isolateSettings(const QString &folder, const QString &applicationName = {})
{
    QStandardPaths::setTestModeEnabled(true);
    if (!applicationName.isEmpty()) {
        QCoreApplication::setOrganizationName(QStringLiteral("StoreLensTest"));
        QCoreApplication::setApplicationName(applicationName);
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

// A test case's temporary folder, made in initTestCase(): it holds the test's settings (isolateSettings) and
// the files the test writes.
class SettingsFolder
{
public:
    // Keeps the settings in the folder, under the application name `testName` when given; false, with a
    // warning saying why, when there is no folder.
    bool setUp(const QString &testName = {})
    {
        if (!m_dir.isValid()) {
            qWarning("no temporary folder: %s", qPrintable(m_dir.errorString()));
            return false;
        }
        isolateSettings(m_dir.filePath(QStringLiteral("settings")), testName);
        return true;
    }
    // A file in the folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace storelens::test
