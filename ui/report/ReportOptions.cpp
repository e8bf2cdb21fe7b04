#include "ui/report/ReportOptions.h"

#include <QCoreApplication>

namespace storelens::ui {

namespace {

class ReportOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportOptions)
};

} // namespace

QList<ReportSection> allReportSections()
{
    return {ReportSection::Kpis,     ReportSection::Trends, ReportSection::Cohorts, ReportSection::Segments,
            ReportSection::Products, ReportSection::Clv,    ReportSection::Appendix};
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
    switch (section) {
    case ReportSection::Kpis:
        return QStringLiteral("kpis");
    case ReportSection::Trends:
        return QStringLiteral("trends");
    case ReportSection::Cohorts:
        return QStringLiteral("cohorts");
    case ReportSection::Segments:
        return QStringLiteral("segments");
    case ReportSection::Products:
        return QStringLiteral("products");
    case ReportSection::Clv:
        return QStringLiteral("clv");
    case ReportSection::Appendix:
        return QStringLiteral("appendix");
    }
    return {};
}

QString reportSectionTitle(ReportSection section)
{
    switch (section) {
    case ReportSection::Kpis:
        return ReportOptionsText::tr("Key figures");
    case ReportSection::Trends:
        return ReportOptionsText::tr("Trends");
    case ReportSection::Cohorts:
        return ReportOptionsText::tr("Cohorts");
    case ReportSection::Segments:
        return ReportOptionsText::tr("Customer segments");
    case ReportSection::Products:
        return ReportOptionsText::tr("Top products and categories");
    case ReportSection::Clv:
        return ReportOptionsText::tr("Predicted customer lifetime value");
    case ReportSection::Appendix:
        return ReportOptionsText::tr("Appendix: definitions");
    }
    return {};
}

std::optional<ReportSection> reportSectionFromKey(const QString &key)
{
    for (ReportSection s : allReportSections()) {
        if (key.trimmed().compare(reportSectionKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
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
