#pragma once

#include "core/analytics/explain/Explain.h"

#include <QFrame>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;
class QToolButton;

namespace storelens::ui {

class AnalysisContext;
class LatestTask;
class WaterfallChart;

// The "Why?" panel beside the Overview (issue 19): for one KPI, the engine's sentence, a waterfall of the
// change (the bridge, or mix and rate), a ranked table of the largest parts by dimension whose rows filter
// the dashboard to their member, and the normal-variation verdict with its interval in words. Computed in
// the background on the session's snapshot for the filter bar's query, again whenever the query changes
// while it is open. A KPI the engine does not explain gets a polite sentence instead.
class ExplainPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ExplainPanel(AnalysisContext *context, QWidget *parent = nullptr);

    // Shows the panel for `kpi` and computes its explanation.
    void explain(core::analytics::KpiId kpi);
    core::analytics::KpiId kpi() const { return m_kpi; }
    // The explanation on screen; nullptr while computing, for a KPI not explained, or on failure.
    const core::analytics::explain::Explanation *explanation() const { return m_explanation.get(); }
    bool isComputing() const;
    QString sentence() const;      // what the panel says first (the engine's sentence or why not)
    QString variationText() const; // the verdict and the interval in words
    WaterfallChart *waterfall() const { return m_waterfall; }
    QTableWidget *contributionTable() const { return m_table; }
    QComboBox *dimensionPicker() const { return m_dimension; }

Q_SIGNALS:
    // A row was clicked: show only this member of the dimension ("store", "channel", ...).
    void filterRequested(const QString &dimensionKey, const QString &member);
    void explanationShown(); // an explanation (or why there is none) is on screen
    void closed();

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void recompute();
    void showExplanation();
    void showMessage(const QString &text);
    void fillDimension();
    void onRowActivated(int row);

    AnalysisContext *m_context = nullptr;
    LatestTask *m_task = nullptr;
    core::analytics::KpiId m_kpi = core::analytics::KpiId::NetSales;
    std::shared_ptr<const core::analytics::explain::Explanation> m_explanation;
    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_variation = nullptr;
    QToolButton *m_close = nullptr;
    WaterfallChart *m_waterfall = nullptr;
    QLabel *m_dimensionLabel = nullptr;
    QComboBox *m_dimension = nullptr;
    QTableWidget *m_table = nullptr;
    QWidget *m_body = nullptr;
    bool m_dimensionChosen = false; // the user picked the dimension: kept on every explanation
    bool m_stale = false;           // the query or data changed while the panel was open out of sight
};

} // namespace storelens::ui
