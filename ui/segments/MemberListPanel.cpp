#include "ui/segments/MemberListPanel.h"

#include "ui/common/AnalysisContext.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/FileActions.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/common/TableActions.h"
#include "ui/segments/MemberExportDialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace storelens::ui {

using core::session::SegmentKey;
using core::session::SegmentsResultPtr;

using namespace core::analytics;

MemberListPanel::MemberListPanel(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new LatestTask(this))
    , m_exportTask(new LatestTask(this))
    , m_model(new MemberTableModel(this))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_showButton(new QPushButton(tr("Show in C&ustomers"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
{
    setObjectName(QStringLiteral("memberListPanel"));
    m_title->setObjectName(QStringLiteral("memberTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Search by id, name, email or country"));
    m_search->setClearButtonEnabled(true);
    // Room for the whole hint in every language, the clear button included.
    const int hintWidth = m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40;
    m_search->setMinimumWidth(std::min(hintWidth, 420));
    m_search->setMaximumWidth(std::max(hintWidth, 320));
    m_table->setObjectName(QStringLiteral("memberTable"));
    TableActions::install(m_table, tr("segment members"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MemberTableModel::NetSales, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Each column as wide as its values and its title, the title on two lines where it is longer (trial 15:
    // at 1280 px the German "Tage seit letztem Kauf" over a column of small numbers ran off the table's
    // edge); a name or address longer than 18 "M" elides (the trial's members were cramped beside two empty
    // columns, issue 18).
    TableActions::of(m_table)->setWrappedTitles(
        std::max(m_table->horizontalHeader()->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18, 160));
    m_table->setToolTip(tr("Double-click a customer to open it in the Customers view."));
    m_showButton->setObjectName(QStringLiteral("showInCustomersButton"));
    m_showButton->setToolTip(tr("Open the listed customers in the Customers view."));
    m_exportButton->setObjectName(QStringLiteral("exportMembersButton"));
    m_exportButton->setToolTip(tr("Write the segment's customers to a CSV file."));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(m_search);
    header->addWidget(m_showButton);
    header->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    m_status->hide();

    auto *overlay = new BusyOverlay(m_table);
    overlay->track(m_task);
    auto *exportOverlay = new BusyOverlay(this);
    exportOverlay->setText(tr("Writing the CSV file…"));
    exportOverlay->track(m_exportTask);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        updateCount();
    });
    connect(m_showButton, &QPushButton::clicked, this, &MemberListPanel::showInCustomers);
    connect(m_exportButton, &QPushButton::clicked, this, &MemberListPanel::openExportDialog);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const MemberRow &member = m_model->member(index.row());
        m_context->showCustomers(member.name.isEmpty() ? member.customerId : member.name,
                                 {member.customerId});
    });
    clear(tr("Pick a segment to list its customers."));
}

void MemberListPanel::showSegment(SegmentsResultPtr data, const SegmentKey &key)
{
    m_key = key;
    m_titleText = data->title(key);
    m_title->setText(tr("Customers in %1").arg(m_titleText));
    m_task->start<MemberRowsPtr>(
        [data, key](const TaskControl &control) -> core::Result<MemberRowsPtr> {
            const std::vector<uint8_t> flags = data->members(key);
            if (control.cancelled())
                return core::Error(core::ErrorCode::Cancelled, QString());
            control.progress(50);
            return MemberRowsPtr(std::make_shared<const std::vector<MemberRow>>(
                segmentMembers(*data->base, *data->snapshot, flags)));
        },
        [this](const MemberRowsPtr &rows) { setRows(rows); },
        [this](const core::Error &error) {
            setRows({});
            m_count->setText(error.message());
        });
}

void MemberListPanel::clear(const QString &message)
{
    m_task->cancel();
    m_key = SegmentKey();
    m_titleText.clear();
    m_title->setText(message);
    setRows({});
}

void MemberListPanel::resetState()
{
    m_search->clear();
    m_table->sortByColumn(MemberTableModel::NetSales, Qt::DescendingOrder);
    m_exportMessage.clear();
    m_status->clear();
    m_status->hide();
    clear(tr("Pick a segment to list its customers."));
}

void MemberListPanel::setRows(MemberRowsPtr rows)
{
    m_model->setRows(std::move(rows));
    updateCount();
    const bool any = m_model->rows() && !m_model->rows()->empty();
    m_showButton->setEnabled(any);
    m_exportButton->setEnabled(any);
    if (m_model->rows())
        Q_EMIT membersShown(int(m_model->rows()->size()));
}

void MemberListPanel::updateCount()
{
    const qint64 total = m_model->rows() ? qint64(m_model->rows()->size()) : 0;
    // An empty list says why and what to do.
    if (!m_model->rows())
        m_count->clear();
    else if (total == 0)
        m_count->setText(
            tr("No customer is in this segment within the filters. Pick another segment or clear "
               "a filter."));
    else if (m_model->searchText().trimmed().isEmpty())
        m_count->setText(tr("%Ln customer(s)", nullptr, int(total)));
    else if (m_model->rowCount() == 0)
        m_count->setText(tr("No customer matches \"%1\". Clear the search to see all %2.")
                             .arg(m_model->searchText().trimmed(), formatCount(total)));
    else
        m_count->setText(
            tr("%1 of %2 customers match").arg(formatCount(m_model->rowCount()), formatCount(total)));
}

void MemberListPanel::showInCustomers()
{
    const QStringList ids = m_model->visibleCustomerIds();
    if (ids.isEmpty())
        return;
    m_context->showCustomers(m_titleText, ids);
}

MemberExportDialog *MemberListPanel::openExportDialog()
{
    const MemberRowsPtr rows = m_model->rows();
    if (!rows || rows->empty())
        return nullptr;
    const qint64 withoutConsent = std::count_if(
        rows->begin(), rows->end(), [](const MemberRow &r) { return !r.consentEmail.value_or(false); });
    auto *dialog = new MemberExportDialog(m_titleText, qint64(rows->size()), withoutConsent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFilePath(defaultSavePath(fileStemFor(m_titleText) + QStringLiteral(".csv")));
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { exportTo(dialog->filePath(), dialog->options()); });
    dialog->open();
    return dialog;
}

void MemberListPanel::exportTo(const QString &path, const MemberExportOptions &options)
{
    const MemberRowsPtr rows = m_model->rows();
    if (!rows)
        return;
    // In the order the table shows, so the file reads like the screen (trial 9).
    m_exportTask->start<MemberExportResult>(
        [rows, order = m_model->sortOrder(), path, options](const TaskControl &) {
            return exportMembers(path, MemberTableModel::inOrder(*rows, order), options);
        },
        [this, path](const MemberExportResult &result) {
            // "0 customers without consent were left out" only confuses when they were included.
            const bool leftOut = result.leftOutWithoutConsent > 0;
            m_exportMessage =
                leftOut ? tr("Wrote %Ln customer(s) to %1; %2 customers without marketing consent were left "
                             "out.",
                             nullptr, int(result.written))
                              .arg(QDir::toNativeSeparators(path), formatCount(result.leftOutWithoutConsent))
                        : tr("Wrote %Ln customer(s) to %1.", nullptr, int(result.written))
                              .arg(QDir::toNativeSeparators(path));
            m_status->setText(m_exportMessage);
            m_status->show();
            showFileWritten(this, tr("Export Members"),
                            leftOut ? tr("Wrote %Ln customer(s); %1 customers without marketing consent were "
                                         "left out.",
                                         nullptr, int(result.written))
                                          .arg(formatCount(result.leftOutWithoutConsent))
                                    : tr("Wrote %Ln customer(s).", nullptr, int(result.written)),
                            path);
            Q_EMIT exportFinished(true, m_exportMessage);
        },
        [this](const core::Error &error) {
            m_exportMessage = tr("The members could not be exported: %1").arg(error.toString());
            m_status->setText(m_exportMessage);
            m_status->show();
            Q_EMIT exportFinished(false, m_exportMessage);
        });
}

} // namespace storelens::ui
