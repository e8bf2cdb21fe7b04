#include "core/import/RecordConverter.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"
#include "core/import/TextArena.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <cstdio>

namespace storelens::core {

namespace {

class RecordConverterText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::RecordConverter)
};

QString trimmed(QByteArrayView v)
{
    return QString::fromUtf8(v).trimmed();
}

bool isAscii(QByteArrayView v)
{
    unsigned char high = 0;
    for (const char c : v)
        high |= static_cast<unsigned char>(c);
    return high < 0x80;
}

// trimmed(v) in UTF-8, kept in `text`. Plain ASCII (nearly every field) is only copied; other text goes
// through QString so Unicode spaces are trimmed and invalid UTF-8 is replaced exactly as before.
QByteArrayView trimmedBytes(QByteArrayView v, TextArena &text)
{
    const QByteArrayView t = v.trimmed();
    return text.keep(isAscii(t) ? t : QByteArrayView(trimmed(v).toUtf8()));
}

// csv::normaliseId(v) in UTF-8, kept in `text`; an ASCII id without a '.' is only trimmed of spaces and tabs.
QByteArrayView idBytes(QByteArrayView v, TextArena &text)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return text.keep(isAscii(v) && !v.contains('.') ? v : QByteArrayView(csv::normaliseId(v).toUtf8()));
}

// "14:05", "14:05:30", "2:05 PM" -> seconds of the day; -1 when it is not a time.
int parseTimeOfDay(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    const int sec = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const QString ampm = m.captured(4).toLower();
    if (!ampm.isEmpty()) {
        if (h < 1 || h > 12)
            return -1;
        h = (h % 12) + (ampm == QLatin1String("pm") ? 12 : 0);
    }
    if (h > 23 || min > 59 || sec > 59)
        return -1;
    return h * 3600 + min * 60 + sec;
}

