#include "core/analytics/segments/MemberExport.h"

#include "core/csv/CsvWriter.h"
#include "core/model/Countries.h"
#include "core/model/Money.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace storelens::core::analytics {

namespace {

class MemberExportText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::MemberExport)
};

// The money columns: the only cells with a decimal mark.
bool isDecimalColumn(const QString &column)
{
    return column == QLatin1String("net_sales") || column == QLatin1String("aov");
}

// A cell as the chosen style writes it: for Excel, a decimal number with the language's decimal mark.
QString styledCell(const QString &cell, const QString &column, const MemberExportOptions &options)
{
    if (options.style != MemberCsvStyle::ForExcel || !isDecimalColumn(column) ||
        !excelUsesDecimalComma(options.locale))
        return cell;
    QString out = cell;
    return out.replace(QLatin1Char('.'), QLatin1Char(','));
}

// A cell of the file for Excel: words in the user's language, as the screens write them (trial 15: a German
// file read "active" and "high"); numbers with the language's decimal mark; dates ISO, which Excel reads in
// every language.
QString excelCell(const MemberRow &row, const QString &column, const MemberExportOptions &options)
{
    if (column == QLatin1String("country"))
        return row.country.isEmpty() ? QString() : countryDisplayName(row.country);
    if (column == QLatin1String("segment"))
        return row.segment;
    if (column == QLatin1String("lifecycle"))
        return lifecycleDisplayName(row.lifecycle);
    if (column == QLatin1String("value_tier"))
        return valueTierDisplayName(row.tier);
    if (column == QLatin1String("consent_email")) {
        if (!row.consentEmail)
            return MemberExportText::tr("Unknown");
        return *row.consentEmail ? MemberExportText::tr("Yes") : MemberExportText::tr("No");
    }
    if (row.moneyUnknown && isDecimalColumn(column))
        return MemberExportText::tr("no prices imported");
    return styledCell(memberCell(row, column), column, options);
}

} // namespace

bool excelUsesDecimalComma(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",");
}

QStringList memberExportColumns()
{
    return {QStringLiteral("customer_id"),
            QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("country"),
            QStringLiteral("first_purchase"),
            QStringLiteral("last_purchase"),
            QStringLiteral("orders"),
            QStringLiteral("net_sales"),
            QStringLiteral("aov"),
            QStringLiteral("recency_days"),
            QStringLiteral("r"),
            QStringLiteral("f"),
            QStringLiteral("m"),
            QStringLiteral("segment"),
            QStringLiteral("lifecycle"),
            QStringLiteral("value_tier"),
            QStringLiteral("consent_email")};
}

