#pragma once

namespace storelens::core {

// English is the language of the source texts, so it has no translation file; but a count's text is written
// once for every number (tr("%Ln customer(s)", nullptr, n)), and without a translation Qt would show
// "1 customer(s)". This installs (once per application, the first translator, so asked last: after the chosen
// language's own plural forms) a translator that gives the English forms: "(s)" goes for 1 and becomes "s"
// for every other number.
void installEnglishPlurals();

} // namespace storelens::core
