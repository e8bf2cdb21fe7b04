#include "ui/importwizard/ImportWizardQueue.h"

#include "ui/importwizard/ImportWizard.h"

#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

namespace storelens::ui {

ImportWizardQueue::ImportWizardQueue(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool ImportWizardQueue::isActive() const
{
    return !m_current.isNull();
}

ImportWizard *ImportWizardQueue::currentWizard() const
{
    return m_current.data();
}

QStringList ImportWizardQueue::importSuffixes()
{
    return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"), QStringLiteral("skv")};
}

QStringList ImportWizardQueue::importableFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QStringList suffixes = importSuffixes();
    for (const QUrl &url : mime->urls()) {
        const QFileInfo info(url.toLocalFile());
        if (url.isLocalFile() && info.isFile() && suffixes.contains(info.suffix().toLower()))
            files << info.absoluteFilePath();
    }
    return files;
}

void ImportWizardQueue::start(std::shared_ptr<core::session::WorkspaceSession> session,
                              const QStringList &files)
{
    if (session != m_session)
        clear();
    m_session = std::move(session);
    m_pending << (files.isEmpty() ? QStringList{QString()} : files);
    if (!isActive()) {
        openNext();
        return;
    }
    // Files dropped while a wizard is open wait for it: bring it to the front so the wait is seen.
    m_current->raise();
    m_current->activateWindow();
    Q_EMIT queued(m_pending.size());
}

void ImportWizardQueue::clear()
{
    m_pending.clear();
    if (m_current)
        m_current->reject();
}

void ImportWizardQueue::openNext()
{
    if (m_pending.isEmpty() || !m_session)
        return;
    auto *wizard = new ImportWizard(m_session, m_pending.takeFirst(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_current = wizard;
    connect(wizard, &ImportWizard::imported, this, &ImportWizardQueue::imported);
    connect(wizard, &QDialog::finished, this, [this] {
        // The next wizard opens once this one has gone.
        QTimer::singleShot(0, this, &ImportWizardQueue::openNext);
    });
    wizard->setWindowModality(Qt::NonModal);
    wizard->show();
    Q_EMIT wizardOpened(wizard);
}

} // namespace storelens::ui
