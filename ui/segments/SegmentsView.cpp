#include "ui/segments/SegmentsView.h"

#include "core/analytics/customers/CustomerLinks.h"
#include "core/analytics/kpi/Glossary.h"
#include "core/session/WorkspaceSession.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/ContextComputation.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/common/TableActions.h"
#include "ui/segments/LifecycleSettingsDialog.h"
#include "ui/segments/MemberListPanel.h"
#include "ui/segments/RfmGridWidget.h"
#include "ui/segments/RuleBuilderDialog.h"
#include "ui/segments/SegmentCompareWidget.h"
#include "ui/segments/SegmentSummaryModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace storelens::ui {

using core::session::SegmentKey;
using core::session::SegmentKind;
using core::session::SegmentsResultPtr;

using namespace core::analytics;

namespace {

SegmentKind kindOf(SegmentsView::Page page)
{
    switch (page) {
    case SegmentsView::LifecyclePage:
        return SegmentKind::Lifecycle;
    case SegmentsView::ValueTierPage:
        return SegmentKind::ValueTier;
    case SegmentsView::SavedPage:
        return SegmentKind::Saved;
    default:
        break;
    }
    return SegmentKind::Rfm;
}

int pageOf(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Lifecycle:
        return SegmentsView::LifecyclePage;
    case SegmentKind::ValueTier:
        return SegmentsView::ValueTierPage;
    case SegmentKind::Saved:
        return SegmentsView::SavedPage;
    default:
        break;
    }
    return SegmentsView::RfmPage;
}

} // namespace

