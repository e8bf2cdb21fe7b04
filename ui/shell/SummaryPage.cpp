#include "ui/shell/SummaryPage.h"

#include "ui/common/Formatting.h"
#include "ui/shell/WelcomePage.h"

#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

QLabel *makeHeading(const QString &text, QWidget *parent, qreal scale = 1.6)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *makeMessage(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    // A fixed width: a word-wrapped label in a centring layout otherwise gets too little height.
    label->setFixedWidth(480);
    if (!text.isEmpty())
        label->setMinimumHeight(label->heightForWidth(480));
    return label;
}

// A centred column of widgets: the layout of the start and empty pages.
QWidget *makeCentredPage(QWidget *parent, const QList<QWidget *> &widgets,
                         const QList<QPushButton *> &buttons)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    for (QWidget *w : widgets) {
        w->setParent(page);
        layout->addWidget(w, 0, Qt::AlignHCenter);
    }
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QPushButton *b : buttons) {
        b->setParent(page);
        row->addWidget(b);
    }
    row->addStretch(1);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

} // namespace

SummaryPage::SummaryPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(createStartPage());
    m_stack->addWidget(createLoadingPage());
    m_stack->addWidget(createEmptyPage());
    m_stack->addWidget(createSummaryPage());
    setState(State::NoWorkspace);
}

QStringList SummaryPage::valueKeys()
{
    return {QStringLiteral("period"),        QStringLiteral("asOf"),
            QStringLiteral("orderLines"),    QStringLiteral("orders"),
            QStringLiteral("customers"),     QStringLiteral("customersWithoutOrders"),
            QStringLiteral("products"),      QStringLiteral("stores"),
            QStringLiteral("grossSales"),    QStringLiteral("discounts"),
            QStringLiteral("returns"),       QStringLiteral("netSales"),
            QStringLiteral("trafficRows"),   QStringLiteral("staffingRows"),
            QStringLiteral("inventoryRows"), QStringLiteral("marketingRows")};
}

QWidget *SummaryPage::createStartPage()
{
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newWorkspaceRequested, this, &SummaryPage::newWorkspaceRequested);
    connect(m_welcome, &WelcomePage::openWorkspaceRequested, this, &SummaryPage::openWorkspaceRequested);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &SummaryPage::sampleRequested);
    return m_welcome;
}

QWidget *SummaryPage::createLoadingPage()
{
    m_loadingLabel = makeMessage(QString(), nullptr);
    m_loadingLabel->setObjectName(QStringLiteral("summaryLoading"));
    return makeCentredPage(this, {m_loadingLabel}, {});
}

QWidget *SummaryPage::createEmptyPage()
{
    auto *importButton = new QPushButton(tr("Import…"));
    importButton->setObjectName(QStringLiteral("emptyImportButton"));
    auto *sampleButton = new QPushButton(tr("Open the Sample Store"));
    sampleButton->setObjectName(QStringLiteral("emptySampleButton"));
    connect(importButton, &QPushButton::clicked, this, &SummaryPage::importRequested);
    connect(sampleButton, &QPushButton::clicked, this, &SummaryPage::sampleRequested);

    auto *message =
        makeMessage(tr("This workspace has no orders yet. Import your till or web shop export with "
                       "File › Import…, or open the sample store."),
                    nullptr);
    message->setObjectName(QStringLiteral("emptyStateMessage"));
    return makeCentredPage(this, {makeHeading(tr("No orders yet"), nullptr), message},
                           {importButton, sampleButton});
}

