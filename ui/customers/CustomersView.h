#pragma once

#include "core/session/AnalysisResults.h"
#include "ui/customers/CustomersListing.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace storelens::ui {

class VisibleRefresh;

class AnalysisContext;
class CustomerFilterProxy;
class CustomerListModel;
class CustomerProfilePane;
class LatestTask;
class StagedUpdate;

// The Customers view: a searchable, sortable list of every customer of the population (METRICS.md sections
// 5-6, within the filters) beside the selected customer's profile. A drill-down from another view
// (AnalysisContext::customersRequested) narrows the list to those customers under a "Showing: … Show all"
// bar. Computes in the background when shown.
class CustomersView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersView(AnalysisContext *context, QWidget *parent = nullptr);

    QTableView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    CustomerFilterProxy *proxy() const { return m_proxy; }
    CustomerListModel *listModel() const { return m_model; }
    CustomerProfilePane *profile() const { return m_profile; }
    QLabel *drillLabel() const { return m_drillLabel; }
    QPushButton *showAllButton() const { return m_showAll; }
    LatestTask *task() const { return m_task; }
    bool isDrilled() const { return !m_drillTitle.isEmpty(); }
    // The customer ids the list shows now, in view order.
    QStringList visibleCustomerIds() const;

    // Shows only these customers (ids as stored) under `title`; an empty title shows everyone.
    void showCustomers(const QString &title, const QStringList &customerIds);
    void showAll();
    // Forgets what the user did in the previous workspace (AnalysisContext::workspaceChanged): the
    // drill-down, the search, the selection, the sort and the list itself.
    void resetState();

Q_SIGNALS:
    void resultShown(); // a current list (or an empty state) is on screen

private:
    void refresh();
    void showResult(const CustomersListing &listing);
    void showEmptyState(const QString &text);
    QString emptyText(const core::session::CustomersResult &data) const;
    void applyDrill();
    void updateCount();
    void followFilter();
    void onCurrentChanged();

    AnalysisContext *m_context = nullptr;
    LatestTask *m_task = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_drillBar = nullptr;
    QLabel *m_drillLabel = nullptr;
    QPushButton *m_showAll = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QTableView *m_list = nullptr;
    CustomerListModel *m_model = nullptr;
    CustomerFilterProxy *m_proxy = nullptr;
    StagedUpdate *m_staged = nullptr; // the selection after a new list, one pass later
    CustomerProfilePane *m_profile = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_reselectId; // the customer to select again once a new list is shown
    QString m_drillTitle;
    QStringList m_drillIds;
    VisibleRefresh *m_refresh = nullptr; // computes while shown and out of date
};

} // namespace storelens::ui
