#include "core/model/Countries.h"

#include "core/model/CountryTable.h"

#include <QCoreApplication>

#include <string>
#include <string_view>
#include <unordered_map>

namespace storelens::core {

namespace {

using countrytable::CountryRow;

class CountriesText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::Countries)
};

// Names exports write that iso-codes does not list: short forms, older names and a country's own name.
const countrytable::CountryAlias kHandAliases[] = {
    {"UK", "GB"},
    {"U.K.", "GB"},
    {"Great Britain", "GB"},
    {"Britain", "GB"},
    {"Großbritannien", "GB"},
    {"Grossbritannien", "GB"},
    {"Grande-Bretagne", "GB"},
    {"Gran Bretaña", "GB"},
    {"U.S.A.", "US"},
    {"U.S.", "US"},
    {"EE. UU.", "US"},
    {"EE.UU.", "US"},
    {"EEUU", "US"},
    {"Holland", "NL"},
    {"The Netherlands", "NL"},
    {"Nederland", "NL"},
    {"België", "BE"},
    {"Russia", "RU"},
    {"Russland", "RU"},
    {"Russie", "RU"},
    {"Rusia", "RU"},
    {"Turkey", "TR"},
    {"Turquie", "TR"},
    {"Turquía", "TR"},
    {"Tschechische Republik", "CZ"},
    {"République tchèque", "CZ"},
    {"República Checa", "CZ"},
    {"Vatican", "VA"},
    {"Vatican City", "VA"},
    {"Vatikanstadt", "VA"},
    {"Ivory Coast", "CI"},
    {"Elfenbeinküste", "CI"},
    {"Costa de Marfil", "CI"},
    {"Macedonia", "MK"},
    {"Mazedonien", "MK"},
    {"Swaziland", "SZ"},
    {"Burma", "MM"},
    {"Birma", "MM"},
    {"Cape Verde", "CV"},
    {"East Timor", "TL"},
    {"Osttimor", "TL"},
    {"Palestine", "PS"},
    {"Brunei", "BN"},
    {"Corea del Sur", "KR"},
    {"Corea del Norte", "KP"},
    {"Svizzera", "CH"},
    {"Polska", "PL"},
    {"Sverige", "SE"},
    {"Danmark", "DK"},
    {"Norge", "NO"},
    {"Suomi", "FI"},
};

// A name as the index holds it: trimmed and case-folded, in UTF-8.
std::string foldedName(QStringView name)
{
    return name.trimmed().toString().toCaseFolded().toUtf8().toStdString();
}

// Every code and name of the table, case-folded, to its row. A name two rows share keeps the first row
// (codes and shown names come before aliases).
class CountryIndex
{
public:
    CountryIndex()
    {
        using namespace countrytable;
        m_rowOf.reserve(kRowCount * 6 + kAliasCount + std::size(kHandAliases));
        for (size_t i = 0; i < kRowCount; ++i) {
            const CountryRow &r = kRows[i];
            for (const char *name : {r.alpha2, r.alpha3, r.english, r.german, r.french, r.spanish})
                add(name, int(i));
        }
        for (size_t i = 0; i < kAliasCount; ++i)
            add(kAliases[i].name, rowOfCode(kAliases[i].alpha2));
        for (const CountryAlias &alias : kHandAliases)
            add(alias.name, rowOfCode(alias.alpha2));
    }

    // The row of a case-folded name; -1 when none.
    int find(const std::string &folded) const
    {
        const auto it = m_rowOf.find(folded);
        return it == m_rowOf.end() ? -1 : it->second;
    }

private:
    int rowOfCode(const char *code) const { return find(foldedName(QString::fromLatin1(code))); }
    void add(const char *name, int row)
    {
        if (row >= 0)
            m_rowOf.emplace(foldedName(QString::fromUtf8(name)), row);
    }

    std::unordered_map<std::string, int> m_rowOf;
};

const CountryIndex &countryIndex()
{
    static const CountryIndex index;
    return index;
}

int rowOf(const QString &written)
{
    return written.trimmed().isEmpty() ? -1 : countryIndex().find(foldedName(written));
}

// The row of UTF-8 bytes: ASCII folded in place (no QString), anything else through QString.
int rowOfBytes(QByteArrayView written)
{
    thread_local std::string folded;
    folded.assign(written.data(), size_t(written.size()));
    for (char &c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80)
            return countryIndex().find(foldedName(QString::fromUtf8(written)));
        if (u >= 'A' && u <= 'Z')
            c = char(u + ('a' - 'A'));
    }
    return countryIndex().find(folded);
}

QLatin1String codeOf(int row)
{
    return QLatin1String(countrytable::kRows[row].alpha2);
}

} // namespace

QString countryKey(const QString &written)
{
    const int row = rowOf(written);
    return row >= 0 ? QString(codeOf(row)) : written.trimmed();
}

QByteArrayView countryKey(QByteArrayView written)
{
    if (written.isEmpty())
        return written;
    // An export's lines mostly repeat the country of the line before: the last answer, per thread.
    thread_local std::string lastWritten;
    thread_local int lastRow = -1;
    if (std::string_view(lastWritten) != std::string_view(written.data(), size_t(written.size()))) {
        lastWritten.assign(written.data(), size_t(written.size()));
        lastRow = rowOfBytes(written);
    }
    return lastRow < 0 ? written : QByteArrayView(countrytable::kRows[lastRow].alpha2, 2);
}

QStringList countryKeys(const QStringList &written)
{
    QStringList keys;
    keys.reserve(written.size());
    for (const QString &w : written) {
        const QString key = countryKey(w);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString countryDisplayName(const QString &key, const QLocale &locale)
{
    if (key.trimmed().isEmpty())
        return unknownCountryName();
    const int row = rowOf(key);
    if (row < 0)
        return key;
    const CountryRow &r = countrytable::kRows[row];
    switch (locale.language()) {
    case QLocale::German:
        return QString::fromUtf8(r.german);
    case QLocale::French:
        return QString::fromUtf8(r.french);
    case QLocale::Spanish:
        return QString::fromUtf8(r.spanish);
    default:
        return QString::fromUtf8(r.english);
    }
}

QString unknownCountryName()
{
    return CountriesText::tr("Unknown country");
}

} // namespace storelens::core