QString memberExportColumnLabel(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"customer_id", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Customer ID")},
        {"name", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Name")},
        {"email", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Email")},
        {"country", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Country")},
        {"first_purchase", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "First purchase")},
        {"last_purchase", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Last purchase")},
        {"orders", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Orders")},
        {"net_sales", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Net sales")},
        {"aov", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Average order value")},
        {"recency_days", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Recency (days)")},
        {"r", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Recency score (R)")},
        {"f", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Frequency score (F)")},
        {"m", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Monetary score (M)")},
        {"segment", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "RFM segment")},
        {"lifecycle", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Lifecycle stage")},
        {"value_tier", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Value tier")},
        {"consent_email", QT_TRANSLATE_NOOP("storelens::core::analytics::MemberExport", "Email consent")},
    };
    for (const auto &l : labels) {
        if (key == QLatin1String(l.key))
            return MemberExportText::tr(l.label);
    }
    return key;
}

QStringList defaultMemberExportColumns()
{
    QStringList columns = memberExportColumns();
    columns.removeAll(QStringLiteral("consent_email"));
    return columns;
}

QString memberCell(const MemberRow &row, const QString &column)
{
    if (column == QLatin1String("customer_id"))
        return row.customerId;
    if (column == QLatin1String("name"))
        return row.name;
    if (column == QLatin1String("email"))
        return row.email;
    if (column == QLatin1String("country"))
        return row.country;
    if (column == QLatin1String("first_purchase"))
        return row.firstPurchase.toString(Qt::ISODate);
    if (column == QLatin1String("last_purchase"))
        return row.lastPurchase.toString(Qt::ISODate);
    if (column == QLatin1String("orders"))
        return QString::number(row.orders);
    // A customer whose lines have no prices has no known amount: said in words, never 0 (METRICS.md section
    // 1).
    if (row.moneyUnknown && (column == QLatin1String("net_sales") || column == QLatin1String("aov")))
        return QStringLiteral("no prices imported");
    if (column == QLatin1String("net_sales"))
        return Money::fromUnits(row.netSales).toString(2);
    if (column == QLatin1String("aov"))
        return row.aovUnits ? Money::fromUnits(*row.aovUnits).toString(2) : QString();
    if (column == QLatin1String("recency_days"))
        return QString::number(row.recencyDays);
    if (column == QLatin1String("r"))
        return QString::number(row.r);
    if (column == QLatin1String("f"))
        return QString::number(row.f);
    if (column == QLatin1String("m"))
        return QString::number(row.m);
    // The stable key, not the name shown in the user's language: the file is machine-readable throughout.
    if (column == QLatin1String("segment"))
        return segmentKey(row.segment);
    if (column == QLatin1String("lifecycle"))
        return lifecycleKey(row.lifecycle);
    if (column == QLatin1String("value_tier"))
        return valueTierKey(row.tier);
    if (column == QLatin1String("consent_email")) {
        if (!row.consentEmail)
            return QStringLiteral("unknown");
        return *row.consentEmail ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

Result<MemberExportResult> exportMembers(QIODevice *device, const std::vector<MemberRow> &members,
                                         const MemberExportOptions &options)
{
    const QStringList known = memberExportColumns();
    const QStringList columns = options.columns.isEmpty() ? defaultMemberExportColumns() : options.columns;
    for (const QString &c : columns) {
        if (!known.contains(c))
            return Error(ErrorCode::Usage,
                         MemberExportText::tr("The column \"%1\" is unknown; the columns are: %2.")
                             .arg(c, known.join(QLatin1String(", "))));
    }
    const bool forExcel = options.style == MemberCsvStyle::ForExcel;
    if (forExcel && device->write("\xEF\xBB\xBF", 3) != 3)
        return Error(
            ErrorCode::Io,
            MemberExportText::tr("The member list could not be written: %1").arg(device->errorString()));
    csv::CsvWriter writer(device);
    if (forExcel && excelUsesDecimalComma(options.locale))
        writer.setDelimiter(';');
    QStringList header = columns;
    if (forExcel)
        std::transform(header.begin(), header.end(), header.begin(), memberExportColumnLabel);
    writer.writeRow(header);
    MemberExportResult result;
    QStringList cells;
    cells.reserve(columns.size());
    for (const MemberRow &row : members) {
        const bool consent = row.consentEmail.value_or(false);
        if (!consent && !options.includeWithoutConsent) {
            ++result.leftOutWithoutConsent;
            continue;
        }
        cells.clear();
        for (const QString &c : columns)
            cells.append(forExcel ? excelCell(row, c, options) : memberCell(row, c));
        writer.writeRow(cells);
        ++result.written;
    }
    if (!writer.ok())
        return Error(
            ErrorCode::Io,
            MemberExportText::tr("The member list could not be written: %1").arg(device->errorString()));
    return result;
}

Result<MemberExportResult> exportMembers(const QString &path, const std::vector<MemberRow> &members,
                                         const MemberExportOptions &options)
{
    // A folder typed into the export dialog or given to `segments --export` that does not exist yet is made.
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     MemberExportText::tr("The file could not be created: %1").arg(file.errorString()), path);
    Result<MemberExportResult> result = exportMembers(&file, members, options);
    if (!result) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return Error(ErrorCode::Io,
                     MemberExportText::tr("The file could not be written: %1").arg(file.errorString()), path);
    return result;
}

} // namespace storelens::core::analytics
