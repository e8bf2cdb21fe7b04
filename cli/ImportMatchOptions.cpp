#include "cli/ImportMatchOptions.h"

#include "cli/CliSupport.h"
#include "core/import/DefaultStore.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"
#include "core/import/WebShopEvidence.h"
#include "core/model/DisplayNames.h"
#include "core/model/SourceNames.h"
#include "core/store/Workspace.h"

#include <QFileInfo>

namespace storelens::cli {

using namespace storelens::core;

namespace {

const QString kStore = QStringLiteral("store");
const QString kProductsByName = QStringLiteral("products-by-name");
const QString kNewOrderIds = QStringLiteral("new-order-ids");
const QString kReplaceOtherSource = QStringLiteral("replace-other-source");

// The suggestion's "Online shop" where the workspace's lines of the source are in "Main store".
int keepEarlierStore(const QString &workspacePath, ImportProfile &profile, CliStreams &io)
{
    if (profile.defaultStore != onlineShopStoreName() || !QFileInfo::exists(workspacePath))
        return Success;
    const auto workspace = Workspace::open(workspacePath, false); // migrated, as the import would
    if (!workspace)
        return reportError(workspace.error(), io);
    Connection connection(workspace->path(), Connection::Access::ReadOnly);
    if (!connection.isOpen())
        return reportError(connection.error(), io);
    if (const auto kept = keepStoreOfEarlierLines(connection.db(), profile); !kept)
        return reportError(kept.error(), io);
    return Success;
}

} // namespace

void addImportMatchOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        kStore,
        CliText::tr("Order lines: the store of lines the file gives none (default: \"Online shop\" for a web "
                    "shop's export, else \"Main store\"; a web shop's lines already in \"Main store\" stay "
                    "there)."),
        CliText::tr("name")));
    parser.addOption(QCommandLineOption(
        kProductsByName,
        CliText::tr("Order lines: count a product without a code (a till's, named only) as the one product "
                    "with a code of the same name, case and spaces aside, in this file and in the "
                    "workspace. A name that several coded products share is never matched.")));
    parser.addOption(QCommandLineOption(
        kNewOrderIds,
        CliText::tr("Order lines: import a file whose orders look like orders of its source already in the "
                    "workspace under other order IDs (refused without it, unless with --replace).")));
    parser.addOption(QCommandLineOption(
        kReplaceOtherSource,
        CliText::tr("Order lines: with --replace, replace even when the file seems to come from another till "
                    "or shop than its source (it holds almost none of the source's orders on its days). "
                    "Without it such a replace is refused: it would remove those orders.")));
}

int applyImportMatchOptions(const QCommandLineParser &parser, const QString &workspacePath, bool suggested,
                            ImportProfile &profile, ImportOptions &options, CliStreams &io)
{
    const bool orders = profile.entity == Entity::Orders;
    if (parser.isSet(kStore)) {
        if (parser.value(kStore).trimmed().isEmpty() || !orders) {
            io.err << CliText::tr("--store takes a name, for order lines.") << '\n';
            return BadUsage;
        }
        const QString store = canonicalStoreChannelName(parser.value(kStore));
        profile.defaultStore = store == defaultStoreName() ? QString() : store;
    } else if (suggested) {
        if (const int status = keepEarlierStore(workspacePath, profile, io); status != Success)
            return status;
    }
    if (parser.isSet(kProductsByName)) {
        if (!orders) {
            io.err << CliText::tr("--products-by-name is for order lines.") << '\n';
            return BadUsage;
        }
        profile.productsByName = true;
    }
    options.refuseOrderIdChange = orders && !parser.isSet(kNewOrderIds);
    options.replaceOtherSource = parser.isSet(kReplaceOtherSource);
    return Success;
}

void printImportMatches(const ImportReport &report, const ImportProfile &profile, CliStreams &io)
{
    if (report.entity != Entity::Orders)
        return;
    // Said where the store is not the default one: a web shop's "Online shop", or the user's own. Refunds of
    // earlier orders are in their orders' stores.
    if (profile.columnFor(field::Store).isEmpty() && !profile.defaultStore.isEmpty() &&
        !profile.refundsOfEarlierOrders)
        io.out << CliText::tr("The file has no store column: every line is counted in the store \"%1\" "
                              "(--store names another).")
                      .arg(storeChannelDisplayName(profile.defaultStore))
               << '\n';
    // Why a file of no known system is a web shop's (trial 20: an Ecwid export taken for a till's).
    if (profile.columnFor(field::Channel).isEmpty() && report.source == webShopSourceName() &&
        profile.defaultChannel == webShopChannelName())
        io.out << webShopColumnsSentence(profileHeader(profile), report.source, profile.defaultChannel) << ' '
               << CliText::tr("(--source and --channel name others.)") << '\n';
    if (const QString counted = report.productNames.countedSentence(); !counted.isEmpty())
        io.out << counted << '\n';
    for (const QString &warning :
         {report.productNames.offerSentence(), report.productNames.ambiguousSentence(),
          report.orderIdChange.sentence()}) {
        if (!warning.isEmpty())
            io.err << CliText::tr("Warning: %1").arg(warning) << '\n';
    }
}

} // namespace storelens::cli
