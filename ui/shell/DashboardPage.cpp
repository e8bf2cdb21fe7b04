#include "ui/shell/DashboardPage.h"

#include "ui/cohorts/CohortsView.h"
#include "ui/common/AnalysisContext.h"
#include "ui/customers/CustomersView.h"
#include "ui/dashboard/FilterBar.h"
#include "ui/dashboard/OverviewView.h"
#include "ui/predictions/PredictionsView.h"
#include "ui/segments/SegmentsView.h"

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

namespace storelens::ui {

DashboardPage::DashboardPage(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new FilterBar(context, this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewView(context, m_tabs))
    , m_cohorts(new CohortsView(context, m_tabs))
    , m_segments(new SegmentsView(context, m_tabs))
    , m_customers(new CustomersView(context, m_tabs))
    , m_predictions(new PredictionsView(context, m_tabs))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_cohorts, tr("&Cohorts"));
    m_tabs->addTab(m_segments, tr("&Segments"));
    m_tabs->addTab(m_customers, tr("C&ustomers"));
    m_tabs->addTab(m_predictions, tr("&Predictions"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        // The view's name where it is printed (ViewPrinter: the PDF's name, "Overview.pdf").
        m_tabs->widget(i)->setWindowTitle(m_tabs->tabText(i).remove(QLatin1Char('&')));
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs, 1);

    connect(m_overview, &OverviewView::filterRequested, m_filterBar, &FilterBar::filterTo);
    connect(context, &AnalysisContext::customersRequested, this, [this] { setCurrentView(Customers); });
    // Before the views recompute (AnalysisContext::changed follows): nothing of the previous workspace stays.
    connect(context, &AnalysisContext::workspaceChanged, this, &DashboardPage::resetViews);
}

void DashboardPage::resetViews()
{
    m_cohorts->resetState();
    m_segments->resetState();
    m_customers->resetState();
    m_predictions->resetState();
    setCurrentView(Overview);
}

void DashboardPage::setCurrentView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

DashboardPage::View DashboardPage::currentView() const
{
    return View(m_tabs->currentIndex());
}

QWidget *DashboardPage::currentViewWidget() const
{
    return m_tabs->currentWidget();
}

} // namespace storelens::ui