SegmentsView::SegmentsView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new LatestTask(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_pages(new QTabWidget(this))
    , m_grid(new RfmGridWidget(this))
    , m_compare(new SegmentCompareWidget(this))
    , m_members(new MemberListPanel(context, this))
{
    setObjectName(QStringLiteral("SegmentsView"));
    m_emptyState->setObjectName(QStringLiteral("segmentsEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_headline->setObjectName(QStringLiteral("segmentsHeadline"));
    m_message->setObjectName(QStringLiteral("segmentsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_pages->setObjectName(QStringLiteral("segmentPages"));

    const int rfmTab = m_pages->addTab(createRfmPage(), tr("&RFM"));
    m_pages->setTabToolTip(rfmTab, core::analytics::glossaryLine(QStringLiteral("RFM")));
    m_pages->addTab(createSummaryPage(LifecyclePage, createThresholdToolbar()), tr("&Lifecycle"));
    m_pages->addTab(createSummaryPage(ValueTierPage, createThresholdToolbar()), tr("&Value Tiers"));
    m_pages->addTab(createSummaryPage(SavedPage, createSavedToolbar()), tr("&My Segments"));
    m_pages->addTab(m_compare, tr("Co&mpare"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("segmentsSplitter"));
    splitter->addWidget(m_pages);
    splitter->addWidget(m_members);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addWidget(m_headline);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *overlay = new BusyOverlay(this);
    overlay->track(m_task);

    connect(m_context, &AnalysisContext::changed, this, &SegmentsView::refresh);
    connect(m_context, &AnalysisContext::segmentsChanged, this, &SegmentsView::refresh);
    connect(m_grid, &RfmGridWidget::cellActivated, this, [this](int r, int fm) {
        m_userChose = true;
        selectSegment({SegmentKind::RfmCell, RfmGridWidget::index(r, fm), QString()});
    });
    connect(m_pages, &QTabWidget::currentChanged, this, &SegmentsView::pageChosen);
    refresh();
}

// A page's selected row lists its members, else its first row; a page without rows (My Segments before the
// first rule is saved) empties the member list and says why, so no other page's segment stays listed there.
void SegmentsView::pageChosen(int page)
{
    if (page < RfmPage || page > SavedPage)
        return;
    QTableView *table = m_tables[size_t(page)];
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        rowActivated(Page(page), rows.first(), false);
    } else if (m_data && table->model()->rowCount() > 0) {
        selectSegment(firstWithMembers(Page(page)));
    } else if (m_data && m_data->hasData()) {
        m_selected = SegmentKey();
        m_grid->setSelectedSegment(QString());
        // Short: the member list's title line must not widen the window.
        m_members->clear(page == SavedPage ? tr("No saved segment to list: build one with New Segment…")
                                           : tr("Pick a segment to list its customers."));
        updateButtons();
    }
}

QWidget *SegmentsView::createRfmPage()
{
    auto *page = new QWidget(this);
    auto *customers = new QToolButton(page);
    customers->setText(tr("Customers"));
    customers->setObjectName(QStringLiteral("gridByCustomers"));
    auto *netSales = new QToolButton(page);
    netSales->setText(tr("Net sales"));
    netSales->setObjectName(QStringLiteral("gridByNetSales"));
    auto *group = new QButtonGroup(page);
    for (QToolButton *b : {customers, netSales}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        group->addButton(b);
    }
    customers->setChecked(true);
    connect(customers, &QToolButton::toggled, this, [this](bool on) {
        m_grid->setMetric(on ? RfmGridWidget::Metric::Customers : RfmGridWidget::Metric::NetSales);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Colour the grid by:"), page));
    bar->addWidget(customers);
    bar->addWidget(netSales);
    bar->addStretch(1);
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_grid, 1);
    m_grid->setToolTip(QString());

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(left);
    splitter->addWidget(createSummaryPage(RfmPage, nullptr));
    // The grid keeps its natural size and the summary table takes the rest: at 1280 px every column of the
    // table, median recency included, shows without scrolling sideways (the grid had taken 55 % before).
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    return page;
}

QWidget *SegmentsView::createSummaryPage(Page page, QWidget *toolbar)
{
    auto *widget = new QWidget(this);
    auto *model = new SegmentSummaryModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *table = new QTableView(widget);
    table->setObjectName(QStringLiteral("summaryTable%1").arg(int(page)));
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // Every column as wide as its title and figures; none stretches (a stretched median recency took half
    // the table in the trial).
    table->horizontalHeader()->setStretchLastSection(false);
    // Titles on two lines: at 1280 px the shares of customers and of net sales show beside the names without
    // scrolling, in German too ("Anteil am Nettoumsatz").
    TableActions::install(table, tr("segments"))->setWrappedTitles();
    table->setToolTip(tr("Pick a segment to list its customers below; double-click to open them in the "
                         "Customers view."));
    m_tables[size_t(page)] = table;
    m_models[size_t(page)] = model;

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, page](const QModelIndex &current) {
                if (current.isValid()) {
                    m_userChose = true; // selectSegment() blocks this signal: a click or a key
                    rowActivated(page, current, false);
                }
                updateButtons();
            });
    connect(table, &QTableView::activated, this, [this, page](const QModelIndex &index) {
        m_userChose = true;
        rowActivated(page, index, true);
    });

    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    if (toolbar)
        layout->addWidget(toolbar);
    layout->addWidget(table, 1);
    if (page == SavedPage) {
        m_savedEmpty = new QLabel(tr("No saved segments yet. Build one with New Segment: for example the "
                                     "customers in one country who have not bought for 90 days."),
                                  widget);
        m_savedEmpty->setObjectName(QStringLiteral("savedEmptyState"));
        m_savedEmpty->setWordWrap(true);
        m_savedEmpty->setAlignment(Qt::AlignCenter);
        layout->addWidget(m_savedEmpty, 1);
    }
    return widget;
}

QWidget *SegmentsView::createThresholdToolbar()
{
    auto *bar = new QWidget(this);
    auto *button = new QPushButton(tr("&Thresholds…"), bar);
    button->setObjectName(QStringLiteral("thresholdsButton"));
    button->setToolTip(tr("Change the days and percentiles that decide the stages and tiers."));
    connect(button, &QPushButton::clicked, this, &SegmentsView::editThresholds);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Every customer in exactly one row, as of the as-of date."), bar));
    layout->addStretch(1);
    layout->addWidget(button);
    return bar;
}

QWidget *SegmentsView::createSavedToolbar()
{
    auto *bar = new QWidget(this);
    auto *create = new QPushButton(tr("&New Segment…"), bar);
    create->setObjectName(QStringLiteral("newSegmentButton"));
    m_editButton = new QPushButton(tr("&Edit…"), bar);
    m_editButton->setObjectName(QStringLiteral("editSegmentButton"));
    m_deleteButton = new QPushButton(tr("&Delete"), bar);
    m_deleteButton->setObjectName(QStringLiteral("deleteSegmentButton"));
    connect(create, &QPushButton::clicked, this, &SegmentsView::newSegment);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (m_selected.kind == SegmentKind::Saved)
            editSegment(m_selected.name);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &SegmentsView::confirmDelete);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(create);
    layout->addWidget(m_editButton);
    layout->addWidget(m_deleteButton);
    layout->addStretch(1);
    return bar;
}

void SegmentsView::refresh()
{
    if (!m_context->hasWorkspace()) {
        m_task->cancel();
        m_data.reset();
        showEmptyState(tr("Open a workspace to see your customer segments: import orders or open the sample "
                          "store (File menu)."));
        return;
    }
    startForContext<SegmentsResultPtr>(
        m_task, m_context,
        [](core::session::WorkspaceSession &session, const Query &query, const TaskControl &control) {
            return session.segments(query, control);
        },
        [this](const SegmentsResultPtr &data) { showData(data); }, [this] { refresh(); },
        [this](const core::Error &error) {
            m_data.reset();
            showEmptyState(tr("The segments could not be computed: %1").arg(error.message()));
            Q_EMIT resultShown();
        });
}

void SegmentsView::resetState()
{
    m_selected = SegmentKey();
    m_userChose = false;
    m_data.reset();
    showMessage(QString());
    {
        const QSignalBlocker blocker(m_pages);
        m_pages->setCurrentIndex(RfmPage);
    }
    for (QTableView *table : m_tables) {
        const QSignalBlocker blocker(table->selectionModel());
        table->sortByColumn(-1, Qt::AscendingOrder);
        table->selectionModel()->clear();
    }
    for (SegmentSummaryModel *model : m_models)
        model->setSummaries({});
    m_members->resetState();
    updateButtons();
}

void SegmentsView::showEmptyState(const QString &text)
{
    m_emptyState->setText(text);
    m_stack->setCurrentIndex(0);
    m_members->clear(tr("Pick a segment to list its customers."));
}

QString SegmentsView::emptyStateText() const
{
    return m_emptyState->text();
}

bool SegmentsView::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void SegmentsView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SegmentsView::showData(const SegmentsResultPtr &data)
{
    m_data = data;
    if (!data->hasData()) {
        showEmptyState(
            tr("No orders yet: import orders (File, Import) or open the sample store to see who your "
               "best customers are and who to win back."));
        Q_EMIT resultShown();
        return;
    }
    // No sale names a customer at all (guest sales only): every segment would be empty and its export greyed
    // whatever the filters, so the page says why once (trial 12b).
    if (data->population() == 0) {
        const QString noCustomers = core::analytics::noIdentifiedCustomersReason(*data->snapshot);
        if (!noCustomers.isEmpty()) {
            showEmptyState(noCustomers);
            Q_EMIT resultShown();
            return;
        }
    }
    m_stack->setCurrentIndex(1);
    const CustomerBase &base = *data->base;
    const core::analytics::CustomerMetrics &metrics = base.metrics;
    // The first line says the date range does not apply (issue 17): segments look at each customer's whole
    // history up to the as-of date.
    QString headline = tr("The date range does not apply here: segments use every purchase up to %1 within "
                          "the filters. %Ln customer(s) bought within the filters; their net sales %2.",
                          nullptr, int(std::min<qint64>(data->population(), INT_MAX)))
                           .arg(formatDate(QDate::fromJulianDay(metrics.asOfDay)),
                                metrics.populationMoneyUnknown()
                                    ? tr("no prices imported")
                                    : formatMoney(core::Money::fromUnits(metrics.populationNetSales)));
    // METRICS.md section 1: money of lines imported without prices is unknown, and M is not scored on it.
    if (metrics.populationWithoutPrices > 0)
        headline +=
            QLatin1Char(' ') + tr("%1 of them bought only lines imported without prices: their net "
                                  "sales say \"no prices\" (not 0) and their M score is 0 (not scored).")
                                   .arg(formatCount(metrics.populationWithoutPrices));
    m_headline->setText(headline);

    std::array<QString, 25> names;
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm)
            names[size_t(RfmGridWidget::index(r, fm))] = base.grid.name(r, fm);
    }
    m_grid->setCells(data->cellCustomers, data->cellNetSales, names);
    m_models[RfmPage]->setSummaries(data->rfm);
    m_models[LifecyclePage]->setSummaries(data->lifecycle);
    m_models[ValueTierPage]->setSummaries(data->tiers);
    m_models[SavedPage]->setSummaries(data->saved);
    m_savedEmpty->setVisible(data->savedSegments.empty());
    m_tables[SavedPage]->setVisible(!data->savedSegments.empty());
    m_compare->setData(data);

    // Keep the selection across recomputations (a saved segment by name).
    SegmentKey key = m_selected;
    if (key.kind == SegmentKind::Saved) {
        key.index = -1;
        for (size_t i = 0; i < data->savedSegments.size(); ++i) {
            if (data->savedSegments[i].name == key.name)
                key.index = int(i);
        }
    }
    // Nothing chosen yet (or the chosen saved segment is gone): the page shown decides, opening on its first
    // segment with members (the trial opened on an empty "Recent customers"). The user's own choice stays,
    // empty or not; the view's own choice stays while it has members.
    if (key.isValid() && (m_userChose || hasMembers(key)))
        selectSegment(key);
    else if (m_pages->currentIndex() > RfmPage && m_pages->currentIndex() <= SavedPage)
        pageChosen(m_pages->currentIndex());
    else
        selectSegment(firstWithMembers(RfmPage));
    updateButtons();
    Q_EMIT resultShown();
}

SegmentKey SegmentsView::keyForRow(Page page, int sourceRow) const
{
    SegmentKey key{kindOf(page), sourceRow, QString()};
    if (page == SavedPage && m_data && size_t(sourceRow) < m_data->savedSegments.size())
        key.name = m_data->savedSegments[size_t(sourceRow)].name;
    return key;
}

SegmentKey SegmentsView::firstWithMembers(Page page) const
{
    const auto *shown = static_cast<const QSortFilterProxyModel *>(m_tables[size_t(page)]->model());
    return keyForRow(page, std::max(0, SegmentSummaryModel::firstRowWithMembers(shown)));
}

bool SegmentsView::hasMembers(const SegmentKey &key) const
{
    if (!m_data || !key.isValid())
        return false;
    if (key.kind == SegmentKind::RfmCell)
        return m_data->cellCustomers[size_t(key.index)] > 0;
    const SegmentSummaryModel *model = m_models[size_t(pageOf(key.kind))];
    return key.index < model->rowCount() && model->summary(key.index).size > 0;
}

void SegmentsView::selectSegment(const SegmentKey &key)
{
    if (!m_data || !m_data->hasData() || !key.isValid())
        return;
    m_selected = key;
    m_grid->setSelectedSegment(key.kind == SegmentKind::Rfm ? m_data->title(key) : QString());
    if (key.kind != SegmentKind::RfmCell) {
        QTableView *table = m_tables[size_t(pageOf(key.kind))];
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(table->model());
        const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(key.index, 0));
        const QSignalBlocker blocker(table->selectionModel());
        table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    }
    m_members->showSegment(m_data, key);
    updateButtons();
}

