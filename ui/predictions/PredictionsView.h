#pragma once

#include "core/session/AnalysisResults.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace storelens::ui {

class VisibleRefresh;

class AnalysisContext;
class ClvBarChart;
class ClvTrackingChart;
class LatestTask;
class StagedUpdate;

// The Predictions view (issue 7): the purchase and spend models fitted to the filtered customers' history.
// Plain words first (issue 17): a summary a store manager reads without statistics training, the
// distribution of predicted spend, repeat purchases month by month against what was expected (with a year
// ahead), and, when the user picks a day, the check against what really happened after it. The model names,
// their parameters and log-likelihoods sit behind a "Model details" disclosure, closed by default. Thin data
// or a failed fit shows the reason instead of numbers. The figures are the session's
// (WorkspaceSession::predictions), whose fits are cached per revision, filter and calibration end.
class PredictionsView : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionsView(AnalysisContext *context, QWidget *parent = nullptr);

    // The holdout split: the models are fitted on the purchases before `from` (invalid: the whole history).
    void setHoldoutFrom(const QDate &from);
    // The day the check starts on by default: half a year before the as-of date, or the middle of a shorter
    // history (trial 22en: four months of data offered the second day, where nothing can be checked).
    static QDate defaultHoldoutFrom(const QDate &firstDate, const QDate &asOf);
    QDate holdoutFrom() const { return m_holdoutFrom; }
    core::session::PredictionsResultPtr currentData() const;
    // Forgets what the user did in the previous workspace (AnalysisContext::workspaceChanged): the holdout
    // split date and the shown result.
    void resetState();

Q_SIGNALS:
    void resultShown(); // a current result, a guard message or an empty state is on screen

private:
    void refresh();
    void showResult(const core::session::PredictionsResultPtr &data);
    void showMessage(const QString &text);
    void showDistribution(const core::session::PredictionsResult &data);
    void showParameters(const core::analytics::clv::WorkspaceClv &clv);
    void showHoldout(const core::analytics::clv::WorkspaceClv &clv);
    void updateDateRange(const core::session::PredictionsResult &data);
    void blankSplitDate();
    void setDetailsShown(bool shown);

    // m_grid's rows below the charts: the hint on checking the predictions, or the check's chart.
    static constexpr int HintRow = 1;
    static constexpr int HoldoutRow = 2;

    AnalysisContext *m_context = nullptr;
    LatestTask *m_task = nullptr;
    StagedUpdate *m_staged = nullptr;
    QDate m_holdoutFrom;
    bool m_dateChosen = false;
    core::session::PredictionsResultPtr m_data;

    QLabel *m_summary = nullptr;
    QDateEdit *m_splitDate = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_wholeHistory = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    ClvBarChart *m_distribution = nullptr;
    ClvTrackingChart *m_tracking = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid = nullptr; // in m_scroll: the charts, the check, Model details
    QLabel *m_holdoutHint = nullptr;
    ClvBarChart *m_holdout = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_fit = nullptr;
    QTableWidget *m_parameters = nullptr;
    // Last: made after every widget its refresh touches.
    VisibleRefresh *m_refresh = nullptr; // computes while shown and out of date
};

} // namespace storelens::ui
