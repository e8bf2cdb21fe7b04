#include "core/import/EntityDetector.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/store/Workspace.h"
#include "tests/fuzz/FuzzInput.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <optional>

// The importer's dry run on any bytes, as `storelens import --dry-run` runs it: preview, entity detection,
// the suggested profile, then Importer::run into a workspace that already holds two order lines, with the
// first byte choosing the error policy and whether the entity is forced to orders. A dry run must leave the
// workspace byte-identical.
using namespace storelens;
using namespace storelens::core;

namespace {

QString g_workspace;
QByteArray g_workspaceDigest;

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a plugin: it needs an application object to be found.
    static QCoreApplication app(*argc, *argv);
    g_workspace = fuzz::scratchDir().filePath(QStringLiteral("fuzz.storelens"));
    const QString base =
        fuzz::writeFile(QStringLiteral("base.csv"), "order_id,date,customer_id,sku,quantity,unit_price\n"
                                                    "B1,2024-01-02,C1,A,2,10.00\n"
                                                    "B2,2024-01-03,C2,B,1,5.50\n");
    fuzz::require(Workspace::open(g_workspace).ok());
    const Result<FilePreview> preview = previewFile(base);
    fuzz::require(preview.ok());
    fuzz::require(Importer::run(g_workspace, base, suggestProfile(preview.value(), Entity::Orders)).ok());
    g_workspaceDigest = digest(g_workspace);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const unsigned char choice = size > 0 ? data[0] : 0;
    const QString path = fuzz::writeFile(
        QStringLiteral("input.csv"), QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Result<FilePreview> preview = previewFile(path);
    if (!preview)
        return 0;
    const std::optional<Entity> entity =
        (choice & 2) ? std::optional<Entity>(Entity::Orders) : std::optional<Entity>();
    if (!entity)
        (void)detectEntity(preview.value());
    ImportOptions options;
    options.dryRun = true;
    options.onError = (choice & 1) ? ErrorPolicy::Skip : ErrorPolicy::Abort;
    const Result<ImportReport> report =
        Importer::run(g_workspace, path, suggestProfile(preview.value(), entity), options);
    if (report)
        fuzz::require(report.value().rejectedCount >= 0 && report.value().rowsRead >= 0);
    fuzz::require(digest(g_workspace) == g_workspaceDigest);
    return 0;
}
