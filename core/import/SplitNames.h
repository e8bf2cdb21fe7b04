#pragma once

#include "core/import/ImportProfile.h"

#include <QStringList>

namespace storelens::core {

// Exports that split the customer's name in two columns (Big Cartel's "Buyer first name" and "Buyer last
// name", a German shop's "Vorname" and "Nachname", "Prénom" and "Nom", "Nome" and "Cognome"): with no
// column mapped to the name, both map to it and the import joins them with a space in the file's order, so
// only a pair whose first name comes first. The two columns share what precedes "first name" and "last name"
// ("Buyer", "Billing", "Rechnung"); a recipient's or a shipping address's names ("Shipping first name",
// "Lieferung Vorname") are no customer's. Trial 22en: the web shop's customers had no name in the list or the
// segment export.
void suggestJoinedName(const QStringList &header, ImportProfile &profile);

} // namespace storelens::core
