#pragma once

#include "common/SampleFixture.h"
#include "core/analytics/snapshot/SnapshotCache.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

#include <algorithm>
#include <cmath>

// What the GUI tests share: settings kept out of the user's, a sample store with its snapshot, and the WCAG
// contrast of two colours.
namespace storelens::test {

// Keeps a GUI test away from the user's settings and folders: QStandardPaths' test mode and QSettings as INI
// files under `folder`. With `applicationName` (the test's name) the settings live under the StoreLensTest
// organisation with that name.
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

// A sample store of `customers` over `years` at `path` (ending on `lastDay` when it is valid) and its
// snapshot from the shared cache.
inline core::Result<core::analytics::SnapshotPtr> writeSampleSnapshot(const QString &path, int customers,
                                                                      int years, QDate lastDay = {})
{
    const auto stats = writeSample(path, customers, years, lastDay);
    if (!stats.ok())
        return stats.error();
    return core::analytics::SnapshotCache::instance().get(path);
}

// WCAG 2 relative luminance of an sRGB colour.
inline double relativeLuminance(const QColor &c)
{
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

// WCAG 2 contrast ratio of two colours, 1 to 21.
inline double contrast(const QColor &a, const QColor &b)
{
    const double x = relativeLuminance(a);
    const double y = relativeLuminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace storelens::test
