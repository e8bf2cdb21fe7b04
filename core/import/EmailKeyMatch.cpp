#include "core/import/EmailKeyMatch.h"

#include "core/import/CustomerKey.h"
#include "core/import/FieldCatalog.h"
#include "core/import/ImportProfile.h"
#include "core/import/PhoneKey.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class EmailKeyMatchText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::CustomerMatch)
};

// An e-mail address as it keys a customer (trimmed, lower-cased, CustomerKey.h); empty for anything else.
QByteArray addressKey(QByteArrayView email)
{
    const QByteArrayView trimmed = email.trimmed();
    if (!isEmailAddress(trimmed))
        return {};
    return hasUpperCase(trimmed) ? QString::fromUtf8(trimmed).toLower().toUtf8() : trimmed.toByteArray();
}

bool mapsContacts(const ImportProfile &profile)
{
    return profile.entity == Entity::Orders && (!profile.columnFor(field::CustomerEmail).isEmpty() ||
                                                !profile.columnFor(field::CustomerPhone).isEmpty());
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString emailSentence(const EmailKeyMatch &m)
{
    const EmailKeyMatch::Example &e = m.email;
    // A till's number beside the address (the web shop's customers came first), or the web shop's address
    // that a till's customer has (the till came first).
    // Trial 22en: "(such as "CUS-1114", who has amelia.evans35@gmail.com)" did not say which of the two was
    // the workspace's customer.
    if (!isEmailAddress(e.fileKey.toUtf8()))
        return m.byEmail() == 1
                   ? EmailKeyMatchText::tr("1 customer of this file has an e-mail address that already "
                                           "belongs to another customer of the workspace (\"%1\" of this "
                                           "file has %2, which is customer \"%3\" there), so that person "
                                           "counts as two customers.")
                         .arg(e.fileKey, e.contact, e.knownAs)
                   : EmailKeyMatchText::tr("%1 customers of this file have an e-mail address that "
                                           "already belongs to another customer of the workspace "
                                           "(such as \"%2\" of this file, whose %3 is customer \"%4\" "
                                           "there), so each of them counts as two customers.")
                         .arg(count(m.byEmail()), e.fileKey, e.contact, e.knownAs);
    return m.byEmail() == 1
               ? EmailKeyMatchText::tr("1 customer of this file has an e-mail address that already "
                                       "belongs to another customer of the workspace (%1 is customer "
                                       "\"%2\" there), so that person counts as two customers.")
                     .arg(e.contact, e.knownAs)
               : EmailKeyMatchText::tr("%1 customers of this file have an e-mail address that already "
                                       "belongs to another customer of the workspace (such as %2, "
                                       "customer \"%3\" there), so each of them counts as two "
                                       "customers.")
                     .arg(count(m.byEmail()), e.contact, e.knownAs);
}

QString phoneSentence(const EmailKeyMatch &m)
{
    const EmailKeyMatch::Example &e = m.phone;
    return m.byPhone == 1
               ? EmailKeyMatchText::tr("1 customer of this file has the phone number of another "
                                       "customer of the workspace, and one of the two has no e-mail "
                                       "address (\"%1\" with %2 is customer \"%3\" there), so that "
                                       "person counts as two customers.")
                     .arg(e.fileKey, e.contact, e.knownAs)
               : EmailKeyMatchText::tr("%1 customers of this file have the phone number of another "
                                       "customer of the workspace, where one of the two has no e-mail "
                                       "address (such as \"%2\" with %3, customer \"%4\" there), so "
                                       "each of them counts as two customers.")
                     .arg(count(m.byPhone), e.fileKey, e.contact, e.knownAs);
}

} // namespace

Result<KnownCustomers> KnownCustomers::read(QSqlDatabase &db, const ImportProfile &profile)
{
    KnownCustomers known;
    if (!mapsContacts(profile))
        return known;
    // customers has no index on its e-mail or phone: read once, probed by every line.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT external_id, email, phone FROM customers WHERE external_id LIKE '%@%'"
                               " OR email IS NOT NULL OR phone IS NOT NULL")))
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    while (q.next()) {
        const QByteArray key = q.value(0).toString().toUtf8();
        const bool keyedByAddress = isEmailAddress(key);
        if (keyedByAddress)
            known.m_addressKeys.insert(key);
        const QByteArray stored = addressKey(q.value(1).toString().toUtf8());
        if (keyedByAddress || !stored.isEmpty())
            known.m_withAddress.insert(key);
        if (!keyedByAddress && !stored.isEmpty())
            known.m_storedAddresses[stored].append(key);
        if (const QByteArray number = phoneKey(q.value(2).toString().toUtf8()); !number.isEmpty())
            known.m_phones[number].append(key);
    }
    if (q.lastError().isValid())
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    return known;
}

QByteArrayView KnownCustomers::onlyOne(const Keys *keys, QByteArrayView ownKey, bool withoutAddress) const
{
    if (!keys)
        return {};
    QByteArrayView one;
    for (const QByteArray &key : *keys) {
        if ((!ownKey.isEmpty() && QByteArrayView(key) == ownKey) ||
            (withoutAddress && m_withAddress.contains(key)))
            continue;
        if (!one.isEmpty())
            return {};
        one = key;
    }
    return one;
}

