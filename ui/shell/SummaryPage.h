#pragma once

#include "core/store/WorkspaceSummary.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace storelens::ui {

class WelcomePage;

// The central page for now: what the open workspace holds (name, period, counts, sales), an empty state for a
// workspace without orders, and the welcome page (WelcomePage) when no workspace is open. Value labels carry
// object names
// ("summary_<key>") so tests find them.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    enum class State { NoWorkspace, Loading, Empty, Summary };

    explicit SummaryPage(QWidget *parent = nullptr);

    State state() const { return m_state; }
    WelcomePage *welcomePage() const { return m_welcome; }
    void showNoWorkspace();
    void showLoading(const QString &name);
    void showSummary(const QString &name, const core::WorkspaceSummary &summary);

    // The keys of the value labels, in display order.
    static QStringList valueKeys();

Q_SIGNALS:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void importRequested(); // into the open, empty workspace
    void sampleRequested();

private:
    QWidget *createStartPage();
    QWidget *createEmptyPage();
    QWidget *createSummaryPage();
    QWidget *createLoadingPage();
    void setState(State state);
    void setValue(const QString &key, const QString &text);

    State m_state = State::NoWorkspace;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QHash<QString, QLabel *> m_values;
};

} // namespace storelens::ui
