#pragma once

#include <QString>

namespace storelens::core::csv {

// CSV injection (OWASP): a spreadsheet that opens a CSV runs a cell beginning with '=', '+', '-' or '@' as a
// formula, and some also a cell beginning with a tab or a carriage return, or with the full-width forms
// '＝' '＋' '－' '＠' (U+FF1D, U+FF0B, U+FF0D, U+FF20), which East Asian input methods type and
// spreadsheets read as their ASCII twins. Every CSV StoreLens writes goes through CsvWriter, which applies
// neutraliseFormula() to every cell.

// Whether a spreadsheet could read the cell as a formula. A plain number with a sign ("-12.5", "+3",
// "-1.5e3", "-0,5") is a number, not a formula; a full-width sign is never a plain number.
bool looksLikeFormula(const QString &cell);
// The cell with a leading apostrophe when looksLikeFormula(), so spreadsheets show it as text; otherwise the
// cell unchanged.
QString neutraliseFormula(const QString &cell);

} // namespace storelens::core::csv
