#include "core/import/EmailKeyMatch.h"

#include "core/import/CustomerKey.h"
#include "core/import/FieldCatalog.h"
#include "core/import/ImportProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class EmailKeyMatchText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::CustomerMatch)
};

} // namespace

CustomerEmailPairs::CustomerEmailPairs(const ImportProfile &profile)
    : m_on(profile.entity == Entity::Orders && !profile.customersByEmail &&
           !profile.columnFor(field::CustomerId).isEmpty() &&
           !profile.columnFor(field::CustomerEmail).isEmpty())
{
}

void CustomerEmailPairs::add(QByteArrayView customerId, QByteArrayView email)
{
    if (isEmailAddress(customerId) || !isEmailAddress(email))
        return;
    if (m_pairs.contains(QByteArray::fromRawData(customerId.data(), customerId.size())))
        return;
    m_pairs.insert(customerId.toByteArray(), QString::fromUtf8(email).trimmed().toLower().toUtf8());
}

QByteArray CustomerEmailPairs::json() const
{
    QJsonArray pairs;
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it)
        pairs.append(QJsonArray{QString::fromUtf8(it.key()), QString::fromUtf8(it.value())});
    return QJsonDocument(pairs).toJson(QJsonDocument::Compact);
}

Result<EmailKeyMatch> matchEmailKeys(QSqlDatabase &db, const CustomerEmailPairs &pairs,
                                     const ImportProfile &profile)
{
    EmailKeyMatch match;
    match.idColumn = profile.columnFor(field::CustomerId);
    match.emailColumn = profile.columnFor(field::CustomerEmail);
    match.fileCustomers = pairs.size();
    if (!pairs.isOn() || pairs.size() == 0)
        return match;
    // The addresses that key a customer the file does not name, or that such a customer has, read once
    // (customers has no index on its e-mail); the file's pairs then probe them.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "WITH file(id, email) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')"
        "  FROM json_each(?)),"
        " known(email) AS MATERIALIZED (SELECT external_id FROM customers WHERE external_id LIKE '%@%'"
        "  AND external_id NOT IN (SELECT id FROM file)"
        "  UNION SELECT lower(trim(email)) FROM customers WHERE email LIKE '%@%'"
        "  AND external_id NOT IN (SELECT id FROM file))"
        " SELECT count(*), min(f.email) FROM file f WHERE f.email IN known"));
    q.addBindValue(QString::fromUtf8(pairs.json()));
    if (!q.exec() || !q.next())
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    match.matching = q.value(0).toLongLong();
    match.exampleEmail = q.value(1).toString();
    if (match.matching > 0) {
        QSqlQuery id(db);
        id.prepare(QStringLiteral("SELECT json_extract(value, '$[0]') FROM json_each(?)"
                                  " WHERE json_extract(value, '$[1]') = ? LIMIT 1"));
        id.addBindValue(QString::fromUtf8(pairs.json()));
        id.addBindValue(match.exampleEmail);
        if (!id.exec())
            return Error(ErrorCode::Database, id.lastError().text(), db.databaseName());
        if (id.next())
            match.exampleId = id.value(0).toString();
    }
    return match;
}

QString EmailKeyMatch::sentence() const
{
    if (matching == 0)
        return {};
    const QString first =
        matching == 1 ? EmailKeyMatchText::tr(
                            "1 customer of this file has an e-mail address that already belongs to "
                            "another customer of the workspace (\"%1\" has %2), so that person counts "
                            "as two customers.")
                            .arg(exampleId, exampleEmail)
                      : EmailKeyMatchText::tr(
                            "%1 customers of this file have an e-mail address that already belongs to "
                            "another customer of the workspace (such as \"%2\", who has %3), so each "
                            "of them counts as two customers.")
                            .arg(QLocale().toString(matching), exampleId, exampleEmail);
    return first + QLatin1Char(' ') +
           EmailKeyMatchText::tr("Key this file's customers by e-mail to count each person once (customers "
                                 "without an address keep their \"%1\"): \"Key by E-mail\" on the Check "
                                 "page, or --customers-by-email on the command line.")
               .arg(idColumn);
}

} // namespace storelens::core
