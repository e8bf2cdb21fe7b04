#pragma once

#include "cli/CliCommand.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/query/ReportPeriods.h"
#include "core/model/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace storelens::cli {

// What `storelens report` asks the PDF writer for, read from its options. The CLI knows nothing of pages and
// fonts: the application hands it a ReportWriter (app/main.cpp, over ui/report).
struct ReportRequest
{
    QString workspacePath; // opened (and migrated) before the writer runs
    QString outputPath;    // --out
    analytics::Query query;
    std::optional<analytics::ReportTemplate> periodTemplate; // --template; replaces period and comparison
    // --sections, each one of ReportWriter::sectionKeys, in the order given; nullopt: the default sections.
    std::optional<QStringList> sections;
    QString pageSize; // "a4" or "letter"; empty: from the locale
    bool landscape = false;
    QString author; // empty: the login name
};

struct ReportWritten
{
    QString path;
    int pages = 0;
    qint64 milliseconds = 0;
};

// The PDF writer the report command runs.
struct ReportWriter
{
    QStringList sectionKeys; // every section, in document order ("kpis", "trends", ...)
    std::function<core::Result<ReportWritten>(const ReportRequest &request)> write;
};

// `storelens report --workspace W --out report.pdf [...]`: the PDF report from the command line. The writer
// paints, so main() runs it in a QGuiApplication (offscreen when there is no display).
std::unique_ptr<CliCommand> makeReportCommand(ReportWriter writer);

} // namespace storelens::cli
