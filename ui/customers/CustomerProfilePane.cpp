#include "ui/customers/CustomerProfilePane.h"

#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"
#include "core/model/Money.h"
#include "core/model/PercentText.h"
#include "core/session/WorkspaceSession.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/common/TableActions.h"
#include "ui/customers/CustomerDataActions.h"
#include "ui/customers/OrderTimeline.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace storelens::ui {

using core::session::CustomersResultPtr;

using namespace core::analytics;

namespace {

QString money(qint64 units)
{
    return formatMoney(core::Money::fromUnits(units));
}

QString quantity(qint64 milli)
{
    return formatQuantityMilli(milli);
}

// Numbers and dates are as wide as their text; the `stretch` column (a store, product or category name)
// takes the room left and elides, so the pane never scrolls sideways to show the net sales.
QTreeWidget *makeList(const QStringList &headers, const QString &objectName, QWidget *parent, int stretch)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    list->setTextElideMode(Qt::ElideMiddle);
    TableActions::install(list);
    return list;
}

// The order list shows every column whole (the French trial at 1280 px: the store and channel cut to "…" and
// the net sales scrolled out of sight): titles wrap onto two lines ("Chiffre d'affaires / net"), each
// column is as wide as its title and values, and the list asks for that width, which the splitter beside the
// customer list then gives it.
void wrapTitles(QTreeWidget *list)
{
    QHeaderView *header = list->header();
    header->setDefaultAlignment(Qt::Alignment(int(header->defaultAlignment()) | Qt::TextWordWrap));
    header->setSectionResizeMode(QHeaderView::Fixed); // fitWholeColumns() sets the widths
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    header->setMinimumHeight(2 * header->fontMetrics().lineSpacing() + margin + 2);
}

void fitWholeColumns(QTreeWidget *list)
{
    QHeaderView *header = list->header();
    int total = 0;
    for (int c = 0; c < header->count(); ++c) {
        const QAbstractItemView *view = list; // sizeHintForColumn is public there
        const int width = std::max(TableActions::titleWidth(header, c), view->sizeHintForColumn(c));
        header->resizeSection(c, width);
        total += width;
    }
    list->setMinimumWidth(total + 2 * list->frameWidth() + list->verticalScrollBar()->sizeHint().width());
}

void alignNumbers(QTreeWidgetItem *item, std::initializer_list<int> columns)
{
    for (int c : columns)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}

QString percent(double fraction)
{
    return core::percentText(fraction);
}

} // namespace