void SegmentsView::rowActivated(Page page, const QModelIndex &index, bool showCustomers)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(index.model());
    const SegmentKey key = keyForRow(page, proxy->mapToSource(index).row());
    if (key != m_selected || m_members->segment() != key)
        selectSegment(key);
    if (showCustomers && m_data)
        m_context->showCustomers(m_data->title(key), m_data->customerIds(key));
}

void SegmentsView::updateButtons()
{
    const bool saved = m_selected.kind == SegmentKind::Saved && m_selected.isValid();
    m_editButton->setEnabled(saved);
    m_deleteButton->setEnabled(saved);
}

RuleBuilderDialog *SegmentsView::newSegment()
{
    if (!m_data || !m_data->hasData())
        return nullptr;
    QStringList names;
    for (const SavedSegment &s : m_data->savedSegments)
        names.append(s.name);
    auto *dialog = new RuleBuilderDialog(m_data, m_context->session(), names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveSegment(dialog->originalName(), dialog->segmentName(), dialog->rule()); });
    dialog->open();
    return dialog;
}

RuleBuilderDialog *SegmentsView::editSegment(const QString &name)
{
    if (!m_data)
        return nullptr;
    const auto it = std::find_if(m_data->savedSegments.begin(), m_data->savedSegments.end(),
                                 [&name](const SavedSegment &s) { return s.name == name; });
    if (it == m_data->savedSegments.end())
        return nullptr;
    RuleBuilderDialog *dialog = newSegment();
    dialog->setSegment(it->name, it->rule);
    return dialog;
}

