#include "core/import/Importer.h"

#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/import/DefaultSource.h"
#include "core/import/EarlierOrders.h"
#include "core/import/ExportStylesAmazon.h"
#include "core/import/FieldCatalog.h"
#include "core/import/FileRows.h"
#include "core/import/ImportTally.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"
#include "core/import/RecordPipeline.h"
#include "core/import/RowIdGuard.h"
#include "core/import/SourceNotes.h"
#include "core/import/WixCoupons.h"
#include "core/store/Currency.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <variant>

namespace storelens::core {

namespace {

class ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::Importer)
};

constexpr qint64 ProgressStep = 1024 * 1024; // bytes between progress reports

// The stored order lines' sums that an import must keep in range (METRICS.md "Range checks"), from SQLite's
// floating-point total() (a product beyond 64 bits becomes a float there too), rounded up: a bound, not a
// figure shown anywhere.
Result<OrderLineTotals> storedTotals(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT total(abs(gross)) + total(abs(discount)),"
                               " total(abs(quantity * unit_cost)) / 1000.0, total(abs(quantity))"
                               " FROM order_lines")) ||
        !q.next())
        return Error(ErrorCode::Database,
                     ImporterText::tr("The workspace could not be read: %1").arg(q.lastError().text()),
                     db.databaseName());
    const auto bound = [](double v) {
        const double up = std::ceil(v * (1.0 + 1e-12)) + 1.0;
        return up >= 1e30 ? __int128(1) << 100 : __int128(up);
    };
    OrderLineTotals totals;
    totals.amounts = bound(q.value(0).toDouble());
    totals.costs = bound(q.value(1).toDouble());
    totals.quantities = bound(q.value(2).toDouble());
    return totals;
}

// The profile's date columns, for a profile whose date order is still open.
QList<int> dateColumns(const RecordConverter &converter)
{
    QList<int> columns;
    for (const FieldSpec &f : fieldsFor(converter.profile().entity)) {
        const bool dated =
            f.type == FieldType::Date || f.type == FieldType::DateTime || f.type == FieldType::Month;
        if (dated && converter.columnOf(f.key) >= 0)
            columns << converter.columnOf(f.key);
    }
    return columns;
}

// "2024-03", "03/2024": a month, which needs no date order.
bool isMonthOnly(QByteArrayView v)
{
    const qsizetype sep = v.indexOf('-') >= 0   ? v.indexOf('-')
                          : v.indexOf('/') >= 0 ? v.indexOf('/')
                                                : v.indexOf('.');
    if (sep <= 0 || sep + 1 >= v.size())
        return false;
    const QByteArrayView a = v.first(sep);
    const QByteArrayView b = v.sliced(sep + 1);
    const auto digits = [](QByteArrayView t) {
        for (const char c : t) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    };
    return digits(a) && digits(b) && ((a.size() == 4 && b.size() <= 2) || (a.size() <= 2 && b.size() == 4));
}

// What the date columns of the whole file say about the date order, with the values that show it.
struct DateOrderScan
{
    csv::DateOrder order = csv::DateOrder::Unknown;
    QStringList either;        // up to two distinct values that read day first and month first ("03/04/2024")
    QList<qint64> eitherLines; // the file line of each
    int eitherColumn = -1;
    QString dayFirst;   // a value that reads only day first ("13/01/2024")
    QString monthFirst; // a value that reads only month first ("01/13/2024")
    qint64 dayFirstLine = 0;
    qint64 monthFirstLine = 0;
    int mixedColumn = -1;
};

