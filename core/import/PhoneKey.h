#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace storelens::core {

// A phone number as a key to find one person by (EmailKeyMatch.h): the number within its country, its digits
// only. A till writes "672 536 075", the web shop "+34 672 536 075": both are 672536075. An international
// number ("+", or "00" before the digits) loses its country code (1 to 3 digits; the codes are a prefix code,
// ITU-T E.164), and a trunk prefix "0" goes on both sides ("+49 (0)30 1234567", "030 1234567" and
// "+49 30 1234567" are 301234567). Empty for what cannot key a person: fewer than 7 digits left, more than 15
// digits (two numbers in one cell), or anything but digits, spaces, dots, dashes, slashes and brackets (an
// extension "ext. 12", "n/a", "ninguno").
QByteArray phoneKey(QByteArrayView written);

// The length of the E.164 country code at the start of `digits` (1, 2 or 3).
int countryCodeLength(QByteArrayView digits);

} // namespace storelens::core