// "2024-03" or "03/2024" -> the month's first day; invalid otherwise.
QDate parseMonthOnly(const QString &text)
{
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
    static const QRegularExpression my(QStringLiteral("^(\\d{1,2})[-/.](\\d{4})$"));
    if (const auto m = ym.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (const auto m = my.match(text); m.hasMatch())
        return QDate(m.captured(2).toInt(), m.captured(1).toInt(), 1);
    return {};
}

// Reads the fields of one record and records the first problem as a Rejection.
class Row
{
public:
    Row(const RecordConverter::FieldAccess &fieldAt, const QStringList &header, const ImportProfile &profile,
        Rejection &rejection)
        : m_fieldAt(fieldAt)
        , m_header(header)
        , m_profile(profile)
        , m_rejection(rejection)
    {
    }

    QByteArrayView raw(int column) const { return column < 0 ? QByteArrayView() : m_fieldAt(column); }
    QString text(int column) const { return column < 0 ? QString() : trimmed(raw(column)); }
    QString id(int column) const { return column < 0 ? QString() : csv::normaliseId(raw(column)); }
    bool isBlank(int column) const { return column < 0 || raw(column).trimmed().isEmpty(); }

    bool fail(int column, const QString &reason) const
    {
        m_rejection.column = column + 1;
        m_rejection.columnName = column >= 0 && column < m_header.size() ? m_header.at(column) : QString();
        m_rejection.value = column >= 0 ? trimmed(raw(column)) : QString();
        m_rejection.reason = reason;
        return false;
    }

    // `fieldLabel` is the untranslated label (QT_TRANSLATE_NOOP): only a failure translates it.
    bool required(int column, const char *fieldLabel) const
    {
        return !isBlank(column) || fail(column, RecordConverterText::tr("%1 is empty; it is required.")
                                                    .arg(RecordConverterText::tr(fieldLabel)));
    }

    bool money(int column, std::optional<Money> &out) const
    {
        out.reset();
        if (isBlank(column))
            return true;
        auto parsed = csv::parseMoney(raw(column).trimmed(), m_profile.decimalSeparator);
        if (!parsed)
            return fail(column, parsed.error().message());
        out = parsed.value();
        return true;
    }

    bool quantity(int column, Quantity &out) const
    {
        auto parsed = csv::parseQuantity(raw(column).trimmed(), m_profile.decimalSeparator);
        if (!parsed)
            return fail(column, parsed.error().message());
        out = parsed.value();
        return true;
    }

    bool date(int column, csv::DateTimeValue &out) const
    {
        auto parsed = csv::parseDateTime(raw(column).trimmed(), m_profile.dateOrder);
        if (!parsed)
            return fail(column, parsed.error().message());
        out = parsed.value();
        return true;
    }

    // A month ("2024-03") or a whole date; `isMonth` tells which.
    bool monthOrDate(int column, QDate &out, bool &isMonth) const
    {
        out = parseMonthOnly(text(column));
        isMonth = out.isValid();
        if (isMonth && !csv::isDateInRange(out))
            return fail(column, RecordConverterText::tr("The month \"%1\" lies outside 1900-01 … 2100-12.")
                                    .arg(text(column)));
        if (isMonth)
            return true;
        csv::DateTimeValue v;
        if (!date(column, v))
            return false;
        out = v.date;
        return true;
    }

    bool boolean(int column, std::optional<bool> &out) const
    {
        out.reset();
        if (isBlank(column))
            return true;
        out = csv::parseBool(raw(column).trimmed());
        return out.has_value() ||
               fail(column, RecordConverterText::tr("\"%1\" is not yes or no.").arg(text(column)));
    }

private:
    const RecordConverter::FieldAccess &m_fieldAt;
    const QStringList &m_header;
    const ImportProfile &m_profile;
    Rejection &m_rejection;
};

// Why an amount leaves the range StoreLens computes exactly (METRICS.md section 1, "Range checks").
QString beyondRange(const char *what, const QString &a, const QString &b)
{
    return RecordConverterText::tr(what).arg(a, b);
}

// The range checks of METRICS.md section 1 on a converted line: its amount (gross − discount) lies in the
// fixed-point range and quantity × unit cost is exact in 64 bits. convertAmounts() checked the gross.
bool checkOrderLineRange(const Row &row, const OrderLineRecord &line, int discountColumn, int unitCostColumn)
{
    if (line.gross && !line.gross->checkedMinus(line.discount))
        return row.fail(discountColumn,
                        beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                                      "The line amount %1 − discount %2 is beyond the range "
                                                      "StoreLens computes exactly."),
                                    line.gross->toString(), line.discount.toString()));
    if (line.unitCost && !line.unitCost->checkedTimes(line.quantity))
        return row.fail(
            unitCostColumn,
            beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                          "Quantity %1 × unit cost %2 is beyond the range StoreLens "
                                          "computes exactly."),
                        line.quantity.toString(), line.unitCost->toString()));
    return true;
}

} // namespace

