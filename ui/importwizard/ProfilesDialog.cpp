#include "ui/importwizard/ProfilesDialog.h"

#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"
#include "ui/common/LatestTask.h"
#include "ui/importwizard/ExportStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace storelens::ui {

namespace {

enum Column { NameColumn, EntityColumn, ColumnsColumn, ColumnCount };

} // namespace

ProfilesDialog::ProfilesDialog(const QString &workspacePath, QWidget *parent)
    : ProfilesDialog(std::make_shared<core::session::WorkspaceSession>(workspacePath), parent)
{
}

ProfilesDialog::ProfilesDialog(std::shared_ptr<core::session::WorkspaceSession> session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_task(new LatestTask(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Import Profiles"));
    m_table->setObjectName(QStringLiteral("profilesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Holds"), tr("Columns used")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setObjectName(QStringLiteral("profilesMessage"));
    m_message->setWordWrap(true);
    m_rename->setObjectName(QStringLiteral("renameProfileButton"));
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Saved import settings are offered again when a file with the same "
                                    "columns is imported. Double-click a name to rename it."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 320);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem *item = m_table->item(m_table->currentRow(), NameColumn))
            m_table->editItem(item);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete Import Profile"),
            tr("Delete the import profile \"%1\"? Data imported with it stays in the workspace.").arg(name));
        if (answer == QMessageBox::Yes)
            deleteProfile(name);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != NameColumn)
            return;
        const QString oldName = item->data(Qt::UserRole).toString();
        if (item->text().trimmed() != oldName)
            renameProfile(oldName, item->text());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProfilesDialog::updateButtons);
    connect(m_task, &LatestTask::busyChanged, this, &ProfilesDialog::updateButtons);
    reload();
}

bool ProfilesDialog::isBusy() const
{
    return m_task->isRunning();
}

QStringList ProfilesDialog::profileNames() const
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row)
        names << m_table->item(row, NameColumn)->text();
    return names;
}

QString ProfilesDialog::selectedName() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), NameColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty() && !m_task->isRunning();
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void ProfilesDialog::reload()
{
    run({});
}

void ProfilesDialog::renameProfile(const QString &oldName, const QString &newName)
{
    run([oldName, newName](QSqlDatabase &db) { return core::ProfileStore::rename(db, oldName, newName); });
}

void ProfilesDialog::deleteProfile(const QString &name)
{
    run([name](QSqlDatabase &db) { return core::ProfileStore::remove(db, name); });
}

void ProfilesDialog::run(std::function<core::Result<void>(QSqlDatabase &)> change)
{
    // The change joins the session's write queue now, on the GUI thread, so a later reload that replaces
    // this task never drops it; the list is read once it has landed.
    std::optional<QFuture<core::Result<void>>> written;
    if (change)
        written = m_session->write(std::move(change));
    const QString workspace = m_session->workspacePath();
    m_task->start<std::vector<core::SavedProfile>>(
        [workspace, written](const TaskControl &) -> core::Result<std::vector<core::SavedProfile>> {
            if (written) {
                if (const core::Result<void> changed = written->result(); !changed)
                    return changed.error();
            }
            core::Connection connection(workspace);
            if (!connection.isOpen())
                return connection.error();
            return core::ProfileStore::list(connection.db());
        },
        [this](const std::vector<core::SavedProfile> &profiles) {
            m_message->clear();
            showProfiles(profiles);
            Q_EMIT loaded();
        },
        [this, changing = written.has_value()](const core::Error &error) {
            m_message->setText(error.message());
            Q_EMIT failed(error.message());
            // Shows the names as they are (a refused rename goes back to the old name).
            if (changing)
                QMetaObject::invokeMethod(this, &ProfilesDialog::reload, Qt::QueuedConnection);
        });
}

void ProfilesDialog::showProfiles(const std::vector<core::SavedProfile> &profiles)
{
    m_filling = true;
    m_table->setRowCount(int(profiles.size()));
    for (int row = 0; row < int(profiles.size()); ++row) {
        const core::ImportProfile &p = profiles.at(size_t(row)).profile;
        auto *name = new QTableWidgetItem(shownProfileName(p.name));
        name->setData(Qt::UserRole, p.name);
        m_table->setItem(row, NameColumn, name);
        for (const auto &[column, text] :
             {std::pair{int(EntityColumn), core::entityDisplayName(p.entity)},
              std::pair{int(ColumnsColumn),
                        tr("%1 of %2").arg(p.mappedColumnCount()).arg(p.columns.size())}}) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!profiles.empty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    if (profiles.empty())
        m_message->setText(
            tr("No import profiles yet. The import wizard offers to save one after an import."));
    m_filling = false;
    updateButtons();
}

} // namespace storelens::ui
