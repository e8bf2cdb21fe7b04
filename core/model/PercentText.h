#pragma once

#include <QLocale>
#include <QString>

namespace storelens::core {

// Percentages stay on one line with their number: "(33.3 %)" wrapped before its "%" in a narrow label
// (issue 18, trial 13). Every language StoreLens speaks writes a space between the number and "%" (German,
// French and Spanish by their rules, English as StoreLens writes it), and a plain space lets a line break
// there; a no-break space (U+00A0) does not.

// `value` with `places` decimals as `locale` writes it; a value that rounds to zero there is written without
// a sign ("0.0", never "-0.0": trial 22en read "between −1 and −0" in a Why? panel).
QString fixedText(double value, int places, const QLocale &locale = QLocale());

// Whether a number written out (with its currency, unit or sign) shows zero: no digit in it is 1 to 9
// ("0.0 pp", "£0.00", "−0"). Such a figure gets no sign and no arrow of a change.
bool showsZero(const QString &text);

// `fraction` × 100 with `places` decimals as `locale` writes it, a no-break space and "%": "33,3 %".
QString percentText(double fraction, const QLocale &locale = QLocale(), int places = 1);

// `text` (a sentence or value with its numbers filled in, in any language) with each plain space between a
// digit and a "%" made a no-break space.
QString keepPercentSignsWithNumbers(QString text);

} // namespace storelens::core
