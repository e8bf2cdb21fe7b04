#include "ui/dashboard/KpiFormat.h"

#include "core/model/PercentText.h"
#include "core/store/Currency.h"
#include "ui/common/Formatting.h"

#include <QCoreApplication>

#include <cmath>

namespace storelens::ui {

namespace {

using core::withSign;
using core::analytics::KpiInput;
using core::analytics::KpiUnit;
using core::analytics::KpiValue;

class KpiFormatText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::KpiFormat)
};

const KpiInput *findInput(const KpiValue &value, const char *key)
{
    for (const KpiInput &input : value.inputs) {
        if (input.key == QLatin1String(key))
            return &input;
    }
    return nullptr;
}

QString formatInput(const KpiInput &input, const QLocale &locale)
{
    if (input.unit == KpiUnit::Money)
        return formatMoney(input.money, locale);
    return formatKpiNumber(input.unit, input.value, locale);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

QString formatKpiNumber(KpiUnit unit, double value, const QLocale &locale)
{
    // A negative value with the minus sign changes are written with (trial 20: "Previous period: -13.5 %"
    // beside "−2.1 pp"); one that rounds to zero has no sign.
    if (value < 0) {
        const QString magnitude = formatKpiNumber(unit, -value, locale);
        return magnitude == formatKpiNumber(unit, 0.0, locale) ? magnitude : QChar(0x2212) + magnitude;
    }
    switch (unit) {
    case KpiUnit::Money:
        return locale.toString(value, 'f', 2);
    case KpiUnit::Count:
        return locale.toString(qint64(std::llround(value)));
    case KpiUnit::Ratio:
        return core::keepPercentSignsWithNumbers(
            KpiFormatText::tr("%1 %").arg(locale.toString(value * 100.0, 'f', 1)));
    case KpiUnit::Number:
        return locale.toString(value, 'f', 2);
    }
    return {};
}

QString formatKpiValue(const KpiValue &value, const QLocale &locale)
{
    if (!value.hasData)
        return KpiFormatText::tr("No data");
    if (core::analytics::kpiUnit(value.id) == KpiUnit::Money)
        return formatMoney(value.money, locale);
    return formatKpiNumber(core::analytics::kpiUnit(value.id), value.value, locale);
}

QString formatKpiChange(const core::analytics::KpiComparison &kpi, const QLocale &locale)
{
    if (!kpi.hasChange)
        return {};
    const KpiUnit unit = core::analytics::kpiUnit(kpi.current.id);
    const double change = kpi.absoluteChange;
    if (unit == KpiUnit::Money) {
        const core::Money magnitude =
            kpi.absoluteMoneyChange < core::Money() ? -kpi.absoluteMoneyChange : kpi.absoluteMoneyChange;
        return withSign(formatMoney(magnitude, locale), change);
    }
    return formatSignedKpiNumber(unit, change, locale);
}

QString formatSignedKpiNumber(KpiUnit unit, double change, const QLocale &locale)
{
    if (unit == KpiUnit::Money)
        return withSign(formatMoneyAmount(std::fabs(change), locale), change);
    if (unit == KpiUnit::Ratio)
        return KpiFormatText::tr("%1 pp").arg(
            withSign(locale.toString(std::fabs(change) * 100.0, 'f', 1), change));
    return withSign(formatKpiNumber(unit, std::fabs(change), locale), change);
}

QString formatRelativeChange(double fraction, const QLocale &locale)
{
    return withSign(core::keepPercentSignsWithNumbers(
                        KpiFormatText::tr("%1 %").arg(locale.toString(std::fabs(fraction) * 100.0, 'f', 1))),
                    fraction);
}

QString kpiFormulaWithInputs(const KpiValue &value, const QLocale &locale)
{
    if (!value.hasData)
        return {};
    const core::analytics::KpiDefinition &definition = core::analytics::kpiDefinition(value.id);
    if (!definition.numbers)
        return {};
    QString numbers = QString::fromUtf8(definition.numbers);
    for (const char *key : definition.inputs) {
        if (!key)
            break;
        const KpiInput *input = findInput(value, key);
        if (!input)
            return {};
        numbers = numbers.arg(formatInput(*input, locale));
    }
    return KpiFormatText::tr("%1 = %2").arg(core::analytics::kpiFormula(value.id), numbers);
}

QColor goodChangeColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x66, 0xcc, 0x7a) : QColor(0x1b, 0x7a, 0x36);
}

QColor badChangeColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x24, 0x24);
}

QColor assessmentColor(core::analytics::ChangeAssessment assessment, const QPalette &palette)
{
    switch (assessment) {
    case core::analytics::ChangeAssessment::Good:
        return goodChangeColor(palette);
    case core::analytics::ChangeAssessment::Bad:
        return badChangeColor(palette);
    case core::analytics::ChangeAssessment::Neutral:
    case core::analytics::ChangeAssessment::Unchanged:
        break;
    }
    return palette.color(QPalette::Text);
}

} // namespace storelens::ui
