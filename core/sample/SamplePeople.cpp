#include "core/sample/SamplePeople.h"

#include <vector>

namespace storelens::core {

namespace {

struct Name
{
    const char *display; // UTF-8
    const char *ascii;   // for the email address
};

struct Place
{
    const char *city;
    const char *region;
    const char *postalPrefix;
    double weight;
};

struct CountrySpec
{
    const char *name; // the key the importer stores (countryKey()): the ISO 3166-1 alpha-2 code
    std::vector<Name> firstNames;
    std::vector<Name> lastNames;
    std::vector<Place> places;
    int postalStyle; // 0 UK, 1 Ireland, 2 five digits, 3 Dutch
};

const std::vector<CountrySpec> &countrySpecs()
{
    static const std::vector<CountrySpec> specs = {
        {"GB",
         {{"Olivia", "olivia"},     {"Amelia", "amelia"}, {"Isla", "isla"},     {"Ava", "ava"},
          {"Mia", "mia"},           {"Grace", "grace"},   {"Sophie", "sophie"}, {"Emily", "emily"},
          {"Chloe", "chloe"},       {"Zoë", "zoe"},       {"Ruth", "ruth"},     {"Margaret", "margaret"},
          {"Susan", "susan"},       {"Priya", "priya"},   {"Noah", "noah"},     {"Oliver", "oliver"},
          {"George", "george"},     {"Harry", "harry"},   {"Jack", "jack"},     {"Leo", "leo"},
          {"Arthur", "arthur"},     {"James", "james"},   {"David", "david"},   {"Peter", "peter"},
          {"Mohammed", "mohammed"}, {"Daniel", "daniel"}, {"Tom", "tom"},       {"Sam", "sam"}},
         {{"Smith", "smith"},       {"Jones", "jones"},   {"Taylor", "taylor"},     {"Brown", "brown"},
          {"Williams", "williams"}, {"Wilson", "wilson"}, {"Johnson", "johnson"},   {"Davies", "davies"},
          {"Patel", "patel"},       {"Wright", "wright"}, {"Robinson", "robinson"}, {"Thompson", "thompson"},
          {"Evans", "evans"},       {"Walker", "walker"}, {"White", "white"},       {"Hughes", "hughes"},
          {"O'Brien", "obrien"},    {"Green", "green"},   {"Hall", "hall"},         {"Khan", "khan"},
          {"Clarke", "clarke"},     {"Lewis", "lewis"},   {"Harris", "harris"},     {"Cooper", "cooper"}},
         {{"Bristol", "South West England", "BS", 10.0},
          {"Bath", "South West England", "BA", 3.0},
          {"Weston-super-Mare", "South West England", "BS", 2.0},
          {"Clevedon", "South West England", "BS", 1.5},
          {"Portishead", "South West England", "BS", 1.5},
          {"Keynsham", "South West England", "BS", 1.0},
          {"London", "Greater London", "SE", 1.2},
          {"Cardiff", "Wales", "CF", 0.8},
          {"Manchester", "North West England", "M", 0.5},
          {"Birmingham", "West Midlands", "B", 0.5}},
         0},
        {"IE",
         {{"Aoife", "aoife"},
          {"Siobhán", "siobhan"},
          {"Niamh", "niamh"},
          {"Ciarán", "ciaran"},
          {"Seán", "sean"},
          {"Conor", "conor"},
          {"Róisín", "roisin"},
          {"Patrick", "patrick"}},
         {{"Murphy", "murphy"},
          {"Kelly", "kelly"},
          {"O'Sullivan", "osullivan"},
          {"Walsh", "walsh"},
          {"Byrne", "byrne"},
          {"Ryan", "ryan"}},
         {{"Dublin", "Leinster", "D", 3.0}, {"Cork", "Munster", "T", 1.0}, {"Galway", "Connacht", "H", 0.6}},
         1},
        {"FR",
         {{"Camille", "camille"},
          {"Léa", "lea"},
          {"Chloé", "chloe"},
          {"Hugo", "hugo"},
          {"Louis", "louis"},
          {"Théo", "theo"},
          {"Inès", "ines"},
          {"Jules", "jules"}},
         {{"Martin", "martin"},
          {"Bernard", "bernard"},
          {"Dubois", "dubois"},
          {"Lefèvre", "lefevre"},
          {"Moreau", "moreau"},
          {"Girard", "girard"}},
         {{"Paris", "Île-de-France", "75", 2.0},
          {"Lyon", "Auvergne-Rhône-Alpes", "69", 1.0},
          {"Nantes", "Pays de la Loire", "44", 0.7}},
         2},
        {"DE",
         {{"Lena", "lena"},
          {"Jonas", "jonas"},
          {"Lukas", "lukas"},
          {"Anna", "anna"},
          {"Jürgen", "juergen"},
          {"Sophie", "sophie"},
          {"Felix", "felix"},
          {"Marie", "marie"}},
         {{"Müller", "mueller"},
          {"Schmidt", "schmidt"},
          {"Schneider", "schneider"},
          {"Fischer", "fischer"},
          {"Weber", "weber"},
          {"Größer", "groesser"}},
         {{"Berlin", "Berlin", "10", 1.5},
          {"Hamburg", "Hamburg", "20", 1.0},
          {"Munich", "Bavaria", "80", 1.0}},
         2},
        {"NL",
         {{"Daan", "daan"},
          {"Sanne", "sanne"},
          {"Lotte", "lotte"},
          {"Bram", "bram"},
          {"Fleur", "fleur"},
          {"Sem", "sem"}},
         {{"de Jong", "dejong"},
          {"Jansen", "jansen"},
          {"de Vries", "devries"},
          {"van Dijk", "vandijk"},
          {"Bakker", "bakker"}},
         {{"Amsterdam", "North Holland", "10", 1.5},
          {"Utrecht", "Utrecht", "35", 1.0},
          {"Rotterdam", "South Holland", "30", 1.0}},
         3},
    };
    return specs;
}

const char *const kEmailDomains[] = {"example.com", "example.org", "example.net", "mail.example"};

struct AgeBand
{
    const char *label;
    int minAge;
    int maxAge;
    double weight;
};

const AgeBand kAgeBands[] = {
    {"18-24", 18, 24, 0.09}, {"25-34", 25, 34, 0.20}, {"35-44", 35, 44, 0.22},
    {"45-54", 45, 54, 0.21}, {"55-64", 55, 64, 0.16}, {"65+", 65, 88, 0.12},
};

template<typename T> const T &pickFrom(SampleRandom &random, const std::vector<T> &items)
{
    return items[size_t(random.between(0, qint64(items.size()) - 1))];
}

QChar letter(SampleRandom &random)
{
    return QChar(char16_t(u'A' + random.between(0, 25)));
}

QString postalCode(SampleRandom &random, const Place &place, int style)
{
    const QString prefix = QLatin1String(place.postalPrefix);
    switch (style) {
    case 0: // "BS8 4TH"
        return prefix + QString::number(random.between(1, 40)) + QLatin1Char(' ') +
               QString::number(random.between(1, 9)) + letter(random) + letter(random);
    case 1: // Eircode "D02 X285"
        return prefix + QString::number(random.between(1, 24)).rightJustified(2, QLatin1Char('0')) +
               QLatin1Char(' ') + letter(random) + QString::number(random.between(100, 999));
    case 2: // "75011"
        return prefix + QString::number(random.between(0, 999)).rightJustified(3, QLatin1Char('0'));
    default: // "1012 AB"
        return prefix + QString::number(random.between(10, 99)) + QLatin1Char(' ') + letter(random) +
               letter(random);
    }
}

std::optional<bool> consent(SampleRandom &random, double yes, double no)
{
    const double u = random.uniform();
    if (u < yes)
        return true;
    if (u < yes + no)
        return false;
    return std::nullopt;
}

} // namespace

SamplePeople::SamplePeople(QDate today)
    : m_today(today)
{
    for (const CountrySpec &spec : countrySpecs())
        m_countries.append(QString::fromUtf8(spec.name));
}

Customer SamplePeople::make(SampleRandom &random, const QString &id, bool online, int &countryIndex) const
{
    const auto &specs = countrySpecs();
    const double u = random.uniform();
    const double home = online ? 0.72 : 0.97;
    if (u < home)
        countryIndex = 0;
    else
        countryIndex = 1 + int(random.between(0, qint64(specs.size()) - 2));
    const CountrySpec &country = specs[size_t(countryIndex)];

    Customer c;
    c.id = id;
    const Name &first = pickFrom(random, country.firstNames);
    const Name &last = pickFrom(random, country.lastNames);
    c.name = QString::fromUtf8(first.display) + QLatin1Char(' ') + QString::fromUtf8(last.display);
    if (!random.chance(0.04)) {
        const char *domain = kEmailDomains[random.between(0, 3)];
        // The customer id's digits keep every address unique.
        c.email = QLatin1String(first.ascii) + QLatin1Char('.') + QLatin1String(last.ascii) +
                  QStringView(id).mid(1) + QLatin1Char('@') + QLatin1String(domain);
    }

    // Shop customers live near the shops (the first places); online ones anywhere.
    double total = 0.0;
    for (const Place &p : country.places)
        total += (countryIndex == 0 && !online && &p - country.places.data() >= 6) ? 0.0 : p.weight;
    double target = random.uniform() * total;
    const Place *place = &country.places.front();
    for (const Place &p : country.places) {
        const double w = (countryIndex == 0 && !online && &p - country.places.data() >= 6) ? 0.0 : p.weight;
        if (target < w) {
            place = &p;
            break;
        }
        target -= w;
    }
    c.city = QString::fromUtf8(place->city);
    c.region = QString::fromUtf8(place->region);
    c.country = QString::fromUtf8(country.name);
    if (!random.chance(0.03))
        c.postalCode = postalCode(random, *place, country.postalStyle);

    const double g = random.uniform();
    if (g < 0.53)
        c.gender = QStringLiteral("Female");
    else if (g < 0.95)
        c.gender = QStringLiteral("Male");
    else if (g < 0.97)
        c.gender = QStringLiteral("Other");

    // 85 % give a birth date, 7 % only an age band, the rest nothing.
    const double a = random.uniform();
    if (a < 0.92) {
        double bandTarget = random.uniform();
        const AgeBand *band = &kAgeBands[0];
        for (const AgeBand &b : kAgeBands) {
            band = &b;
            if (bandTarget < b.weight)
                break;
            bandTarget -= b.weight;
        }
        const int age = int(random.between(band->minAge, band->maxAge));
        c.ageBand = QLatin1String(band->label);
        if (a < 0.85)
            c.birthDate = m_today.addYears(-age - 1).addDays(random.between(1, 365));
    }

    c.consentEmail = consent(random, 0.68, 0.22);
    c.consentSms = consent(random, 0.38, 0.47);
    return c;
}

} // namespace storelens::core
