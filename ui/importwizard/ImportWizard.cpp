#include "ui/importwizard/ImportWizard.h"

#include "core/import/ProfileStore.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Currency.h"
#include "ui/common/Formatting.h"
#include "ui/importwizard/CheckPage.h"
#include "ui/importwizard/ColumnsPage.h"
#include "ui/importwizard/ExportStyle.h"
#include "ui/importwizard/FilePage.h"
#include "ui/importwizard/FormatPage.h"
#include "ui/importwizard/HastyClickGuard.h"
#include "ui/importwizard/ImportPage.h"
#include "ui/importwizard/StepIndicator.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QScreen>

namespace storelens::ui {

ImportWizard::ImportWizard(const QString &workspacePath, const QString &csvPath, QWidget *parent)
    : ImportWizard(std::make_shared<core::session::WorkspaceSession>(workspacePath), csvPath, parent)
{
}

ImportWizard::ImportWizard(std::shared_ptr<core::session::WorkspaceSession> session, const QString &csvPath,
                           QWidget *parent)
    : QWizard(parent)
    , m_session(std::move(session))
    , m_importPage(new ImportPage(this))
    , m_steps(new StepIndicator({tr("File"), tr("Format"), tr("Columns"), tr("Check"), tr("Import")}, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new FilePage(this, csvPath));
    setPage(FormatPageId, new FormatPage(this));
    setPage(ColumnsPageId, new ColumnsPage(this));
    setPage(CheckPageId, new CheckPage(this));
    setPage(ImportPageId, m_importPage);
    setStartId(FilePageId);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, m_steps, &StepIndicator::setCurrentStep);
    auto *hasty = new HastyClickGuard(button(QWizard::CommitButton));
    connect(this, &QWizard::currentIdChanged, hasty, [hasty](int id) {
        if (id == CheckPageId)
            hasty->arm();
    });
    // Room for the step indicator beside the columns table and for the Columns page's option rows in German,
    // French and Spanish, so the wizard keeps one width and its buttons stay put (trial 24c).
    resize(1180, 660);
    // Never larger than the screen: a page that would need more scrolls its tables instead.
    if (const QScreen *shown = screen()) {
        setMaximumSize(shown->availableGeometry().size());
        resize(size().boundedTo(maximumSize()));
    }
}

ImportWizard::~ImportWizard() = default;

const QString &ImportWizard::workspacePath() const
{
    return m_session->workspacePath();
}

QString ImportWizard::csvPath() const
{
    return field(QStringLiteral("file")).toString().trimmed();
}

QString ImportWizard::moneyCurrency() const
{
    if (m_session) {
        if (const auto settings = m_session->settings(); settings && !settings.value()->currency.isEmpty())
            return settings.value()->currency;
    }
    if (!m_currency.isEmpty() || m_profile.entity != core::Entity::Orders)
        return m_currency;
    // As core::Importer guesses it at the first import of order lines.
    if (m_guessedFor != csvPath()) {
        m_guessedFor = csvPath();
        m_guessedCurrency = core::guessFileCurrency(m_guessedFor);
        if (m_guessedCurrency.isEmpty())
            m_guessedCurrency = core::localeCurrency();
    }
    return m_guessedCurrency;
}

QString ImportWizard::money(core::Money value) const
{
    return formatMoneyWithCurrency(value, moneyCurrency());
}

void ImportWizard::notifyImported(const core::ImportReport &report)
{
    m_imported = true;
    m_profile = core::withFoundFormats(m_profile, report); // what "Save these settings" keeps
    if (m_currency.isEmpty() || !m_session) {
        Q_EMIT imported(report);
        return;
    }
    // The views refresh on imported(): the chosen currency is stored first, so they show it.
    m_session->saveCurrency(m_currency).then(this, [this, report](const core::Result<void> &) {
        Q_EMIT imported(report);
    });
}

void ImportWizard::accept()
{
    const QString name = field(QStringLiteral("profileName")).toString().trimmed();
    if (!m_imported || !field(QStringLiteral("saveProfile")).toBool() || name.isEmpty()) {
        QWizard::accept();
        return;
    }
    core::ImportProfile profile = m_profile;
    profile.name = storedProfileName(name, m_preview.header, m_profile.entity);
    const QStringList header = m_preview.header;
    button(QWizard::FinishButton)->setEnabled(false);
    // Through the session's write queue, like every other write of the workspace's settings.
    m_session
        ->write([profile, header](QSqlDatabase &db) -> core::Result<void> {
            const core::Result<qint64> saved = core::ProfileStore::save(db, profile, header);
            if (!saved)
                return saved.error();
            return {};
        })
        .then(this, [this, name](const core::Result<void> &saved) {
            if (!saved) {
                button(QWizard::FinishButton)->setEnabled(true);
                m_importPage->showSaveError(saved.error().message());
                return;
            }
            Q_EMIT profileSaved(name);
            QWizard::accept();
        });
}

// Escape past the first step asks first (trial 12: Escape pressed to close a list closed the wizard and lost
// every column choice). The Cancel button and the window's close still leave at once: they are meant.
void ImportWizard::keyPressEvent(QKeyEvent *event)
{
    if (!event->matches(QKeySequence::Cancel) || currentId() == FilePageId || m_imported) {
        QWizard::keyPressEvent(event);
        return;
    }
    event->accept();
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Leave the import?"),
                                tr("Close the import wizard? The choices made so far are lost and nothing is "
                                   "imported."),
                                QMessageBox::Yes | QMessageBox::No, this);
    ask->setObjectName(QStringLiteral("leaveImportQuestion"));
    ask->setDefaultButton(QMessageBox::No);
    ask->button(QMessageBox::Yes)->setText(tr("Leave"));
    ask->button(QMessageBox::No)->setText(tr("Stay"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask](QAbstractButton *clicked) {
        if (ask->standardButton(clicked) == QMessageBox::Yes)
            reject();
    });
    ask->open();
}

void ImportWizard::reject()
{
    if (currentId() == ImportPageId && m_importPage->isImporting()) {
        m_importPage->cancelImport();
        return;
    }
    if (auto *check = qobject_cast<CheckPage *>(page(CheckPageId)))
        check->stopCheck();
    QWizard::reject();
}

} // namespace storelens::ui
