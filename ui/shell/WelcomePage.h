#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace storelens::ui {

// What the window shows whenever no workspace is open: New, Open, Import and the sample store, the recent
// workspaces (or why there are none), and a place to drop CSV files (the window takes the drop: it imports
// them into a new workspace).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The recent workspaces, newest first; an empty list shows why it is empty and what to do.
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }
    QLabel *recentEmptyLabel() const { return m_recentEmpty; }
    // Highlights the drop zone while CSV files are dragged over the window.
    void setDropActive(bool active);

Q_SIGNALS:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void importRequested();
    void sampleRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QLabel *m_dropZone = nullptr;
};

} // namespace storelens::ui
