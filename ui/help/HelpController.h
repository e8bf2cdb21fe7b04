#pragma once

#include "ui/help/HandbookWindow.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace storelens::ui {

class DashboardPage;

// The Help menu's actions and Preferences: Help › Handbook (F1; on a view it opens that view's page),
// What's This? (Shift+F1; KPI tiles explain themselves) and Preferences… (the language). The main window
// adds the actions to its menus.
class HelpController : public QObject
{
    Q_OBJECT

public:
    HelpController(QWidget *window, DashboardPage *dashboard);

    QAction *handbookAction() const { return m_handbook; }
    QAction *whatsThisAction() const { return m_whatsThis; }
    QAction *preferencesAction() const { return m_preferences; }

    // The handbook page of what the window shows: the current view's page on the dashboard, else the
    // contents.
    QString currentPage() const;
    void showHandbook(const QString &page);
    HandbookWindow *handbookWindow() const { return m_window; } // null until first shown
    // The workspace a restart after a language change opens again (empty: none).
    void setWorkspacePath(std::function<QString()> path) { m_workspacePath = std::move(path); }

private:
    void offerRestart();

    QWidget *m_parent = nullptr;
    QPointer<DashboardPage> m_dashboard;
    QAction *m_handbook = nullptr;
    QAction *m_whatsThis = nullptr;
    QAction *m_preferences = nullptr;
    QPointer<HandbookWindow> m_window;
    std::function<QString()> m_workspacePath;
};

} // namespace storelens::ui
