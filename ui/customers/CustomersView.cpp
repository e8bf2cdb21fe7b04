#include "ui/customers/CustomersView.h"

#include "core/analytics/customers/CustomerLinks.h"
#include "core/analytics/segments/Lifecycle.h"
#include "core/analytics/segments/SegmentGrid.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/ContextComputation.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/common/StagedUpdate.h"
#include "ui/common/TableActions.h"
#include "ui/common/VisibleRefresh.h"
#include "ui/customers/CustomerFilterProxy.h"
#include "ui/customers/CustomerListModel.h"
#include "ui/customers/CustomerProfilePane.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace storelens::ui {

using core::session::CustomersResultPtr;

using namespace core::analytics;

CustomersView::CustomersView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new LatestTask(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_drillBar(new QWidget(this))
    , m_drillLabel(new QLabel(m_drillBar))
    , m_showAll(new QPushButton(tr("Show &all"), m_drillBar))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(m_stack))
    , m_list(new QTableView(this))
    , m_model(new CustomerListModel(this))
    , m_proxy(new CustomerFilterProxy(this))
    , m_staged(new StagedUpdate(this))
    , m_profile(new CustomerProfilePane(context, this))
    , m_searchDelay(new QTimer(this))
    , m_refresh(new VisibleRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("CustomersView"));
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search by ID, name, email, country or segment"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);
    m_count->setObjectName(QStringLiteral("customerCount"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);

    m_drillBar->setObjectName(QStringLiteral("drillBar"));
    m_drillBar->setAutoFillBackground(true);
    m_drillBar->setBackgroundRole(QPalette::AlternateBase);
    m_drillLabel->setObjectName(QStringLiteral("drillLabel"));
    m_drillLabel->setWordWrap(true);
    m_showAll->setObjectName(QStringLiteral("showAll"));
    auto *drillLayout = new QHBoxLayout(m_drillBar);
    drillLayout->setContentsMargins(8, 4, 8, 4);
    drillLayout->addWidget(m_drillLabel, 1);
    drillLayout->addWidget(m_showAll);
    m_drillBar->hide();

    m_proxy->setListModel(m_model);
    m_list->setObjectName(QStringLiteral("customerList"));
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(CustomerListModel::NetSales, Qt::DescendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    TableActions::install(m_list, tr("customers"));
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Customers"));
    // Wide enough for the header and typical content, measured in the list's font.
    const QFontMetrics fm = m_list->fontMetrics();
    // The segment and lifecycle columns fit their longest name in the window's language (trial 21de: the
    // German "Potenzielle Stammkunden" read "Potenzielle Stam…" and "Lebenszyklus" "Le…").
    const auto widest = [&fm](const QStringList &names) {
        QString out;
        for (const QString &name : names) {
            if (fm.horizontalAdvance(name) > fm.horizontalAdvance(out))
                out = name;
        }
        return out;
    };
    QStringList stages;
    for (int s = 0; s < core::analytics::kLifecycleStageCount; ++s)
        stages << core::analytics::lifecycleDisplayName(core::analytics::LifecycleStage(s));
    const QString samples[] = {QStringLiteral("C000000"),
                               QStringLiteral("Mohammed Wright"),
                               QStringLiteral("United Kingdom"),
                               formatDate(QDate(2026, 12, 30)),
                               formatDate(QDate(2026, 12, 30)),
                               QStringLiteral("888"),
                               QStringLiteral("88,888.88"),
                               widest(core::analytics::SegmentGrid::defaultGrid().segmentNames()),
                               widest(stages)};
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c) {
        const QString header = m_model->headerData(c, Qt::Horizontal).toString();
        m_list->setColumnWidth(
            c, std::max(fm.horizontalAdvance(header) + 28, fm.horizontalAdvance(samples[c]) + 16));
    }
    // At 1280 px the list shares the width with the profile: net sales and orders come right after the name,
    // and the country and first purchase (also in the profile) wait in the header's context menu.
    QHeaderView *columns = m_list->horizontalHeader();
    columns->moveSection(columns->visualIndex(CustomerListModel::NetSales), CustomerListModel::Name + 1);
    columns->moveSection(columns->visualIndex(CustomerListModel::Orders), CustomerListModel::Name + 2);
    TableActions::of(m_list)->setOptionalColumns(
        {CustomerListModel::Country, CustomerListModel::FirstPurchase});

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(QStringLiteral("customerSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_profile);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({620, 380}); // scaled to the real width when laid out

    m_emptyState->setObjectName(QStringLiteral("customerEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_drillBar);
    layout->addWidget(m_stack, 1);

    (new BusyOverlay(m_stack))->track(m_task);
    showEmptyState(
        tr("Open a workspace to see its customers: import orders or open the sample store from the "
           "File menu."));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text());
        updateCount();
        followFilter();
    });
    connect(m_showAll, &QPushButton::clicked, this, &CustomersView::showAll);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersView::onCurrentChanged);
    connect(m_context, &AnalysisContext::changed, m_refresh, &VisibleRefresh::invalidate);
    connect(m_context, &AnalysisContext::customersRequested, this, &CustomersView::showCustomers);
}