Result<RecordConverter> RecordConverter::create(const ImportProfile &profile, const QStringList &header,
                                                const QString &fileName)
{
    RecordConverter c;
    c.m_profile = profile;
    c.m_header = header;
    const QStringList missing = profile.missingRequiredFields();
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString &key : missing)
            labels << fieldLabel(*findField(profile.entity, key));
        QString message = RecordConverterText::tr("No column is mapped to the required field(s): %1.")
                              .arg(labels.join(QLatin1String(", ")));
        if (profile.entity == Entity::Orders && missing.contains(field::UnitPrice))
            message +=
                QLatin1Char(' ') +
                RecordConverterText::tr("Map a unit price or a line total; a file without any prices "
                                        "imports when you confirm it (--no-prices, or \"The file has no "
                                        "prices\" in the import wizard).");
        return Error(ErrorCode::MissingField, message, fileName);
    }
    for (const ColumnMapping &m : profile.columns) {
        if (m.field.isEmpty())
            continue;
        int index = -1;
        if (profile.dialect.hasHeader) {
            index = int(header.indexOf(m.column));
            for (int i = 0; index < 0 && i < header.size(); ++i) {
                if (normaliseHeader(header.at(i)) == normaliseHeader(m.column))
                    index = i;
            }
            if (index < 0)
                return Error(ErrorCode::MissingField,
                             RecordConverterText::tr(
                                 "The file has no column \"%1\", which the import profile maps to %2.")
                                 .arg(m.column, fieldLabel(*findField(profile.entity, m.field))),
                             fileName, 1);
        } else {
            index = m.index;
        }
        c.m_columns.emplace_back(m.field, index);
    }
    OrderColumns &o = c.m_order;
    const std::pair<const QString *, int *> orderFields[] = {{&field::OrderId, &o.orderId},
                                                             {&field::Date, &o.date},
                                                             {&field::Time, &o.time},
                                                             {&field::CustomerId, &o.customer},
                                                             {&field::Sku, &o.sku},
                                                             {&field::ProductName, &o.name},
                                                             {&field::Category, &o.category},
                                                             {&field::Quantity, &o.quantity},
                                                             {&field::UnitPrice, &o.unitPrice},
                                                             {&field::LineTotal, &o.lineTotal},
                                                             {&field::Discount, &o.discount},
                                                             {&field::UnitCost, &o.unitCost},
                                                             {&field::Store, &o.store},
                                                             {&field::Channel, &o.channel},
                                                             {&field::Country, &o.country},
                                                             {&field::Status, &o.status},
                                                             {&field::DiscountRate, &o.discountRate},
                                                             {&field::OrderDiscount, &o.orderDiscount},
                                                             {&field::Shipping, &o.shipping},
                                                             {&field::RefundDate, &o.refundDate},
                                                             {&field::LineId, &o.lineId}};
    for (const auto &[key, slot] : orderFields)
        *slot = c.columnOf(*key);
    for (const auto &entry : c.m_columns)
        c.m_highestColumn = std::max(c.m_highestColumn, entry.second);
    c.m_defaultStore = profile.defaultStore.toUtf8();
    c.m_defaultChannel = profile.defaultChannel.toUtf8();
    c.m_cancelPrefix = profile.cancelOrderPrefix.toUtf8();
    return c;
}

std::vector<int> RecordConverter::mappedColumns() const
{
    std::vector<int> columns;
    for (const auto &entry : m_columns)
        columns.push_back(entry.second);
    return columns;
}

int RecordConverter::columnOf(const QString &fieldKey) const
{
    for (const auto &[key, index] : m_columns) {
        if (key == fieldKey)
            return index;
    }
    return -1;
}

bool RecordConverter::checkFieldCount(int fieldCount, qint64 line, Rejection &rejection) const
{
    rejection = Rejection();
    rejection.line = line;
    if (m_highestColumn < fieldCount)
        return true;
    rejection.reason = RecordConverterText::tr("The row has %1 fields; the mapped columns need %2.")
                           .arg(fieldCount)
                           .arg(m_highestColumn + 1);
    return false;
}

bool RecordConverter::convert(const FieldAccess &fieldAt, int fieldCount, qint64 line, EntitySink &sink,
                              Rejection &rejection) const
{
    if (!checkFieldCount(fieldCount, line, rejection))
        return false;
    switch (m_profile.entity) {
    case Entity::Orders: {
        TextArena text(1024);
        OrderLineRecord record;
        if (!convertOrder(fieldAt, line, text, record, rejection))
            return false;
        OrderLine o;
        o.orderId = QString::fromUtf8(record.orderId);
        o.date = record.date;
        o.secondsOfDay = record.secondsOfDay;
        o.customerId = QString::fromUtf8(record.customerId);
        o.sku = QString::fromUtf8(record.sku);
        o.productName = QString::fromUtf8(record.productName);
        o.category = QString::fromUtf8(record.category);
        o.quantity = record.quantity;
        o.unitPrice = record.unitPrice;
        o.lineGross = record.gross;
        o.hasPrice = record.gross.has_value();
        o.discount = record.discount;
        o.unitCost = record.unitCost;
        o.store = QString::fromUtf8(record.store);
        o.channel = QString::fromUtf8(record.channel);
        o.country = QString::fromUtf8(record.country);
        o.lineId = QString::fromUtf8(record.lineId);
        sink.addOrderLine(o);
        if (record.refundDate.isValid()) {
            o.quantity = -o.quantity;
            o.date = record.refundDate;
            o.secondsOfDay = record.refundSecondsOfDay;
            sink.addOrderLine(o);
        }
        return true;
    }
    case Entity::Customers:
        return convertCustomer(fieldAt, sink, rejection);
    case Entity::Products:
        return convertProduct(fieldAt, sink, rejection);
    case Entity::Inventory:
        return convertInventory(fieldAt, sink, rejection);
    case Entity::Traffic:
        return convertTraffic(fieldAt, sink, rejection);
    case Entity::Staffing:
        return convertStaffing(fieldAt, sink, rejection);
    case Entity::Marketing:
        return convertMarketing(fieldAt, sink, rejection);
    }
    return false;
}

