#pragma once

#include "core/analytics/kpi/KpiResult.h"

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>

namespace storelens::ui {

// How the Overview writes KPI figures (QLocale throughout): money with two places, counts whole, ratios as
// percentages ("8.7 %"), other numbers with two places.
QString formatKpiNumber(core::analytics::KpiUnit unit, double value, const QLocale &locale = QLocale());
// The value of a KPI; "No data" when it has none.
QString formatKpiValue(const core::analytics::KpiValue &value, const QLocale &locale = QLocale());
// The absolute change with its sign ("+1,234.50", "−3", "+1.2 pp" for ratios: percentage points).
QString formatKpiChange(const core::analytics::KpiComparison &kpi, const QLocale &locale = QLocale());
// A change of `unit` with its sign, like formatKpiChange: money with the display currency, ratios in pp.
QString formatSignedKpiNumber(core::analytics::KpiUnit unit, double change,
                              const QLocale &locale = QLocale());
// A relative change with its sign ("+5.2 %").
QString formatRelativeChange(double fraction, const QLocale &locale = QLocale());
// The definition's formula with the exact inputs: "(E − N) ÷ S = (812 − 140) ÷ 790". Empty when the engine
// exposes no inputs for it.
QString kpiFormulaWithInputs(const core::analytics::KpiValue &value, const QLocale &locale = QLocale());

// Colours for a good and a bad change that read on the palette's window colour, light or dark.
QColor goodChangeColor(const QPalette &palette);
QColor badChangeColor(const QPalette &palette);
QColor assessmentColor(core::analytics::ChangeAssessment assessment, const QPalette &palette);

} // namespace storelens::ui
