#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace storelens::ui {

// The most recently opened workspaces (newest first, at most maxCount()), kept in QSettings. Files that no
// longer exist are pruned whenever the list is read.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    static int maxCount() { return 8; }

    QStringList files(); // prunes missing files from the stored list
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // The workspace open when the app last closed (empty when none or when it no longer exists).
    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);

    // Fills `menu` with one action per file (refreshed each time the menu is about to show).
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void store(const QStringList &files);
    void fillMenu(QMenu *menu);
};

} // namespace storelens::ui