bool RecordConverter::convertOrderLine(const FieldAccess &fieldAt, int fieldCount, qint64 line,
                                       TextArena &text, OrderLineRecord &out, Rejection &rejection) const
{
    return checkFieldCount(fieldCount, line, rejection) && convertOrder(fieldAt, line, text, out, rejection);
}

// Whether the line belongs to a cancelled order, and by which of the profile's markers.
RecordConverter::Cancellation RecordConverter::cancellation(QByteArrayView orderId,
                                                            const FieldAccess &f) const
{
    const QByteArrayView prefix(m_cancelPrefix);
    if (!prefix.isEmpty()) {
        const QByteArrayView head = orderId.first(std::min(orderId.size(), prefix.size()));
        if (isAscii(prefix) && isAscii(head)) {
            if (head.size() == prefix.size() &&
                qstrnicmp(head.data(), head.size(), prefix.data(), prefix.size()) == 0)
                return Cancellation::Prefix;
        } else if (QString::fromUtf8(orderId).startsWith(m_profile.cancelOrderPrefix, Qt::CaseInsensitive)) {
            return Cancellation::Prefix;
        }
    }
    if (m_order.status < 0 || m_profile.cancelStatusValues.isEmpty())
        return Cancellation::None;
    const QString status = trimmed(f(m_order.status));
    for (const QString &v : m_profile.cancelStatusValues) {
        if (status.compare(v.trimmed(), Qt::CaseInsensitive) == 0)
            return Cancellation::Status;
    }
    return Cancellation::None;
}

bool RecordConverter::spreadsOrderMoney() const
{
    return m_profile.entity == Entity::Orders && m_profile.spreadOrderMoney &&
           (m_order.orderDiscount >= 0 || m_order.shipping >= 0);
}

bool RecordConverter::orderMoney(const FieldAccess &fieldAt, Money &discount, Money &shipping,
                                 Rejection &rejection) const
{
    const Row row(fieldAt, m_header, m_profile, rejection);
    std::optional<Money> d;
    std::optional<Money> s;
    if (!row.money(m_order.orderDiscount, d) || !row.money(m_order.shipping, s))
        return false;
    // A discount always reduces the order, whatever its sign in the export.
    discount = d ? (d->isNegative() ? -*d : *d) : Money();
    shipping = s.value_or(Money());
    return true;
}

// A file without an order id column: each row is an order ("#" and its line in the file), or each customer's
// day is ("customer id/ISO day"; a guest row stays an order of its own).
QByteArrayView RecordConverter::orderIdWithoutColumn(const OrderLineRecord &line, qint64 fileLine,
                                                     TextArena &text) const
{
    char day[32];
    if (m_profile.ordersWithoutId == OrdersWithoutId::PerCustomerDay && !line.customerId.isEmpty()) {
        const int n = std::snprintf(day, sizeof day, "/%04d-%02d-%02d", line.date.year(), line.date.month(),
                                    line.date.day());
        QVarLengthArray<char, 256> id(line.customerId.begin(), line.customerId.end());
        id.append(day, n);
        return text.keep(QByteArrayView(id.data(), id.size()));
    }
    const int n = std::snprintf(day, sizeof day, "#%lld", static_cast<long long>(fileLine));
    return text.keep(QByteArrayView(day, n));
}

