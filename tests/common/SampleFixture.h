#pragma once

#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/sample/SampleWorkspace.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace storelens::test {

// Writes the sample store (core::SampleStore) of `customers` identified customers over `years` years to a new
// workspace at `path`, ending on `lastDay` when it is valid (else on the sample's fixed last day).
inline core::Result<core::SampleStats> writeSample(const QString &path, int customers, int years,
                                                   QDate lastDay = {})
{
    core::SampleOptions options;
    options.customers = customers;
    options.years = years;
    if (lastDay.isValid())
        options.lastDay = lastDay;
    return core::writeSampleWorkspace(path, options);
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

// A temporary folder with one sample store in it, written once for a test case (initTestCase), and the
// store's snapshot from the shared cache.
class SampleStoreFile
{
public:
    // Writes sample.storelens (see writeSample); false, with a warning saying why, when it cannot.
    bool write(int customers, int years, QDate lastDay = {})
    {
        if (!m_dir.isValid()) {
            qWarning("no temporary folder: %s", qPrintable(m_dir.errorString()));
            return false;
        }
        m_path = m_dir.filePath(QStringLiteral("sample.storelens"));
        const auto snapshot = writeSampleSnapshot(m_path, customers, years, lastDay);
        if (!snapshot) {
            qWarning("%s", qPrintable(snapshot.error().toString()));
            return false;
        }
        m_snapshot = snapshot.value();
        return true;
    }
    const QString &path() const { return m_path; }
    const core::analytics::SnapshotPtr &snapshot() const { return m_snapshot; }
    // Another file in the same folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    core::analytics::SnapshotPtr m_snapshot;
};

} // namespace storelens::test
