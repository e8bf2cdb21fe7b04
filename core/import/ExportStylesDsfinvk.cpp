#include "core/import/ExportStylesDsfinvk.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"
#include "core/model/Entities.h"

#include <QCoreApplication>

#include <algorithm>

namespace storelens::core {

namespace {

class DsfinvkStyleText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ExportStyles)
};

// The columns of the Bonkopf (DSFinV-K 3.1.2) that mark it, as normaliseHeader() writes them.
const char *const Marks[] = {"zkasseid",  "zerstellung", "bonid",    "bontyp",
                             "bonstorno", "bonende",     "umsbrutto"};

// BON_ID is the spec's key of a process, unique among all the till's processes (BON_NR, the printed
// number, may start again); BON_ENDE is when the receipt was closed, the sale's time (Z_ERSTELLUNG is the
// day's closing, often the next morning); UMS_BRUTTO is what the receipt charged, with VAT and after its
// discounts. KUNDE_ID and KUNDE_NAME are the customer when the till knew one, KUNDE_LAND their country.
const char *const Mapping[][2] = {
    {"bonid", "order_id"},          {"bonende", "date"},
    {"umsbrutto", "line_total"},    {"kundeid", "customer_id"},
    {"kundename", "customer_name"}, {"kundeland", "country"},
};

// The first rows' values of the column mapped to `key`, for the decimal separator and the date order.
QList<QByteArray> samplesOf(const FilePreview &preview, const ImportProfile &profile, const QString &key)
{
    QList<QByteArray> samples;
    const QString mapped = profile.columnFor(key);
    const int column = mapped.isEmpty() ? -1 : int(preview.header.indexOf(mapped));
    for (const QStringList &row : preview.rows) {
        if (column >= 0 && column < row.size() && !row.at(column).isEmpty())
            samples << row.at(column).toUtf8();
    }
    return samples;
}

} // namespace

bool isDsfinvkReceiptsExport(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    return std::all_of(std::begin(Marks), std::end(Marks),
                       [&names](const char *c) { return names.contains(QLatin1String(c)); });
}

QString dsfinvkSourceName()
{
    return QStringLiteral("DSFinV-K");
}

namespace exportstyles {

// One row per receipt: each is an order of one line, its amount the receipt's total. The receipts that sold
// nothing are left out and a storno receipt of a negative amount is a return (DsfinvkReceipts.h, the
// importer's part). The till sells in the store; prices include VAT, as the till charged them. The spec
// writes a decimal comma, read from the amounts all the same.
void suggestDsfinvkReceipts(const FilePreview &preview, ImportProfile &profile)
{
    if (!isDsfinvkReceiptsExport(preview.header))
        return;
    applyExportMapping(Mapping, profile);
    profile.lineTotalAfterDiscount = true;
    profile.cancelOrderPrefix.clear();
    profile.cancelStatusValues.clear();
    profile.dateOrder = csv::detectDateOrder(samplesOf(preview, profile, field::Date));
    if (const std::optional<char> decimal =
            csv::decideDecimalSeparator(samplesOf(preview, profile, field::LineTotal))) {
        profile.decimalSeparator = *decimal;
        profile.decimalSeparatorOpen = false;
    }
    profile.defaultChannel = defaultChannelName();
    profile.name = QStringLiteral("DSFinV-K receipts");
    profile.source = dsfinvkSourceName();
}

QList<StyleNote> dsfinvkNotes(const ImportProfile &profile)
{
    const QStringList header = profileHeader(profile);
    if (profile.entity != Entity::Orders || !isDsfinvkReceiptsExport(header))
        return {};
    return {StyleNote{StyleNoteKind::NoProducts,
                      DsfinvkStyleText::tr("The receipts file (transactions.csv) holds each receipt's total, "
                                           "not its items, which are in lines.csv: the receipts carry no "
                                           "products.")}};
}

} // namespace exportstyles

} // namespace storelens::core
