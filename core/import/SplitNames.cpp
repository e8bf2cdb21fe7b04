#include "core/import/SplitNames.h"

#include "core/import/FieldCatalog.h"

#include <optional>

namespace storelens::core {

namespace {

// What precedes a first name's (or a last name's) word in a normalised header, or nothing when it has none.
std::optional<QString> prefixBefore(const QString &name, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        const QString w = QString::fromUtf8(word);
        if (name.endsWith(w))
            return name.left(name.size() - w.size());
    }
    return std::nullopt;
}

std::optional<QString> firstNamePrefix(const QString &name)
{
    // Italian "Nome", but not "Cognome" (the last name), which ends with it (trial 23it: Storeden's Nome and
    // Cognome).
    if (name.endsWith(QLatin1String("cognome")))
        return std::nullopt;
    return prefixBefore(name, {"firstname", "givenname", "forename", "vorname", "prénom", "prenom", "nome",
                               "voornaam", "förnamn", "fornamn", "fornavn"});
}

std::optional<QString> lastNamePrefix(const QString &name)
{
    // Not "nom" alone: "prénom" ends with it.
    if (name == QLatin1String("nom") || name == QLatin1String("nomdefamille"))
        return QString();
    return prefixBefore(name, {"lastname", "surname", "familyname", "nachname", "familienname", "apellidos",
                               "apellido", "cognome", "achternaam", "familienaam", "efternamn", "efternavn",
                               "etternavn"});
}

bool namesSomeoneElse(const QString &prefix)
{
    for (const char *word : {"ship",       "deliver",   "recipient",    "liefer",   "versand", "empfänger",
                             "empfaenger", "livraison", "destinataire", "envío",    "envio",   "destinatario",
                             "spedizione", "consegna",  "verzend",      "aflever",  "bezorg",  "ontvanger",
                             "leverans",   "mottagare", "levering",     "modtager", "mottaker"}) {
        if (prefix.contains(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

} // namespace

void suggestJoinedName(const QStringList &header, ImportProfile &profile)
{
    const QString nameField =
        profile.entity == Entity::Customers ? QStringLiteral("name") : QString(field::CustomerName);
    if (profile.entity != Entity::Orders && profile.entity != Entity::Customers)
        return;
    if (!profile.columnFor(nameField).isEmpty())
        return;
    for (int first = 0; first < header.size() && first < profile.columns.size(); ++first) {
        const std::optional<QString> prefix = firstNamePrefix(normaliseHeader(header.at(first)));
        if (!prefix || namesSomeoneElse(*prefix) || !profile.columns.at(first).field.isEmpty())
            continue;
        // The last name after the first or, as in an Oxatis export ("Nom", "Prénom"), before it.
        for (int last = 0; last < header.size() && last < profile.columns.size(); ++last) {
            if (last != first && lastNamePrefix(normaliseHeader(header.at(last))) == prefix &&
                profile.columns.at(last).field.isEmpty()) {
                profile.columns[first].field = nameField;
                profile.columns[last].field = nameField;
                return;
            }
        }
    }
}

bool namesLastNameFirst(const QString &first, const QString &second)
{
    const std::optional<QString> last = lastNamePrefix(normaliseHeader(first));
    return last && firstNamePrefix(normaliseHeader(second)) == last;
}

} // namespace storelens::core
