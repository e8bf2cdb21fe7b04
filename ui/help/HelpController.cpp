#include "ui/help/HelpController.h"

#include "ui/common/PreferencesDialog.h"
#include "ui/help/HandbookWindow.h"
#include "ui/shell/DashboardPage.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QWhatsThis>
#include <QWidget>

namespace storelens::ui {

HelpController::HelpController(QWidget *window, DashboardPage *dashboard)
    : QObject(window)
    , m_parent(window)
    , m_dashboard(dashboard)
{
    m_handbook = new QAction(tr("&Handbook"), this);
    m_handbook->setObjectName(QStringLiteral("handbookAction"));
    m_handbook->setShortcut(QKeySequence::HelpContents);
    m_handbook->setShortcutContext(Qt::WindowShortcut);
    m_handbook->setStatusTip(tr("Open the handbook at the page of the view shown."));
    connect(m_handbook, &QAction::triggered, this, [this] { showHandbook(currentPage()); });

    m_whatsThis = QWhatsThis::createAction(this);
    m_whatsThis->setObjectName(QStringLiteral("whatsThisAction"));

    m_preferences = new QAction(tr("&Preferences…"), this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setStatusTip(tr("Choose the language of StoreLens and of its reports."));
    connect(m_preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(m_parent);
        if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
            offerRestart();
    });
}

// A new language applies at the next start: say so, and offer to start again now with the same workspace
// (the main window closes first, so nothing of it is lost).
void HelpController::offerRestart()
{
    QMessageBox box(QMessageBox::Information, tr("Language changed"),
                    tr("StoreLens shows the new language after it starts again."), QMessageBox::NoButton,
                    m_parent);
    box.setObjectName(QStringLiteral("restartOffer"));
    QPushButton *now = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != now)
        return;
    // Read before the window closes: closing may delete it, and this controller with it.
    const QString workspace = m_workspacePath ? m_workspacePath() : QString();
    if (!m_parent->close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            workspace.isEmpty() ? QStringList() : QStringList{workspace});
    QCoreApplication::quit();
}

QString HelpController::currentPage() const
{
    if (!m_dashboard || !m_dashboard->isVisible())
        return QStringLiteral("index");
    switch (m_dashboard->currentView()) {
    case DashboardPage::Overview:
        return QStringLiteral("overview");
    case DashboardPage::Cohorts:
        return QStringLiteral("cohorts");
    case DashboardPage::Segments:
        return QStringLiteral("segments");
    case DashboardPage::Customers:
        return QStringLiteral("customers");
    case DashboardPage::Predictions:
        return QStringLiteral("predictions");
    }
    return QStringLiteral("index");
}

void HelpController::showHandbook(const QString &page)
{
    if (!m_window)
        m_window = new HandbookWindow(m_parent, m_parent);
    m_window->showPage(page);
    // Minimised, show() alone left it out of sight: F1 seemed to do nothing (trial 23us).
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace storelens::ui
