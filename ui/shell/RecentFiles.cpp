#include "ui/shell/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace storelens::ui {

namespace {

const QString RecentKey = QStringLiteral("workspace/recent");
const QString LastKey = QStringLiteral("workspace/last");

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files()
{
    const QStringList stored = QSettings().value(RecentKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing.append(path);
    }
    if (existing.size() > maxCount())
        existing.resize(maxCount());
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalised(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    if (list.size() > maxCount())
        list.resize(maxCount());
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(normalised(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

QString RecentFiles::lastWorkspace() const
{
    const QString path = QSettings().value(LastKey).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void RecentFiles::setLastWorkspace(const QString &path)
{
    QSettings().setValue(LastKey, path.isEmpty() ? QString() : normalised(path));
}

void RecentFiles::attachMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
    fillMenu(menu);
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(RecentKey, files);
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        const QString name = QFileInfo(path).completeBaseName();
        // "&1 Name": the number is the keyboard accelerator.
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty()) {
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Clear Recent Workspaces")), &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace storelens::ui