// Scans the date columns of the whole file when the first rows left the order open (all days ≤ 12). Months
// ("2024-03") need no order: a file of months only reads as year-month. The order stays Unknown only when
// some value really reads both ways, or when the file mixes day-first and month-first values; values that
// are not dates at all decide nothing (their lines are reported one by one).
Result<DateOrderScan> scanDateOrder(const QString &csvPath, const ImportProfile &profile,
                                    const QList<int> &columns)
{
    DateOrderScan scan;
    QList<QByteArray> batch;
    bool decided = false;
    const Result<void> read = forEachDataRow(csvPath, profile, [&](const csv::CsvReader &reader) {
        for (int c : columns) {
            const QByteArrayView value = reader.field(c).trimmed();
            if (isMonthOnly(value) || value.isEmpty())
                continue;
            batch << value.toByteArray();
            switch (csv::dateReading(value)) {
            case csv::DateReading::Either:
                if (scan.either.size() < 2 && !scan.either.contains(QString::fromUtf8(value))) {
                    scan.either << QString::fromUtf8(value);
                    scan.eitherLines << reader.recordLine();
                    if (scan.eitherColumn < 0)
                        scan.eitherColumn = c;
                }
                break;
            case csv::DateReading::DayFirst:
                if (scan.dayFirst.isEmpty()) {
                    scan.dayFirst = QString::fromUtf8(value);
                    scan.dayFirstLine = reader.recordLine();
                    scan.mixedColumn = c;
                }
                break;
            case csv::DateReading::MonthFirst:
                if (scan.monthFirst.isEmpty()) {
                    scan.monthFirst = QString::fromUtf8(value);
                    scan.monthFirstLine = reader.recordLine();
                }
                break;
            case csv::DateReading::Other:
                break;
            }
        }
        if (batch.size() >= 4096) {
            scan.order = csv::detectDateOrder(batch);
            decided = scan.order != csv::DateOrder::Unknown;
            batch.clear();
        }
        return !decided;
    });
    if (decided)
        return scan;
    if (!read)
        return read.error();
    if (!batch.isEmpty())
        scan.order = csv::detectDateOrder(batch);
    const bool mixed = !scan.dayFirst.isEmpty() && !scan.monthFirst.isEmpty();
    if (scan.order == csv::DateOrder::Unknown && !mixed && scan.either.isEmpty())
        scan.order = csv::DateOrder::YearMonthDay;
    return scan;
}

// The profile's money and quantity columns.
QList<int> numberColumns(const RecordConverter &converter)
{
    QList<int> columns;
    for (const FieldSpec &f : fieldsFor(converter.profile().entity)) {
        if ((f.type == FieldType::Money || f.type == FieldType::Quantity) && converter.columnOf(f.key) >= 0)
            columns << converter.columnOf(f.key);
    }
    return columns;
}

// Decides the decimal separator from the number columns of the whole file when the preview left it open
// (METRICS.md: never guessed silently). Nothing when the whole file leaves it open; `example` is then one of
// the values that read either way, and `column` its column.
Result<std::optional<char>> scanDecimalSeparator(const QString &csvPath, const ImportProfile &profile,
                                                 const QList<int> &columns, QString &example, int &column,
                                                 qint64 &exampleLine)
{
    QList<QByteArray> values;
    const Result<void> read = forEachDataRow(csvPath, profile, [&](const csv::CsvReader &reader) {
        for (int c : columns) {
            const QByteArray value = reader.field(c).trimmed().toByteArray();
            if (!value.contains('.') && !value.contains(','))
                continue; // "12" says nothing
            const std::optional<char> decided = csv::decideDecimalSeparator({value});
            if (decided)
                values << value;
            else if (example.isEmpty()) {
                example = QString::fromUtf8(value);
                column = c;
                exampleLine = reader.recordLine();
            }
        }
        return values.size() < 4096;
    });
    if (!read)
        return read.error();
    if (values.isEmpty())
        return std::optional<char>();
    return csv::decideDecimalSeparator(values);
}

Error databaseError(QSqlDatabase &db, const QString &detail)
{
    return Error(ErrorCode::Database, ImporterText::tr("The workspace could not be written: %1").arg(detail),
                 db.databaseName());
}

// Marks the given SKUs "not a product"; the number of products that changed.
Result<qint64> markNotProducts(QSqlDatabase &db, const QStringList &skus)
{
    qint64 changed = 0;
    QSqlQuery q(db);
    if (!skus.isEmpty() &&
        !q.prepare(
            QStringLiteral("UPDATE products SET non_merchandise = 1 WHERE sku = ? AND non_merchandise = 0")))
        return databaseError(db, q.lastError().text());
    for (const QString &sku : skus) {
        q.addBindValue(sku);
        if (!q.exec())
            return databaseError(db, q.lastError().text());
        changed += std::max(0, q.numRowsAffected());
    }
    return changed;
}

