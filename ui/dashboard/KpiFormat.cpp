#include "ui/dashboard/KpiFormat.h"

#include "ui/common/Formatting.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

namespace storelens::ui {

namespace {

using core::analytics::KpiId;
using core::analytics::KpiInput;
using core::analytics::KpiUnit;
using core::analytics::KpiValue;

class KpiFormatText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::KpiFormat)
};

const QChar kMinus(0x2212);

// A formula: its symbols (translated) and the same shape with %1… standing for the inputs named by `keys`.
struct Formula
{
    KpiId id;
    const char *symbols;
    const char *numbers;
    std::vector<const char *> keys;
};

const std::vector<Formula> &formulas()
{
    static const std::vector<Formula> table = {
        {KpiId::NetSales,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "G − D − R"),
         "%1 − %2 − %3",
         {"G", "D", "R"}},
        {KpiId::AverageOrderValue,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "(G − D) ÷ orders"),
         "%1 ÷ %2",
         {"G_minus_D", "orders"}},
        {KpiId::UnitsPerTransaction,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "units ÷ orders"),
         "%1 ÷ %2",
         {"units", "orders"}},
        {KpiId::ReturnRate, QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "R ÷ G"), "%1 ÷ %2", {"R", "G"}},
        {KpiId::GuestShare,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "guest sales ÷ (G − D)"),
         "%1 ÷ %2",
         {"guest_sales", "G_minus_D"}},
        {KpiId::GrossMargin,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "N − COGS"),
         "%1 − %2",
         {"N", "cogs"}},
        {KpiId::YoyGrowth,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "N − N a year earlier"),
         "%1 − %2",
         {"N", "N_year_earlier"}},
        {KpiId::YoyGrowthRate,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "(N − N a year earlier) ÷ |N a year earlier|"),
         "(%1 − %2) ÷ |%2|",
         {"N", "N_year_earlier"}},
        {KpiId::SalesPerEmployee,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "N ÷ average headcount"),
         "%1 ÷ %2",
         {"N", "average_headcount"}},
        {KpiId::ConversionRate,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "orders ÷ visitors"),
         "%1 ÷ %2",
         {"orders", "visitors"}},
        {KpiId::Cac,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "marketing spend ÷ new customers"),
         "%1 ÷ %2",
         {"spend", "new_customers"}},
        {KpiId::PurchaseFrequency,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "orders ÷ C"),
         "%1 ÷ %2",
         {"orders", "C"}},
        {KpiId::RepeatPurchaseRate,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "customers with 2+ orders ÷ C"),
         "%1 ÷ %2",
         {"repeat_customers", "C"}},
        {KpiId::RetentionRate,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "(E − N) ÷ S"),
         "(%1 − %2) ÷ %3",
         {"E", "N", "S"}},
        {KpiId::ChurnRate,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "churned ÷ S"),
         "%1 ÷ %2",
         {"churned", "S"}},
        {KpiId::HistoricalClv,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "net sales of new customers ÷ new customers"),
         "%1 ÷ %2",
         {"net_sales_of_new_customers", "new_customers"}},
        {KpiId::PredictiveClv,
         QT_TRANSLATE_NOOP("storelens::ui::KpiFormat", "APV × F × L"),
         "%1 × %2 × %3",
         {"APV", "F", "L"}},
    };
    return table;
}

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

QString withSign(const QString &number, double value)
{
    if (value > 0)
        return QLatin1Char('+') + number;
    if (value < 0)
        return kMinus + number;
    return number;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

QString formatKpiNumber(KpiUnit unit, double value, const QLocale &locale)
{
    switch (unit) {
    case KpiUnit::Money:
        return locale.toString(value, 'f', 2);
    case KpiUnit::Count:
        return locale.toString(qint64(std::llround(value)));
    case KpiUnit::Ratio:
        return KpiFormatText::tr("%1 %").arg(locale.toString(value * 100.0, 'f', 1));
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
    if (unit == KpiUnit::Ratio)
        return KpiFormatText::tr("%1 pp").arg(
            withSign(locale.toString(std::fabs(change) * 100.0, 'f', 1), change));
    return withSign(formatKpiNumber(unit, std::fabs(change), locale), change);
}

QString formatRelativeChange(double fraction, const QLocale &locale)
{
    return withSign(KpiFormatText::tr("%1 %").arg(locale.toString(std::fabs(fraction) * 100.0, 'f', 1)),
                    fraction);
}

QString kpiFormulaWithInputs(const KpiValue &value, const QLocale &locale)
{
    if (!value.hasData)
        return {};
    for (const Formula &formula : formulas()) {
        if (formula.id != value.id)
            continue;
        QString numbers = QString::fromUtf8(formula.numbers);
        for (const char *key : formula.keys) {
            const KpiInput *input = findInput(value, key);
            if (!input)
                return {};
            numbers = numbers.arg(formatInput(*input, locale));
        }
        return KpiFormatText::tr("%1 = %2").arg(
            QCoreApplication::translate("storelens::ui::KpiFormat", formula.symbols), numbers);
    }
    return {};
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
