#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace storelens::core::analytics {

// The abbreviations and formula letters the KPIs use, spelled out in a store manager's words (issue 17:
// "pp, S/E/N, GMROI, AUR" spelled out at first use and in tooltips). Tooltips, the PDF and the CLI read them
// here, so one abbreviation means one thing everywhere.
struct GlossaryEntry
{
    QString abbreviation; // "GMROI", "pp", "S"; translated, as the formulas that use it are (German "B" is "G")
    QString meaning;      // translated: "gross margin return on inventory: ..."
};

// Every entry, in a stable order (the report's list of abbreviations).
std::vector<GlossaryEntry> glossary();

// The entries whose abbreviation appears in `text` as a whole word (case-sensitive, so "S" in a formula
// matches but the "s" of a word does not), in the order of glossary(); each once.
std::vector<GlossaryEntry> glossaryFor(const QString &text);

// "GMROI: gross margin return on inventory …; pp: percentage points" for the entries of `text`; empty when
// it has none.
QString glossaryLine(const QString &text);

} // namespace storelens::core::analytics
