#pragma once

#include <cstddef>

// The generated country table (CountryTable.cpp, written by tools/generate_country_table.py from Debian's
// iso-codes; its names are LGPL-2.1-or-later data). Read through Countries.h, not directly.
namespace storelens::core::countrytable {

struct CountryRow
{
    const char *alpha2;  // "DE"
    const char *alpha3;  // "DEU"
    const char *english; // "Germany"
    const char *german;  // "Deutschland"
    const char *french;  // "Allemagne"
    const char *spanish; // "Alemania"
};

// Another name of a row's country ("Federal Republic of Germany", "Korea, Republik").
struct CountryAlias
{
    const char *name;
    const char *alpha2;
};

extern const CountryRow kRows[]; // sorted by alpha-2
extern const size_t kRowCount;
extern const CountryAlias kAliases[];
extern const size_t kAliasCount;

} // namespace storelens::core::countrytable
