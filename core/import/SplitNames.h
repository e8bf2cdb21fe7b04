#pragma once

#include "core/import/ImportProfile.h"

#include <QStringList>

namespace storelens::core {

// Exports that split the customer's name in two columns (Big Cartel's "Buyer first name" and "Buyer last
// name", a German shop's "Vorname" and "Nachname", "Prénom" and "Nom", "Nome" and "Cognome", a Dutch shop's
// "Voornaam" and "Achternaam"): with no column mapped to the name, both map to it and the import joins them
// with a space, the first name first (namesLastNameFirst(): an Oxatis export writes "Nom" before "Prénom",
// trial 24fr). The two columns share what precedes "first name" and "last name" ("Buyer", "Billing",
// "Rechnung"); a recipient's or a shipping address's names ("Shipping first name", "Lieferung Vorname",
// "Verzendadres voornaam") are no customer's. Trial 22en: the web shop's customers had no name in the list or
// the segment export; trial 24nl: CCV Shop's last name alone overwrote the till's full names.
void suggestJoinedName(const QStringList &header, ImportProfile &profile);

// Whether the header `first` names a last name and `second` the first name beside it ("Nom" and "Prénom",
// "Achternaam" and "Voornaam"): two columns mapped to the name are then joined the other way round, first
// name first.
bool namesLastNameFirst(const QString &first, const QString &second);

} // namespace storelens::core
