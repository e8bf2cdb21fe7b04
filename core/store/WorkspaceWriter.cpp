#include "core/store/WorkspaceWriter.h"

#include "core/store/CustomerRecords.h"
#include "core/store/SqliteStatement.h"
#include "core/store/WorkspaceWriterStatements.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>

namespace storelens::core {

namespace {

// `stable`: the text stays as it is until the statement has run, so SQLite need not copy it.
void bindNullable(SqliteStatement &statement, int index, QByteArrayView text, bool stable = false)
{
    if (text.isEmpty())
        statement.bindNull(index);
    else if (stable)
        statement.bindStaticText(index, text);
    else
        statement.bindText(index, text);
}

// The eleven columns from `day` to `gross` that an insert and an update of an order line share, from `first`.
void bindLineValues(SqliteStatement &q, int first, const OrderLineRecord &line, qint64 day, qint64 customer,
                    qint64 store, qint64 channel, bool stableText = false)
{
    q.bind(first, day);
    if (line.secondsOfDay >= 0)
        q.bind(first + 1, qint64(line.secondsOfDay));
    else
        q.bindNull(first + 1);
    if (customer >= 0)
        q.bind(first + 2, customer);
    else
        q.bindNull(first + 2);
    q.bind(first + 3, line.quantity.milli());
    q.bind(first + 4, line.unitPrice.units());
    q.bind(first + 5, line.discount.units());
    if (line.unitCost)
        q.bind(first + 6, line.unitCost->units());
    else
        q.bindNull(first + 6);
    q.bind(first + 7, store);
    q.bind(first + 8, channel);
    bindNullable(q, first + 9, line.country, stableText);
    if (line.gross)
        q.bind(first + 10, line.gross->units());
    else
        q.bindNull(first + 10);
}

} // namespace

// A new order line with its ids resolved, waiting for the next wide INSERT; its text is in the writer's
// m_pendingText (offset and length), so the caller's record may go.
struct WorkspaceWriter::PendingLine
{
    OrderLineRecord line; // text views cleared
    qint64 product, seq, day, customer, store, channel;
    qsizetype orderIdAt, orderIdLength, lineIdAt, lineIdLength, countryAt, countryLength;
};

WorkspaceWriter::WorkspaceWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_keys(new OrderLineKeys)
{
}

WorkspaceWriter::~WorkspaceWriter() = default;

Result<void> WorkspaceWriter::begin()
{
    m_sql = std::make_unique<Statements>();
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    QString message;
    if (!m_sql->prepare(handle, message)) {
        fail(message);
        return m_error;
    }
    using Table = OrderLineKeys::Table;
    const std::pair<Table, const char *> caches[] = {
        {Table::Stores, "SELECT name, id FROM stores"},
        {Table::Channels, "SELECT name, id FROM channels"},
        {Table::Products, "SELECT sku, id FROM products"},
        {Table::Customers, "SELECT external_id, id FROM customers"},
    };
    for (const auto &[table, sql] : caches) {
        SqliteStatement q;
        if (!q.prepare(handle, sql)) {
            fail(q.errorMessage());
            return m_error;
        }
        while (q.next())
            m_keys->known(table, q.bytes(0), q.int64(1));
        if (!q.ok()) {
            fail(q.errorMessage());
            return m_error;
        }
    }
    SqliteStatement forgotten;
    if (!forgotten.prepare(handle, "SELECT key FROM meta WHERE substr(key, 1, ?) = ?")) {
        fail(forgotten.errorMessage());
        return m_error;
    }
    const QByteArrayView prefix(ForgottenCustomerPrefix);
    forgotten.bind(0, qint64(prefix.size()));
    forgotten.bindText(1, prefix);
    while (forgotten.next())
        m_keys->forgotten(forgotten.bytes(0).toByteArray());
    if (!forgotten.ok()) {
        fail(forgotten.errorMessage());
        return m_error;
    }
    SqliteStatement any;
    m_orderLinesWereEmpty = any.prepare(handle, "SELECT NOT EXISTS(SELECT 1 FROM order_lines)") &&
                            any.next() && any.int64(0) != 0;
    SqliteStatement last;
    if (!last.prepare(handle, "SELECT COALESCE(MAX(id), 0) FROM order_lines") || !last.next()) {
        fail(last.errorMessage());
        return m_error;
    }
    m_lastLineBefore = last.int64(0);

    const QByteArray source =
        (m_sourceName.trimmed().isEmpty() ? defaultSourceName() : m_sourceName.trimmed()).toUtf8();
    SqliteStatement find;
    if (!find.prepare(handle, "SELECT id FROM sources WHERE name = ?")) {
        fail(find.errorMessage());
        return m_error;
    }
    find.bindText(0, QByteArrayView(source));
    if (find.next()) {
        m_source = find.int64(0);
    } else if (!find.ok()) {
        fail(find.errorMessage());
        return m_error;
    } else {
        m_sql->insertSource.bindText(0, QByteArrayView(source));
        if (!exec(m_sql->insertSource))
            return m_error;
        m_source = m_sql->insertSource.lastInsertId();
    }
    return {};
}

bool WorkspaceWriter::fail(const QString &detail)
{
    m_error = Error(ErrorCode::Database,
                    QCoreApplication::translate("storelens::core::WorkspaceWriter",
                                                "The workspace could not be written: %1")
                        .arg(detail),
                    m_db.databaseName());
    return false;
}

bool WorkspaceWriter::exec(SqliteStatement &statement)
{
    return statement.exec() || fail(statement.errorMessage());
}

void WorkspaceWriter::count(Entity entity, bool existed, bool changed)
{
    WriteCounts &c = m_counts[int(entity)];
    if (!existed)
        ++c.added;
    else if (changed)
        ++c.updated;
    else
        ++c.unchanged;
}

// A store, channel or product by name or SKU, inserted with the id the keys gave it when it is new.
qint64 WorkspaceWriter::rowId(OrderLineKeys::Table table, QByteArrayView key)
{
    bool created = false;
    const qint64 id = m_keys->id(table, key, created);
    if (created)
        insertRow(table, id, key, {}, {});
    return failed() ? -1 : id;
}

// Inserts a store, channel, product (with its name and category) or customer (with their country).
bool WorkspaceWriter::insertRow(OrderLineKeys::Table table, qint64 id, QByteArrayView key, QByteArrayView a,
                                QByteArrayView b)
{
    using Table = OrderLineKeys::Table;
    SqliteStatement &q = table == Table::Stores     ? m_sql->insertStore
                         : table == Table::Channels ? m_sql->insertChannel
                         : table == Table::Products ? m_sql->insertProduct
                                                    : m_sql->insertCustomer;
    if (key.isEmpty())
        key = table == Table::Stores     ? QByteArrayView(m_keys->defaultStore())
              : table == Table::Channels ? QByteArrayView(m_keys->defaultChannel())
                                         : key;
    q.bind(0, id);
    q.bindText(1, key);
    if (table == Table::Products || table == Table::Customers)
        bindNullable(q, 2, a);
    if (table == Table::Products)
        bindNullable(q, 3, b);
    return exec(q);
}

// The name, e-mail address, phone number and consent an order line gives its customer: a blank keeps what is
// known, and within one import the latest order's values win (an export may list its newest orders first).
bool WorkspaceWriter::fillCustomerContact(qint64 customer, const OrderLineRecord &line, qint64 day)
{
    if (line.customerName.isEmpty() && line.customerEmail.isEmpty() && line.customerPhone.isEmpty() &&
        !line.consentEmail)
        return true;
    const auto written = m_contactDays.constFind(customer);
    if (written != m_contactDays.cend() && *written >= day)
        return true;
    m_contactDays.insert(customer, day);
    SqliteStatement &q = m_sql->fillCustomerContact;
    bindNullable(q, 0, line.customerName);
    bindNullable(q, 1, line.customerEmail);
    if (line.consentEmail)
        q.bind(2, qint64(*line.consentEmail));
    else
        q.bindNull(2);
    bindNullable(q, 3, line.customerPhone);
    q.bind(4, customer);
    return exec(q);
}

void WorkspaceWriter::addOrderLine(const OrderLine &line)
{
    const QByteArray orderId = line.orderId.toUtf8();
    const QByteArray customerId = line.customerId.toUtf8();
    const QByteArray sku = line.sku.toUtf8();
    const QByteArray productName = line.productName.toUtf8();
    const QByteArray category = line.category.toUtf8();
    const QByteArray store = line.store.toUtf8();
    const QByteArray channel = line.channel.toUtf8();
    const QByteArray country = line.country.toUtf8();
    const QByteArray lineId = line.lineId.toUtf8();
    OrderLineRecord record;
    record.orderId = orderId;
    record.date = line.date;
    record.secondsOfDay = line.secondsOfDay;
    record.customerId = customerId;
    record.sku = sku;
    record.productName = productName;
    record.category = category;
    record.quantity = line.quantity;
    record.unitPrice = line.unitPrice;
    if (line.hasPrice)
        record.gross = line.grossAmount();
    record.discount = line.discount;
    record.unitCost = line.unitCost;
    record.store = store;
    record.channel = channel;
    record.country = country;
    record.lineId = lineId;
    addOrderLine(record);
}

void WorkspaceWriter::addOrderLine(const OrderLineRecord &line)
{
    addOrderLine(line, m_keys->resolve(line));
}

void WorkspaceWriter::addOrderLine(const OrderLineRecord &line, const LineKeys &keys)
{
    if (failed())
        return;
    using Table = OrderLineKeys::Table;
    const qint64 product = keys.product;
    const qint64 customer = keys.customer;
    const qint64 store = keys.store;
    const qint64 channel = keys.channel;
    if (keys.actions != 0) {
        if (keys.actions & LineKeys::NewProduct)
            insertRow(Table::Products, product, line.sku, line.productName, line.category);
        if (keys.actions & LineKeys::NewCustomer)
            insertRow(Table::Customers, customer, line.customerId, line.country, {});
        if (keys.actions & LineKeys::NewStore)
            insertRow(Table::Stores, store, line.store, {}, {});
        if (keys.actions & LineKeys::NewChannel)
            insertRow(Table::Channels, channel, line.channel, {}, {});
        if (keys.actions & LineKeys::FillProduct) {
            bindNullable(m_sql->fillProduct, 0, line.productName);
            bindNullable(m_sql->fillProduct, 1, line.category);
            m_sql->fillProduct.bind(2, product);
            exec(m_sql->fillProduct);
        }
        if (keys.actions & LineKeys::FillCustomerCountry) {
            m_sql->fillCustomerCountry.bindText(0, line.country);
            m_sql->fillCustomerCountry.bind(1, customer);
            exec(m_sql->fillCustomerCountry);
        }
        if (failed())
            return;
    }
    const qint64 day = line.date.toJulianDay();
    if (customer >= 0 && !fillCustomerContact(customer, line, day))
        return;
    qint64 seq = keys.seq;
    const Money amount = line.lineAmount();

    if (!m_orderLinesWereEmpty) {
        const Match match = matchLine({line, day, product, customer, store, channel}, seq);
        if (failed())
            return;
        if (!line.quantity.isNegative())
            m_storedSaleOrder = match.rowId >= 0 ? line.orderId.toByteArray() : QByteArray();
        if (match.rowId >= 0) {
            m_matched.insert(match.rowId);
            if (!match.same) {
                SqliteStatement &u = m_sql->updateLine;
                bindLineValues(u, 0, line, day, customer, store, channel);
                u.bindText(11, line.orderId);
                u.bind(12, product);
                u.bind(13, match.rowId);
                if (!exec(u))
                    return;
                m_amounts.changedBefore += match.before;
                m_amounts.changedAfter += amount;
            } else {
                m_amounts.unchanged += amount;
            }
            count(Entity::Orders, true, !match.same);
            return;
        }
    }

    if (m_orderLinesWereEmpty) {
        // Nothing reads the table before finish(): the line waits for a wide INSERT.
        const auto keep = [this](QByteArrayView text) {
            const qsizetype at = m_pendingText.size();
            m_pendingText.append(text);
            return at;
        };
        PendingLine pending{line,
                            product,
                            seq,
                            day,
                            customer,
                            store,
                            channel,
                            keep(line.orderId),
                            line.orderId.size(),
                            keep(line.lineId),
                            line.lineId.size(),
                            keep(line.country),
                            line.country.size()};
        pending.line.orderId = pending.line.lineId = pending.line.country = QByteArrayView();
        m_pending.push_back(pending);
        m_amounts.added += amount;
        count(Entity::Orders, false, true);
        if (m_pending.size() == size_t(writerdetail::WideInsertRows))
            flushLines();
        return;
    }
    bindNewLine(m_sql->insertLine, 0, {line, day, product, customer, store, channel}, seq);
    if (exec(m_sql->insertLine)) {
        m_amounts.added += amount;
        count(Entity::Orders, false, true);
        noteLaterRefund(line, amount);
    }
}

// A new return half of a refunded or cancelled order (OrderLineRecord::refundReturn(), written right after
// its sale) whose sale was already stored: the order was imported before its refund (trial 12b: ten orders
// "Livré" became "Remboursé" in the next month's export, and the summary said nothing).
void WorkspaceWriter::noteLaterRefund(const OrderLineRecord &line, Money amount)
{
    if (!line.isRefundReturn() || m_storedSaleOrder.isEmpty() || line.orderId != m_storedSaleOrder)
        return;
    m_amounts.laterRefunds -= amount;
    if (m_laterRefundOrder != m_storedSaleOrder) {
        m_laterRefundOrder = m_storedSaleOrder;
        ++m_amounts.laterRefundOrders;
    }
}

void WorkspaceWriter::bindNewLine(SqliteStatement &q, int first, const ResolvedLine &r, qint64 seq,
                                  bool stableText) const
{
    q.bind(first, m_source);
    if (stableText)
        q.bindStaticText(first + 1, r.line.orderId);
    else
        q.bindText(first + 1, r.line.orderId);
    bindNullable(q, first + 2, r.line.lineId, stableText);
    q.bind(first + 3, r.product);
    q.bind(first + 4, seq);
    bindLineValues(q, first + 5, r.line, r.day, r.customer, r.store, r.channel, stableText);
}

bool WorkspaceWriter::flushLines()
{
    const bool wide = m_pending.size() == size_t(writerdetail::WideInsertRows);
    SqliteStatement &q = wide ? m_sql->insertLines : m_sql->insertLine;
    int first = 0;
    for (PendingLine &p : m_pending) {
        // The views are set in place (m_pendingText no longer grows; the lines go once written), and the
        // text stays in m_pendingText until the statement has run and let go of it.
        OrderLineRecord &line = p.line;
        line.orderId = QByteArrayView(m_pendingText.constData() + p.orderIdAt, p.orderIdLength);
        line.lineId = QByteArrayView(m_pendingText.constData() + p.lineIdAt, p.lineIdLength);
        line.country = QByteArrayView(m_pendingText.constData() + p.countryAt, p.countryLength);
        bindNewLine(q, first, {line, p.day, p.product, p.customer, p.store, p.channel}, p.seq, true);
        if (wide) {
            first += writerdetail::InsertLineColumns;
        } else if (!exec(q)) {
            break;
        }
    }
    const bool ok = !wide || exec(q);
    q.clearBindings();
    m_pending.clear();
    m_pendingText.resize(0); // keeps its memory for the next lines
    return ok && !failed();
}

Result<void> WorkspaceWriter::finish()
{
    if (!failed() && !m_pending.empty())
        flushLines();
    if (failed())
        return m_error;
    return {};
}

// Columns 1-13 of a line select: day, seconds, customer_id, quantity, unit_price, discount, unit_cost,
// store_id, channel_id, country, order_id, product_id, gross.
bool WorkspaceWriter::sameValues(const SqliteStatement &s, const ResolvedLine &r)
{
    const OrderLineRecord &line = r.line;
    const auto sameOptional = [&s](int column, bool known, qint64 value) {
        return s.isNull(column) ? !known : known && s.int64(column) == value;
    };
    return s.int64(1) == r.day && sameOptional(2, line.secondsOfDay >= 0, line.secondsOfDay) &&
           sameOptional(3, r.customer >= 0, r.customer) && s.int64(4) == line.quantity.milli() &&
           s.int64(5) == line.unitPrice.units() && s.int64(6) == line.discount.units() &&
           sameOptional(7, line.unitCost.has_value(), line.unitCost ? line.unitCost->units() : 0) &&
           s.int64(8) == r.store && s.int64(9) == r.channel &&
           (s.isNull(10) ? line.country.isEmpty() : s.bytes(10) == line.country) &&
           s.bytes(11) == line.orderId && s.int64(12) == r.product &&
           sameOptional(13, line.gross.has_value(), line.gross ? line.gross->units() : 0);
}

// The stored line with this line's identity. A line without a line id whose identity is taken by another
// line of this import, or whose stored values differ, may be another stored line of the same order, day, kind
// and product with exactly its values: the same lines in another order of the file are unchanged. When the
// identity is taken and nothing matches, `seq` moves past the group so the line is added.
WorkspaceWriter::Match WorkspaceWriter::matchLine(const ResolvedLine &r, qint64 &seq)
{
    const OrderLineRecord &line = r.line;
    const auto amountOf = [](const SqliteStatement &s) {
        return Money::fromUnits(s.int64(13)) - Money::fromUnits(s.int64(6)); // NULL gross (no prices): 0
    };
    const bool byId = !line.lineId.isEmpty();
    SqliteStatement &s = byId ? m_sql->selectLineById : m_sql->selectLine;
    s.bind(0, m_source);
    if (byId) {
        s.bindText(1, line.lineId);
        s.bind(2, seq);
    } else {
        s.bindText(1, line.orderId);
        s.bind(2, r.day);
        s.bind(3, r.product);
        s.bind(4, seq);
    }
    Match direct;
    const bool existed = s.next();
    if (existed) {
        direct.rowId = s.int64(0);
        direct.same = sameValues(s, r);
        direct.before = amountOf(s);
    }
    const bool ok = s.ok();
    const QString error = ok ? QString() : s.errorMessage();
    s.reset();
    if (!ok) {
        fail(error);
        return {};
    }
    // Rows added by this import are taken as well.
    const auto isTaken = [this](qint64 id) { return id > m_lastLineBefore || m_matched.contains(id); };
    const bool taken = existed && isTaken(direct.rowId);
    if (!existed || byId || (direct.same && !taken))
        return direct;

    SqliteStatement &g = m_sql->selectGroup;
    g.bind(0, m_source);
    g.bindText(1, line.orderId);
    g.bind(2, r.day);
    g.bind(3, r.product);
    g.bind(4, qint64(seq < 0));
    Match other;
    qint64 lowest = seq;
    qint64 highest = seq;
    while (g.next()) {
        const qint64 id = g.int64(0);
        lowest = std::min(lowest, g.int64(14));
        highest = std::max(highest, g.int64(14));
        if (other.rowId < 0 && !isTaken(id) && sameValues(g, r)) {
            other.rowId = id;
            other.same = true;
            other.before = amountOf(g);
        }
    }
    const bool groupOk = g.ok();
    const QString groupError = groupOk ? QString() : g.errorMessage();
    g.reset();
    if (!groupOk) {
        fail(groupError);
        return {};
    }
    if (other.rowId >= 0)
        return other;
    if (!taken)
        return direct;
    seq = seq < 0 ? lowest - 1 : highest + 1;
    return {};
}

bool WorkspaceWriter::addOrdersOfNewLines(const QDate &from, const QDate &to, QSet<QByteArray> &orders)
{
    SqliteStatement q;
    if (!q.prepare(
            SqliteStatement::handleOf(m_db),
            "SELECT DISTINCT o.order_id FROM order_lines o WHERE o.source_id = ? AND o.day BETWEEN ? AND ?"
            " AND o.id <= ? AND EXISTS(SELECT 1 FROM order_lines n WHERE n.source_id = o.source_id"
            " AND n.order_id = o.order_id AND n.id > ?)")) {
        fail(q.errorMessage());
        return false;
    }
    q.bind(0, m_source);
    q.bind(1, from.toJulianDay());
    q.bind(2, to.toJulianDay());
    q.bind(3, m_lastLineBefore);
    q.bind(4, m_lastLineBefore);
    while (q.next())
        orders.insert(q.bytes(0).toByteArray());
    if (!q.ok())
        fail(q.errorMessage());
    return q.ok();
}

Result<UnmatchedLines> WorkspaceWriter::unmatchedLines(const QDate &from, const QDate &to, bool remove)
{
    UnmatchedLines unmatched;
    if (failed())
        return m_error;
    if (m_orderLinesWereEmpty || !from.isValid() || !to.isValid())
        return unmatched;
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    SqliteStatement q;
    SqliteStatement del;
    if (!q.prepare(handle, "SELECT id, COALESCE(gross, 0) - discount, order_id, day FROM order_lines"
                           " WHERE source_id = ? AND day BETWEEN ? AND ? AND id <= ?") ||
        !del.prepare(handle, "DELETE FROM order_lines WHERE id = ?")) {
        fail(q.errorMessage());
        return m_error;
    }
    q.bind(0, m_source);
    q.bind(1, from.toJulianDay());
    q.bind(2, to.toJulianDay());
    q.bind(3, m_lastLineBefore);
    std::vector<qint64> gone;
    QSet<QByteArray> storedOrders;
    QSet<QByteArray> sharedOrders;
    QSet<qint64> storedDays;
    while (q.next()) {
        const qint64 id = q.int64(0);
        const QByteArray order = q.bytes(2).toByteArray();
        storedOrders.insert(order);
        storedDays.insert(q.int64(3));
        if (m_matched.contains(id)) {
            sharedOrders.insert(order);
            continue;
        }
        ++unmatched.count;
        unmatched.amount += Money::fromUnits(q.int64(1));
        if (remove)
            gone.push_back(id);
    }
    if (!q.ok()) {
        fail(q.errorMessage());
        return m_error;
    }
    if (unmatched.count > 0 && !addOrdersOfNewLines(from, to, sharedOrders))
        return m_error;
    unmatched.storedOrders = storedOrders.size();
    unmatched.storedDays = storedDays.size();
    unmatched.sharedOrders = sharedOrders.size();
    for (const qint64 id : gone) {
        del.bind(0, id);
        if (!exec(del))
            return m_error;
    }
    if (remove) {
        m_counts[int(Entity::Orders)].removed += unmatched.count;
        m_amounts.removed += unmatched.amount;
    }
    return unmatched;
}

} // namespace storelens::core
