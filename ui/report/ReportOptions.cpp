#include "ui/report/ReportOptions.h"

#include "core/model/EnumKeys.h"

#include <QCoreApplication>

namespace storelens::ui {

namespace {

class ReportOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportOptions)
};

// Every section in document order: its key (command line, saved settings) and its title.
constexpr core::EnumName<ReportSection> kSections[] = {
    {ReportSection::Kpis, "kpis", QT_TRANSLATE_NOOP("storelens::ui::ReportOptions", "Key figures")},
    {ReportSection::Trends, "trends", QT_TRANSLATE_NOOP("storelens::ui::ReportOptions", "Trends")},
    {ReportSection::Cohorts, "cohorts", QT_TRANSLATE_NOOP("storelens::ui::ReportOptions", "Cohorts")},
    {ReportSection::Segments, "segments",
     QT_TRANSLATE_NOOP("storelens::ui::ReportOptions", "Customer segments")},
    {ReportSection::Products, "products",
     QT_TRANSLATE_NOOP("storelens::ui::ReportOptions", "Top products and categories")},
    {ReportSection::Clv, "clv",
     QT_TRANSLATE_NOOP("storelens::ui::ReportOptions", "Predicted customer lifetime value")},
    {ReportSection::Appendix, "appendix",
     QT_TRANSLATE_NOOP("storelens::ui::ReportOptions", "Appendix: definitions")},
};

} // namespace

QList<ReportSection> allReportSections()
{
    QList<ReportSection> all;
    for (const core::EnumName<ReportSection> &row : kSections)
        all.append(row.value);
    return all;
}

ReportSections defaultReportSections()
{
    ReportSections all;
    for (ReportSection s : allReportSections())
        all |= s;
    return all;
}

QString reportSectionKey(ReportSection section)
{
    return core::enumKey(kSections, section);
}

QString reportSectionTitle(ReportSection section)
{
    const core::EnumName<ReportSection> *row = core::enumName(kSections, section);
    return row ? ReportOptionsText::tr(row->name) : QString();
}

std::optional<ReportSection> reportSectionFromKey(const QString &key)
{
    return core::enumFromKey(kSections, key.trimmed());
}

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QString reportAuthor(const ReportOptions &options)
{
    if (!options.author.trimmed().isEmpty())
        return options.author.trimmed();
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("StoreLens");
}

} // namespace storelens::ui
