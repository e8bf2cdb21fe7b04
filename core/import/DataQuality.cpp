#include "core/import/DataQuality.h"

#include "core/model/DateText.h"
#include "core/model/PercentText.h"
#include "core/model/TextLocale.h"
#include "core/store/ByteHash.h"

#include "core/import/DsfinvkReceipts.h"
#include "core/import/ExportStyles.h"
#include "core/import/ExportStylesDsfinvk.h"
#include "core/import/FieldCatalog.h"
#include "core/import/GiftCards.h"
#include "core/import/ImportProfile.h"
#include "core/import/OrderStatus.h"
#include "core/import/ProfileHeader.h"
#include "core/import/RecordConverter.h"
#include "core/import/RowIdGuard.h"
#include "core/store/OrderLineRecord.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <climits>
#include <cstring>

namespace storelens::core {

namespace {

class DataQualityText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::DataQuality)
};

constexpr int MaxFeeSkus = 50;   // distinct fee-like SKUs kept; the rest are merchandise as far as we tell
constexpr int ListedFeeSkus = 8; // named in the sentence
bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    const size_t n = std::strlen(b);
    return size_t(a.size()) == n && qstrnicmp(a.data(), a.size(), b, qsizetype(n)) == 0;
}

// SKUs that ERP and marketplace exports use for fees and adjustments (the Online Retail datasets' POST, DOT,
// C2, BANK CHARGES, AMAZONFEE, CRUK, PADS, ADJUST). Single letters (M, D, S, B) count only with a fee name.
const char *const FeeCodes[] = {"POST", "DOT",    "C2",      "BANK CHARGES", "AMAZONFEE", "CRUK",
                                "PADS", "ADJUST", "ADJUST2", "FEE",          "SHIPPING",  "POSTAGE"};
// Product names that are a fee or an adjustment as a whole.
const char *const FeeNames[] = {"manual",          "discount",     "samples", "postage",   "carriage",
                                "shipping",        "delivery",     "fee",     "surcharge", "service charge",
                                "adjust bad debt", "bank charges", "tip",     "tips",      "gratuity",
                                "trinkgeld",       "pourboire",    "propina"};
// Tips: money for the staff, not the store's sales. The words are distinctive enough to make any product
// name a tip ("Pourboire CB", "Propina voluntaria"); plain "tip" and "tips" only as the whole name or SKU
// ("Tip Top Jam" is merchandise).
const char *const TipWords[] = {"gratuity", "gratuities", "pourboire", "pourboires", "trinkgeld",
                                "propina",  "propinas",   "mancia",    "mance",      "fooi",
                                "fooien",   "gorjeta",    "gorjetas",  "napiwek",    "dricks"};
const char *const TipNames[] = {"tip", "tips"};
// Words that make any product name a fee or an adjustment. A gift card sold is one too when it is the whole
// product (looksLikeGiftCardSold(), GiftCards.h), which "Gift card holder" is not.
const char *const FeeWords[] = {"postage",    "carriage",   "bank charge",
                                "amazon fee", "commission", "adjustment"};

QString percent(double share)
{
    return percentText(share);
}