// Whether the row's own amount (its unit price, else its line total) is negative: a refund row of its own.
bool RecordConverter::hasNegativeAmount(const FieldAccess &f) const
{
    const int column = m_order.unitPrice >= 0 ? m_order.unitPrice : m_order.lineTotal;
    Rejection ignored;
    const Row row(f, m_header, m_profile, ignored);
    std::optional<Money> amount;
    return column >= 0 && row.money(column, amount) && amount && amount->isNegative();
}

// The line's money (METRICS.md section 1): a unit price gives gross = quantity × price rounded once; a line
// total is the line's amount exactly, before or after the discount as the profile says; a discount rate r
// gives the discount on the gross (before) or total × r ÷ (1 − r) (after), rounded once. Without any price
// the amount stays unknown. `out.quantity` already carries the line's sign.
bool RecordConverter::convertAmounts(const FieldAccess &f, OrderLineRecord &out, Rejection &r) const
{
    const Row row(f, m_header, m_profile, r);
    const OrderColumns &c = m_order;
    std::optional<Money> discount;
    if (!row.money(c.discount, discount))
        return false;
    // Square writes discounts as negative amounts; a discount always reduces the line.
    out.discount = discount ? (discount->isNegative() ? -*discount : *discount) : Money();
    qint64 rate = 0;
    if (!row.isBlank(c.discountRate)) {
        const auto parsed = csv::parseRate(row.raw(c.discountRate).trimmed(), m_profile.decimalSeparator);
        if (!parsed)
            return row.fail(c.discountRate, parsed.error().message());
        rate = parsed.value();
    }
    const bool isReturn = out.quantity.isNegative();
    const qint64 qty = isReturn ? -out.quantity.milli() : out.quantity.milli();
    if (c.unitPrice >= 0) {
        std::optional<Money> price;
        if (!row.required(c.unitPrice,
                          QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The unit price")) ||
            !row.money(c.unitPrice, price))
            return false;
        out.unitPrice = *price;
        out.gross = price->checkedTimes(out.quantity);
        if (!out.gross)
            return row.fail(c.unitPrice,
                            beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                                          "Quantity %1 × unit price %2 is beyond the range "
                                                          "StoreLens computes exactly."),
                                        out.quantity.toString(), price->toString()));
        const qint64 magnitude = out.gross->isNegative() ? -out.gross->units() : out.gross->units();
        out.discount += Money::fromUnits(divideRounded(__int128(magnitude) * rate, Money::Scale));
        return true;
    }
    if (c.lineTotal < 0) {
        out.unitPrice = Money();
        out.gross.reset(); // no prices: the amount is unknown
        return true;
    }
    std::optional<Money> total;
    if (!row.required(c.lineTotal, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The line total")) ||
        !row.money(c.lineTotal, total))
        return false;
    // The total's sign follows the line's quantity.
    const qint64 magnitude = total->isNegative() ? -total->units() : total->units();
    const Money signedTotal = Money::fromUnits(isReturn ? -magnitude : magnitude);
    if (m_profile.lineTotalAfterDiscount) {
        const __int128 rateDiscount = __int128(magnitude) * rate / (Money::Scale - rate);
        if (!inFixedPointRange(rateDiscount + out.discount.units() + magnitude))
            return row.fail(c.discountRate,
                            beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                                          "The line total %1 before a discount rate of %2 is "
                                                          "beyond the range StoreLens computes exactly."),
                                        total->toString(), row.text(c.discountRate)));
        out.discount += Money::fromUnits(divideRounded(__int128(magnitude) * rate, Money::Scale - rate));
        out.gross = signedTotal + out.discount;
    } else {
        out.discount += Money::fromUnits(divideRounded(__int128(magnitude) * rate, Money::Scale));
        out.gross = signedTotal;
    }
    // The price shown: gross ÷ quantity to four places; never multiplied back.
    const qint64 gross = out.gross->isNegative() ? -out.gross->units() : out.gross->units();
    if (!inFixedPointRange((__int128(gross) * Quantity::Scale + qty / 2) / qty))
        return row.fail(
            c.lineTotal,
            beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                          "The unit price behind the line total %1 for quantity %2 "
                                          "is beyond the range StoreLens computes exactly."),
                        total->toString(), out.quantity.toString()));
    out.unitPrice = Money::fromUnits(divideRounded(__int128(gross) * Quantity::Scale, qty));
    return true;
}

