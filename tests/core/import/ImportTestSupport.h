#pragma once

#include "common/ImportFiles.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace storelens::test {

// Preview, suggest a profile and import, as the CLI does without --profile.
inline core::Result<core::ImportReport>
importWithSuggestion(const QString &workspace, const QString &file, const core::ImportOptions &options = {},
                     std::optional<core::Entity> entity = std::nullopt)
{
    auto preview = core::previewFile(file);
    if (!preview)
        return preview.error();
    return core::Importer::run(workspace, file, core::suggestProfile(preview.value(), entity), options);
}

// Money units for an amount in cents, as the hand-worked comments write them (Money's units are
// ten-thousandths).
inline qint64 cents(qint64 c)
{
    return c * 100;
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(content), content.size());
}

// A single integer from a query, for checks against the database itself.
inline qint64 scalar(const QString &workspace, const QString &sql)
{
    core::Connection c(workspace);
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QString text(const QString &workspace, const QString &sql)
{
    core::Connection c(workspace);
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0).toString();
}

// The stored name of the customer with this external id.
inline QString customerName(const QString &workspace, const QString &externalId)
{
    return text(workspace,
                QStringLiteral("SELECT name FROM customers WHERE external_id = '%1'").arg(externalId));
}

// The workspace's summary; an empty one when it cannot be read (the comparisons then fail).
inline core::WorkspaceSummary summaryOf(const QString &workspace)
{
    const auto summary = core::WorkspaceSummary::read(workspace);
    return summary ? summary.value() : core::WorkspaceSummary();
}

// The profile suggested for a fixture under tests/data/import, as the wizard and the CLI start from it.
inline core::ImportProfile suggestedFor(const QString &fixture)
{
    auto preview = core::previewFile(importFixture(fixture));
    return preview ? core::suggestProfile(preview.value()) : core::ImportProfile();
}

// The columns a profile maps to `field`, in the file's order.
inline QStringList columnsMappedTo(const core::ImportProfile &profile, const QString &field)
{
    QStringList out;
    for (const core::ColumnMapping &c : profile.columns) {
        if (c.field == field)
            out << c.column;
    }
    return out;
}

} // namespace storelens::test
