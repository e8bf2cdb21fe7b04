#pragma once

#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

// Trial 12's shop in small: a PrestaShop web shop with orders to 2 December 2026 and a SumUp till whose
// export ends on 31 October, one workspace with two sources. November against the 30 days before it
// (2 to 31 October, the first days with data): net sales 250.00 -> 210.00, −40.00, of which SumUp −70.00
// (70.00 -> nothing) and PrestaShop +30.00 (180.00 -> 210.00).
//   PrestaShop: P1 2026-10-02 2 × 50.00, P2 10-15 1 × 80.00, P3 11-10 1 × 150.00, P4 11-20 2 × 30.00,
//               P5 12-02 1 × 20.00 (the as-of date)
//   SumUp:      S1 2026-10-05 3 × 10.00, S2 10-31 1 × 40.00
namespace storelens::test {

inline bool importAs(const QString &workspace, const QString &file, const QByteArray &content,
                     const QString &source)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        return false;
    out.close();
    const auto preview = core::previewFile(file);
    if (!preview)
        return false;
    core::ImportProfile profile = core::suggestProfile(preview.value());
    profile.source = source;
    return core::Importer::run(workspace, file, profile).ok();
}

// Creates the workspace at `path` (files written next to it); false when an import fails.
inline bool writeTwoSourceShop(const QString &path)
{
    if (!core::Workspace::open(path, true).ok())
        return false;
    const QDir dir = QFileInfo(path).dir();
    return importAs(path, dir.filePath(QStringLiteral("prestashop.csv")),
                    "Receipt No,Date,Item Code,Qty,Unit Price\n"
                    "P1,2026-10-02,MUG,2,50.00\n"
                    "P2,2026-10-15,MUG,1,80.00\n"
                    "P3,2026-11-10,MUG,1,150.00\n"
                    "P4,2026-11-20,MUG,2,30.00\n"
                    "P5,2026-12-02,MUG,1,20.00\n",
                    QStringLiteral("PrestaShop")) &&
           importAs(path, dir.filePath(QStringLiteral("sumup.csv")),
                    "Receipt No,Date,Item Code,Qty,Unit Price\n"
                    "S1,2026-10-05,MUG,3,10.00\n"
                    "S2,2026-10-31,MUG,1,40.00\n",
                    QStringLiteral("SumUp"));
}

} // namespace storelens::test