QWidget *SummaryPage::createSummaryPage()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_title = makeHeading(QString(), content);
    m_title->setObjectName(QStringLiteral("summary_name"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_path = new QLabel(content);
    m_path->setObjectName(QStringLiteral("summary_path"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_path);
    layout->addSpacing(8);

    struct Group
    {
        QString title;
        QList<std::pair<QString, QString>> rows; // key, label
    };
    const QList<Group> groups = {
        {tr("Period"), {{QStringLiteral("period"), tr("Dates")}, {QStringLiteral("asOf"), tr("As of")}}},
        {tr("Sales"),
         {{QStringLiteral("grossSales"), tr("Gross sales")},
          {QStringLiteral("discounts"), tr("Discounts")},
          {QStringLiteral("returns"), tr("Returns")},
          {QStringLiteral("netSales"), tr("Net sales")}}},
        {tr("Orders and customers"),
         {{QStringLiteral("orderLines"), tr("Order lines")},
          {QStringLiteral("orders"), tr("Orders")},
          // Never one total of customers: a customers export whose ids match no order adds records that no
          // order names (trial 13: "810 customers", 521 of whom had never ordered).
          {QStringLiteral("customers"), tr("Customers named in orders")},
          {QStringLiteral("customersWithoutOrders"), tr("Customer records in no order")},
          {QStringLiteral("products"), tr("Products")},
          {QStringLiteral("stores"), tr("Stores")}}},
        {tr("Other data"),
         {{QStringLiteral("trafficRows"), tr("Store traffic rows")},
          {QStringLiteral("staffingRows"), tr("Staffing rows")},
          {QStringLiteral("inventoryRows"), tr("Inventory rows")},
          {QStringLiteral("marketingRows"), tr("Marketing spend rows")}}},
    };

    auto *grid = new QGridLayout;
    for (int i = 0; i < groups.size(); ++i) {
        auto *box = new QGroupBox(groups.at(i).title, content);
        auto *form = new QFormLayout(box);
        form->setLabelAlignment(Qt::AlignLeft);
        for (const auto &[key, label] : groups.at(i).rows) {
            auto *value = new QLabel(box);
            value->setObjectName(QStringLiteral("summary_") + key);
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(label, value);
            m_values.insert(key, value);
        }
        grid->addWidget(box, i / 2, i % 2);
    }
    // Kept to a readable width: on a wide window the values stay near their labels.
    auto *groupsWidget = new QWidget(content);
    groupsWidget->setLayout(grid);
    groupsWidget->setMaximumWidth(860);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setRowStretch(grid->rowCount(), 1);
    auto *row = new QHBoxLayout;
    row->addWidget(groupsWidget, 1);
    row->addStretch(0);
    layout->addLayout(row);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void SummaryPage::setState(State state)
{
    m_state = state;
    m_stack->setCurrentIndex(int(state));
}

void SummaryPage::setValue(const QString &key, const QString &text)
{
    if (QLabel *label = m_values.value(key))
        label->setText(text);
}

void SummaryPage::showNoWorkspace()
{
    setState(State::NoWorkspace);
}

void SummaryPage::showLoading(const QString &name)
{
    m_loadingLabel->setText(tr("Opening %1…").arg(name));
    setState(State::Loading);
}

void SummaryPage::showSummary(const QString &name, const core::WorkspaceSummary &summary)
{
    m_title->setText(name);
    m_path->setText(QDir::toNativeSeparators(summary.path));
    if (summary.isEmpty()) {
        setState(State::Empty);
        return;
    }
    const QLocale locale;
    setValue(QStringLiteral("period"),
             tr("%1 to %2").arg(formatDate(summary.firstDate, locale), formatDate(summary.lastDate, locale)));
    setValue(QStringLiteral("asOf"), formatDate(summary.lastDate, locale));
    setValue(QStringLiteral("orderLines"), formatCount(summary.orderLines, locale));
    setValue(QStringLiteral("orders"), formatCount(summary.orders, locale));
    setValue(QStringLiteral("customers"), formatCount(summary.customersInOrders, locale));
    setValue(QStringLiteral("customersWithoutOrders"), formatCount(summary.customersWithoutOrders, locale));
    setValue(QStringLiteral("products"), formatCount(summary.products, locale));
    setValue(QStringLiteral("stores"), formatCount(summary.stores, locale));
    setValue(QStringLiteral("grossSales"), formatMoney(summary.grossSales, locale));
    setValue(QStringLiteral("discounts"), formatMoney(summary.discounts, locale));
    setValue(QStringLiteral("returns"), formatMoney(summary.returns, locale));
    setValue(QStringLiteral("netSales"), formatMoney(summary.netSales, locale));
    setValue(QStringLiteral("trafficRows"), formatCount(summary.trafficRows, locale));
    setValue(QStringLiteral("staffingRows"), formatCount(summary.staffingRows, locale));
    setValue(QStringLiteral("inventoryRows"), formatCount(summary.inventoryRows, locale));
    setValue(QStringLiteral("marketingRows"), formatCount(summary.marketingRows, locale));
    setState(State::Summary);
}

} // namespace storelens::ui
