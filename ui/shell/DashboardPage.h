#pragma once

#include <QWidget>

class QTabWidget;

namespace storelens::ui {

class AnalysisContext;
class CohortsView;
class CustomersView;
class FilterBar;
class OverviewView;
class PredictionsView;
class SegmentsView;

// The filter bar every view shares above the views (Overview, Cohorts, Segments, Customers, Predictions),
// with Ctrl+1 … Ctrl+5 to switch. A drill-down into customers (AnalysisContext::showCustomers) brings the
// Customers view forward. Opening, creating or closing a workspace resets the views (resetViews).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum View { Overview, Cohorts, Segments, Customers, Predictions };

    explicit DashboardPage(AnalysisContext *context, QWidget *parent = nullptr);

    void setCurrentView(View view);
    View currentView() const;
    QWidget *currentViewWidget() const; // the view on screen (File › Print… prints it)
    // A new workspace (or none): every view forgets its drill-down, search, selection and sort, and the
    // Overview comes forward.
    void resetViews();

    FilterBar *filterBar() const { return m_filterBar; }
    OverviewView *overview() const { return m_overview; }
    CohortsView *cohorts() const { return m_cohorts; }
    SegmentsView *segments() const { return m_segments; }
    CustomersView *customers() const { return m_customers; }
    PredictionsView *predictions() const { return m_predictions; }

private:
    FilterBar *m_filterBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewView *m_overview = nullptr;
    CohortsView *m_cohorts = nullptr;
    SegmentsView *m_segments = nullptr;
    CustomersView *m_customers = nullptr;
    PredictionsView *m_predictions = nullptr;
};

} // namespace storelens::ui
