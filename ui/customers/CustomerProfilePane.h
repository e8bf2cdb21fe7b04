#pragma once

#include "core/analytics/clv/WorkspaceClv.h"
#include "core/analytics/customers/CustomerProfile.h"
#include "core/session/AnalysisResults.h"

#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace storelens::ui {

class AnalysisContext;
class CustomerDataActions;
class LatestTask;
class OrderTimeline;

// The profile of one customer: who they are, their figures, RFM scores and segment, lifecycle, value tier and
// predicted CLV with probability alive (the session's fit for the list's lines, which the session caches per
// revision, filter and calibration end; "calculating…" until then, or the reason there is no prediction), an
// order timeline, and their orders, products and categories. Everything comes from the context's session.
class CustomerProfilePane : public QWidget
{
    Q_OBJECT

public:
    enum Fact {
        FirstPurchase,
        LastPurchase,
        Orders,
        NetSales,
        AverageOrder,
        Recency,
        RfmScores,
        Segment,
        Lifecycle,
        ValueTier,
        PredictedClv,
        ProbabilityAlive,
        FactCount
    };

    explicit CustomerProfilePane(AnalysisContext *context, QWidget *parent = nullptr);

    // Shows the customer of `row` (an index into data->rows); a negative row clears the pane.
    void setCustomer(const core::session::CustomersResultPtr &data, int row);
    void clear();

    QString factText(Fact fact) const;
    QString customerId() const { return m_customerId; }
    QTreeWidget *ordersList() const { return m_orders; }
    QTreeWidget *productsList() const { return m_products; }
    QTreeWidget *categoriesList() const { return m_categories; }
    OrderTimeline *timeline() const { return m_timeline; }
    CustomerDataActions *dataActions() const { return m_dataActions; }
    bool hasClv() const { return m_clv != nullptr; }
    // The fit the prediction comes from: the session's, shared with every view of the same lines.
    const std::shared_ptr<const core::analytics::clv::WorkspaceClv> &clv() const { return m_clv; }

Q_SIGNALS:
    void profileShown(const QString &customerId); // orders, products and categories are filled in
    void clvShown(const QString &customerId);     // the prediction (or why there is none) is filled in

private:
    void showProfile(const core::analytics::CustomerProfile &profile);
    void showClv();
    void startClv();

    AnalysisContext *m_context = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    std::array<QLabel *, FactCount> m_facts{};
    QLabel *m_clvNote = nullptr;
    CustomerDataActions *m_dataActions = nullptr;
    OrderTimeline *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_orders = nullptr;
    QTreeWidget *m_products = nullptr;
    QTreeWidget *m_categories = nullptr;
    LatestTask *m_profileTask = nullptr;
    LatestTask *m_clvTask = nullptr;

    core::session::CustomersResultPtr m_data;
    int m_row = -1;
    QString m_customerId;
    // The result the prediction below (or the running one) belongs to.
    core::session::CustomersResultPtr m_clvData;
    std::shared_ptr<const core::analytics::clv::WorkspaceClv> m_clv;
};

} // namespace storelens::ui
