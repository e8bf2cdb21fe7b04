#include "cli/CliSupport.h"
#include "core/session/CustomerPrivacy.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace storelens::cli {

using namespace storelens::core;

namespace {

// The id and workspace options both actions take; BadUsage (or Success after --help) through `exitCode`
// when parsing ends the command.
bool parseCustomerOptions(QCommandLineParser &parser, const QStringList &arguments,
                          const QList<QCommandLineOption> &extra, CliStreams &io, int &exitCode)
{
    parser.addOption(QCommandLineOption(QStringLiteral("workspace"), CliText::tr("The workspace file."),
                                        CliText::tr("path")));
    parser.addOption(QCommandLineOption(QStringLiteral("id"), CliText::tr("The customer's id as imported."),
                                        CliText::tr("id")));
    parser.addOptions(extra);
    if (const int exit = parseOrExit(parser, arguments, io); exit >= 0) {
        exitCode = exit;
        return false;
    }
    return requireOption(parser, QStringLiteral("workspace"), io, exitCode) &&
           requireOption(parser, QStringLiteral("id"), io, exitCode);
}

bool hasCustomer(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM customers WHERE external_id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

// The id as the workspace stores it. An export without a customer id column keys customers by their e-mail
// address, lower-cased (RecordConverterOrders): an id that looks like an e-mail address and misses exactly
// is tried trimmed and lower-cased (trial 10: "Aoife.Taylor252@icloud.com", as Magento writes it, was "no
// customer"). Otherwise, or when that misses too, the id as given (whose error names it).
QString storedCustomerId(const QString &workspacePath, const QString &id)
{
    const QString folded = id.trimmed().toLower();
    if (folded == id || !folded.contains(QLatin1Char('@')))
        return id;
    Connection connection(workspacePath, Connection::Access::ReadOnly);
    if (!connection.isOpen() || hasCustomer(connection.db(), id))
        return id;
    return hasCustomer(connection.db(), folded) ? folded : id;
}

int runExport(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "storelens customer export: everything the workspace holds on one customer (their customer record, "
        "their order lines, their figures, RFM scores, lifecycle stage, value tier and saved segments) as "
        "JSON or as CSV."));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("json (default) or csv."),
                                    QStringLiteral("json|csv"), QStringLiteral("json"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    CliText::tr("The file to write (default: standard output)."),
                                    CliText::tr("file"));
    int exitCode = Success;
    if (!parseCustomerOptions(parser, arguments, {format, output}, io, exitCode))
        return exitCode;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv")) {
        io.err << CliText::tr("--format takes json or csv.") << '\n';
        return BadUsage;
    }
    const auto opened = openSession(parser.value(QStringLiteral("workspace")));
    if (!opened)
        return reportError(opened.error(), io);
    const Result<session::CustomerExport> exported =
        session::exportCustomer(*opened.value(), storedCustomerId(opened.value()->workspacePath(),
                                                                  parser.value(QStringLiteral("id"))));
    if (!exported)
        return reportError(exported.error(), io);
    const QByteArray bytes = formatName == QLatin1String("csv")
                                 ? session::customerExportCsv(exported.value())
                                 : session::customerExportJson(exported.value());
    if (!parser.isSet(output)) {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        return Success;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return reportError(Error(ErrorCode::Io,
                                 CliText::tr("The export could not be written: %1").arg(file.errorString()),
                                 parser.value(output)),
                           io);
    }
    io.err << CliText::tr("Wrote %1.").arg(parser.value(output)) << '\n';
    return Success;
}

int runForget(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "storelens customer forget: removes one customer's personal data (their customer record) and turns "
        "their order lines into guest lines, so orders, net sales and units stay as they were and the "
        "customer count drops by one. This cannot be undone; without --yes nothing changes. A later orders "
        "import keeps their lines guest lines; importing a customer list that still holds them brings them "
        "back."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 CliText::tr("Forget the customer; do not only say who."));
    int exitCode = Success;
    if (!parseCustomerOptions(parser, arguments, {yes}, io, exitCode))
        return exitCode;
    const auto opened = openSession(parser.value(QStringLiteral("workspace")));
    if (!opened)
        return reportError(opened.error(), io);
    const QString id = storedCustomerId(opened.value()->workspacePath(), parser.value(QStringLiteral("id")));
    if (!parser.isSet(yes)) {
        // Says whom it would forget, so a slip of the id is seen before anything changes.
        Connection connection(opened.value()->workspacePath(), Connection::Access::ReadOnly);
        if (!connection.isOpen())
            return reportError(connection.error(), io);
        const Result<CustomerRecord> record = readCustomerRecord(connection.db(), id);
        if (!record)
            return reportError(record.error(), io);
        const QString name =
            record->fieldValues.value(record->fieldNames.indexOf(QStringLiteral("name"))).toString();
        io.err << CliText::tr("This would forget customer %1 (%2) and turn their %n order line(s) into guest "
                              "lines. Add --yes to do it; it cannot be undone.",
                              nullptr, int(record->lines.size()))
                      .arg(id, name.isEmpty() ? CliText::tr("no name") : name)
               << '\n';
        return BadUsage;
    }
    const Result<session::ForgetOutcome> forgot = session::forgetCustomer(*opened.value(), id);
    if (!forgot)
        return reportError(forgot.error(), io);
    io.out << CliText::tr("Forgot customer %1: %n order line(s) are now guest lines.", nullptr,
                          int(forgot->guestLines))
                  .arg(id)
           << '\n';
    if (!forgot->compacted) {
        io.err << CliText::tr("The workspace file could not be compacted (another program has it open); the "
                              "removed data is overwritten but run the command again when it is closed.")
               << '\n';
    }
    return Success;
}

// `storelens customer export|forget --workspace W --id ID …`
int runCustomer(const QStringList &arguments, CliStreams &io)
{
    const QString action = arguments.value(2);
    QStringList rest = arguments;
    if (rest.size() > 2)
        rest.removeAt(2);
    if (action == QLatin1String("export"))
        return runExport(rest, io);
    if (action == QLatin1String("forget"))
        return runForget(rest, io);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        io.out << CliText::tr(
                      "Usage: storelens customer export|forget --workspace W --id ID\n"
                      "  export  everything the workspace holds on one customer, as JSON or CSV\n"
                      "  forget  remove one customer's personal data; sales totals stay as they were\n"
                      "storelens customer ACTION --help describes each.")
               << '\n';
        return Success;
    }
    io.err << CliText::tr("storelens customer takes export or forget, not \"%1\".").arg(action) << '\n';
    return BadUsage;
}

} // namespace

std::unique_ptr<CliCommand> makeCustomerCommand()
{
    return makeCommand(
        QStringLiteral("customer"), "storelens::cli",
        QT_TRANSLATE_NOOP("storelens::cli", "Export one customer's data, or forget the customer (privacy)."),
        runCustomer);
}

} // namespace storelens::cli
