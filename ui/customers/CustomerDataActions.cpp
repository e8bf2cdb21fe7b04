#include "ui/customers/CustomerDataActions.h"

#include "core/session/CustomerPrivacy.h"
#include "core/session/WorkspaceSession.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/LatestTask.h"
#include "ui/common/ViewPrinter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

core::Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return core::Error(
            core::ErrorCode::Io,
            CustomerDataActions::tr("The customer's data could not be written: %1").arg(file.errorString()),
            path);
    }
    return {};
}

} // namespace

CustomerDataActions::CustomerDataActions(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_export(new QPushButton(tr("Export This Customer's Data…"), this))
    , m_forget(new QPushButton(tr("Forget This Customer…"), this))
    , m_note(new QLabel(this))
    , m_task(new LatestTask(this))
{
    setObjectName(QStringLiteral("customerDataActions"));
    m_export->setObjectName(QStringLiteral("exportCustomerData"));
    m_export->setToolTip(
        tr("Save everything this workspace holds on the customer (their record, order lines, "
           "figures and segments) as JSON or CSV."));
    m_forget->setObjectName(QStringLiteral("forgetCustomer"));
    m_forget->setToolTip(tr("Remove the customer's personal data for good. Their purchases stay as guest "
                            "purchases, so sales totals do not change."));
    // Buttons mean nothing on paper (trial 19b printed them on the Customers view).
    ViewPrinter::setScreenOnly(m_export);
    ViewPrinter::setScreenOnly(m_forget);
    m_note->setObjectName(QStringLiteral("customerDataNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    connect(m_export, &QPushButton::clicked, this, &CustomerDataActions::chooseExportFile);
    connect(m_forget, &QPushButton::clicked, this, &CustomerDataActions::askToForget);
    connect(this, &CustomerDataActions::exported, this, [this](const QString &path) {
        m_note->setText(tr("Saved the customer's data to %1.").arg(QDir::toNativeSeparators(path)));
        m_note->show();
    });
    connect(this, &CustomerDataActions::failed, this, [this](const QString &message) {
        m_note->setText(message);
        m_note->show();
    });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_export);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
}

void CustomerDataActions::setCustomer(const QString &customerId, const QString &displayName)
{
    if (customerId != m_customerId)
        m_note->hide();
    m_customerId = customerId;
    m_displayName = displayName;
}

void CustomerDataActions::setBusy(bool busy)
{
    m_export->setEnabled(!busy);
    m_forget->setEnabled(!busy);
}

void CustomerDataActions::chooseExportFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString safeId = m_customerId;
    safeId.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString jsonFilter = tr("JSON (*.json)");
    const QString csvFilter = tr("CSV (*.csv)");
    QString filter = jsonFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export This Customer's Data"), QDir(folder).filePath(tr("customer-%1.json").arg(safeId)),
        jsonFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    exportTo(filter == csvFilter && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                 ? path + QStringLiteral(".csv")
                 : path);
}

void CustomerDataActions::exportTo(const QString &path)
{
    const auto session = m_context->session();
    if (!session || m_customerId.isEmpty())
        return;
    setBusy(true);
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    m_task->start<QString>(
        [session, id = m_customerId, path, csv](const TaskControl &control) -> core::Result<QString> {
            const core::Result<core::session::CustomerExport> data =
                core::session::exportCustomer(*session, id, control);
            if (!data)
                return data.error();
            const core::Result<void> written =
                writeFile(path, csv ? core::session::customerExportCsv(data.value())
                                    : core::session::customerExportJson(data.value()));
            if (!written)
                return written.error();
            return path;
        },
        [this](const QString &written) {
            setBusy(false);
            Q_EMIT exported(written);
        },
        [this](const core::Error &error) {
            setBusy(false);
            Q_EMIT failed(error.message());
        });
}

QMessageBox *CustomerDataActions::confirmation()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Forget This Customer"),
                                tr("Forget %1 (ID %2)?").arg(m_displayName, m_customerId),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("forgetConfirmation"));
    box->setInformativeText(
        tr("Their name, e-mail address and every other detail of their customer record are removed from this "
           "workspace for good. Their purchases stay as guest purchases, so orders and sales do not change. "
           "Export their data first if you need it. A later orders import keeps their purchases as guest "
           "purchases; importing a customer list that still holds them brings them back."));
    box->button(QMessageBox::Yes)->setText(tr("Forget"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void CustomerDataActions::askToForget()
{
    if (m_customerId.isEmpty())
        return;
    QMessageBox *box = confirmation();
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            forget();
    });
    box->open();
}

void CustomerDataActions::forget()
{
    const auto session = m_context->session();
    if (!session || m_customerId.isEmpty())
        return;
    setBusy(true);
    const QString id = m_customerId;
    m_task->start<core::session::ForgetOutcome>(
        [session, id](const TaskControl &) { return core::session::forgetCustomer(*session, id); },
        [this, id](const core::session::ForgetOutcome &outcome) {
            setBusy(false);
            m_context->notifyDataChanged();
            Q_EMIT forgotten(id, outcome.guestLines);
        },
        [this](const core::Error &error) {
            setBusy(false);
            Q_EMIT failed(error.message());
        });
}

} // namespace storelens::ui
