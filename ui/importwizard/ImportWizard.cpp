#include "ui/importwizard/ImportWizard.h"

#include "core/import/ProfileStore.h"
#include "core/store/Workspace.h"
#include "ui/common/LatestTask.h"
#include "ui/importwizard/CheckPage.h"
#include "ui/importwizard/ColumnsPage.h"
#include "ui/importwizard/FilePage.h"
#include "ui/importwizard/FormatPage.h"
#include "ui/importwizard/ImportPage.h"
#include "ui/importwizard/StepIndicator.h"

#include <QAbstractButton>
#include <QFileInfo>

namespace storelens::ui {

ImportWizard::ImportWizard(const QString &workspacePath, const QString &csvPath, QWidget *parent)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
    , m_importPage(new ImportPage(this))
    , m_steps(new StepIndicator({tr("File"), tr("Format"), tr("Columns"), tr("Check"), tr("Import")}, this))
    , m_saveTask(new LatestTask(this))
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
    resize(1080, 660); // room for the step indicator beside the columns table
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::csvPath() const
{
    return field(QStringLiteral("file")).toString().trimmed();
}

void ImportWizard::notifyImported(const core::ImportReport &report)
{
    m_imported = true;
    Q_EMIT imported(report);
}

void ImportWizard::accept()
{
    const QString name = field(QStringLiteral("profileName")).toString().trimmed();
    if (!m_imported || !field(QStringLiteral("saveProfile")).toBool() || name.isEmpty()) {
        QWizard::accept();
        return;
    }
    core::ImportProfile profile = m_profile;
    profile.name = name;
    const QString workspace = m_workspacePath;
    const QStringList header = m_preview.header;
    button(QWizard::FinishButton)->setEnabled(false);
    m_saveTask->start<qint64>(
        [workspace, profile, header](const TaskControl &) -> core::Result<qint64> {
            core::Connection connection(workspace);
            if (!connection.isOpen())
                return connection.error();
            return core::ProfileStore::save(connection.db(), profile, header);
        },
        [this, name](const qint64 &) {
            Q_EMIT profileSaved(name);
            QWizard::accept();
        },
        [this](const core::Error &error) {
            button(QWizard::FinishButton)->setEnabled(true);
            m_importPage->showSaveError(error.message());
        });
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
