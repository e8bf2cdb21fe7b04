#pragma once

#include "core/model/Result.h"
#include "core/sample/SampleStore.h"
#include "core/session/TaskControl.h"
#include "core/store/WorkspaceSummary.h"

#include <QObject>
#include <QString>

#include <memory>

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

class LatestTask;

// Owns "the open workspace" and its WorkspaceSession: opening, creating, filling with the sample store and
// reading its summary (from the session). The work runs on a LatestTask; the outcome arrives as signals, so
// nothing here shows a dialog (the window does) and tests drive it directly. One task at a time: a new
// request cancels the one still running.
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceController(QObject *parent = nullptr);
    ~WorkspaceController() override; // cancels and waits for a running task (LatestTask)

    // Where the sample store lives: <AppDataLocation>/sample.storelens.
    static QString defaultSamplePath();

    bool hasWorkspace() const { return !m_path.isEmpty(); }
    // The open workspace is the sample store (opened with openSample(), or the file at defaultSamplePath()).
    bool isSample() const { return m_sample; }
    const QString &workspacePath() const { return m_path; }
    QString displayName() const;
    // The summary read last for the open workspace (valid after summaryReady()).
    const core::WorkspaceSummary &summary() const { return m_summary; }
    // The open workspace's session (null when none is open); the views ask it for their figures.
    const std::shared_ptr<core::session::WorkspaceSession> &session() const { return m_session; }
    bool isBusy() const;

    // Options of the sample store created by openSample() (tests use a small one).
    void setSampleOptions(const core::SampleOptions &options) { m_sampleOptions = options; }
    const core::SampleOptions &sampleOptions() const { return m_sampleOptions; }

public Q_SLOTS:
    void openWorkspace(const QString &path);   // an existing .storelens file
    void createWorkspace(const QString &path); // a new, empty workspace (replaces a file at that path)
    void openSample(const QString &path = defaultSamplePath()); // creates the sample store there when needed
    void refresh();                                             // re-reads the summary of the open workspace
    void closeWorkspace();
    void cancel();

Q_SIGNALS:
    void taskStarted(const QString &text, bool cancellable);
    void taskProgress(int value, int maximum);
    void taskFinished();

    void workspaceOpened(const QString &path);
    void workspaceClosed();
    void summaryReady(const storelens::core::WorkspaceSummary &summary);
    void failed(const storelens::core::Error &error);
    void cancelled();

private:
    enum class Mode { Open, Create, Sample, Refresh };
    struct Outcome;
    static core::Result<Outcome> runTask(Mode mode, const QString &path,
                                         std::shared_ptr<core::session::WorkspaceSession> session,
                                         const core::SampleOptions &sampleOptions,
                                         const core::TaskControl &control);
    void start(Mode mode, const QString &path);
    void finish(Mode mode, const Outcome &outcome);

    QString m_path;
    std::shared_ptr<core::session::WorkspaceSession> m_session;
    core::WorkspaceSummary m_summary;
    core::SampleOptions m_sampleOptions;
    bool m_sample = false;
    LatestTask *m_task = nullptr;
};

} // namespace storelens::ui
