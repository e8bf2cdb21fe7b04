#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "cli/ImportMapOption.h"
#include "cli/ImportMatchOptions.h"
#include "cli/ImportSummary.h"
#include "cli/LineTotalCheck.h"
#include "core/csv/Dialect.h"
#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileStore.h"
#include "core/import/ShippingColumn.h"
#include "core/import/UnreadMoney.h"
#include "core/model/DisplayNames.h"
#include "core/model/SourceNames.h"
#include "core/store/Currency.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <functional>

namespace storelens::cli {

using namespace storelens::core;

namespace {

const QString kWorkspace = QStringLiteral("workspace");
const QString kEntity = QStringLiteral("entity");
const QString kProfile = QStringLiteral("profile");
const QString kOnError = QStringLiteral("on-error");
const QString kDryRun = QStringLiteral("dry-run");
const QString kDateOrder = QStringLiteral("date-order");
const QString kDecimal = QStringLiteral("decimal");
const QString kSaveProfile = QStringLiteral("save-profile");
const QString kMap = QStringLiteral("map");
const QString kRejections = QStringLiteral("rejections");
const QString kNotProduct = QStringLiteral("not-a-product");
const QString kNoPrices = QStringLiteral("no-prices");
const QString kOrdersWithoutId = QStringLiteral("orders-without-id");
const QString kLineTotal = QStringLiteral("line-total");
const QString kOrderMoney = QStringLiteral("order-money");
const QString kShipping = QStringLiteral("shipping");
const QString kOrderDiscount = QStringLiteral("order-discount");
const QString kSource = QStringLiteral("source");
const QString kReplace = QStringLiteral("replace");
const QString kGuestIds = QStringLiteral("guest-ids");
const QString kNotSales = QStringLiteral("not-sales");
const QString kCancelStatus = QStringLiteral("cancel-status");
const QString kNotSoldStatus = QStringLiteral("not-sold-status");
const QString kChannel = QStringLiteral("channel");
const QString kCustomersByEmail = QStringLiteral("customers-by-email");
const QString kKeepTips = QStringLiteral("keep-tips");
const QString kKeepGiftCards = QStringLiteral("keep-gift-cards");

// --not-sales: the SKUs whose lines are left out of sales, added to the profile's (a saved one keeps them).
// --keep-tips: tips stay in sales (ImportProfile::leaveTipsOut off), in the profile saved too; likewise
// --keep-gift-cards (leaveGiftCardsOut).
bool addNotSalesSkus(const QCommandLineParser &parser, ImportProfile &chosen, CliStreams &io)
{
    const QStringList values = parser.values(kNotSales);
    const bool keepTips = parser.isSet(kKeepTips);
    const bool keepGiftCards = parser.isSet(kKeepGiftCards);
    if (!values.isEmpty() && chosen.entity != Entity::Orders) {
        io.err << CliText::tr("--not-sales takes SKUs, for order lines.") << '\n';
        return false;
    }
    if (keepTips && chosen.entity != Entity::Orders) {
        io.err << CliText::tr("--keep-tips is for order lines.") << '\n';
        return false;
    }
    if (keepGiftCards && chosen.entity != Entity::Orders) {
        io.err << CliText::tr("--keep-gift-cards is for order lines.") << '\n';
        return false;
    }
    if (keepTips)
        chosen.leaveTipsOut = false;
    if (keepGiftCards)
        chosen.leaveGiftCardsOut = false;
    for (const QString &list : values) {
        for (const QString &sku : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!sku.trimmed().isEmpty() && !chosen.notSalesSkus.contains(sku.trimmed()))
                chosen.notSalesSkus << sku.trimmed();
        }
    }
    return true;
}

// The header and first rows do not tell what the file holds: the user names it.
int refuseUnclearEntity(const QString &file, const EntityGuess &guess, CliStreams &io)
{
    QStringList likely; // as options: an entity's key in a sentence of another language reads as a typo
    for (Entity e : guess.candidates())
        likely << QStringLiteral("--entity ") + entityKey(e);
    io.err << (likely.isEmpty()
                   ? CliText::tr("%1: StoreLens cannot tell what this file holds.").arg(file)
                   : CliText::tr("%1: StoreLens cannot tell what this file holds (likeliest first: %2).")
                         .arg(file, likely.mid(0, 3).join(QStringLiteral(", "))))
           << '\n'
           << CliText::tr("Name it with --entity orders, customers, products, inventory, traffic, staffing "
                          "or marketing. Nothing was imported.")
           << '\n';
    return InputRejected;
}

// The import profile the workspace keeps for files with this header (saved by the import wizard), as the
// wizard applies it: the next export reads as the first did (trial 24c: a 1-5 December till file was refused
// for its date order, which the saved profile knew). Not for another entity than one named with --entity.
std::optional<SavedProfile> savedProfileFor(const QString &workspace, const FilePreview &preview,
                                            std::optional<Entity> entity)
{
    if (!QFileInfo::exists(workspace))
        return std::nullopt;
    // Read only: a file that is no workspace is refused later, byte-identical (tst_malformed).
    Connection connection(workspace, Connection::Access::ReadOnly);
    if (!connection.isOpen())
        return std::nullopt;
    auto matching = ProfileStore::matching(connection.db(), preview.header);
    if (!matching)
        return std::nullopt;
    for (SavedProfile &saved : matching.value()) {
        if (!entity || saved.profile.entity == *entity)
            return std::move(saved);
    }
    return std::nullopt;
}

// or for a dry run the one the import would store. Read before a dry run's new workspace is removed.
QString importCurrency(const QString &workspace, const QString &file, const ImportProfile &p)
{
    QString code;
    {
        Connection connection(workspace);
        if (connection.isOpen())
            code = core::workspaceCurrency(connection.db());
    }
    if (code.isEmpty() && p.entity == Entity::Orders) {
        code = core::guessFileCurrency(file);
        if (code.isEmpty())
            code = core::localeCurrency();
    }
    return code;
}

// Order lines: what the import did to the source's lines, with the money of each group.

// The file's shipping column the import left out (unmappedShippingColumn()), read from the preview the
// suggestion used, or from the file's head with a profile given.
QString shippingLeftOut(const QString &file, const ImportProfile &p, std::optional<FilePreview> preview)
{
    if (p.entity != Entity::Orders || !p.columnFor(field::Shipping).isEmpty())
        return {};
    if (!preview) {
        auto read = previewFile(file, p.dialect);
        if (!read)
            return {};
        preview = std::move(read).value();
    }
    return unmappedShippingColumn(*preview, p);
}

// Money columns the import leaves unread (unreadMoneyColumns()), each named on io.err: never silent (trial
// 20: Ecwid's coupon_discount, web net sales £885.49 too high without a word).
void warnUnreadMoney(const QString &file, const ImportProfile &p, std::optional<FilePreview> preview,
                     CliStreams &io)
{
    if (p.entity != Entity::Orders)
        return;
    if (!preview) {
        auto read = previewFile(file, p.dialect);
        if (!read)
            return;
        preview = std::move(read).value();
    }
    for (const UnreadMoneyColumn &u : unreadMoneyColumns(*preview, p))
        io.err << CliText::tr("Warning: %1").arg(u.sentence()) << '\n';
}

// Two columns name the same field ("quantity" twice): taking the first would be a silent guess. Each contest
// is named with both columns; the way out is a profile that says which column to use.
int refuseContestedFields(const QString &file, Entity entity, const QList<ContestedField> &contested,
                          bool profileSaved, CliStreams &io)
{
    for (const ContestedField &f : contested) {
        QStringList columns;
        for (qsizetype i = 0; i < f.columns.size(); ++i)
            columns << CliText::tr("column %1 \"%2\"").arg(f.columns.at(i) + 1).arg(f.headers.at(i));
        const FieldSpec *spec = findField(entity, f.field);
        io.err << Error(
                      ErrorCode::MissingField,
                      CliText::tr("%1 both name the field %2, and nothing in the file tells which one holds "
                                  "it. Nothing was imported.")
                          .arg(columns.size() == 2
                                   ? CliText::tr("%1 and %2").arg(columns.at(0), columns.at(1))
                                   : columns.join(QStringLiteral(", ")),
                               spec ? fieldLabel(*spec) : f.field),
                      file, 1, f.columns.constFirst() + 1)
                      .toString()
               << '\n';
    }
    io.err << (profileSaved
                   ? CliText::tr("The suggested profile was saved: set the field of the column to use "
                                 "(and clear the other), then import with --profile.")
                   : CliText::tr("Save the suggested profile with --save-profile, set the field of the "
                                 "column to use (and clear the other), then import with --profile."))
           << '\n';
    return InputRejected;
}

// --cancel-status VALUE (repeatable): status values that mark a cancellation, added to the profile's.
bool addCancelStatusValues(const QStringList &values, ImportProfile &profile, CliStreams &io)
{
    if (values.isEmpty())
        return true;
    if (profile.entity != Entity::Orders || profile.columnFor(field::Status).isEmpty()) {
        io.err << CliText::tr("--cancel-status names values of the status column, and no column is mapped to "
                              "the status; map one with --map \"COLUMN=status\".")
               << '\n';
        return false;
    }
    for (const QString &value : values) {
        const QString v = value.trimmed();
        if (v.isEmpty()) {
            io.err << CliText::tr("--cancel-status takes a status value, such as \"Cancelado\".") << '\n';
            return false;
        }
        const bool known = std::any_of(
            profile.cancelStatusValues.cbegin(), profile.cancelStatusValues.cend(),
            [&v](const QString &known) { return known.trimmed().compare(v, Qt::CaseInsensitive) == 0; });
        if (!known)
            profile.cancelStatusValues << v;
    }
    return true;
}

// --not-sold-status VALUE (repeatable): status values whose orders took no payment (trial 16: Tiendanube's
// "Pendiente" before StoreLens knew it), added to the profile's; such a value is no cancellation.
bool addNotSoldStatusValues(const QStringList &values, ImportProfile &profile, CliStreams &io)
{
    if (values.isEmpty())
        return true;
    if (profile.entity != Entity::Orders || profile.columnFor(field::Status).isEmpty()) {
        io.err << CliText::tr("--not-sold-status names values of the status column, and no column is mapped "
                              "to the status; map one with --map \"COLUMN=status\".")
               << '\n';
        return false;
    }
    const auto same = [](const QString &v) {
        return [v](const QString &known) { return known.trimmed().compare(v, Qt::CaseInsensitive) == 0; };
    };
    for (const QString &value : values) {
        const QString v = value.trimmed();
        if (v.isEmpty()) {
            io.err << CliText::tr("--not-sold-status takes a status value, such as \"Pendiente\".") << '\n';
            return false;
        }
        profile.cancelStatusValues.removeIf(same(v));
        if (std::none_of(profile.notSoldStatusValues.cbegin(), profile.notSoldStatusValues.cend(), same(v)))
            profile.notSoldStatusValues << v;
    }
    return true;
}

void addImportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(CliText::tr("file"), CliText::tr("The CSV file to import."));
    const QCommandLineOption workspace(kWorkspace, CliText::tr("The workspace file (created when missing)."),
                                       CliText::tr("path"));
    const QCommandLineOption entity(
        kEntity,
        CliText::tr("What the file holds: orders, customers, products, inventory, traffic, "
                    "staffing or marketing (default: detected from the header and values)."),
        CliText::tr("entity"));
    const QCommandLineOption profile(kProfile, CliText::tr("An import profile (JSON) to apply."),
                                     CliText::tr("profile.json"));
    const QCommandLineOption onError(
        kOnError,
        CliText::tr("abort: the first bad row cancels the import (default); skip: bad rows "
                    "are left out and listed, the rest is imported."),
        QStringLiteral("abort|skip"), QStringLiteral("abort"));
    const QCommandLineOption dryRun(
        kDryRun, CliText::tr("Check the whole file and count new, updated and unchanged rows without "
                             "changing the workspace."));
    const QCommandLineOption dateOrder(
        kDateOrder, CliText::tr("The order of day and month in dates, when the file leaves it open."),
        QStringLiteral("dmy|mdy|ymd"));
    const QCommandLineOption decimal(
        kDecimal, CliText::tr("The decimal separator of the numbers, when the file leaves it open."),
        QStringLiteral(".|,"));
    const QCommandLineOption map(
        kMap,
        CliText::tr("Map a column to a field by its key, or leave it out with an empty "
                    "key (repeatable): \"Einzelpreis brutto=unit_price\". An order ID in two columns (a "
                    "till's series and number): \"Serie=order_series\" beside \"Número=order_id\" makes "
                    "ticket T1/5."),
        CliText::tr("COLUMN=FIELD"));
    const QCommandLineOption saveProfile(kSaveProfile,
                                         CliText::tr("Save the profile used (suggested or given) as JSON."),
                                         CliText::tr("profile.json"));
    const QCommandLineOption rejections(
        kRejections, CliText::tr("With --on-error skip: write the rejected rows to this CSV file."),
        CliText::tr("rejected.csv"));
    const QCommandLineOption notProduct(
        kNotProduct,
        CliText::tr("Mark these SKUs (comma-separated; fees, postage, adjustments) \"not a product\": their "
                    "lines stay in sales, the products leave product rankings."),
        CliText::tr("SKU,SKU"));
    // Trial 18: a till's tips (Pourboire) counted as sales; they belong to the staff.
    const QCommandLineOption notSales(
        kNotSales,
        CliText::tr("Order lines: a SKU whose lines are not the store's sales, such as tips or deposits "
                    "(repeatable, or comma-separated): its lines are not imported, so they make no order and "
                    "no buying customer; the summary counts them and their money."),
        CliText::tr("SKU"));
    // Trial 20: the same till file gave other sales here than in the import wizard, which left tips out.
    const QCommandLineOption keepTips(
        kKeepTips,
        CliText::tr("Order lines: keep tips (a SKU or product name such as Tip, Trinkgeld, Pourboire or "
                    "Propina) in sales. A new profile leaves them out of sales, as the import wizard does; "
                    "a profile saved before StoreLens did keeps them in."));
    // Trial 22en: a till's gift card sold counted in sales, and again when the purchase it paid was rung up.
    const QCommandLineOption keepGiftCards(
        kKeepGiftCards,
        CliText::tr("Order lines: keep gift cards sold (a product such as Gift Card, Geschenkgutschein or "
                    "Carte cadeau) in sales. A new profile leaves them out, as the import wizard does: the "
                    "purchase paid with the card is the sale."));
    const QCommandLineOption noPrices(
        kNoPrices,
        CliText::tr("Import order lines from a file without any price (a till log): orders, units and "
                    "customers count, money KPIs say \"no prices imported\"."));
    const QCommandLineOption ordersWithoutId(
        kOrdersWithoutId,
        CliText::tr("For a file without an order id: row (each row is an order, the default) or "
                    "customer-day (one order per customer per day)."),
        QStringLiteral("row|customer-day"));
    const QCommandLineOption lineTotal(
        kLineTotal,
        CliText::tr("Whether the line total column is before or after the line's discount (default: "
                    "from the profile or the column's name)."),
        QStringLiteral("before-discount|after-discount"));
    const QCommandLineOption orderMoney(
        kOrderMoney,
        CliText::tr("Order-level discounts and shipping: spread exactly over each order's lines (default) "
                    "or leave them out."),
        QStringLiteral("spread|leave-out"));
    const QCommandLineOption shipping(
        kShipping,
        CliText::tr("A column mapped as shipping: left out of sales (default: shipping is not sales) or "
                    "spread over each order's lines as sales."),
        QStringLiteral("sales|left-out"));
    // Shopify's Discount Amount is the order's whole discount, its Lineitem discounts included.
    const QCommandLineOption orderDiscount(
        kOrderDiscount,
        CliText::tr("Order lines with an order discount and a line discount column: whether the order "
                    "discount includes its lines' discounts (only the rest is spread) or is separate from "
                    "them (default: includes-lines for Shopify's Discount Amount beside Lineitem discount, "
                    "else separate)."),
        QStringLiteral("includes-lines|separate"));
    const QCommandLineOption source(
        kSource,
        CliText::tr("Order lines: the system the export comes from (the till, the web shop, an ERP "
                    "export); an order is its source and its order id (default: the profile's source, "
                    "else the system of an export StoreLens recognises, such as \"Squarespace\", else "
                    "\"Web shop\" for a web shop's export and \"Till\" for any other; \"Default\" "
                    "while the workspace holds lines imported into it)."),
        CliText::tr("name"));
    const QCommandLineOption replace(
        kReplace,
        CliText::tr("Order lines: the file is the truth for its source on the days it covers (its first "
                    "to last day): lines of that source on those days that the file no longer holds are "
                    "removed. Without it nothing is ever removed."));
    const QCommandLineOption guestIds(
        kGuestIds,
        CliText::tr("Order lines: customer ids or e-mail addresses (comma-separated) that stand for no one, "
                    "such as a till's placeholder on every walk-in sale: their lines are imported as guest "
                    "sales, without a customer."),
        CliText::tr("ID,ID"));
    const QCommandLineOption cancelStatus(
        kCancelStatus,
        CliText::tr("Order lines: a value of the status column that marks a cancelled or refunded order "
                    "(repeatable), besides the usual ones (cancelled, refunded, Cancelado, Annulé, ...): "
                    "its orders count as a sale and a return."),
        CliText::tr("VALUE"));
    const QCommandLineOption notSoldStatus(
        kNotSoldStatus,
        CliText::tr(
            "Order lines: a value of the status column that means the order was not paid (repeatable), "
            "besides the usual ones (pending, failed, Pendiente, ...): its orders are left out."),
        CliText::tr("VALUE"));
    // Trial 14: the wizard asks for the channel of a file without one, and the command line could not say it,
    // so the same web shop file was "Online" from the window and "In store" from the command line.
    const QCommandLineOption channel(
        kChannel,
        CliText::tr("Order lines: the channel of lines the file gives none (default: \"Online\" for a web "
                    "shop's export StoreLens recognises, else \"In store\")."),
        CliText::tr("name"));
    // Trial 16: a till's customer number beside the e-mail address or phone number of the same person in the
    // web shop, whichever file came first.
    const QCommandLineOption customersByEmail(
        kCustomersByEmail,
        CliText::tr("Order lines with an e-mail or phone column: a line's customer becomes the workspace's "
                    "customer with its e-mail address or, without one, its phone number (else the address "
                    "keys it, or the id without one), so that a person the till and the web shop both know "
                    "counts once."));
    parser.addOptions({workspace, entity,      profile,    map,      onError,         dryRun,    dateOrder,
                       decimal,   saveProfile, rejections, noPrices, ordersWithoutId, lineTotal, orderMoney,
                       source,    replace,     notProduct, guestIds, cancelStatus,    channel});
    parser.addOption(notSoldStatus);
    parser.addOption(customersByEmail);
    parser.addOption(orderDiscount);
    parser.addOption(shipping);
    parser.addOption(notSales);
    parser.addOption(keepTips);
    parser.addOption(keepGiftCards);
    addImportMatchOptions(parser);
}

