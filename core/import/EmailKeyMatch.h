#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace storelens::core {

struct ImportProfile;

// A till keys its customers by its own number ("Cód. cliente" 1131) and a web shop by e-mail address
// (joaquin.pena@yahoo.es): one person, two customers, although the till's file has the address in its e-mail
// column, or only the phone number the web shop has too (trial 16: 385 customers instead of 339). An orders
// import counts the file's customers who are already another customer of the workspace, found by e-mail
// address or, where one of the two has no address, by phone number (PhoneKey.h), whichever file came first;
// the Check page and the CLI say so with an example and offer to match them
// (ImportProfile::customersByEmail): asked, never guessed.
struct EmailKeyMatch
{
    qint64 fileCustomers = 0; // the file's customers with an e-mail address or a phone number
    qint64 matching = 0;      // of those, the ones who are another customer of the workspace
    qint64 byPhone = 0;       // of `matching`, the ones found by phone number (the others by address)
    // One customer found by address and one by phone: their key in this file, the address or number as the
    // file writes it, and their key in the workspace.
    struct Example
    {
        QString fileKey;
        QString contact;
        QString knownAs;
    };
    Example email;
    Example phone;
    QString idColumn; // the profile's customer id, e-mail and phone columns (empty: not mapped)
    QString emailColumn;
    QString phoneColumn;

    qint64 byEmail() const { return matching - byPhone; }
    // "46 customers of this file have an e-mail address that already belongs to another customer of the
    // workspace …" (translated), and what to do where it is read; empty when none matches.
    enum class Where { Window, CommandLine };
    QString sentence(Where where) const;
};

// The workspace's customers as an import finds them by e-mail address and phone number, read once inside the
// import's transaction before it writes: the customers keyed by an address, and those with an address or a
// phone number stored. Read only for an orders profile that maps an e-mail or phone column; then shared
// read-only with the import's worker thread.
class KnownCustomers
{
public:
    static Result<KnownCustomers> read(QSqlDatabase &db, const ImportProfile &profile);

    bool isEmpty() const
    {
        return m_addressKeys.isEmpty() && m_storedAddresses.isEmpty() && m_phones.isEmpty();
    }

    enum class By { None, Email, Phone };
    struct Found
    {
        QByteArrayView key; // the workspace's customer (a view into this object)
        By by = By::None;
    };
    // The workspace's customer a line's customer is; `ownKey` is the key the line has without matching (its
    // customer id, or its address without an id column), `email` and `phone` as the file writes them.
    //   With an address: the customer keyed by it (none when that is the line's own key: the line is that
    //   customer already, trial 20b); else the one
    //   customer keyed by an id who has it (the line's own customer too: a till's number the web shop's lines
    //   were given); else, by phone number, the one other customer with no address at all. Without an
    //   address: by phone number, the one customer other than the line's own.
    // By::None when nothing, or more than one customer, fits: a phone shared by two people matches neither.
    Found find(QByteArrayView ownKey, QByteArrayView email, QByteArrayView phone) const;

    // Whether the workspace held a customer keyed by this address before the import.
    bool keyedByAddress(const QByteArray &key) const { return m_addressKeys.contains(key); }

private:
    using Keys = QList<QByteArray>; // the customers who share an address or a number (usually one)
    QByteArrayView onlyOne(const Keys *keys, QByteArrayView ownKey, bool withoutAddress) const;

    QSet<QByteArray> m_addressKeys; // customers keyed by an address
    QHash<QByteArray, Keys>
        m_storedAddresses;            // address (lower-cased) -> customers keyed by an id who have it
    QHash<QByteArray, Keys> m_phones; // phoneKey() -> customers who have the number
    QSet<QByteArray> m_withAddress;   // customers with an address, as their key or stored
};

// The customers an order-lines file names, with the first e-mail address and phone number of each, in the
// file's order, collected on the import's thread. Off (costing one test a line) when the profile already
// matches customers, maps neither an e-mail nor a phone column, or the workspace knows no one to match.
class CustomerContacts
{
public:
    CustomerContacts(const ImportProfile &profile, const KnownCustomers &known);

    bool isOn() const { return m_on; }
    void line(QByteArrayView customerKey, QByteArrayView email, QByteArrayView phone)
    {
        if (m_on && !customerKey.isEmpty())
            add(customerKey, email, phone);
    }
    // The file's customers that `known` holds as another customer (after the file's lines are read).
    EmailKeyMatch match(const KnownCustomers &known) const;

private:
    void add(QByteArrayView customerKey, QByteArrayView email, QByteArrayView phone);

    struct Contact
    {
        QByteArray key;
        QByteArray email;
        QByteArray phone;
    };
    const ImportProfile &m_profile;
    bool m_on = false;
    std::vector<Contact> m_contacts;
    QHash<QByteArray, size_t> m_index; // key -> its place in m_contacts
};

// Trials 22en and 22b: one web order of Ava White's, with her phone number, was found as the till's customer
// who has that number; her other order, without a phone, stayed the file's own customer keyed by her address:
// one person, two customers with one address. Once the lines are written, the lines of a file customer keyed
// by an address this import created (`known` did not hold it) go to the workspace's customer its other rows
// were found as (`matched`: RecordConverter::matchedFileKeys()), and the file's customer, left without
// lines, is removed. A customer the workspace held before is left as it is (trial 20b).
Result<void> joinSplitCustomers(QSqlDatabase &db, const QHash<QByteArray, QByteArray> &matched,
                                const KnownCustomers &known);

} // namespace storelens::core