void SegmentsView::store(QFuture<core::Result<void>> write, const QString &failure, bool dataChanged)
{
    write.then(this, [this, failure, dataChanged](const core::Result<void> &written) {
        if (!written) {
            const QString message = failure.arg(written.error().message());
            showMessage(message);
            Q_EMIT storeFailed(message);
            return;
        }
        showMessage(QString());
        if (dataChanged)
            m_context->notifyDataChanged();
        else
            m_context->notifySegmentsChanged();
        Q_EMIT segmentsStored();
    });
}

void SegmentsView::saveSegment(const QString &originalName, const QString &name, const SegmentRule &rule)
{
    const auto &session = m_context->session();
    if (!session)
        return;
    m_selected = SegmentKey{SegmentKind::Saved, 0, name.trimmed()};
    // A rename and the new rule land together in one transaction of the session's write queue.
    store(session->saveSegment(originalName, name, rule), tr("The segment could not be saved: %1"), false);
}

void SegmentsView::deleteSegment(const QString &name)
{
    const auto &session = m_context->session();
    if (!session)
        return;
    if (m_selected.kind == SegmentKind::Saved && m_selected.name == name)
        m_selected = SegmentKey();
    store(session->deleteSegment(name), tr("The segment could not be deleted: %1"), false);
}

void SegmentsView::confirmDelete()
{
    if (m_selected.kind != SegmentKind::Saved || !m_selected.isValid())
        return;
    const QString name = m_selected.name;
    const auto answer = QMessageBox::question(
        this, tr("Delete Segment"),
        tr("Delete the segment \"%1\"? Its customers stay; only the rule is removed.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteSegment(name);
}

void SegmentsView::editThresholds()
{
    if (!m_data || !m_data->base)
        return;
    auto *dialog = new LifecycleSettingsDialog(m_data->base->settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto &session = m_context->session())
            store(session->saveLifecycleSettings(dialog->settings()),
                  tr("The thresholds could not be saved: %1"), true);
    });
    dialog->open();
}

} // namespace storelens::ui
