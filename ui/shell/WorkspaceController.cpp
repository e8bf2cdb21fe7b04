#include "ui/shell/WorkspaceController.h"

#include "core/analytics/snapshot/SnapshotFile.h"
#include "core/sample/SampleWorkspace.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Schema.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceKey.h"
#include "ui/common/LatestTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace storelens::ui {

using core::Error;
using core::ErrorCode;
using core::session::WorkspaceSession;

struct WorkspaceController::Outcome
{
    QString path;
    std::shared_ptr<WorkspaceSession> session;
    core::WorkspaceSummary summary;
};

namespace {

// The summary comes from the session's snapshot: the views need that load anyway, and it replaces a second
// full SQL scan of the order lines.
core::Result<core::WorkspaceSummary> readSummary(WorkspaceSession &session, const core::TaskControl &control)
{
    auto summary = session.summary(control);
    if (!summary)
        return summary.error();
    summary->path = session.workspacePath();
    summary->schemaVersion = core::Schema::currentVersion();
    return summary;
}

Error removeWorkspaceFiles(const QString &path)
{
    // A snapshot still being persisted holds a connection to the old file.
    core::analytics::SnapshotCache::instance().waitForPersisting();
    core::removeSnapshotFile(path);
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
    , m_task(new LatestTask(this))
{
    connect(m_task, &LatestTask::progressChanged, this,
            [this](int percent) { Q_EMIT taskProgress(percent, 100); });
}

WorkspaceController::~WorkspaceController() = default;

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
    return m_task->isRunning();
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
    m_sample = false;
    m_session.reset();
    m_summary = {};
    Q_EMIT workspaceClosed();
}

void WorkspaceController::cancel()
{
    if (!m_task->isRunning())
        return;
    m_task->cancel(); // the task stops at its next check and delivers nothing
    Q_EMIT taskFinished();
    Q_EMIT cancelled();
}

core::Result<WorkspaceController::Outcome>
WorkspaceController::runTask(Mode mode, const QString &path, std::shared_ptr<WorkspaceSession> session,
                             const core::SampleOptions &sampleOptions, const core::TaskControl &control)
{
    if (mode == Mode::Create) {
        const Error removed = removeWorkspaceFiles(path);
        if (removed.code() != ErrorCode::None)
            return removed;
    }
    if (mode == Mode::Sample) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            return Error(ErrorCode::Io, QCoreApplication::translate("storelens::ui::WorkspaceController",
                                                                    "The folder %1 could not be created.")
                                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
    }

    const bool mayCreate = mode == Mode::Create || mode == Mode::Sample;
    const auto workspace = core::Workspace::open(path, mayCreate);
    if (!workspace)
        return workspace.error();
    if (!session) {
        session = std::make_shared<WorkspaceSession>(path);
        if (mode == Mode::Create)
            session->workspaceReplaced(); // a new workspace's revisions start at 0 again
    } else {
        session->reloadSettings(); // another program may have changed them since
    }
    // The window persists snapshots for the next start (the command line's read-only commands do not). A
    // workspace made before workspace keys gets one (no new revision) so that its snapshot can be persisted;
    // a workspace that cannot be written simply has none.
    core::analytics::snapshotfile::setWritingAllowed(true);
    session->write([](QSqlDatabase &db) { return core::completeWorkspaceKey(db); }).waitForFinished();
    auto summary = readSummary(*session, control);
    if (!summary)
        return summary.error();

    if (mode == Mode::Sample && summary->isEmpty()) {
        core::Result<core::SampleStats> stats = Error();
        session->runExclusive(
            [&] { stats = core::writeSampleWorkspace(path, sampleOptions, control.loadProgress(0, 100)); });
        if (!stats)
            return stats.error();
        summary = readSummary(*session, control);
        if (!summary)
            return summary.error();
    }
    return Outcome{path, std::move(session), std::move(summary).value()};
}

void WorkspaceController::start(Mode mode, const QString &path)
{
    if (m_task->isRunning())
        Q_EMIT taskFinished(); // the running task is replaced: its outcome is never delivered

    const QString file = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
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

    // The open session serves a refresh and a reopening of the same file; a new file gets its own.
    std::shared_ptr<WorkspaceSession> session =
        mode != Mode::Create && m_session && m_session->workspacePath() == file ? m_session : nullptr;
    const core::SampleOptions options = m_sampleOptions;
    m_task->start<Outcome>(
        [mode, file, session, options](const core::TaskControl &control) {
            return runTask(mode, file, session, options, control);
        },
        [this, mode](const Outcome &outcome) { finish(mode, outcome); },
        [this](const Error &error) {
            Q_EMIT taskFinished();
            Q_EMIT failed(error);
        });
}

void WorkspaceController::finish(Mode mode, const Outcome &outcome)
{
    Q_EMIT taskFinished();
    if (mode == Mode::Refresh && outcome.path != m_path)
        return; // the workspace changed meanwhile
    const bool opened = outcome.path != m_path || mode != Mode::Refresh;
    m_path = outcome.path;
    m_session = outcome.session;
    m_summary = outcome.summary;
    if (opened) {
        m_sample = mode == Mode::Sample ||
                   m_path == QDir::cleanPath(QFileInfo(defaultSamplePath()).absoluteFilePath());
        Q_EMIT workspaceOpened(m_path);
    }
    Q_EMIT summaryReady(m_summary);
}

} // namespace storelens::ui
