#include "core/import/Importer.h"

#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/import/FieldCatalog.h"
#include "core/import/RecordPipeline.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::Importer)
};

constexpr qint64 ProgressStep = 1024 * 1024; // bytes between progress reports

// Keeps the report's order-line totals; `moneyDiscounts`: the discount column holds money, not rates.
void tally(ImportReport &report, const OrderLineRecord &line, bool moneyDiscounts)
{
    if (!line.gross)
        ++report.unpricedLines;
    if (moneyDiscounts && line.discount > Money()) {
        ++report.discountLines;
        if (line.discount < Money::fromUnits(Money::Scale))
            ++report.discountsBelowOne;
    }
    if (!report.firstDate.isValid() || line.date < report.firstDate)
        report.firstDate = line.date;
    if (!report.lastDate.isValid() || line.date > report.lastDate)
        report.lastDate = line.date;
    if (!line.quantity.isNegative())
        report.grossSales += line.grossAmount();
    report.netSales += line.lineAmount();
    if (line.isRefundReturn())
        return;
    if (!report.coveredFrom.isValid() || line.date < report.coveredFrom)
        report.coveredFrom = line.date;
    if (!report.coveredTo.isValid() || line.date > report.coveredTo)
        report.coveredTo = line.date;
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

// Scans the date columns of the whole file when the first rows left the order open (all days ≤ 12).
Result<csv::DateOrder> scanDateOrder(const QString &csvPath, const ImportProfile &profile,
                                     const QList<int> &columns)
{
    csv::CsvReader reader(profile.dialect);
    if (auto opened = reader.open(csvPath); !opened)
        return opened.error();
    QList<QByteArray> batch;
    bool header = profile.dialect.hasHeader;
    while (reader.next()) {
        if (header) {
            header = false;
            continue;
        }
        for (int c : columns)
            batch << reader.field(c).trimmed().toByteArray();
        if (batch.size() >= 4096 || reader.bytesRead() >= reader.fileSize()) {
            const csv::DateOrder order = csv::detectDateOrder(batch);
            if (order != csv::DateOrder::Unknown)
                return order;
            batch.clear();
        }
    }
    if (!batch.isEmpty() && csv::detectDateOrder(batch) != csv::DateOrder::Unknown)
        return csv::detectDateOrder(batch);
    return csv::DateOrder::Unknown;
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

Error databaseError(QSqlDatabase &db, const QString &detail)
{
    return Error(ErrorCode::Database, ImporterText::tr("The workspace could not be written: %1").arg(detail),
                 db.databaseName());
}

} // namespace

Result<ImportReport> Importer::run(const QString &workspacePath, const QString &csvPath,
                                   const ImportProfile &profileIn, const ImportOptions &options,
                                   const ImportProgress &progress)
{
    const QString fileName = QFileInfo(csvPath).fileName();
    ImportProfile profile = profileIn;
    ImportReport report;
    report.file = csvPath;
    report.entity = profile.entity;
    report.dryRun = options.dryRun;
    report.replace = options.replace && profile.entity == Entity::Orders;
    report.source = profile.source.trimmed().isEmpty() ? defaultSourceName() : profile.source.trimmed();

    csv::CsvReader reader(profile.dialect);
    if (auto opened = reader.open(csvPath); !opened)
        return opened.error();
    QStringList header;
    if (profile.dialect.hasHeader) {
        if (!reader.next())
            return reader.error().code() != ErrorCode::None
                       ? reader.error()
                       : Error(ErrorCode::Format, ImporterText::tr("The file is empty."), csvPath, 1);
        for (int i = 0; i < reader.fieldCount(); ++i)
            header << reader.fieldText(i);
    }
    auto converter = RecordConverter::create(profile, header, csvPath);
    if (!converter)
        return converter.error();

    const QList<int> dated = dateColumns(converter.value());
    if (profile.dateOrder == csv::DateOrder::Unknown && !dated.isEmpty()) {
        auto order = scanDateOrder(csvPath, profile, dated);
        if (!order)
            return order.error();
        if (order.value() == csv::DateOrder::Unknown)
            return Error(
                ErrorCode::InvalidValue,
                ImporterText::tr(
                    "The dates could be day/month or month/day (no day in the file is above 12). Choose the "
                    "date order in the import profile (or with --date-order dmy|mdy)."),
                csvPath);
        profile.dateOrder = order.value();
        converter = RecordConverter::create(profile, header, csvPath);
    }

    Connection connection(workspacePath);
    if (!connection.isOpen())
        return connection.error();
    QSqlDatabase &db = connection.db();
    // A page cache that holds the order-line key index of a large import avoids re-reading spilled pages;
    // it only costs memory (64 MiB at most) and leaves WAL, the one transaction and durability as they are.
    // Foreign keys are not checked row by row on this connection: every id the writer stores comes from its
    // own id caches, read or inserted inside this transaction (a concurrent writer makes the transaction
    // fail instead), so the checks could never fire, and they cost four lookups per order line.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-65536"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    Transaction transaction(db);
    if (!transaction.isOpen())
        return databaseError(db, db.lastError().text());

    WorkspaceWriter writer(db);
    writer.setSource(report.source);
    if (auto begun = writer.begin(); !begun)
        return begun.error();

    // A first load of order lines builds the secondary indexes after the bulk insert.
    QSqlQuery q(db);
    bool rebuildIndexes = false;
    if (profile.entity == Entity::Orders &&
        q.exec(QStringLiteral("SELECT NOT EXISTS(SELECT 1 FROM order_lines)")) && q.next() &&
        q.value(0).toBool()) {
        rebuildIndexes = q.exec(QStringLiteral("DROP INDEX IF EXISTS order_lines_day")) &&
                         q.exec(QStringLiteral("DROP INDEX IF EXISTS order_lines_customer"));
    }

    // Parsing runs on a worker thread, a batch ahead of the writes; progress and cancellation stay here.
    RecordPipeline pipeline(reader, converter.value(), options.onError == ErrorPolicy::Abort);
    RecordPipeline::Batch batch;
    const bool moneyDiscounts = converter.value().columnOf(field::Discount) >= 0 &&
                                converter.value().columnOf(field::DiscountRate) < 0;
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
        report.orderMoneyNotSpread += batch.notSpread;
        for (const OrderLineRecord &line : batch.orderLines) {
            tally(report, line, moneyDiscounts);
            writer.addOrderLine(line);
        }
        for (const RecordPipeline::Entity &entity : batch.entities)
            RecordPipeline::deliver(entity, writer);
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
    if (reader.error().code() != ErrorCode::None)
        return reader.error();
    if (profile.entity == Entity::Orders) {
        auto unmatched = writer.unmatchedLines(report.coveredFrom, report.coveredTo, report.replace);
        if (!unmatched)
            return unmatched.error();
        report.notInFile = unmatched.value();
        report.amounts = writer.lineAmounts();
    }
    report.counts = writer.counts(profile.entity);

    if (rebuildIndexes &&
        (!q.exec(QStringLiteral("CREATE INDEX order_lines_day ON order_lines(day)")) ||
         !q.exec(QStringLiteral("CREATE INDEX order_lines_customer ON order_lines(customer_id, day)"))))
        return databaseError(db, q.lastError().text());
    if (options.dryRun)
        return report; // the transaction rolls back

    q.prepare(QStringLiteral(
        "INSERT INTO imports(at, file, entity, rows_new, rows_updated, rows_unchanged, rows_rejected,"
        " source, rows_removed) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(fileName);
    q.addBindValue(entityKey(profile.entity));
    q.addBindValue(report.counts.added);
    q.addBindValue(report.counts.updated);
    q.addBindValue(report.counts.unchanged);
    q.addBindValue(report.rejectedCount);
    q.addBindValue(profile.entity == Entity::Orders ? QVariant(report.source) : QVariant());
    q.addBindValue(report.counts.removed);
    if (!q.exec())
        return databaseError(db, q.lastError().text());
    if (report.counts.added + report.counts.updated + report.counts.removed > 0) {
        if (auto bumped = bumpWorkspaceRevision(db); !bumped)
            return bumped.error();
    }
    if (!transaction.commit())
        return databaseError(db, db.lastError().text());
    return report;
}

Result<void> Importer::saveRejections(const QList<Rejection> &rejections, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     ImporterText::tr("The rejected rows could not be saved: %1").arg(file.errorString()),
                     path);
    csv::CsvWriter writer(&file, true);
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