// The import's one transaction, begun IMMEDIATE: the write lock is taken at once (waiting up to the busy
// timeout for another import), never half-way through the file.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(db);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_error = q.lastError();
    }
    ~Transaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool isOpen() const { return m_open; }
    const QSqlError &error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        m_open = !q.exec(QStringLiteral("COMMIT"));
        if (m_open)
            m_error = q.lastError();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
    QSqlError m_error;
};

// The journal mode of an import into a new workspace (ImportOptions::newWorkspace): DELETE while it runs,
// WAL again afterwards, whether it landed or not.
class RollbackJournal
{
public:
    RollbackJournal(QSqlDatabase &db, bool use)
        : m_db(db)
    {
        QSqlQuery q(db);
        m_on = use && q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next() &&
               q.value(0).toString() == QLatin1String("delete");
    }
    ~RollbackJournal()
    {
        if (m_on)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }

private:
    QSqlDatabase &m_db;
    bool m_on = false;
};

// SQLite's "database is locked" (SQLITE_BUSY) and "attempt to write a readonly database" (SQLITE_READONLY)
// in words the user can act on.
// Etsy's Sold Orders export has one row per order (its SKUs joined in one cell). When the workspace already
// holds those orders line by line (the Sold Order Items export: lines with Etsy's Transaction ID, or lines of
// another source), importing it would count each order twice or replace its lines: refused, naming the file,
// the orders and what to import instead. The same orders file imported again is not refused.
Result<void> refuseOrdersOverTheirLines(QSqlDatabase &db, const QString &csvPath,
                                        const ImportProfile &profile, const QStringList &header,
                                        const QString &source)
{
    const int idColumn = int(header.indexOf(profile.columnFor(field::OrderId)));
    if (profile.entity != Entity::Orders || idColumn < 0 || !isEtsyExport(header, EtsyExport::SoldOrders))
        return {};
    QSet<QString> ids;
    const Result<void> read = forEachDataRow(csvPath, profile, [&](const csv::CsvReader &reader) {
        ids.insert(reader.fieldText(idColumn).trimmed());
        return true;
    });
    if (!read)
        return read.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT l.order_id, s.name, l.line_id IS NOT NULL FROM order_lines l"
                               " JOIN sources s ON s.id = l.source_id")))
        return databaseError(db, q.lastError().text());
    QSet<QString> imported;
    QString example;
    QString otherSource = source;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!ids.contains(id) || (q.value(1).toString() == source && !q.value(2).toBool()))
            continue;
        imported.insert(id);
        example = example.isEmpty() ? id : example;
        otherSource = q.value(1).toString();
    }
    if (imported.isEmpty())
        return {};
    return Error(
        ErrorCode::InvalidValue,
        ImporterText::tr("%1 has one row per order, and %2 of its %3 orders (such as %4) are already "
                         "in the workspace line by line (source \"%5\", from Etsy's Sold Order Items "
                         "export). Importing it would count those orders twice or replace their "
                         "item lines with one line per order. Nothing was imported. Import only the "
                         "Sold Order Items export for sales and leave this file out (its refunds cannot "
                         "be imported yet).")
            .arg(QFileInfo(csvPath).fileName())
            .arg(imported.size())
            .arg(ids.size())
            .arg(example, otherSource),
        csvPath);
}

Error transactionError(QSqlDatabase &db, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6"))
        return Error(ErrorCode::Database,
                     ImporterText::tr("Another import is running on this workspace; try again when it has "
                                      "finished. Nothing was imported."),
                     db.databaseName());
    if (code == QLatin1String("8"))
        return Error(ErrorCode::Database,
                     ImporterText::tr("The workspace is read-only (check the file's permissions). Nothing "
                                      "was imported."),
                     db.databaseName());
    return databaseError(db, error.text());
}

} // namespace

