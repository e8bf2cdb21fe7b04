#pragma once

#include "core/analytics/segments/SegmentSummary.h"
#include "core/model/Result.h"

#include <QIODevice>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace storelens::core::analytics {

// Columns a member export can hold, by key: customer_id, name, email, country, first_purchase,
// last_purchase, orders, net_sales, aov, recency_days, r, f, m, segment, lifecycle, value_tier,
// consent_email.
QStringList memberExportColumns();
QStringList defaultMemberExportColumns(); // every column but consent_email
// A column's name as the user reads it, translated ("Customer ID" for customer_id): the export dialog's
// list and the header row of a file for Excel. Unknown keys are returned as they are.
QString memberExportColumnLabel(const QString &key);

// How a member file is written. Standard: ',' between columns and '.' decimals, machine-readable as the
// command line's --format csv is. ForExcel: the file a spreadsheet in the chosen language opens column by
// column (issue 18, trial 11b: German Excel read the standard file as one column): where the language's
// decimal mark is a comma (German, French, Spanish), ';' between columns and ',' decimals, else ',' and '.';
// a UTF-8 byte order mark first, so Excel reads umlauts and accents as UTF-8; the header row holds the
// columns' names as the user reads them (memberExportColumnLabel(), translated; trial 14: a French manager's
// spreadsheet opened on "first_purchase", "recency_days"); the words in the cells are the screens' words in
// the user's language (trial 15: "active" and "high" in a German file): the country's name
// (countryDisplayName()), the segment's, stage's and tier's names, "Yes" / "No" / "Unknown" for consent, "no
// prices imported" translated. ISO dates and formula safety are the same.
enum class MemberCsvStyle { Standard, ForExcel };

struct MemberExportOptions
{
    QStringList columns;                // keys, in the order to write; empty: defaultMemberExportColumns()
    bool includeWithoutConsent = false; // marketing consent = email consent; false or unknown is "without"
    MemberCsvStyle style = MemberCsvStyle::Standard;
    QLocale locale; // ForExcel: the language whose decimal mark the file uses
};

// Whether Excel in `locale`'s language reads ',' as the decimal mark (and so ';' between columns): the
// default of the export dialog's "For Excel in this language".
bool excelUsesDecimalComma(const QLocale &locale);

struct MemberExportResult
{
    int64_t written = 0;
    int64_t leftOutWithoutConsent = 0;
};

// Writes a header row and one row per member as CSV (UTF-8, quoted where needed; the separator and decimal
// mark of options.style). Members whose email
// consent is false or unknown are left out unless options.includeWithoutConsent. Cells that start with = + -
// or @ are neutralised for spreadsheets (prefixed with an apostrophe).
//
// The standard file is machine-readable in every column, whatever the user's language, as the command line's
// --format csv is (issue 18: no file mixes the two): the header is the column keys; dates ISO (2026-11-30);
// numbers with '.' decimals (ForExcel: the language's) and no grouping, money with 2 places; segment the
// default grid's English name (segmentKey(), "Loyal customers" also in German) or a saved grid's own name;
// lifecycle and value_tier their keys (active, at_risk, …; high, medium, low); consent_email true, false or
// unknown; money of a customer without prices "no prices imported". Translated labels and the locale's number
// format are for the screens and the command line's tables.
Result<MemberExportResult> exportMembers(QIODevice *device, const std::vector<MemberRow> &members,
                                         const MemberExportOptions &options);
Result<MemberExportResult> exportMembers(const QString &path, const std::vector<MemberRow> &members,
                                         const MemberExportOptions &options);

// The language-independent key of an RFM segment name, for files and JSON meant for machines: a default
// segment's English name ("Loyal customers" for German "Treue Kunden"); any other name (a saved grid's own)
// as it is. Defined beside the default names in SegmentGrid.cpp.
QString segmentKey(const QString &segmentName);

// The text of one cell of `column` (a key of memberExportColumns()) for `row`, as the standard file writes it
// before neutralising.
QString memberCell(const MemberRow &row, const QString &column);

} // namespace storelens::core::analytics