void CustomersView::refresh()
{
    if (!m_refresh->begin())
        return;
    if (!m_context->hasWorkspace()) {
        m_task->cancel();
        m_model->setResult(nullptr);
        m_profile->clear();
        showEmptyState(
            tr("Open a workspace to see its customers: import orders or open the sample store from "
               "the File menu."));
        Q_EMIT resultShown();
        return;
    }
    // The list is sorted on the worker by the column the user sorts by now (the model re-sorts if it
    // changes).
    const int column = m_model->sortColumn();
    const Qt::SortOrder order = m_model->sortOrder();
    startForContext<CustomersListing>(
        m_task, m_context,
        [column, order](core::session::WorkspaceSession &session, const core::analytics::Query &query,
                        const TaskControl &control) {
            return computeCustomersListing(session, query, column, order, control);
        },
        [this](const CustomersListing &listing) { showResult(listing); }, [this] { m_refresh->invalidate(); },
        [this](const core::Error &error) {
            m_model->setResult(nullptr);
            m_profile->clear();
            showEmptyState(tr("The customers could not be listed: %1").arg(error.message()));
            Q_EMIT resultShown();
        });
}

void CustomersView::showEmptyState(const QString &text)
{
    m_staged->cancel();
    m_emptyState->setText(text);
    m_stack->setCurrentWidget(m_emptyState);
    m_count->clear();
}

// Why the list is empty: no orders, no sale that names a customer at all (guest sales only, trial 12b: the
// customers of a customers file then match no order), or the filters.
QString CustomersView::emptyText(const core::session::CustomersResult &data) const
{
    if (!data.hasData())
        return tr("No orders yet: import orders (File, Import) or open the sample store to see customers.");
    const QString noCustomers = core::analytics::noIdentifiedCustomersReason(*data.snapshot);
    return !noCustomers.isEmpty()
               ? noCustomers
               : tr("No customer has a purchase with these filters. Clear a filter to see more.");
}

void CustomersView::showResult(const CustomersListing &listing)
{
    // The customer to select again: the current one, or the one a selection still pending was to restore.
    if (!m_staged->isRunning()) {
        const QModelIndex current = m_list->currentIndex();
        m_reselectId =
            current.isValid() ? m_model->member(m_proxy->mapToSource(current).row())->customerId : QString();
    }
    const CustomersResultPtr data = listing.data;
    m_staged->cancel();
    m_model->setListing(listing);
    if (!data->hasData() || data->rows.empty()) {
        m_profile->clear();
        showEmptyState(emptyText(*data));
        Q_EMIT resultShown();
        return;
    }
    m_stack->setCurrentIndex(1);
    applyDrill();
    // Resetting a list of 100,000 customers and selecting one (which maps the filter's rows and starts the
    // profile) together hold the window for about the whole stall budget: the selection waits for the next
    // pass.
    m_staged->runFromNextPass({[this] {
        const int previousRow = m_model->rowOfDataRow(m_model->result()->rowOfId.value(m_reselectId, -1));
        const QModelIndex again =
            previousRow >= 0 ? m_proxy->mapFromSource(m_model->index(previousRow, 0)) : QModelIndex();
        m_list->setCurrentIndex(again.isValid() ? again : m_proxy->index(0, 0));
        if (!m_list->currentIndex().isValid())
            m_profile->clear();
        Q_EMIT resultShown();
    }});
}