bool RecordConverter::convertOrder(const FieldAccess &f, qint64 fileLine, TextArena &text,
                                   OrderLineRecord &line, Rejection &r) const
{
    const Row row(f, m_header, m_profile, r);
    const OrderColumns &c = m_order;
    line = OrderLineRecord();
    if ((c.orderId >= 0 &&
         !row.required(c.orderId, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The order ID"))) ||
        !row.required(c.date, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The order date")))
        return false;
    csv::DateTimeValue when;
    if (!row.date(c.date, when))
        return false;
    line.date = when.date;
    line.secondsOfDay = when.secondsOfDay;
    if (line.secondsOfDay < 0 && !row.isBlank(c.time)) {
        line.secondsOfDay = parseTimeOfDay(row.text(c.time));
        if (line.secondsOfDay < 0)
            return row.fail(c.time,
                            RecordConverterText::tr("\"%1\" is not a time of day.").arg(row.text(c.time)));
    }
    line.customerId = idBytes(row.raw(c.customer), text);
    line.orderId =
        c.orderId >= 0 ? idBytes(row.raw(c.orderId), text) : orderIdWithoutColumn(line, fileLine, text);
    line.productName = trimmedBytes(row.raw(c.name), text);
    line.sku = idBytes(row.raw(c.sku), text);
    if (line.sku.isEmpty())
        line.sku = line.productName; // Square and some tills leave the SKU empty: the item name identifies it
    if (line.sku.isEmpty() && c.sku < 0 && c.name < 0)
        line.sku = QByteArrayView("Unspecified"); // the file names no products at all
    if (line.sku.isEmpty())
        return row.fail(c.sku >= 0 ? c.sku : c.name,
                        RecordConverterText::tr("The line names no SKU and no product."));
    if (c.quantity < 0) {
        line.quantity = Quantity::fromWhole(1); // no quantity column: each row is one unit
    } else if (!row.required(c.quantity,
                             QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The quantity")) ||
               !row.quantity(c.quantity, line.quantity)) {
        return false;
    }
    if (line.quantity.isZero())
        return row.fail(c.quantity,
                        RecordConverterText::tr("The quantity is 0; a line sells or returns something."));
    // A cancellation invoice, or a refund row of its own (status marked, a negative amount: Square's
    // Refund), returns its lines; an order whose status says it was refunded was sold and then refunded: its
    // lines become a sale and a return (refundReturn()), the return on the refund date.
    const Cancellation cancelled =
        line.quantity.isNegative() ? Cancellation::None : cancellation(line.orderId, f);
    const bool returned =
        cancelled == Cancellation::Prefix || (cancelled == Cancellation::Status && hasNegativeAmount(f));
    if (returned)
        line.quantity = -line.quantity;
    if (!convertAmounts(f, line, r))
        return false;
    if (!row.money(c.unitCost, line.unitCost))
        return false;
    if (!checkOrderLineRange(row, line, c.discount, c.unitCost))
        return false;
    line.category = trimmedBytes(row.raw(c.category), text);
    line.store = trimmedBytes(row.raw(c.store), text);
    line.channel = trimmedBytes(row.raw(c.channel), text);
    if (line.store.isEmpty())
        line.store = m_defaultStore;
    if (line.channel.isEmpty())
        line.channel = m_defaultChannel;
    line.country = trimmedBytes(row.raw(c.country), text);

    line.lineId = idBytes(row.raw(c.lineId), text);
    if (cancelled == Cancellation::Status && !returned) {
        line.refundDate = line.date;
        line.refundSecondsOfDay = line.secondsOfDay;
        if (!row.isBlank(c.refundDate)) {
            csv::DateTimeValue refunded;
            if (!row.date(c.refundDate, refunded))
                return false;
            line.refundDate = refunded.date;
            line.refundSecondsOfDay = refunded.secondsOfDay;
        }
    }
    return true;
}

bool RecordConverter::addToTotals(const OrderLineRecord &record, qint64 line, OrderLineTotals &totals,
                                  Rejection &rejection) const
{
    OrderLineTotals next = totals;
    next.amounts += magnitude(record.grossAmount().units()) + magnitude(record.discount.units());
    if (record.unitCost)
        next.costs += magnitude(record.unitCost->times(record.quantity).units());
    next.quantities += magnitude(record.quantity.milli());
    if (inFixedPointRange(next.amounts) && inFixedPointRange(next.costs) &&
        inFixedPointRange(next.quantities)) {
        totals = next;
        return true;
    }
    const int column = !inFixedPointRange(next.quantities) ? m_order.quantity
                       : !inFixedPointRange(next.costs)    ? m_order.unitCost
                       : m_order.unitPrice >= 0            ? m_order.unitPrice
                                                           : m_order.lineTotal;
    rejection = Rejection();
    rejection.line = line;
    rejection.column = column + 1;
    rejection.columnName = column >= 0 && column < m_header.size() ? m_header.at(column) : QString();
    rejection.value = column == m_order.quantity                      ? record.quantity.toString()
                      : column == m_order.unitCost && record.unitCost ? record.unitCost->toString()
                                                                      : record.unitPrice.toString();
    rejection.reason = RecordConverterText::tr("With this line the workspace's total amounts or quantities "
                                               "would leave the range StoreLens computes exactly "
                                               "(±99,999,999,999,999.9999).");
    return false;
}

void RecordConverter::rejectBadText(qint64 line, int column, bool nul, QByteArrayView value,
                                    Rejection &rejection) const
{
    rejection = Rejection();
    rejection.line = line;
    rejection.column = column + 1;
    rejection.columnName = column < m_header.size() ? m_header.at(column) : QString();
    QByteArray shown = value.toByteArray();
    shown.replace('\0', "\\0");
    rejection.value = QString::fromUtf8(shown);
    rejection.reason = nul ? RecordConverterText::tr(
                                 "The field holds a NUL byte (0x00): the file may be binary or in another "
                                 "encoding.")
                           : RecordConverterText::tr(
                                 "The field holds bytes that are not valid %1 (shown as \uFFFD): the line "
                                 "may be in another encoding. Fix it, or choose the file's encoding.")
                                 .arg(csv::encodingName(m_profile.dialect.encoding));
}

bool RecordConverter::convertCustomer(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const Row row(f, m_header, m_profile, r);
    const int idCol = columnOf(field::CustomerId);
    if (!row.required(idCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The customer ID")))
        return false;
    Customer c;
    c.id = row.id(idCol);
    const std::pair<const char *, QString *> texts[] = {{"name", &c.name},
                                                        {"email", &c.email},
                                                        {"age_band", &c.ageBand},
                                                        {"gender", &c.gender},
                                                        {"city", &c.city},
                                                        {"region", &c.region},
                                                        {"country", &c.country},
                                                        {"postal_code", &c.postalCode},
                                                        {"loyalty_tier", &c.loyaltyTier},
                                                        {"acquisition_channel", &c.acquisitionChannel}};
    for (const auto &[key, slot] : texts)
        *slot = row.text(columnOf(QLatin1String(key)));
    const int birth = columnOf(QStringLiteral("birth_date"));
    if (!row.isBlank(birth)) {
        csv::DateTimeValue v;
        if (!row.date(birth, v))
            return false;
        c.birthDate = v.date;
    }
    if (!row.boolean(columnOf(QStringLiteral("consent_email")), c.consentEmail) ||
        !row.boolean(columnOf(QStringLiteral("consent_sms")), c.consentSms))
        return false;
    sink.addCustomer(c);
    return true;
}

bool RecordConverter::convertProduct(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const Row row(f, m_header, m_profile, r);
    const int skuCol = columnOf(field::Sku);
    if (!row.required(skuCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The SKU")))
        return false;
    Product p;
    p.sku = row.id(skuCol);
    p.name = row.text(columnOf(QStringLiteral("name")));
    p.category = row.text(columnOf(field::Category));
    if (!row.money(columnOf(QStringLiteral("cost")), p.cost) ||
        !row.money(columnOf(QStringLiteral("price")), p.price))
        return false;
    sink.addProduct(p);
    return true;
}

bool RecordConverter::convertInventory(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const Row row(f, m_header, m_profile, r);
    const int dateCol = columnOf(field::Date);
    const int skuCol = columnOf(field::Sku);
    const int onHandCol = columnOf(QStringLiteral("on_hand"));
    InventorySnapshot s;
    csv::DateTimeValue when;
    if (!row.required(dateCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The snapshot date")) ||
        !row.date(dateCol, when) ||
        !row.required(skuCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The SKU")) ||
        !row.required(onHandCol,
                      QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The quantity on hand")) ||
        !row.quantity(onHandCol, s.onHand) || !row.money(columnOf(field::UnitCost), s.unitCost))
        return false;
    s.date = when.date;
    s.sku = row.id(skuCol);
    s.store = row.text(columnOf(field::Store));
    if (s.store.isEmpty())
        s.store = m_profile.defaultStore;
    sink.addInventory(s);
    return true;
}

bool RecordConverter::convertTraffic(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const Row row(f, m_header, m_profile, r);
    const int dateCol = columnOf(field::Date);
    const int visitorsCol = columnOf(QStringLiteral("visitors"));
    TrafficDay t;
    csv::DateTimeValue when;
    if (!row.required(dateCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The day")) ||
        !row.date(dateCol, when) ||
        !row.required(visitorsCol,
                      QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The number of visitors")))
        return false;
    const auto visitors = csv::parseInteger(row.raw(visitorsCol).trimmed());
    if (!visitors)
        return row.fail(visitorsCol, visitors.error().message());
    if (visitors.value() < 0)
        return row.fail(visitorsCol, RecordConverterText::tr("The number of visitors is negative."));
    t.date = when.date;
    t.visitors = visitors.value();
    t.store = row.text(columnOf(field::Store));
    if (t.store.isEmpty())
        t.store = m_profile.defaultStore;
    sink.addTraffic(t);
    return true;
}

bool RecordConverter::convertStaffing(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const Row row(f, m_header, m_profile, r);
    const int monthCol = columnOf(QStringLiteral("month"));
    const int headcountCol = columnOf(QStringLiteral("headcount"));
    StaffingMonth s;
    bool isMonth = false;
    Quantity headcount;
    if (!row.required(monthCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The month")) ||
        !row.monthOrDate(monthCol, s.month, isMonth) ||
        !row.required(headcountCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The headcount")) ||
        !row.quantity(headcountCol, headcount))
        return false;
    if (headcount.isNegative())
        return row.fail(headcountCol, RecordConverterText::tr("The headcount is negative."));
    s.month = QDate(s.month.year(), s.month.month(), 1);
    s.headcountMilli = headcount.milli();
    s.store = row.text(columnOf(field::Store));
    if (s.store.isEmpty())
        s.store = m_profile.defaultStore;
    sink.addStaffing(s);
    return true;
}

bool RecordConverter::convertMarketing(const FieldAccess &f, EntitySink &sink, Rejection &r) const
{
    const Row row(f, m_header, m_profile, r);
    const int dateCol = columnOf(field::Date);
    const int amountCol = columnOf(QStringLiteral("amount"));
    MarketingSpend m;
    bool isMonth = false;
    std::optional<Money> amount;
    if (!row.required(dateCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The day or month")) ||
        !row.monthOrDate(dateCol, m.from, isMonth) ||
        !row.required(amountCol, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The amount")) ||
        !row.money(amountCol, amount))
        return false;
    m.to = isMonth ? m.from.addMonths(1).addDays(-1) : m.from;
    m.amount = *amount;
    m.channel = row.text(columnOf(field::Channel));
    if (m.channel.isEmpty())
        m.channel = m_profile.defaultChannel;
    sink.addMarketing(m);
    return true;
}

} // namespace storelens::core
