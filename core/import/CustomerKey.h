#pragma once

#include <QByteArrayView>
#include <QString>

#include <algorithm>

namespace storelens::core {

// An e-mail address keys its customer in any case: "Theresa.Berger@outlook.de" and
// "theresa.berger@outlook.de" are one customer, whether the address comes from an e-mail column or stands in
// a customer id column (trial 15: a till's KUNDE_ID held the address as typed at the counter, the web shop's
// export the lower-cased one, and one person counted twice). Any other id keeps its case: "AB12" and "ab12"
// may be two customers of a system.
inline bool isEmailAddress(QByteArrayView id)
{
    const qsizetype at = id.indexOf('@');
    if (at <= 0 || id.indexOf('@', at + 1) >= 0 || id.contains(' '))
        return false;
    const qsizetype dot = id.indexOf('.', at + 1);
    return dot > at + 1 && dot + 1 < id.size();
}

// Whether lower-casing would change `id` (an ASCII capital, or a byte of a non-ASCII letter).
inline bool hasUpperCase(QByteArrayView id)
{
    return std::any_of(id.begin(), id.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch & 0x80); });
}

// The key of a customer id read from a file: an e-mail address lower-cased, anything else as it is.
inline QString customerKey(const QString &id)
{
    const QByteArray bytes = id.toUtf8();
    return isEmailAddress(bytes) && hasUpperCase(bytes) ? id.toLower() : id;
}

} // namespace storelens::core
