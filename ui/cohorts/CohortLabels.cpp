#include "ui/cohorts/CohortLabels.h"

#include "core/model/TextLocale.h"
#include "ui/common/Formatting.h"

#include <QCoreApplication>

namespace storelens::ui {

namespace {

class CohortLabelText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::CohortLabels)
};

} // namespace

QString cohortPeriodName(core::analytics::Grain grain, int32_t periodIndex, const QLocale &locale)
{
    using core::analytics::Grain;
    const QDate first = core::analytics::cohortperiod::firstDay(grain, periodIndex);
    switch (grain) {
    case Grain::Day:
        return formatDate(first, locale);
    case Grain::Week:
        return CohortLabelText::tr("week of %1", "a week cohort: the Monday it starts on")
            .arg(core::namesLocale(locale).toString(first, QStringLiteral("d MMM yyyy")));
    case Grain::Month:
        return core::namesLocale(locale).toString(first, QStringLiteral("MMM yyyy"));
    case Grain::Quarter:
        break;
    }
    return CohortLabelText::tr("Q%1 %2", "a quarter cohort: quarter and year")
        .arg((first.month() - 1) / 3 + 1)
        .arg(first.year());
}

} // namespace storelens::ui
