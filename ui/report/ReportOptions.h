#pragma once

#include "core/analytics/query/Query.h"
#include "core/analytics/query/ReportPeriods.h"

#include <QFlags>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace storelens::ui {

// The parts of the PDF report after its title page.
enum class ReportSection {
    Kpis = 0x01,     // the KPI summary table
    Trends = 0x02,   // the main trend charts
    Cohorts = 0x04,  // the cohort heatmap
    Segments = 0x08, // RFM segments, the RFM grid, lifecycle stages and value tiers
    Products = 0x10, // top products and categories
    Clv = 0x20,      // predicted customer lifetime value (when the models can be fitted)
    Appendix = 0x40, // definitions of every figure shown
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)

// Every section, in document order.
QList<ReportSection> allReportSections();
ReportSections defaultReportSections();
QString reportSectionKey(ReportSection section);   // "kpis", "trends", "cohorts", ... (CLI --sections)
QString reportSectionTitle(ReportSection section); // translated
std::optional<ReportSection> reportSectionFromKey(const QString &key);

// What a report shows and how its pages look. periodTemplate, when set, replaces the query's period and
// comparison: the last complete week, month or quarter against the one before and the same one last year.
struct ReportOptions
{
    QString workspacePath;
    core::analytics::Query query;
    std::optional<core::analytics::ReportTemplate> periodTemplate;
    ReportSections sections = defaultReportSections();
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QLocale locale;
    QString author; // the PDF's Author; empty: the user's login name
};

// The page size for the locale: US Letter where Letter is the custom (the US, Canada, ...), else A4.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale);
// The author written into the PDF: options.author, else the login name, else "StoreLens".
QString reportAuthor(const ReportOptions &options);

} // namespace storelens::ui