// Whether a status value says the order was refunded in part ("partially_refunded", "Partially refunded",
// "refunded_partially").
bool isPartialRefund(QByteArrayView status)
{
    return isPartialRefundStatus(status); // also Tiendanube's "Parcialmente reembolsado"
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

int plural(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

QString lineCount(qint64 n)
{
    return n == 1 ? DataQualityText::tr("1 line") : DataQualityText::tr("%Ln lines", nullptr, plural(n));
}

QString rowCount(qint64 n)
{
    return n == 1 ? DataQualityText::tr("1 row") : DataQualityText::tr("%Ln rows", nullptr, plural(n));
}

// Line totals said to be before the discount (an order export's subtotal) with no discount of any kind
// mapped: the file cannot say what was taken off, and net sales are the subtotals.
bool lacksDiscounts(const ImportProfile &profile)
{
    if (profile.entity != Entity::Orders)
        return false;
    for (const QString &key :
         {field::Discount, field::DiscountRate, field::DiscountPercent, field::OrderDiscount}) {
        if (!profile.columnFor(key).isEmpty())
            return false;
    }
    return !profile.columnFor(field::LineTotal).isEmpty() && !profile.lineTotalAfterDiscount;
}

bool readsDsfinvkReceipts(const ImportProfile &profile)
{
    const QStringList header = profileHeader(profile);
    return profile.entity == Entity::Orders && isDsfinvkReceiptsExport(header);
}

} // namespace

bool DataQualityCollector::looksLikeTip(QByteArrayView sku, QByteArrayView name)
{
    sku = sku.trimmed();
    const QString lowerName = QString::fromUtf8(name).simplified().toLower();
    for (const char *n : TipNames) {
        if (equalsIgnoringCase(sku, n) || lowerName == QLatin1String(n))
            return true;
    }
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    const QStringList words = lowerName.split(nonLetters, Qt::SkipEmptyParts);
    for (const char *w : TipWords) {
        if (equalsIgnoringCase(sku, w) || words.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

bool DataQualityCollector::looksLikeFee(QByteArrayView sku, QByteArrayView name)
{
    if (looksLikeTip(sku, name) || looksLikeGiftCardSold(sku, name))
        return true;
    sku = sku.trimmed();
    const QString lowerName = QString::fromUtf8(name).simplified().toLower();
    bool feeName = false;
    for (const char *n : FeeNames)
        feeName = feeName || lowerName == QLatin1String(n);
    for (const char *w : FeeWords)
        feeName = feeName || lowerName.contains(QString::fromUtf8(w));
    if (sku.size() == 1)
        return feeName;
    for (const char *code : FeeCodes) {
        if (equalsIgnoringCase(sku, code))
            return true;
    }
    return feeName;
}

// The import's byte hash (core/store/ByteHash.h), out of line here so that DataQuality.h needs no more.
quint64 DataQualityCollector::fieldRounds(quint64 h, QByteArrayView field)
{
    return bytehash::rounds(h, field);
}

quint64 DataQualityCollector::avalanche(quint64 h)
{
    return bytehash::avalanche(h);
}

DataQualityCollector::DataQualityCollector(const ImportProfile &profile, QDate today)
    : m_cancelPrefix(profile.cancelOrderPrefix.toUtf8())
    , m_cancelStatusValues(profile.cancelStatusValues)
    , m_orderIdSpread(profile, m_quality.orderIdSpread)
{
    m_quality.today = today;
    m_quality.cancelPrefix = profile.cancelOrderPrefix;
    m_quality.refundColumn = profile.columnFor(field::RefundAmount);
    m_quality.lineRefundColumn = profile.columnFor(field::LineRefunded);
    m_quality.serviceChargeColumn = profile.columnFor(field::ServiceCharge);
    m_voidColumn = profile.columnFor(field::Voided).toUtf8();
    m_quality.refundsExportExists = exportstyles::hasRefundsExport(profile);
    m_quality.orderNumbersFromRows = ordersNumberedByRow(profile);
    m_quality.noDiscountColumn = lacksDiscounts(profile);
    m_quality.styleNotes = exportstyles::styleNoteTexts(profile);
    m_stornoReturns = readsDsfinvkReceipts(profile);
}

void DataQualityCollector::read(qint64 line, quint64 hash)
{
    ++m_quality.linesRead;
    bool inserted = false;
    const HashSlots::Slot &first =
        m_records.findOrInsert(hash, quint32(std::min<qint64>(line, UINT32_MAX)), inserted);
    if (!inserted) {
        if (m_quality.duplicates.count == 0)
            m_quality.duplicateOf = first.value;
        m_quality.duplicates.add(line);
    }
}

void DataQualityCollector::blank(qint64 line)
{
    ++m_quality.linesRead;
    m_quality.blank.add(line);
}

void DataQualityCollector::rejected(const Rejection &rejection)
{
    ++m_quality.rejectedTotal;
    for (DataQuality::RejectionGroup &g : m_quality.rejected) {
        if (g.column == rejection.column) {
            g.lines.add(rejection.line);
            return;
        }
    }
    DataQuality::RejectionGroup group;
    group.column = rejection.column;
    group.columnName = rejection.columnName;
    group.lines.add(rejection.line);
    group.firstReason = rejection.reason;
    m_quality.rejected << group;
}

ReturnCause DataQualityCollector::causeOf(const OrderLineRecord &record, QByteArrayView status) const
{
    const QByteArrayView prefix(m_cancelPrefix);
    if (!prefix.isEmpty() && record.orderId.size() >= prefix.size() &&
        qstrnicmp(record.orderId.data(), prefix.size(), prefix.data(), prefix.size()) == 0)
        return ReturnCause::CancelPrefix;
    if (!status.isEmpty()) {
        const QString value = QString::fromUtf8(status).trimmed();
        for (const QString &v : m_cancelStatusValues) {
            if (value.compare(v.trimmed(), Qt::CaseInsensitive) == 0)
                return ReturnCause::StatusValue;
        }
    }
    return m_stornoReturns ? ReturnCause::StornoReceipt : ReturnCause::NegativeQuantity;
}

void DataQualityCollector::addMoney(const OrderLineRecord &record, int fee)
{
    DataQuality &q = m_quality;
    const Money amount = record.lineAmount();
    if (!record.quantity.isNegative()) {
        q.sales += amount;
        if (record.customerId.isEmpty())
            q.guestSales += amount;
    }
    if (fee >= 0)
        q.feeSkus[fee].netSales += amount;
}

void DataQualityCollector::orderLineMoney(const OrderLineRecord &record)
{
    const HashSlots::Slot *sku = m_skus.find(mixField(0, record.sku));
    addMoney(record, sku ? int(sku->value) - 1 : -1);
}

void DataQualityCollector::countStatus(QList<DataQuality::StatusCount> &counts, qint64 line,
                                       QByteArrayView orderId, QByteArrayView status)
{
    const QByteArray key = orderStatusKey(status);
    auto it = std::find_if(counts.begin(), counts.end(), [&key](const DataQuality::StatusCount &c) {
        return orderStatusKey(c.status.toUtf8()) == key;
    });
    if (it == counts.end()) {
        DataQuality::StatusCount count;
        count.status = QString::fromUtf8(status.trimmed());
        counts.append(count);
        it = counts.end() - 1;
    }
    it->lines.add(line);
    QByteArray order = key;
    order += '\0';
    order += orderId;
    if (!m_statusOrders.contains(order)) {
        m_statusOrders.insert(order);
        ++it->orders;
    }
}

void DataQualityCollector::notSold(qint64 line, QByteArrayView orderId, QByteArrayView status)
{
    countStatus(m_quality.notSold, line, orderId, status);
    if (orderId.isEmpty())
        return;
    const QByteArray id = orderId.toByteArray();
    if (m_notSoldOrders.contains(id))
        return;
    const QByteArray key = orderStatusKey(status);
    const auto it = std::find_if(
        m_quality.notSold.begin(), m_quality.notSold.end(),
        [&key](const DataQuality::StatusCount &c) { return orderStatusKey(c.status.toUtf8()) == key; });
    // Lines of the order imported before this one: the order stays an order.
    if (m_orderIdSpread.hasSaleLines(orderId)) {
        ++it->partOrders;
        m_notSoldOrders.insert(id, -1);
    } else {
        m_notSoldOrders.insert(id, int(it - m_quality.notSold.begin()));
    }
}

void DataQualityCollector::voided(qint64 line, const OrderLineRecord &record)
{
    // Counted as a not-sold status named by the flag's column: the same orders and lines, and the same
    // orders that keep their other lines.
    const QByteArrayView column =
        m_voidColumn.isEmpty() ? QByteArrayView("voided") : QByteArrayView(m_voidColumn);
    notSold(line, record.orderId, column);
    const QByteArray key = orderStatusKey(column);
    for (DataQuality::StatusCount &c : m_quality.notSold) {
        if (orderStatusKey(c.status.toUtf8()) == key) {
            c.voided = true;
            c.sales += record.lineAmount();
            return;
        }
    }
}

const DataQuality::StatusCount *DataQuality::voidedLines() const
{
    const auto it =
        std::find_if(notSold.cbegin(), notSold.cend(), [](const StatusCount &c) { return c.voided; });
    return it == notSold.cend() ? nullptr : &*it;
}

// Counts `line` under its value (trimmed; values that differ in case alone are one).
static void countValue(QList<DataQuality::ValueCount> &counts, qint64 line, QByteArrayView value)
{
    const QString text = QString::fromUtf8(value.trimmed());
    auto it = std::find_if(counts.begin(), counts.end(), [&text](const DataQuality::ValueCount &c) {
        return c.value.compare(text, Qt::CaseInsensitive) == 0;
    });
    if (it == counts.end()) {
        counts.append(DataQuality::ValueCount{text, {}});
        it = counts.end() - 1;
    }
    it->lines.add(line);
}

void DataQualityCollector::noSaleReceipt(qint64 line, QByteArrayView value)
{
    countValue(m_quality.noSaleReceipts, line, value);
}

void DataQualityCollector::otherTransaction(qint64 line, QByteArrayView type)
{
    countValue(m_quality.otherTransactions, line, type);
}

void DataQualityCollector::orderLine(const OrderLineRecord &record, qint64 line, QByteArrayView status,
                                     bool moneyLater, RecordCount count)
{
    DataQuality &q = m_quality;
    if (count == NewRecord)
        ++q.imported;
    const bool sale = !record.quantity.isNegative();
    if (!sale) {
        const ReturnCause cause = causeOf(record, status);
        q.returns[int(cause == ReturnCause::StatusValue ? ReturnCause::RefundRow : cause)].add(line);
    }
    if (sale) {
        m_orderIdSpread.saleLine(record, line);
        // A line imported of an order whose other lines were left out as not sold: the order stays one.
        if (!m_notSoldOrders.isEmpty()) {
            const auto it = m_notSoldOrders.find(record.orderId.toByteArray());
            if (it != m_notSoldOrders.end() && it.value() >= 0) {
                ++q.notSold[it.value()].partOrders;
                it.value() = -1;
            }
        }
    }
    // A sold-and-refunded line (a cancellation status, or the line's own refunded flag) is also a return,
    // written beside the sale.
    if (sale && record.refundDate.isValid()) {
        const bool byStatus = causeOf(record, status) == ReturnCause::StatusValue;
        q.returns[int(!q.lineRefundColumn.isEmpty() && !byStatus ? ReturnCause::LineRefund
                                                                 : ReturnCause::StatusValue)]
            .add(line);
        if (byStatus)
            countStatus(q.cancelStatuses, line, record.orderId, status);
    }
    if (isPartialRefund(status) && record.orderId != QByteArrayView(m_partialOrder)) {
        q.partialRefunds.add(line);
        m_partialOrder = record.orderId.toByteArray();
    }
    if (status.trimmed() != QByteArrayView(m_lastStatus)) {
        m_lastStatus = status.trimmed().toByteArray();
        m_lastStatusUnknown =
            orderStatusKind(status) == OrderStatusKind::Unknown &&
            std::none_of(
                m_cancelStatusValues.cbegin(), m_cancelStatusValues.cend(), [this](const QString &v) {
                    return QString::fromUtf8(m_lastStatus).compare(v.trimmed(), Qt::CaseInsensitive) == 0;
                });
    }
    // Only sales: a till's reversing lines ("Storno" with a negative quantity) are returns already, and
    // listing them as "counted as sales" invited a cancellation that changes nothing (trial 19).
    if (m_lastStatusUnknown && sale)
        countStatus(q.unknownStatuses, line, record.orderId, status);
    if (record.customerId.isEmpty())
        q.guestLines.add(line);
    if (record.gross.has_value() && record.unitPrice.isZero())
        q.zeroPrice.add(line);
    else if (record.gross.has_value() && record.unitPrice.isNegative())
        q.negativePrice.add(line);
    if (record.quantity.milli() % 1000 != 0)
        q.fractionalQuantity.add(line);
    if (record.date > q.today) {
        q.futureDates.add(line);
        if (!q.latestFutureDate.isValid() || record.date > q.latestFutureDate)
            q.latestFutureDate = record.date;
    }

    // A SKU is classified once; the table remembers which fee entry it is (value − 1), 0 for merchandise.
    const quint64 skuHash = mixField(0, record.sku);
    bool inserted = false;
    HashSlots::Slot &known = m_skus.findOrInsert(skuHash, 0, inserted);
    int fee = int(known.value) - 1;
    if (inserted && q.feeSkus.size() < MaxFeeSkus && looksLikeFee(record.sku, record.productName)) {
        DataQuality::FeeSku entry;
        entry.sku = QString::fromUtf8(record.sku);
        entry.name = QString::fromUtf8(record.productName);
        q.feeSkus << entry;
        fee = int(q.feeSkus.size()) - 1;
        known.value = quint32(fee + 1);
    }
    if (fee >= 0)
        q.feeSkus[fee].lines.add(line);
    if (!moneyLater)
        addMoney(record, fee);
}

void DataQualityCollector::notSalesLine(const OrderLineRecord &record, qint64 line)
{
    QList<DataQuality::FeeSku> &skus = m_quality.notSales;
    const QString sku = QString::fromUtf8(record.sku);
    auto it =
        std::find_if(skus.begin(), skus.end(), [&sku](const DataQuality::FeeSku &f) { return f.sku == sku; });
    if (it == skus.end()) {
        skus.append(DataQuality::FeeSku{sku, QString::fromUtf8(record.productName), {}, {}});
        it = skus.end() - 1;
    }
    it->lines.add(line);
    it->netSales += record.lineAmount();
}

QStringList DataQuality::notSalesItems(const std::function<QString(const Money &)> &money) const
{
    QStringList out;
    for (const FeeSku &f : notSales)
        out << DataQualityText::tr("%1: %2, %3", "a SKU left out of sales (its name), its lines, their money")
                   .arg(f.name.isEmpty() || f.name == f.sku ? f.sku
                                                            : QStringLiteral("%1 (%2)").arg(f.sku, f.name),
                        lineCount(f.lines.count), money(f.netSales));
    return out;
}

qint64 DataQuality::notSalesLines() const
{
    qint64 lines = 0;
    for (const FeeSku &f : notSales)
        lines += f.lines.count;
    return lines;
}

QStringList DataQuality::feeSkuCodes() const
{
    QStringList codes;
    for (const FeeSku &f : feeSkus)
        codes << f.sku;
    return codes;
}

qint64 DataQuality::notSoldLines() const
{
    qint64 lines = 0;
    for (const StatusCount &c : notSold)
        lines += c.lines.count;
    return lines;
}

qint64 DataQuality::noSaleLines() const
{
    qint64 lines = 0;
    for (const ValueCount &c : noSaleReceipts)
        lines += c.lines.count;
    return lines;
}

qint64 DataQuality::otherTransactionLines() const
{
    qint64 lines = 0;
    for (const ValueCount &c : otherTransactions)
        lines += c.lines.count;
    return lines;
}

QStringList DataQuality::sentences(const std::function<QString(const Money &)> &money) const
{
    QStringList out;
    out << DataQualityText::tr("Lines read: %1 (%2 accepted, %3 skipped, %4 rejected).")
               .arg(number(linesRead), number(imported),
                    number(blank.count + zeroQuantity.count + totalsRows.count + notSoldLines() +
                           noSaleLines() + serviceCharges.count + orderSummaryRows.count +
                           exportFooterRows.count + notSalesLines() + otherTransactionLines()),
                    number(rejectedTotal));
    if (orderNumbersFromRows)
        out << DataQualityText::tr(
            "No column is read as the order number: each line is counted as an order of its own, "
            "numbered by its line in the file. StoreLens cannot recognise these orders in a later export, "
            "so it refuses to import another file of this source into this workspace. If a column holds the "
            "receipt, ticket, sale or invoice number, map it as Order ID.");
    if (orderIdSpread.orders > 0)
        out << orderIdSpread.sentence();
    if (noDiscountColumn)
        out << DataQualityText::tr("No column holds discounts: they count as 0, so net sales are the amounts "
                                   "before any discount the orders had.");
    out << styleNotes;
    if (blank.count > 0)
        out << DataQualityText::tr("Blank lines skipped: %1 (for example line %2).")
                   .arg(number(blank.count), number(blank.firstLine));
    if (totalsRows.count > 0)
        out << DataQualityText::tr(
                   "Totals rows skipped (no date, a cell such as \"Summe\" or \"Total\"): they "
                   "sum the file and are no sale: %1 (for example line %2).")
                   .arg(number(totalsRows.count), number(totalsRows.firstLine));
    if (serviceCharges.count > 0)
        out << DataQualityText::tr("Service charge lines left out (marked in the column \"%1\"): a service "
                                   "charge is not sales: %2 (for example line %3).")
                   .arg(serviceChargeColumn, number(serviceCharges.count), number(serviceCharges.firstLine));
    if (orderSummaryRows.count > 0)
        out << DataQualityText::tr("eBay's summary rows of orders of several items left out: such an order "
                                   "has a row with its shipping and total and no item, then a row per item, "
                                   "which are imported: %1 (for example line %2).")
                   .arg(number(orderSummaryRows.count), number(orderSummaryRows.firstLine));
    if (exportFooterRows.count > 0)
        out << DataQualityText::tr("eBay's footer lines left out (the records downloaded, the seller ID): %1 "
                                   "(for example line %2).")
                   .arg(number(exportFooterRows.count), number(exportFooterRows.firstLine));
    if (earlierRefunds.count > 0)
        out << DataQualityText::tr("Refunds of orders imported before, each a return line on its order dated "
                                   "on the refund's day (not a sale): %1 (for example line %2).")
                   .arg(number(earlierRefunds.count), number(earlierRefunds.firstLine));
    for (const ValueCount &c : otherTransactions)
        out << DataQualityText::tr("%1: %2 (for example line %3), left out: not refunds of sales.")
                   .arg(c.value.isEmpty() ? DataQualityText::tr("Rows without a type") : c.value,
                        rowCount(c.lines.count), number(c.lines.firstLine));
    if (zeroQuantity.count > 0)
        out << DataQualityText::tr(
                   "Lines with quantity 0 and no amount skipped (nothing sold or returned): %1 (for example "
                   "line %2).")
                   .arg(number(zeroQuantity.count), number(zeroQuantity.firstLine));
    for (const StatusCount &c : notSold) {
        // Toast's "Void?" True (trial 23us): an item rung up and taken off before payment.
        if (c.voided) {
            const QString amount = money ? money(c.sales) : c.sales.toString(2);
            out << DataQualityText::tr(
                       "Voided lines left out (marked in the column \"%1\"): taken off before "
                       "payment, they are no sale: %2, %3 (for example line %4); orders voided "
                       "as a whole: %5, orders whose other lines are imported: %6.")
                       .arg(c.status, lineCount(c.lines.count), amount, number(c.lines.firstLine),
                            number(c.orders - c.partOrders), number(c.partOrders));
            continue;
        }
        // A till's voided item on a receipt that was paid: the line is left out, the receipt stays an order
        // (trial 21: "1 order with status Anulado left out" when only its line was).
        if (c.partOrders > 0) {
            out << DataQualityText::tr("Lines with status \"%1\" left out: no payment was taken for them: %2 "
                                       "(for example line %3). The other lines of their orders are imported "
                                       "(orders with such lines: %4).")
                       .arg(c.status, lineCount(c.lines.count), number(c.lines.firstLine),
                            number(c.partOrders));
            continue;
        }
        out << (c.orders == 1 ? DataQualityText::tr("1 order with status \"%1\" left out: no payment was "
                                                    "taken (%2, for example line %3).")
                              : DataQualityText::tr("%n orders with status \"%1\" left out: no payment was "
                                                    "taken (%2, for example line %3).",
                                                    nullptr, plural(c.orders)))
                   .arg(c.status, lineCount(c.lines.count), number(c.lines.firstLine));
    }
    for (const ValueCount &c : noSaleReceipts)
        out << DataQualityText::tr("Till receipts \"%1\" left out (%2): %3 (for example line %4).")
                   .arg(c.value, dsfinvkNoSaleReason(c.value), number(c.lines.count),
                        number(c.lines.firstLine));
    if (!unknownStatuses.isEmpty()) {
        QStringList values;
        qint64 lines = 0;
        for (const StatusCount &c : unknownStatuses) {
            // Quoted as the language quotes (trial 22de: "In Bearbeitung" in ASCII quotes beside „…“).
            values << DataQualityText::tr("\"%1\"", "a status value quoted in a list").arg(c.status);
            lines += c.lines.count;
        }
        // The words of the Check page's status box (trial 25se: "tick it on the import wizard's Check page"
        // read on that page, beside buttons named otherwise).
        out << DataQualityText::tr("Order statuses StoreLens does not know, counted as sales: %1 (%2, for "
                                   "example line %3). Check that these orders were paid. If one of these "
                                   "values marks a refunded order, tick it in the Check page's status box "
                                   "and choose \"Count Ticked as Sold, Then Refunded\" (or give "
                                   "--cancel-status VALUE): its orders then count as a sale and a return.")
                   .arg(textList(values), lineCount(lines), number(unknownStatuses.first().lines.firstLine));
        out << DataQualityText::tr(
            "If one of these values means the order was never paid (a bank transfer still pending, a line "
            "voided at the till), tick it there and choose \"Leave Ticked Out (Never Paid)\" (or give "
            "--not-sold-status VALUE): its orders are then left out.");
    }
    for (const RejectionGroup &g : rejected) {
        out << (g.column > 0
                    ? DataQualityText::tr(
                          "Lines rejected because of the column \"%1\": %2 (for example line %3: %4)")
                          .arg(g.columnName.isEmpty() ? number(g.column) : g.columnName,
                               number(g.lines.count), number(g.lines.firstLine), g.firstReason)
                    : DataQualityText::tr("Lines rejected: %1 (for example line %2: %3)")
                          .arg(number(g.lines.count), number(g.lines.firstLine), g.firstReason));
    }
    if (duplicates.count > 0)
        out << DataQualityText::tr(
                   "Exact copies of an earlier line: %1 (for example line %2 repeats line %3). They are "
                   "imported as lines of their own. A till lists an article scanned twice in one sale this "
                   "way, which is right; a file that lists the same rows twice does too, and then they "
                   "count twice.")
                   .arg(number(duplicates.count), number(duplicates.firstLine), number(duplicateOf));
    if (guestLines.count > 0) {
        out << (sales.isZero() || sales.isNegative()
                    ? DataQualityText::tr(
                          "Lines without a customer (guest or walk-in sales): %1 (for example line %2).")
                          .arg(number(guestLines.count), number(guestLines.firstLine))
                    : DataQualityText::tr(
                          "Lines without a customer (guest or walk-in sales): %1 (%2 of sales; for example "
                          "line %3).")
                          .arg(number(guestLines.count),
                               percent(double(guestSales.units()) / double(sales.units())),
                               number(guestLines.firstLine)));
    }
    const QualityCount &prefixed = returns[int(ReturnCause::CancelPrefix)];
    if (prefixed.count > 0)
        out << DataQualityText::tr(
                   "Returns from cancellation invoices (order id starting with \"%1\"): %2 (for example line "
                   "%3).")
                   .arg(cancelPrefix, number(prefixed.count), number(prefixed.firstLine));
    const QualityCount &status = returns[int(ReturnCause::StatusValue)];
    if (status.count > 0)
        out << DataQualityText::tr(
                   "Return lines of orders marked refunded or cancelled: %1 (for example line %2).")
                   .arg(number(status.count), number(status.firstLine));
    const QualityCount &refundedLines = returns[int(ReturnCause::LineRefund)];
    if (refundedLines.count > 0)
        out << DataQualityText::tr("Lines marked refunded in the column \"%1\": %2, each a sale and a return "
                                   "(for example line %3).")
                   .arg(lineRefundColumn, number(refundedLines.count), number(refundedLines.firstLine));
    const QualityCount &refundRows = returns[int(ReturnCause::RefundRow)];
    if (refundRows.count > 0)
        out << DataQualityText::tr("Refund rows (their status says refunded): %1, each a return dated on the "
                                   "refund's day, not a sale (for example line %2).")
                   .arg(number(refundRows.count), number(refundRows.firstLine));
    // With a refund-amount column the file holds the refunds: no refunds export to ask for. Without one, the
    // refunds export is asked for only where the system has one (Shopify); a Shopware or till user is told
    // what would count them instead (trial 11b).
    // The line's own refunded flag counts partial refunds as a refund column does.
    const QString refundedFrom = refundColumn.isEmpty() ? lineRefundColumn : refundColumn;
    if (partialRefunds.count > 0 && refundedFrom.isEmpty() && refundsExportExists)
        out << DataQualityText::tr(
                   "Orders marked partially refunded: %1 (for example line %2). Their refunds are not in "
                   "this "
                   "file's lines, so returns and net sales leave them out: import the refunds export to "
                   "count them.")
                   .arg(number(partialRefunds.count), number(partialRefunds.firstLine));
    else if (partialRefunds.count > 0 && refundedFrom.isEmpty())
        out << DataQualityText::tr(
                   "Orders marked partially refunded: %1 (for example line %2). Their refunds are not in "
                   "this file's lines, so returns and net sales leave them out. The status counts an order "
                   "as returned only when it was refunded or cancelled in full; a column with each order's "
                   "refunded amount, mapped as \"Refund amount\", would count partial refunds.")
                   .arg(number(partialRefunds.count), number(partialRefunds.firstLine));
    else if (partialRefunds.count > 0)
        out << DataQualityText::tr(
                   "Orders marked partially refunded: %1 (for example line %2). Their refunds "
                   "are counted from the column \"%3\".")
                   .arg(number(partialRefunds.count), number(partialRefunds.firstLine), refundedFrom);
    if (refundAmounts.count > 0)
        out << DataQualityText::tr("Returns from the column \"%1\" (the refund of an order whose status does "
                                   "not say refunded, one line each): %2 (for example line %3).")
                   .arg(refundColumn, number(refundAmounts.count), number(refundAmounts.firstLine));
    const QualityCount &storno = returns[int(ReturnCause::StornoReceipt)];
    if (storno.count > 0)
        out << DataQualityText::tr(
                   "Storno receipts (BON_STORNO 1), each a return of its amount on its own day "
                   "that takes back an earlier sale: %1 (for example line %2).")
                   .arg(number(storno.count), number(storno.firstLine));
    const QualityCount &negative = returns[int(ReturnCause::NegativeQuantity)];
    if (negative.count > 0)
        out << DataQualityText::tr("Returns (a negative quantity or amount): %1 (for example line %2).")
                   .arg(number(negative.count), number(negative.firstLine));
    if (zeroPrice.count > 0)
        out << DataQualityText::tr(
                   "Lines with a price of 0 (free items, samples or a missing price): %1 (for example line "
                   "%2).")
                   .arg(number(zeroPrice.count), number(zeroPrice.firstLine));
    if (negativePrice.count > 0)
        out << DataQualityText::tr(
                   "Lines with a negative price (usually adjustments, not sales): %1 (for example line %2).")
                   .arg(number(negativePrice.count), number(negativePrice.firstLine));
    if (fractionalQuantity.count > 0)
        out << DataQualityText::tr(
                   "Lines with a quantity that is not a whole number (goods sold by weight or length): %1 "
                   "(for "
                   "example line %2). Units and units per transaction add these quantities to the pieces "
                   "sold.")
                   .arg(number(fractionalQuantity.count), number(fractionalQuantity.firstLine));
    if (!feeSkus.isEmpty()) {
        QStringList names;
        qint64 lines = 0;
        qint64 firstLine = 0;
        for (const FeeSku &f : feeSkus) {
            if (names.size() < ListedFeeSkus)
                names << (f.name.isEmpty() || f.name == f.sku ? f.sku
                                                              : QStringLiteral("%1 (%2)").arg(f.sku, f.name));
            lines += f.lines.count;
            firstLine = firstLine == 0 ? f.lines.firstLine : std::min(firstLine, f.lines.firstLine);
        }
        if (feeSkus.size() > ListedFeeSkus)
            names << QStringLiteral("…");
        out << DataQualityText::tr(
                   "SKUs that look like fees or adjustments rather than products: %1: %2 (%3, for "
                   "example line %4). Mark them as \"not a product\" to keep them out of product rankings; "
                   "their lines stay in sales.")
                   .arg(number(feeSkus.size()), names.join(QLatin1String(", ")), lineCount(lines),
                        number(firstLine));
    }
    if (futureDates.count > 0)
        out << DataQualityText::tr(
                   "Lines dated after today: %1, up to %2 (for example line %3). Check the date order of the "
                   "file.")
                   .arg(number(futureDates.count), shortDateText(latestFutureDate),
                        number(futureDates.firstLine));
    return out;
}

} // namespace storelens::core
