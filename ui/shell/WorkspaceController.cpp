#include "ui/shell/WorkspaceController.h"

#include "ui/shell/PromiseProgress.h"

#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/analytics/snapshot/SnapshotSummary.h"
#include "core/sample/SampleWorkspace.h"
#include "core/store/Schema.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace storelens::ui {

using core::Error;
using core::ErrorCode;

struct WorkspaceController::Outcome
{
    Mode mode = Mode::Open;
    QString path;
    bool done = false; // false when the task was cancelled before it finished
    core::WorkspaceSummary summary;
    Error error;
};

namespace {

// The summary comes from the analytics snapshot: the views need that load anyway, and it replaces a second
// full SQL scan of the order lines. The snapshot cache shares the one load with the views that start
// meanwhile.
core::Result<core::WorkspaceSummary> readSummary(QPromise<void> &promise, const QString &path)
{
    const auto progress = promiseProgress(promise);
    const auto snapshot = core::analytics::SnapshotCache::instance().get(path, progress);
    if (!snapshot)
        return snapshot.error();
    core::WorkspaceSummary summary = core::analytics::summarizeSnapshot(*snapshot.value());
    summary.path = path;
    summary.schemaVersion = core::Schema::currentVersion();
    return summary;
}

Error removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("storelens::ui::WorkspaceController",
                                                     "The existing file could not be replaced: %1")
                             .arg(file.errorString()),
                         file.fileName());
        }
    }
    return {};
}

} // namespace

WorkspaceController::WorkspaceController(QObject *parent)
    : QObject(parent)
{
}

WorkspaceController::~WorkspaceController()
{
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
        m_running->waitForFinished();
    }
}

QString WorkspaceController::defaultSamplePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample.") + core::Workspace::fileSuffix());
}

QString WorkspaceController::displayName() const
{
    return m_path.isEmpty() ? QString() : QFileInfo(m_path).completeBaseName();
}

bool WorkspaceController::isBusy() const
{
    return !m_running.isNull();
}

void WorkspaceController::openWorkspace(const QString &path)
{
    start(Mode::Open, path);
}

void WorkspaceController::createWorkspace(const QString &path)
{
    start(Mode::Create, path);
}

void WorkspaceController::openSample(const QString &path)
{
    start(Mode::Sample, path);
}

void WorkspaceController::refresh()
{
    if (hasWorkspace())
        start(Mode::Refresh, m_path);
}

void WorkspaceController::closeWorkspace()
{
    cancel();
    if (m_path.isEmpty())
        return;
    m_path.clear();
    m_summary = {};
    Q_EMIT workspaceClosed();
}

void WorkspaceController::cancel()
{
    if (m_running)
        m_running->cancel();
}

void WorkspaceController::runTask(QPromise<void> &promise, Mode mode, const QString &path,
                                  const core::SampleOptions &sampleOptions, Outcome *outcome)
{
    if (mode == Mode::Create) {
        outcome->error = removeWorkspaceFiles(path);
        if (outcome->error.code() != ErrorCode::None)
            return;
        core::analytics::SnapshotCache::instance().forget(path); // the new workspace's revisions start at 0
    }
    if (mode == Mode::Sample) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            outcome->error =
                Error(ErrorCode::Io, QCoreApplication::translate("storelens::ui::WorkspaceController",
                                                                 "The folder %1 could not be created.")
                                         .arg(QDir::toNativeSeparators(info.absolutePath())));
            return;
        }
    }

    const bool mayCreate = mode == Mode::Create || mode == Mode::Sample;
    const auto workspace = core::Workspace::open(path, mayCreate);
    if (!workspace) {
        outcome->error = workspace.error();
        return;
    }
    auto summary = readSummary(promise, path);
    if (!summary) {
        outcome->error = summary.error();
        return;
    }

    if (mode == Mode::Sample && summary->isEmpty()) {
        const auto progress = promiseProgress(promise);
        const auto stats = core::writeSampleWorkspace(path, sampleOptions, progress);
        if (!stats) {
            outcome->error = stats.error();
            return;
        }
        summary = readSummary(promise, path);
        if (!summary) {
            outcome->error = summary.error();
            return;
        }
    }
    outcome->summary = std::move(summary).value();
    outcome->done = true;
}

void WorkspaceController::start(Mode mode, const QString &path)
{
    if (m_running) {
        m_running->cancel(); // its outcome is dropped in finish()
        Q_EMIT taskFinished();
    }

    auto outcome = std::make_shared<Outcome>();
    outcome->mode = mode;
    outcome->path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());

    auto *watcher = new QFutureWatcher<void>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, watcher](int, int maximum) {
        if (watcher == m_running)
            Q_EMIT taskProgress(watcher->progressValue(), maximum);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (watcher == m_running)
            Q_EMIT taskProgress(value, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, outcome] { finish(watcher, *outcome); });

    const QString name = QFileInfo(path).completeBaseName();
    switch (mode) {
    case Mode::Open:
    case Mode::Create:
        Q_EMIT taskStarted(tr("Opening %1…").arg(name), false);
        break;
    case Mode::Sample:
        Q_EMIT taskStarted(tr("Preparing the sample store…"), true);
        break;
    case Mode::Refresh:
        Q_EMIT taskStarted(tr("Reading %1…").arg(name), false);
        break;
    }

    const core::SampleOptions options = m_sampleOptions;
    const QString file = outcome->path;
    watcher->setFuture(QtConcurrent::run([mode, file, options, outcome](QPromise<void> &promise) {
        runTask(promise, mode, file, options, outcome.get());
    }));
}

void WorkspaceController::finish(QFutureWatcher<void> *watcher, const Outcome &outcome)
{
    watcher->deleteLater();
    if (watcher != m_running)
        return;
    m_running = nullptr;
    Q_EMIT taskFinished();

    if (outcome.error.code() == ErrorCode::Cancelled ||
        (!outcome.done && outcome.error.code() == ErrorCode::None)) {
        Q_EMIT cancelled();
        return;
    }
    if (outcome.error.code() != ErrorCode::None) {
        Q_EMIT failed(outcome.error);
        return;
    }
    if (outcome.mode == Mode::Refresh && outcome.path != m_path)
        return; // the workspace changed meanwhile
    const bool opened = outcome.path != m_path || outcome.mode != Mode::Refresh;
    m_path = outcome.path;
    m_summary = outcome.summary;
    if (opened)
        Q_EMIT workspaceOpened(m_path);
    Q_EMIT summaryReady(m_summary);
}

} // namespace storelens::ui