// `storelens import FILE --workspace W [...]`: the headless importer from the command line.
int runImport(const QCommandLineParser &parser, CliStreams &io)
{
    int exitCode = Success;
    if (!requireOption(parser, QStringLiteral("workspace"), io, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        io.err << CliText::tr("Name exactly one CSV file to import.") << '\n';
        return BadUsage;
    }
    const QString file = parser.positionalArguments().constFirst();

    std::optional<Entity> chosenEntity;
    if (parser.isSet(kEntity)) {
        chosenEntity = entityFromKey(parser.value(kEntity));
        if (!chosenEntity) {
            io.err << CliText::tr("Unknown --entity \"%1\".").arg(parser.value(kEntity)) << '\n';
            return BadUsage;
        }
    }
    ImportOptions options;
    if (parser.value(kOnError) == QLatin1String("skip")) {
        options.onError = ErrorPolicy::Skip;
    } else if (parser.value(kOnError) != QLatin1String("abort")) {
        io.err << CliText::tr("--on-error takes abort or skip.") << '\n';
        return BadUsage;
    }
    options.dryRun = parser.isSet(kDryRun);
    options.replace = parser.isSet(kReplace);
    for (const QString &list : parser.values(kNotProduct)) {
        for (const QString &sku : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.notProducts << sku.trimmed();
    }

    ImportProfile chosen;
    QList<ContestedField> contested; // suggested mappings nothing in the file justifies
    std::optional<FilePreview> preview;
    bool usesSavedProfile = false; // the workspace's profile for this header, as --profile would give it
    if (parser.isSet(kProfile)) {
        auto loaded = ImportProfile::load(parser.value(kProfile));
        if (!loaded)
            return reportError(loaded.error(), io);
        chosen = loaded.value();
    } else {
        auto read = previewFile(file);
        if (!read)
            return reportError(read.error(), io);
        preview = std::move(read).value();
        if (auto saved = savedProfileFor(parser.value(kWorkspace), *preview, chosenEntity)) {
            chosen = saved->profile;
            usesSavedProfile = true;
            io.out << CliText::tr(
                          "Using the import profile \"%1\" that the workspace keeps for files with this "
                          "header (--profile FILE uses another).")
                          .arg(saved->profile.name)
                   << '\n';
        } else {
            if (!chosenEntity) {
                const EntityGuess guess = detectEntity(*preview);
                if (!guess.clear)
                    return refuseUnclearEntity(file, guess, io);
            }
            chosen = suggestProfile(*preview, chosenEntity);
            contested = contestedFields(*preview, chosen);
        }
    }
    if (!applyColumnMaps(parser.values(kMap), chosen, preview ? &*preview : nullptr, contested, io))
        return BadUsage;
    if (parser.isSet(kDateOrder)) {
        const auto order = dateOrderFromKey(parser.value(kDateOrder));
        if (!order || *order == csv::DateOrder::Unknown) {
            io.err << CliText::tr("--date-order takes dmy, mdy or ymd.") << '\n';
            return BadUsage;
        }
        chosen.dateOrder = *order;
    }
    if (parser.isSet(kDecimal)) {
        const QString separator = parser.value(kDecimal);
        if (separator != QLatin1String(".") && separator != QLatin1String(",")) {
            io.err << CliText::tr("--decimal takes . or ,.") << '\n';
            return BadUsage;
        }
        chosen.decimalSeparator = separator.at(0).toLatin1();
        chosen.decimalSeparatorOpen = false;
    }
    if (parser.isSet(kNoPrices))
        chosen.noPrices = true;
    // The two-way choices: the first value sets true, the second false.
    const struct
    {
        const QString &option;
        QLatin1String first;
        QLatin1String second;
        QString problem;
        std::function<void(bool first)> set;
    } choices[] = {
        {kOrdersWithoutId, QLatin1String("row"), QLatin1String("customer-day"),
         CliText::tr("--orders-without-id takes row or customer-day."),
         [&chosen](bool row) {
             chosen.ordersWithoutId = row ? OrdersWithoutId::PerRow : OrdersWithoutId::PerCustomerDay;
         }},
        {kLineTotal, QLatin1String("after-discount"), QLatin1String("before-discount"),
         CliText::tr("--line-total takes before-discount or after-discount."),
         [&chosen](bool after) { chosen.lineTotalAfterDiscount = after; }},
        {kShipping, QLatin1String("sales"), QLatin1String("left-out"),
         CliText::tr("--shipping takes sales or left-out."),
         [&chosen](bool sales) { chosen.shippingInSales = sales; }},
        {kOrderMoney, QLatin1String("spread"), QLatin1String("leave-out"),
         CliText::tr("--order-money takes spread or leave-out."),
         [&chosen](bool spread) { chosen.spreadOrderMoney = spread; }},
        {kOrderDiscount, QLatin1String("includes-lines"), QLatin1String("separate"),
         CliText::tr("--order-discount takes includes-lines or separate."),
         [&chosen](bool includes) { chosen.orderDiscountIncludesLines = includes; }},
    };
    for (const auto &choice : choices) {
        if (!parser.isSet(choice.option))
            continue;
        const QString v = parser.value(choice.option);
        if (v != choice.first && v != choice.second) {
            io.err << choice.problem << '\n';
            return BadUsage;
        }
        choice.set(v == choice.first);
    }
    checkLineTotalReading(file, preview,
                          parser.isSet(kLineTotal) || parser.isSet(kProfile) || usesSavedProfile, chosen, io);
    if (parser.isSet(kSource)) {
        if (parser.value(kSource).trimmed().isEmpty()) {
            io.err << CliText::tr("--source takes a name.") << '\n';
            return BadUsage;
        }
        chosen.source = parser.value(kSource).trimmed(); // "Kasse" is the till's "Till" (importSource())
    }
    if (parser.isSet(kChannel)) {
        if (parser.value(kChannel).trimmed().isEmpty() || chosen.entity != Entity::Orders) {
            io.err << CliText::tr("--channel takes a name, for order lines.") << '\n';
            return BadUsage;
        }
        chosen.defaultChannel = core::canonicalStoreChannelName(parser.value(kChannel));
    }
    for (const QString &list : parser.values(kGuestIds)) {
        for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!id.trimmed().isEmpty() && !chosen.guestCustomerIds.contains(id.trimmed()))
                chosen.guestCustomerIds << id.trimmed();
        }
    }
    if (!addNotSalesSkus(parser, chosen, io))
        return BadUsage;
    if (!addCancelStatusValues(parser.values(kCancelStatus), chosen, io))
        return BadUsage;
    if (!addNotSoldStatusValues(parser.values(kNotSoldStatus), chosen, io))
        return BadUsage;
    if (parser.isSet(kCustomersByEmail)) {
        if (chosen.entity != Entity::Orders || (chosen.columnFor(field::CustomerEmail).isEmpty() &&
                                                chosen.columnFor(field::CustomerPhone).isEmpty())) {
            io.err << CliText::tr("--customers-by-email needs an e-mail or phone column; map one with --map "
                                  "\"COLUMN=customer_email\" or --map \"COLUMN=customer_phone\".")
                   << '\n';
            return BadUsage;
        }
        chosen.customersByEmail = true;
    }
    if (const int status =
            applyImportMatchOptions(parser, parser.value(kWorkspace),
                                    !parser.isSet(kProfile) && !usesSavedProfile, chosen, options, io);
        status != Success)
        return status;
    if (parser.isSet(kSaveProfile)) {
        if (auto saved = chosen.save(parser.value(kSaveProfile)); !saved)
            return reportError(saved.error(), io);
    }
    if (!contested.isEmpty())
        return refuseContestedFields(file, chosen.entity, contested, parser.isSet(kSaveProfile), io);
    // A workspace this command creates is removed again when the import fails or is a dry run.
    const QString workspacePath = parser.value(kWorkspace);
    const bool existed = QFileInfo::exists(workspacePath) || QFileInfo(workspacePath).isSymLink();
    const auto removeNew = [&] {
        if (existed)
            return;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(workspacePath + QLatin1String(suffix));
    };
    auto workspaceFile = Workspace::open(workspacePath, true);
    if (!workspaceFile) {
        removeNew();
        return reportError(workspaceFile.error(), io);
    }
    options.newWorkspace = !existed;

    Result<ImportReport> report = ImportReport();
    {
        // The import holds the session's write lock, as the GUI's does: no settings write runs beside it.
        session::WorkspaceSession session(workspaceFile->path());
        session.runExclusive([&] { report = Importer::run(workspaceFile->path(), file, chosen, options); });
    }
    const QString currency = report ? importCurrency(workspaceFile->path(), file, chosen) : QString();
    if (!report || options.dryRun)
        removeNew();
    if (!report) {
        const int status = reportError(report.error(), io);
        if (report.error().code() == ErrorCode::MissingField)
            io.err << columnMapHint(chosen) << '\n';
        return status;
    }
    // The saved profile keeps the date order and decimal separator the file told (trial 23it: the next
    // export, dated 1 to 5 December, was refused). The import is done: a failure here is a warning.
    if (const ImportProfile found = withFoundFormats(chosen, report.value());
        parser.isSet(kSaveProfile) &&
        (found.dateOrder != chosen.dateOrder || found.decimalSeparatorOpen != chosen.decimalSeparatorOpen)) {
        if (auto saved = found.save(parser.value(kSaveProfile)); !saved)
            io.err << CliText::tr("Warning: %1").arg(saved.error().toString()) << '\n';
    }
    printImportSummary(report.value(), chosen, currency, shippingLeftOut(file, chosen, preview), io);
    warnUnreadMoney(file, chosen, preview, io);
    printImportMatches(report.value(), chosen, io);
    if (parser.isSet(kRejections) && !report->rejections.isEmpty()) {
        if (auto saved = Importer::saveRejections(report->rejections, parser.value(kRejections)); !saved)
            return reportError(saved.error(), io);
    }
    return Success;
}

} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return makeCommand({QStringLiteral("import"),
                        QT_TRANSLATE_NOOP("storelens::cli", "Import a CSV export into a workspace."),
                        [] {
                            return CliText::tr(
                                "storelens import: reads a CSV export (orders, customers, "
                                "products, inventory, traffic, staffing or marketing spend) "
                                "into a workspace, in one transaction. Without --profile the "
                                "profile the workspace keeps for files with this header (saved "
                                "by the import wizard) is used; without one, the columns are "
                                "mapped from the header names, and what the file holds is read "
                                "from its header and values; when that is not clear, name it "
                                "with --entity. Exit status: 0 imported, 1 "
                                "bad usage, 2 input rejected (the message names file, line, "
                                "column and reason, or the --entity choices; nothing is "
                                "imported).");
                        },
                        addImportOptions},
                       runImport);
}

} // namespace storelens::cli
