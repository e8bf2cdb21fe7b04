#pragma once

#include <QLocale>
#include <QString>

namespace storelens::core {

// Percentages stay on one line with their number: "(33.3 %)" wrapped before its "%" in a narrow label
// (issue 18, trial 13). Every language StoreLens speaks writes a space between the number and "%" (German,
// French and Spanish by their rules, English as StoreLens writes it), and a plain space lets a line break
// there; a no-break space (U+00A0) does not.

// `fraction` × 100 with `places` decimals as `locale` writes it, a no-break space and "%": "33,3 %".
QString percentText(double fraction, const QLocale &locale = QLocale(), int places = 1);

// `text` (a sentence or value with its numbers filled in, in any language) with each plain space between a
// digit and a "%" made a no-break space.
QString keepPercentSignsWithNumbers(QString text);

} // namespace storelens::core
