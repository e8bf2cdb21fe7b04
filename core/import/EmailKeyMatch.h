#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace storelens::core {

struct ImportProfile;

// A till keys its customers by its own number ("Cód. cliente" 1131) and a web shop by e-mail address
// (joaquin.pena@yahoo.es): one person, two customers, although the till's file has the address in its e-mail
// column (trial 16: 385 customers instead of 339). When an order-lines file maps a customer id and an e-mail
// column, the import counts the file's customers whose address already keys, or belongs to, a customer of the
// workspace that this file does not name; the Check page and the CLI say so and offer to key the file's
// customers by e-mail (ImportProfile::customersByEmail).
struct EmailKeyMatch
{
    qint64 fileCustomers = 0; // the file's customers keyed by an id (not an address) that have an address
    qint64 matching = 0;      // of those, the ones whose address belongs to another customer of the workspace
    QString exampleId;        // one of them, and their address
    QString exampleEmail;
    QString idColumn; // the profile's customer id and e-mail columns
    QString emailColumn;

    // "46 customers of this file have an e-mail address that already belongs to a customer of the
    // workspace …" (translated); empty when none does.
    QString sentence() const;
};

// The (customer id, e-mail address) pairs of an import's order lines, on the import's thread: the first
// address of each id, lower-cased. Off (costing one test a line) unless the profile maps both columns and
// keys customers by the id.
class CustomerEmailPairs
{
public:
    explicit CustomerEmailPairs(const ImportProfile &profile);

    bool isOn() const { return m_on; }
    void line(QByteArrayView customerId, QByteArrayView email)
    {
        if (m_on && !customerId.isEmpty() && !email.isEmpty())
            add(customerId, email);
    }
    // As a JSON array of [id, address] pairs, for one SQL statement.
    QByteArray json() const;
    qint64 size() const { return m_pairs.size(); }

private:
    void add(QByteArrayView customerId, QByteArrayView email);

    bool m_on = false;
    QHash<QByteArray, QByteArray> m_pairs;
};

// One query inside the import's transaction, after its lines are written.
Result<EmailKeyMatch> matchEmailKeys(QSqlDatabase &db, const CustomerEmailPairs &pairs,
                                     const ImportProfile &profile);

} // namespace storelens::core