CustomerProfilePane::CustomerProfilePane(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(tr("Select a customer in the list to see their profile."), m_stack))
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_clvNote(new QLabel(this))
    , m_dataActions(new CustomerDataActions(context, this))
    , m_timeline(new OrderTimeline(this))
    , m_tabs(new QTabWidget(this))
    , m_profileTask(new LatestTask(this))
    , m_clvTask(new LatestTask(this))
{
    setObjectName(QStringLiteral("customerProfile"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("profileHint"));

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("profileSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);

    const std::array<QString, FactCount> captions{
        tr("First purchase"),
        tr("Last purchase"),
        tr("Orders"),
        tr("Net sales"),
        tr("Average order value"),
        tr("Recency"),
        tr("RFM scores"),
        tr("RFM segment"),
        tr("Lifecycle"),
        tr("Value tier"),
        tr("Predicted CLV (next %1 months)").arg(clv::ClvOptions().horizonMonths),
        tr("Chance still a customer")};
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(4);
    for (int f = 0; f < FactCount; ++f) {
        auto *caption = new QLabel(captions[size_t(f)], this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setWordWrap(true);
        auto *value = new QLabel(this);
        value->setWordWrap(true);
        value->setObjectName(QStringLiteral("fact%1").arg(f));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caption->setBuddy(value);
        m_facts[size_t(f)] = value;
        const int row = f / 2;
        const int column = (f % 2) * 2;
        facts->addWidget(caption, row, column);
        facts->addWidget(value, row, column + 1);
    }
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);
    m_clvNote->setObjectName(QStringLiteral("clvNote"));
    m_clvNote->setWordWrap(true);
    m_clvNote->setForegroundRole(QPalette::PlaceholderText);

    m_orders = makeList({tr("Date"), tr("Order"), tr("Where", "an order's store and channel"),
                         tr("Net units"), tr("Net sales")},
                        QStringLiteral("profileOrders"), this, 2);
    wrapTitles(m_orders);
    fitWholeColumns(m_orders);
    m_products = makeList({tr("Product"), tr("SKU"), tr("Category"), tr("Quantity"), tr("Orders"),
                           tr("Net sales"), tr("Last bought")},
                          QStringLiteral("profileProducts"), this, 0);
    m_categories = makeList({tr("Category"), tr("Quantity"), tr("Net sales"), tr("Share")},
                            QStringLiteral("profileCategories"), this, 0);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->addTab(m_orders, tr("Orders"));
    m_tabs->addTab(m_products, tr("Products"));
    m_tabs->addTab(m_categories, tr("Categories"));

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 0, 0, 0);
    contentLayout->addWidget(m_name);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addWidget(m_dataActions);
    contentLayout->addLayout(facts);
    contentLayout->addWidget(m_clvNote);
    auto *timelineCaption = new QLabel(tr("Orders over time (returns below the line)"), content);
    timelineCaption->setForegroundRole(QPalette::PlaceholderText);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(timelineCaption);
    contentLayout->addWidget(m_timeline);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_hint);
    // After a forget the list no longer holds the customer: the hint says what happened.
    connect(m_dataActions, &CustomerDataActions::forgotten, this, [this](const QString &id, qint64 lines) {
        clear();
        m_hint->setText(
            tr("Customer %1 was forgotten: their personal data is gone and their %n order line(s) "
               "are now guest lines.",
               nullptr, int(lines))
                .arg(id));
    });
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QString CustomerProfilePane::factText(Fact fact) const
{
    return m_facts[size_t(fact)]->text();
}

void CustomerProfilePane::clear()
{
    m_profileTask->cancel();
    m_data.reset();
    m_row = -1;
    m_customerId.clear();
    m_stack->setCurrentWidget(m_hint);
}

void CustomerProfilePane::setCustomer(const CustomersResultPtr &data, int row)
{
    if (!data || row < 0 || size_t(row) >= data->rows.size()) {
        clear();
        return;
    }
    m_data = data;
    m_row = row;
    m_hint->setText(tr("Select a customer in the list to see their profile."));
    const MemberRow &m = data->rows[size_t(row)];
    m_customerId = m.customerId;
    m_name->setText(m.name.isEmpty() ? tr("Customer %1").arg(m.customerId) : m.name);
    QStringList details{tr("ID %1").arg(m.customerId)};
    const QString city =
        data->snapshot->customers.attribute(CustomerTable::Attribute::City, size_t(m.customer));
    const QString country = m.country.isEmpty() ? QString() : core::countryDisplayName(m.country);
    // Held on one line: the subtitle wraps between its parts, never inside a number (trial 18: "06 91 53 90 /
    // 52").
    QString phone = data->snapshot->customers.phone(size_t(m.customer));
    phone.replace(QLatin1Char(' '), QChar(0x00A0));
    for (const QString &part : {city, country, m.email, phone}) {
        if (!part.isEmpty())
            details << part;
    }
    m_subtitle->setText(details.join(QStringLiteral(" · ")));
    m_dataActions->setCustomer(m.customerId, m_name->text());

    const QDate asOf = data->asOfDate();
    m_facts[FirstPurchase]->setText(formatDate(m.firstPurchase));
    m_facts[LastPurchase]->setText(formatDate(m.lastPurchase));
    m_facts[Orders]->setText(formatCount(m.orders));
    m_facts[NetSales]->setText(m.moneyUnknown ? tr("no prices imported") : money(m.netSales));
    m_facts[AverageOrder]->setText(m.aovUnits       ? money(*m.aovUnits)
                                   : m.moneyUnknown ? tr("no prices imported")
                                                    : tr("no orders"));
    m_facts[Recency]->setText(tr("%Ln day(s)", nullptr, int(m.recencyDays)));
    m_facts[Recency]->setToolTip(
        tr("Days from the last purchase to %1, the day after the last day with data.")
            .arg(formatDate(asOf.addDays(1))));
    // One line: the German pane wrapped "R 5 · F 5 ·" above "M 5" (trial 21de).
    m_facts[RfmScores]->setText(
        tr("R %1 · F %2 · M %3").arg(m.r).arg(m.f).arg(m.m).replace(QLatin1Char(' '), QChar(0x00a0)));
    // "At risk" names an RFM segment and a lifecycle stage: the card said "At risk" beside "Active" (trial
    // 24c). Each says what it rests on, and a segment named like another stage says it compares.
    const QString stage = lifecycleDisplayName(m.lifecycle);
    bool namedLikeAStage = false;
    for (int s = 0; s < core::analytics::kLifecycleStageCount; ++s)
        namedLikeAStage =
            namedLikeAStage ||
            (s != int(m.lifecycle) && m.segment == lifecycleDisplayName(core::analytics::LifecycleStage(s)));
    m_facts[Segment]->setText(namedLikeAStage ? tr("%1 (compared with the other customers)").arg(m.segment)
                                              : m.segment);
    m_facts[Segment]->setToolTip(tr("The RFM segment compares this customer with the others: how recently, "
                                    "how often and how much they bought (the RFM scores above)."));
    m_facts[Lifecycle]->setText(stage);
    m_facts[Lifecycle]->setToolTip(tr("The lifecycle stage counts the days since the first and the last "
                                      "purchase: New, Active, At risk, Lapsed."));
    m_facts[ValueTier]->setText(valueTierDisplayName(m.tier));
    m_stack->setCurrentIndex(1);

    m_orders->clear();
    m_products->clear();
    m_categories->clear();
    m_timeline->clear();
    const int32_t customer = m.customer;
    m_profileTask->start<CustomerProfile>(
        [data, customer, session = m_context->session()](const TaskControl &control) {
            return session->customerProfile(*data->resolved, customer, control);
        },
        [this](const CustomerProfile &profile) { showProfile(profile); });

    if (m_clvData != data)
        startClv();
    showClv();
}

void CustomerProfilePane::showProfile(const CustomerProfile &profile)
{
    if (!m_data)
        return;
    const Snapshot &s = *m_data->snapshot;
    // An order, product or category none of whose lines has a price: its money is unknown, not 0.
    const auto entryMoney = [](const auto &entry) {
        return entry.moneyUnknown() ? tr("no prices") : money(entry.netSales);
    };
    // Stores and channels as shown: the importer's default names in the user's language.
    const auto name = [](const auto &list, int32_t i) {
        return i >= 0 && i < list.size() ? core::storeChannelDisplayName(list.at(i)) : QString();
    };
    std::vector<OrderTimeline::Entry> entries;
    entries.reserve(profile.orders.size());
    QList<QTreeWidgetItem *> orderItems;
    for (auto it = profile.orders.rbegin(); it != profile.orders.rend(); ++it) {
        const QDate date = QDate::fromJulianDay(it->day);
        // Store and channel share a column (in French and Spanish six columns did not fit 1280 px).
        const QString where =
            tr("%1 · %2", "store · channel").arg(name(s.stores, it->store), name(s.channels, it->channel));
        auto *item = new QTreeWidgetItem({formatDate(date), s.orderIds.at(it->order), where,
                                          quantity(it->units - it->returnedUnits), entryMoney(*it)});
        alignNumbers(item, {3, 4});
        item->setToolTip(2, where);
        if (!it->hasSale)
            item->setToolTip(1, tr("Returns only: not counted as an order."));
        orderItems.append(item);
    }
    for (const CustomerOrderEntry &o : profile.orders)
        entries.push_back({QDate::fromJulianDay(o.day), s.orderIds.at(o.order), o.netSales});
    m_orders->addTopLevelItems(orderItems);
    fitWholeColumns(m_orders);

    QList<QTreeWidgetItem *> productItems;
    for (const CustomerProductEntry &p : profile.products) {
        const int32_t category =
            p.product < int32_t(s.productCategory.size()) ? s.productCategory[size_t(p.product)] : -1;
        auto *item =
            new QTreeWidgetItem({name(s.productNames, p.product), name(s.skus, p.product),
                                 category >= 0 ? s.categories.at(category) : tr("(none)"),
                                 quantity(p.quantity), formatCount(p.orders), entryMoney(p),
                                 p.orders > 0 ? formatDate(QDate::fromJulianDay(p.lastDay)) : QString()});
        alignNumbers(item, {3, 4, 5});
        item->setToolTip(0, item->text(0));
        productItems.append(item);
    }
    m_products->addTopLevelItems(productItems);

    QList<QTreeWidgetItem *> categoryItems;
    for (const CustomerCategoryEntry &c : profile.categories) {
        auto *item = new QTreeWidgetItem({c.category >= 0 ? s.categories.at(c.category) : tr("(none)"),
                                          quantity(c.quantity), entryMoney(c),
                                          profile.netSales > 0 && !c.moneyUnknown()
                                              ? percent(double(c.netSales) / double(profile.netSales))
                                              : QString()});
        alignNumbers(item, {1, 2, 3});
        item->setToolTip(0, item->text(0));
        categoryItems.append(item);
    }
    m_categories->addTopLevelItems(categoryItems);

    const MemberRow &m = m_data->rows[size_t(m_row)];
    const QDate from = entries.empty() ? m.firstPurchase : std::min(m.firstPurchase, entries.front().date);
    m_timeline->setEntries(std::move(entries), from, m_data->asOfDate());
    Q_EMIT profileShown(m_customerId);
}

void CustomerProfilePane::startClv()
{
    m_clvData = m_data;
    m_clv.reset();
    const CustomersResultPtr data = m_data;
    m_clvTask->start<std::shared_ptr<const clv::WorkspaceClv>>(
        [data, session = m_context->session()](const TaskControl &control) {
            return session->clv(*data->resolved, QDate(), control);
        },
        [this, data](const std::shared_ptr<const clv::WorkspaceClv> &result) {
            if (data != m_clvData)
                return;
            m_clv = result;
            showClv();
        },
        [this, data](const core::Error &error) {
            if (data != m_clvData)
                return;
            m_facts[PredictedClv]->setText(tr("not available"));
            m_facts[ProbabilityAlive]->setText(tr("not available"));
            m_clvNote->setText(tr("The prediction failed: %1").arg(error.message()));
            m_clvNote->show();
            Q_EMIT clvShown(m_customerId);
        });
}

void CustomerProfilePane::showClv()
{
    if (!m_data || m_row < 0)
        return;
    if (!m_clv) {
        m_facts[PredictedClv]->setText(tr("calculating…"));
        m_facts[ProbabilityAlive]->setText(tr("calculating…"));
        m_clvNote->hide();
        return;
    }
    const clv::CustomerClv *prediction = m_clv->status == clv::ClvStatus::Ok
                                             ? m_clv->forCustomerIndex(m_data->rows[size_t(m_row)].customer)
                                             : nullptr;
    if (prediction) {
        m_facts[ProbabilityAlive]->setText(percent(prediction->probabilityAlive));
        // Why the chance is close to 100 % however long ago the customer bought (WorkspaceClv::aliveNote),
        // then, when the spend model gave none, why there is no lifetime value (ClvResult::spendStatus).
        QStringList notes;
        if (!m_clv->aliveNote.isEmpty())
            notes << m_clv->aliveNote;
        if (m_clv->hasSpend()) {
            m_facts[PredictedClv]->setText(
                formatMoney(core::Money::fromUnits(qRound64(prediction->predictedClv * 10000.0))));
        } else {
            m_facts[PredictedClv]->setText(tr("not predicted"));
            notes << m_clv->spendMessage;
        }
        m_clvNote->setText(notes.join(QLatin1Char(' ')));
        m_clvNote->setVisible(!notes.isEmpty());
    } else {
        m_facts[PredictedClv]->setText(tr("no prediction"));
        m_facts[ProbabilityAlive]->setText(tr("no prediction"));
        m_clvNote->setText(m_clv->status == clv::ClvStatus::Ok
                               ? tr("The prediction models have no row for this customer.")
                               : m_clv->message);
        m_clvNote->show();
    }
    Q_EMIT clvShown(m_customerId);
}

} // namespace storelens::ui
