#include "ui/shell/ImportMessages.h"

#include "core/model/TextLocale.h"
#include "ui/shell/ImportController.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace storelens::ui {

namespace {

QString rejectionLine(const core::Rejection &r, const QLocale &locale)
{
    if (r.column > 0) {
        const QString column = r.columnName.isEmpty() ? locale.toString(r.column) : r.columnName;
        return ImportMessages::tr("Line %1, column %2: %3").arg(locale.toString(r.line), column, r.reason);
    }
    return ImportMessages::tr("Line %1: %2").arg(locale.toString(r.line), r.reason);
}

} // namespace

ImportMessage ImportMessages::describe(const ImportOutcome &outcome, const QLocale &locale)
{
    ImportMessage message;
    const QString file = QFileInfo(outcome.csvPath).fileName();
    switch (outcome.status) {
    case ImportOutcome::Status::Imported: {
        const core::ImportReport &report = outcome.report;
        message.success = true;
        message.title = tr("Import finished");
        message.text =
            tr("%1 was imported (%2): %3 new rows, %4 updated, %5 unchanged, %6 rejected.")
                .arg(file, core::entityDisplayName(report.entity), locale.toString(report.counts.added),
                     locale.toString(report.counts.updated), locale.toString(report.counts.unchanged),
                     locale.toString(report.rejectedCount));
        QStringList lines;
        const int listed = std::min<int>(ListedRejections, report.rejections.size());
        for (int i = 0; i < listed; ++i)
            lines.append(rejectionLine(report.rejections.at(i), locale));
        if (report.rejectedCount > listed)
            lines.append(
                tr("… and %1 more rejected rows.").arg(locale.toString(report.rejectedCount - listed)));
        message.details = lines.join(QLatin1Char('\n'));
        break;
    }
    case ImportOutcome::Status::Failed: {
        const core::Error &error = outcome.error;
        message.title = tr("Import failed");
        QString where = QDir::toNativeSeparators(error.file().isEmpty() ? outcome.csvPath : error.file());
        if (error.line() > 0 && error.column() > 0)
            where = tr("%1, line %2, column %3")
                        .arg(where, locale.toString(error.line()), locale.toString(error.column()));
        else if (error.line() > 0)
            where = tr("%1, line %2").arg(where, locale.toString(error.line()));
        message.text = tr("Nothing was imported. %1 (%2)").arg(error.message(), where);
        break;
    }
    case ImportOutcome::Status::MissingFields:
        message.title = tr("Columns not recognised");
        message.text =
            tr("Nothing was imported: StoreLens could not find columns for %1 in %2 (read as %3). Import "
               "the file with File › Import… to choose the columns yourself.")
                .arg(core::textList(outcome.missingFields), file, core::entityDisplayName(outcome.entity));
        break;
    case ImportOutcome::Status::EntityUnclear:
        message.title = tr("Say what the file holds");
        message.text =
            outcome.candidates.isEmpty()
                ? tr("Nothing was imported: StoreLens cannot tell what %1 holds. Choose it in the "
                     "import wizard.")
                      .arg(file)
                : tr("Nothing was imported: StoreLens cannot tell for sure what %1 holds (it could "
                     "be %2). Choose it in the import wizard.")
                      .arg(file, core::textList(outcome.candidates.mid(0, 3)));
        break;
    case ImportOutcome::Status::Cancelled:
        message.title = tr("Import cancelled");
        message.text = tr("The import of %1 was cancelled. The workspace is unchanged.").arg(file);
        break;
    }
    return message;
}

} // namespace storelens::ui