Result<ImportReport> Importer::run(const QString &workspacePath, const QString &csvPath,
                                   const ImportProfile &profileIn, const ImportOptions &options,
                                   const ImportProgress &progress)
{
    const QString fileName = QFileInfo(csvPath).fileName();
    ImportProfile profile = profileIn;
    profile.couponsWorkedOut = profile.couponsUnknown = -1; // this import's, below
    profile.pricesIncludeTax = false;
    ImportReport report;
    report.file = csvPath;
    report.entity = profile.entity;
    report.dryRun = options.dryRun;
    report.replace = options.replace && profile.entity == Entity::Orders;
    report.source = profile.source.trimmed();

    csv::CsvReader reader(profile.dialect);
    if (auto opened = reader.open(csvPath); !opened)
        return opened.error();
    QStringList header;
    if (profile.dialect.hasHeader) {
        if (!reader.next())
            return reader.error().code() != ErrorCode::None
                       ? reader.error()
                       : Error(ErrorCode::Format, ImporterText::tr("The file is empty."), csvPath, 1);
        for (int i = 0; i < reader.fieldCount(); ++i) {
            if (reader.fieldProblem(i) == csv::CsvReader::TextProblem::Nul)
                return Error(ErrorCode::Format,
                             ImporterText::tr("The header cell holds a NUL byte, so its column cannot be "
                                              "named. Nothing was imported."),
                             csvPath, reader.recordLine(), i + 1);
            header << reader.fieldText(i);
        }
    }
    auto converter = RecordConverter::create(profile, header, csvPath);
    if (!converter)
        return converter.error();

    const QList<int> dated = dateColumns(converter.value());
    if (profile.dateOrder == csv::DateOrder::Unknown && !dated.isEmpty()) {
        auto scan = scanDateOrder(csvPath, profile, dated);
        if (!scan)
            return scan.error();
        const DateOrderScan &order = scan.value();
        const auto columnName = [&header](int c) {
            return c >= 0 && c < header.size() ? header.at(c) : QString::number(c + 1);
        };
        if (order.order == csv::DateOrder::Unknown && !order.dayFirst.isEmpty() &&
            !order.monthFirst.isEmpty())
            return Error(
                ErrorCode::InvalidValue,
                ImporterText::tr("Column \"%1\": some dates put the day first (such as \"%2\" on line "
                                 "%3) and others the month first (such as \"%4\" on line %5). Choose "
                                 "the date order (\"Dates are written as\" on the import window's "
                                 "Columns step, or --date-order dmy|mdy); the dates that do not fit it "
                                 "are then reported line by line.")
                    .arg(columnName(order.mixedColumn), order.dayFirst)
                    .arg(order.dayFirstLine)
                    .arg(order.monthFirst)
                    .arg(order.monthFirstLine),
                csvPath, order.dayFirstLine, order.mixedColumn + 1);
        if (order.order == csv::DateOrder::Unknown) {
            // The column, up to two example values and the line of each.
            QStringList examples;
            for (qsizetype i = 0; i < order.either.size(); ++i)
                examples << ImporterText::tr("\"%1\" (line %2)")
                                .arg(order.either.at(i))
                                .arg(order.eitherLines.at(i));
            return Error(ErrorCode::InvalidValue,
                         ImporterText::tr("Column \"%1\": dates such as %2 could be day/month or month/day "
                                          "(no day in the file is above 12). Choose the date order "
                                          "(\"Dates are written as\" on the import window's Columns "
                                          "step, or --date-order dmy|mdy).")
                             .arg(columnName(order.eitherColumn), examples.join(ImporterText::tr(" and "))),
                         csvPath, order.eitherLines.value(0), order.eitherColumn + 1);
        }
        report.dateOrderFound = profile.dateOrder = order.order;
        converter = RecordConverter::create(profile, header, csvPath);
    }

    if (profile.decimalSeparatorOpen) {
        QString example;
        int column = -1;
        qint64 exampleLine = 0;
        auto decimal = scanDecimalSeparator(csvPath, profile, numberColumns(converter.value()), example,
                                            column, exampleLine);
        if (!decimal)
            return decimal.error();
        if (!decimal.value() && !example.isEmpty())
            return Error(
                ErrorCode::InvalidValue,
                ImporterText::tr("Column \"%1\": values such as \"%2\" could be read with \"%3\" as "
                                 "the decimal separator or as a thousands separator, and no value in "
                                 "the file tells. Choose the decimal separator (\"Decimal separator\" on "
                                 "the import window's Columns step, or --decimal . or --decimal ,).")
                    .arg(column < header.size() ? header.at(column) : QString::number(column + 1), example,
                         example.contains(QLatin1Char(',')) ? QStringLiteral(",") : QStringLiteral(".")),
                csvPath, exampleLine, column + 1);
        profile.decimalSeparator = decimal.value().value_or(profile.decimalSeparator);
        profile.decimalSeparatorOpen = false;
        report.decimalSeparatorFound = decimal.value();
        converter = RecordConverter::create(profile, header, csvPath);
    }
    // Wix's and Square Online's coupon amounts, worked out from each order's Total or Order Subtotal in a
    // pass before any line is written (WixCoupons.h): the dry run and the import read them alike.
    std::optional<WixCoupons> coupons;
    if (WixCoupons::appliesTo(profile, header)) {
        auto scanned = WixCoupons::scan(csvPath, converter.value(), header);
        if (!scanned)
            return scanned.error();
        coupons = std::move(scanned).value();
    }

    Connection connection(workspacePath);
    if (!connection.isOpen())
        return connection.error();
    QSqlDatabase &db = connection.db();
    // The profile's source, "Kasse" typed in German being the till's "Till"; without one, the web shop's or
    // the till's, or "Default" where earlier imports went (DefaultSource.h).
    if (profile.entity == Entity::Orders) {
        const Result<QString> source = importSource(db, profile);
        if (!source)
            return source.error();
        report.source = profile.source = source.value();
    } else if (report.source.isEmpty()) {
        report.source = defaultSourceName();
    }
    if (auto refused = refuseOrdersOverTheirLines(db, csvPath, profile, header, report.source); !refused)
        return refused.error();
    if (auto refused = refuseRowNumberedOrdersOverSource(db, csvPath, profile, report.source); !refused)
        return refused.error();
    // A page cache that holds the order-line key index of a large import avoids re-reading spilled pages;
    // it only costs memory (64 MiB at most) and leaves WAL, the one transaction and durability as they are.
    // Foreign keys are not checked row by row on this connection: every id the writer stores comes from its
    // own id caches, read or inserted inside this transaction (a concurrent writer makes the transaction
    // fail instead), so the checks could never fire, and they cost four lookups per order line.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-65536"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    if (!QFileInfo(workspacePath).isWritable())
        return Error(
            ErrorCode::Io,
            ImporterText::tr("The workspace is read-only (check the file's permissions). Nothing was "
                             "imported."),
            workspacePath);
    const RollbackJournal journal(db, options.newWorkspace);
    Transaction transaction(db);
    if (!transaction.isOpen())
        return transactionError(db, transaction.error());

    // Products without a code counted by name (ProductNames.h): with the profile's choice, before the writer
    // reads the products.
    auto productNames = ProductNames::read(db, profile);
    if (!productNames)
        return productNames.error();
    converter.value().setProductNames(&productNames.value());
    WorkspaceWriter writer(db);
    writer.setSource(report.source);
    if (auto begun = writer.begin(); !begun)
        return begun.error();

    OrderLineTotals totals;
    if (profile.entity == Entity::Orders) {
        auto stored = storedTotals(db);
        if (!stored)
            return stored.error();
        totals = stored.value();
    }

    // Parsing runs on a worker thread, a batch ahead of the writes; progress and cancellation stay here.
    DataQualityCollector quality(profile);
    // The worker also resolves the order lines' keys (ids, new rows, seq), so this thread only writes.
    const bool orders = profile.entity == Entity::Orders;
    // The report's figures of the accepted lines are kept there too, as it hands them over.
    const bool moneyDiscounts = converter.value().columnOf(field::Discount) >= 0 &&
                                converter.value().columnOf(field::DiscountRate) < 0;
    CustomerOrderCounts orderCounts; // the file's orders per customer, for a till's placeholder customer
    // The workspace's customers by address and phone, read before this import writes: matched with the file's
    // customers (EmailKeyMatch.h), and, when the profile says so, the customers its lines are given.
    auto known = KnownCustomers::read(db, profile);
    if (!known)
        return known.error();
    if (profile.customersByEmail)
        converter.value().matchKnownCustomers(&known.value());
    CustomerContacts contacts(profile, known.value());
    // Refunds of earlier orders: the source's orders, read before this import writes (EarlierOrders.h).
    std::optional<EarlierOrders> earlier;
    if (orders && profile.refundsOfEarlierOrders) {
        auto read = EarlierOrders::read(db, report.source);
        if (!read)
            return read.error();
        earlier = std::move(read).value();
        converter.value().refundEarlierOrders(&*earlier);
    }
    QStringList fileCustomers; // a customers file's ids, distinct, for the match with the orders' customers
    QSet<QString> seenCustomers;
    // Spread order discounts are in the lines' discounts too: only a line discount alone is checked.
    const bool repeatsCheckable =
        moneyDiscounts && (profile.columnFor(field::OrderDiscount).isEmpty() || !profile.spreadOrderMoney);
    LineTally lineTally(moneyDiscounts, repeatsCheckable, QDate::currentDate());
    RecordPipeline pipeline(reader, converter.value(), options.onError == ErrorPolicy::Abort, totals,
                            &quality, orders ? &writer.keys() : nullptr, orders ? &lineTally : nullptr,
                            coupons ? &*coupons : nullptr);
    QList<QByteArray> couponsNotCarried;
    RecordPipeline::Batch batch;
    qint64 nextProgress = 0;
    bool last = false;
    while (!last && pipeline.next(batch)) {
        last = batch.last;
        if (progress && (batch.bytesRead >= nextProgress || last)) {
            nextProgress = batch.bytesRead + ProgressStep;
            if (!progress(batch.bytesRead, reader.fileSize()))
                return Error(ErrorCode::Cancelled,
                             ImporterText::tr("The import was cancelled; the workspace is unchanged."),
                             csvPath);
        }
        report.rowsRead += batch.rowsRead;
        report.orderDiscountsSpread += batch.orderDiscounts;
        report.shippingSpread += batch.shipping;
        report.shippingLeftOut += batch.shippingLeftOut;
        report.orderMoneyNotSpread += batch.notSpread;
        report.lineDiscountsInOrders += batch.lineDiscountsInOrders;
        report.ordersBelowLineDiscounts += batch.ordersBelowLineDiscounts;
        if (report.orderBelowLineDiscountsExample.isEmpty())
            report.orderBelowLineDiscountsExample = QString::fromUtf8(batch.orderBelowLineDiscountsExample);
        report.refunds += batch.refunds;
        report.refundOrders += batch.refundOrders;
        report.refundsLeftOut += batch.refundsLeftOut;
        report.couponDiscounts += batch.coupons;
        report.couponOrders += batch.couponOrders;
        couponsNotCarried << batch.couponsNotCarried;
        for (size_t i = 0; i < batch.orderLines.size(); ++i) {
            if (!batch.orderLines[i].quantity.isNegative())
                orderCounts.saleLine(batch.orderLines[i].orderId, batch.keys[i].customer);
            contacts.line(batch.orderLines[i].customerId, batch.orderLines[i].customerEmail,
                          batch.orderLines[i].customerPhone);
            productNames.value().fileProduct(batch.keys[i].product);
            writer.addOrderLine(batch.orderLines[i], batch.keys[i]);
        }
        for (const RecordPipeline::Entity &entity : batch.entities) {
            const auto *customer = std::get_if<Customer>(&entity);
            if (customer && !seenCustomers.contains(customer->id)) {
                seenCustomers.insert(customer->id);
                fileCustomers << customer->id;
            }
            RecordPipeline::deliver(entity, writer);
        }
        if (writer.failed())
            return writer.error();
        for (const Rejection &rejection : batch.rejections) {
            if (options.onError == ErrorPolicy::Abort) {
                const QString where = rejection.columnName.isEmpty()
                                          ? rejection.reason
                                          : ImporterText::tr("Column \"%1\", value \"%2\": %3")
                                                .arg(rejection.columnName, rejection.value, rejection.reason);
                return Error(ErrorCode::InvalidValue,
                             where + QLatin1Char(' ') + ImporterText::tr("Nothing was imported."), csvPath,
                             rejection.line, rejection.column);
            }
            ++report.rejectedCount;
            if (report.rejections.size() < options.maxListedRejections)
                report.rejections << rejection;
        }
    }
    lineTally.finish(report); // the pipeline handed its last batch over: the worker is done with it
    if (coupons) {
        coupons->settle(report.couponOrders, report.couponDiscounts, couponsNotCarried);
        profile.couponsWorkedOut = coupons->workedOut();
        profile.couponsUnknown = coupons->unknown();
        profile.pricesIncludeTax = coupons->pricesIncludeTax();
    }
    if (reader.error().code() != ErrorCode::None)
        return reader.error();
    if (auto written = writer.finish(); !written)
        return written.error();
    if (profile.customersByEmail) // one person's rows found as the workspace's customer on some rows only
        if (auto joined = joinSplitCustomers(db, converter.value().matchedFileKeys(), known.value()); !joined)
            return joined.error();
    if (report.rowsRead == 0)
        return Error(
            ErrorCode::Format,
            profile.dialect.hasHeader
                ? ImporterText::tr("The file holds no rows, only a header line. Nothing was imported.")
                : ImporterText::tr("The file holds no rows. Nothing was imported."),
            csvPath, profile.dialect.hasHeader ? 2 : 1);
    if (profile.entity == Entity::Orders) {
        // The source's lines on the file's days that the file does not hold, and whether it seems to come
        // from another till or shop (OtherSource.h): read before a replace removes them.
        auto unmatched = writer.unmatchedLines(report.coveredFrom, report.coveredTo, false);
        if (!unmatched)
            return unmatched.error();
        report.notInFile = unmatched.value();
        const WriteCounts &written = writer.counts(Entity::Orders);
        const qint64 matched = written.updated + written.unchanged;
        auto idChange = findOrderIdChange(db, report.source, report.coveredFrom, report.coveredTo,
                                          writer.lastLineBefore(), matched, report.notInFile.count);
        if (!idChange)
            return idChange.error();
        auto other = findOtherSource(db, profile, profileHeader(profile), report.source, report.coveredFrom,
                                     report.coveredTo, report.notInFile, idChange.value());
        if (!other)
            return other.error();
        report.otherSource = other.value();
        if (report.replace && !options.replaceOtherSource && !options.dryRun && report.otherSource.likely())
            return Error(ErrorCode::InvalidValue, report.otherSource.replaceRefused(fileName), csvPath);
        if (report.replace) { // removes them; the source's days then hold the file's lines alone
            if (auto removed = writer.unmatchedLines(report.coveredFrom, report.coveredTo, true); !removed)
                return removed.error();
            idChange = findOrderIdChange(db, report.source, report.coveredFrom, report.coveredTo,
                                         writer.lastLineBefore(), matched, report.notInFile.count);
            if (!idChange)
                return idChange.error();
        }
        report.orderIdChange = idChange.value();
        report.amounts = writer.lineAmounts();
        report.orders = orderCounts.orders();
        auto placeholder = findPlaceholderCustomer(db, orderCounts);
        if (!placeholder)
            return placeholder.error();
        report.placeholderCustomer = placeholder.value();
        report.emailKeyMatch = contacts.match(known.value());
        auto names = productNames.value().finish(db);
        if (!names)
            return names.error();
        report.productNames = names.value();
        if (options.refuseOrderIdChange && !options.dryRun && report.orderIdChange.likely())
            return Error(ErrorCode::InvalidValue,
                         report.orderIdChange.sentence() + QLatin1Char(' ') +
                             ImporterText::tr("Nothing was imported. To import the file beside those lines "
                                              "all the same, add --new-order-ids."),
                         csvPath);
    }
    report.counts = writer.counts(profile.entity);
    report.quality = quality.quality();
    if (coupons) { // the notes as this import leaves them (the coupon amounts known or not), and why
        report.quality.styleNotes = exportstyles::styleNoteTexts(profile) + coupons->sentences(fileName);
        report.quality.noDiscountColumn = false; // the coupons are the discounts (Square's line totals)
    }
    exportstyles::countAmazonGuestOrders(profile, report.orders, report.quality.styleNotes);
    if (const QString less = lessThanEarlierImports(db, profile); !less.isEmpty())
        report.quality.styleNotes << less;
    if (profile.entity == Entity::Customers) {
        auto match = matchCustomers(db, fileCustomers);
        if (!match)
            return match.error();
        report.customerMatch = match.value();
    }
    auto marked = markNotProducts(db, options.notProducts);
    if (!marked)
        return marked.error();
    report.markedNotProducts = marked.value();
    // The stand-in product of refunds without items and of files that name no products (RecordPipeline) is
    // not a product: it stays in sales and out of product rankings and counts.
    if (profile.entity == Entity::Orders) {
        if (auto standIn = markNotProducts(db, {QStringLiteral("Unspecified")}); !standIn)
            return standIn.error();
    }

    if (options.dryRun)
        return report; // the transaction rolls back
    // The workspace's currency, guessed once (issue 17): from the export's symbols and codes, else from the
    // computer's locale. The user can change it in the workspace settings.
    if (profile.entity == Entity::Orders && workspaceCurrency(db).isEmpty()) {
        QString currency = guessFileCurrency(csvPath);
        if (currency.isEmpty())
            currency = localeCurrency();
        if (!currency.isEmpty()) {
            if (auto stored = setWorkspaceCurrency(db, currency); !stored)
                return stored.error();
        }
    }

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO imports(at, file, entity, rows_new, rows_updated, rows_unchanged, rows_rejected,"
        " source, rows_removed, profile_json) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(fileName);
    q.addBindValue(entityKey(profile.entity));
    q.addBindValue(report.counts.added);
    q.addBindValue(report.counts.updated);
    q.addBindValue(report.counts.unchanged);
    q.addBindValue(report.rejectedCount);
    q.addBindValue(profile.entity == Entity::Orders ? QVariant(report.source) : QVariant());
    q.addBindValue(report.counts.removed);
    q.addBindValue(profile.entity == Entity::Orders ? QVariant(QString::fromUtf8(profile.toJson()))
                                                    : QVariant());
    if (!q.exec())
        return databaseError(db, q.lastError().text());
    if (report.counts.added + report.counts.updated + report.counts.removed + report.markedNotProducts +
            report.productNames.counted >
        0) {
        if (auto bumped = bumpWorkspaceRevision(db); !bumped)
            return bumped.error();
    }
    if (!transaction.commit())
        return transactionError(db, transaction.error());
    return report;
}

Result<void> Importer::saveRejections(const QList<Rejection> &rejections, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     ImporterText::tr("The rejected rows could not be saved: %1").arg(file.errorString()),
                     path);
    csv::CsvWriter writer(&file);
    writer.writeRow({ImporterText::tr("Line"), ImporterText::tr("Column"), ImporterText::tr("Column name"),
                     ImporterText::tr("Value"), ImporterText::tr("Reason")});
    for (const Rejection &r : rejections)
        writer.writeRow(
            {QString::number(r.line), QString::number(r.column), r.columnName, r.value, r.reason});
    if (!writer.ok() || !file.commit())
        return Error(ErrorCode::Io,
                     ImporterText::tr("The rejected rows could not be saved: %1").arg(file.errorString()),
                     path);
    return {};
}

} // namespace storelens::core