KnownCustomers::Found KnownCustomers::find(QByteArrayView ownKey, QByteArrayView email,
                                           QByteArrayView phone) const
{
    const QByteArray address = addressKey(email);
    if (!address.isEmpty()) {
        const auto keyed = m_addressKeys.constFind(address);
        if (keyed != m_addressKeys.cend()) {
            // The line's own customer is the one keyed by its address: it is that customer already, and the
            // till's customer who has the same address is not another one for it (trial 20b: a web shop's
            // re-export, matched, went to the till's customers and split 295 people into 344).
            if (QByteArrayView(*keyed) == ownKey)
                return {};
            return {*keyed, By::Email};
        }
        const auto stored = m_storedAddresses.constFind(address);
        if (const QByteArrayView id =
                onlyOne(stored == m_storedAddresses.cend() ? nullptr : &stored.value(), {}, false);
            !id.isEmpty())
            return {id, By::Email};
    }
    const QByteArray number = phoneKey(phone);
    if (number.isEmpty())
        return {};
    const auto sharing = m_phones.constFind(number);
    const QByteArrayView other =
        onlyOne(sharing == m_phones.cend() ? nullptr : &sharing.value(), ownKey, !address.isEmpty());
    return other.isEmpty() ? Found{} : Found{other, By::Phone};
}

CustomerContacts::CustomerContacts(const ImportProfile &profile, const KnownCustomers &known)
    : m_profile(profile)
    , m_on(mapsContacts(profile) && !profile.customersByEmail && !known.isEmpty())
{
}

void CustomerContacts::add(QByteArrayView customerKey, QByteArrayView email, QByteArrayView phone)
{
    const auto at = m_index.constFind(QByteArray::fromRawData(customerKey.data(), customerKey.size()));
    if (at == m_index.cend()) {
        m_index.insert(customerKey.toByteArray(), m_contacts.size());
        m_contacts.push_back({customerKey.toByteArray(), email.toByteArray(), phone.toByteArray()});
        return;
    }
    Contact &c = m_contacts[at.value()];
    if (c.email.isEmpty() && !email.isEmpty())
        c.email = email.toByteArray();
    if (c.phone.isEmpty() && !phone.isEmpty())
        c.phone = phone.toByteArray();
}

EmailKeyMatch CustomerContacts::match(const KnownCustomers &known) const
{
    EmailKeyMatch m;
    m.idColumn = m_profile.columnFor(field::CustomerId);
    m.emailColumn = m_profile.columnFor(field::CustomerEmail);
    m.phoneColumn = m_profile.columnFor(field::CustomerPhone);
    for (const Contact &c : m_contacts) {
        if (addressKey(c.email).isEmpty() && phoneKey(c.phone).isEmpty())
            continue;
        ++m.fileCustomers;
        const KnownCustomers::Found found = known.find(c.key, c.email, c.phone);
        // Another customer of the workspace, not one this file names itself.
        if (found.by == KnownCustomers::By::None || found.key == QByteArrayView(c.key) ||
            m_index.contains(QByteArray::fromRawData(found.key.data(), found.key.size())))
            continue;
        ++m.matching;
        const bool byPhone = found.by == KnownCustomers::By::Phone;
        if (byPhone)
            ++m.byPhone;
        EmailKeyMatch::Example &example = byPhone ? m.phone : m.email;
        if (example.fileKey.isEmpty())
            example = {QString::fromUtf8(c.key), QString::fromUtf8(byPhone ? c.phone : addressKey(c.email)),
                       QString::fromUtf8(found.key)};
    }
    return m;
}

QString EmailKeyMatch::sentence(Where where) const
{
    if (matching == 0)
        return {};
    QStringList parts;
    if (byEmail() > 0)
        parts << emailSentence(*this);
    if (byPhone > 0)
        parts << phoneSentence(*this);
    // Where the sentence is read says how: the import window's button, or the command line's flag (trial
    // 23us: the Check page named the flag beside its own button).
    const QString how = where == Where::Window ? EmailKeyMatchText::tr("\"Count Each Person Once\"")
                                               : QStringLiteral("--customers-by-email");
    parts << (idColumn.isEmpty() ? EmailKeyMatchText::tr(
                                       "Match them to count each person once (a line's customer becomes the "
                                       "workspace's customer with its e-mail address or phone number): %1.")
                                       .arg(how)
                                 : EmailKeyMatchText::tr(
                                       "Match them to count each person once (a line's customer becomes the "
                                       "one with its e-mail address or, without one, its phone number; "
                                       "customers with neither keep their \"%1\"): %2.")
                                       .arg(idColumn, how));
    return parts.join(QLatin1Char(' '));
}

Result<void> joinSplitCustomers(QSqlDatabase &db, const QHash<QByteArray, QByteArray> &matched,
                                const KnownCustomers &known)
{
    QSqlQuery move(db);
    move.prepare(
        QStringLiteral("UPDATE order_lines SET customer_id = (SELECT id FROM customers WHERE external_id = ?)"
                       " WHERE customer_id = (SELECT id FROM customers WHERE external_id = ?)"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM customers WHERE external_id = ? AND NOT EXISTS"
                                  " (SELECT 1 FROM order_lines l WHERE l.customer_id = customers.id)"));
    for (auto it = matched.cbegin(); it != matched.cend(); ++it) {
        if (!isEmailAddress(it.key()) || known.keyedByAddress(it.key()))
            continue;
        move.addBindValue(QString::fromUtf8(it.value()));
        move.addBindValue(QString::fromUtf8(it.key()));
        remove.addBindValue(QString::fromUtf8(it.key()));
        if (!move.exec() || !remove.exec())
            return Error(ErrorCode::Database,
                         (move.lastError().isValid() ? move.lastError() : remove.lastError()).text(),
                         db.databaseName());
    }
    return {};
}

} // namespace storelens::core
