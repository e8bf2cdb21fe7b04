#include "ui/shell/ImportController.h"

#include "ui/shell/PromiseProgress.h"

#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace storelens::ui {

namespace {

// Runs on a worker thread and writes only into `outcome`. Without a profile, the file's header suggests one.
void runImport(QPromise<void> &promise, ImportOutcome *outcome, std::optional<core::ImportProfile> given,
               const core::ImportOptions &options)
{
    if (!given) {
        const auto preview = core::previewFile(outcome->csvPath);
        if (!preview) {
            outcome->status = ImportOutcome::Status::Failed;
            outcome->error = preview.error();
            return;
        }
        // Never a silent guess: when the header and values do not tell clearly what the file holds, the
        // user says (METRICS.md / issue 14: the wizard asks, the CLI refuses).
        const core::EntityGuess guess = core::detectEntity(preview.value());
        if (!guess.clear) {
            outcome->status = ImportOutcome::Status::EntityUnclear;
            for (core::Entity e : guess.candidates())
                outcome->candidates.append(core::entityDisplayName(e));
            return;
        }
        given = core::suggestProfile(preview.value(), guess.entity);
    }
    const core::ImportProfile &profile = *given;
    outcome->entity = profile.entity;
    const QStringList missing = profile.missingRequiredFields();
    if (!missing.isEmpty()) {
        outcome->status = ImportOutcome::Status::MissingFields;
        for (const QString &key : missing) {
            const core::FieldSpec *spec = core::findField(profile.entity, key);
            outcome->missingFields.append(spec ? core::fieldLabel(*spec) : key);
        }
        return;
    }

    const auto progress = promiseProgress(promise);
    auto report = core::Importer::run(outcome->workspacePath, outcome->csvPath, profile, options, progress);
    if (report) {
        outcome->status = ImportOutcome::Status::Imported;
        outcome->report = std::move(report).value();
    } else if (report.error().code() == core::ErrorCode::Cancelled) {
        outcome->status = ImportOutcome::Status::Cancelled;
    } else {
        outcome->status = ImportOutcome::Status::Failed;
        outcome->error = report.error();
    }
}

} // namespace

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportOutcome>();
}

ImportController::~ImportController()
{
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
        m_running->waitForFinished();
    }
}

QStringList ImportController::fileFilters()
{
    return {tr("Data exports (*.csv *.tsv *.txt)"), tr("All files (*)")};
}

void ImportController::start(const QString &workspacePath, const QString &csvPath)
{
    core::ImportOptions options;
    options.onError = core::ErrorPolicy::Skip;
    options.maxListedRejections = 1000;
    startImport(workspacePath, csvPath, std::nullopt, options);
}

void ImportController::start(const QString &workspacePath, const QString &csvPath,
                             const core::ImportProfile &profile, const core::ImportOptions &options)
{
    startImport(workspacePath, csvPath, profile, options);
}

void ImportController::startImport(const QString &workspacePath, const QString &csvPath,
                                   const std::optional<core::ImportProfile> &profile,
                                   const core::ImportOptions &options)
{
    auto outcome = std::make_shared<ImportOutcome>();
    outcome->workspacePath = workspacePath;
    outcome->csvPath = csvPath;
    if (m_running) {
        outcome->status = ImportOutcome::Status::Failed;
        outcome->error = core::Error(core::ErrorCode::Usage, tr("Another import is still running."));
        Q_EMIT finished(*outcome);
        return;
    }

    auto *watcher = new QFutureWatcher<void>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this, watcher](int, int maximum) { Q_EMIT progressChanged(watcher->progressValue(), maximum); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, watcher](int value) { Q_EMIT progressChanged(value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, outcome] {
        watcher->deleteLater();
        m_running = nullptr;
        // A task cancelled before it started never ran: nothing changed.
        if (watcher->isCanceled() && outcome->status == ImportOutcome::Status::Failed &&
            outcome->error.code() == core::ErrorCode::None)
            outcome->status = ImportOutcome::Status::Cancelled;
        Q_EMIT finished(*outcome);
    });

    const QString file = QFileInfo(csvPath).fileName();
    Q_EMIT started(options.dryRun ? tr("Checking %1…").arg(file) : tr("Importing %1…").arg(file));
    watcher->setFuture(QtConcurrent::run([outcome, profile, options](QPromise<void> &promise) {
        runImport(promise, outcome.get(), profile, options);
    }));
}

void ImportController::cancel()
{
    if (m_running)
        m_running->cancel();
}

} // namespace storelens::ui