void CustomersView::showCustomers(const QString &title, const QStringList &customerIds)
{
    m_drillTitle = title;
    m_drillIds = title.isEmpty() ? QStringList() : customerIds;
    if (m_model->result())
        applyDrill();
    if (m_list->currentIndex().isValid() || m_proxy->rowCount() == 0)
        onCurrentChanged();
    else
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void CustomersView::showAll()
{
    showCustomers(QString(), {});
}

void CustomersView::resetState()
{
    m_task->cancel();
    m_staged->cancel();
    m_searchDelay->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_proxy->setSearchText(QString());
    m_drillTitle.clear();
    m_drillIds.clear();
    m_reselectId.clear();
    m_drillBar->hide();
    m_proxy->setAllowedRows({});
    m_model->setResult(nullptr);
    m_list->sortByColumn(CustomerListModel::NetSales, Qt::DescendingOrder);
    m_list->setCurrentIndex(QModelIndex());
    m_profile->clear();
    m_count->clear();
    m_refresh->markStale();
}

void CustomersView::applyDrill()
{
    const CustomersResultPtr &data = m_model->result();
    if (m_drillTitle.isEmpty() || !data) {
        m_drillBar->setVisible(!m_drillTitle.isEmpty());
        m_drillLabel->setText(tr("Showing: %1").arg(m_drillTitle));
        m_proxy->setAllowedRows({});
        updateCount();
        return;
    }
    std::vector<uint8_t> allowed(data->rows.size(), 0);
    qint64 found = 0;
    for (const QString &id : m_drillIds) {
        const int row = data->rowOfId.value(id, -1);
        if (row >= 0 && !allowed[size_t(row)]) {
            allowed[size_t(row)] = 1;
            ++found;
        }
    }
    const qint64 missing = qint64(m_drillIds.size()) - found;
    m_drillLabel->setText(
        missing > 0
            ? tr("Showing: %1 (%Ln customer(s); %2 more outside the current filters)", nullptr, int(found))
                  .arg(m_drillTitle, formatCount(missing))
            : tr("Showing: %1 (%Ln customer(s))", nullptr, int(found)).arg(m_drillTitle));
    m_drillBar->show();
    m_proxy->setAllowedRows(std::move(allowed));
    updateCount();
}

void CustomersView::updateCount()
{
    const CustomersResultPtr &data = m_model->result();
    if (!data) {
        m_count->clear();
        return;
    }
    const QString search = m_search->text().trimmed();
    if (m_proxy->rowCount() == 0 && !search.isEmpty()) { // an empty list says why and what to do
        m_count->setText(tr("No customer matches \"%1\". Clear the search to see all %2.")
                             .arg(search, formatCount(isDrilled() ? qint64(m_drillIds.size())
                                                                  : qint64(data->rows.size()))));
        return;
    }
    // Trial 22en: with "This month" chosen, the list's all-time net sales read as the month's. Each customer
    // is shown with every purchase up to the as-of date, as the Segments view says of itself.
    // A count the sentence agrees with: "1 client sur 221" in French (trial 24fr read "1 clients").
    m_count->setText(
        tr("%Ln of %1 customers, with every purchase up to %2: the date range does not apply here", nullptr,
           m_proxy->rowCount())
            .arg(formatCount(qint64(data->rows.size())),
                 data->base ? formatDate(QDate::fromJulianDay(data->base->metrics.asOfDay)) : QString()));
}

void CustomersView::followFilter()
{
    // Re-filtering drops the current index silently (a layout change, no currentRowChanged) when it hides the
    // current customer: the profile follows the list to its first row, or empties when nothing matches.
    if (m_staged->isRunning() || m_list->currentIndex().isValid())
        return;
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_profile->clear();
}

void CustomersView::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_profile->clear();
        return;
    }
    m_profile->setCustomer(m_model->result(), m_model->dataRow(m_proxy->mapToSource(current).row()));
}

QStringList CustomersView::visibleCustomerIds() const
{
    QStringList ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids.append(m_model->member(m_proxy->mapToSource(m_proxy->index(r, 0)).row())->customerId);
    return ids;
}

} // namespace storelens::ui
