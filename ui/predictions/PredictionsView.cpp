#include "ui/predictions/PredictionsView.h"

#include "core/analytics/clv/ClvExplanation.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "ui/charts/ClvBarChart.h"
#include "ui/charts/ClvTrackingChart.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/ContextComputation.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/common/StagedUpdate.h"
#include "ui/common/TableActions.h"
#include "ui/common/VisibleRefresh.h"
#include "ui/predictions/PredictionsText.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace storelens::ui {

using namespace core::analytics;
using namespace core::analytics::clv;
using core::session::ClvHistogram;
using core::session::PredictionsResult;
using core::session::PredictionsResultPtr;

PredictionsView::PredictionsView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new LatestTask(this))
    , m_staged(new StagedUpdate(this))
    , m_summary(new QLabel(this))
    , m_splitDate(new QDateEdit(this))
    , m_compare(new QPushButton(tr("&Check against what happened"), this))
    , m_wholeHistory(new QPushButton(tr("Predict from &all purchases again"), this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(m_stack))
    , m_distribution(new ClvBarChart(QStringLiteral("clvDistributionChart"),
                                     tr("How much customers are expected to spend"), this))
    , m_tracking(new ClvTrackingChart(this))
    , m_holdoutHint(new QLabel(this))
    , m_holdout(new ClvBarChart(QStringLiteral("clvHoldoutChart"),
                                tr("Check: expected and actual repeat purchases"), this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QWidget(this))
    , m_fit(new QLabel(m_details))
    , m_parameters(new QTableWidget(0, 3, m_details))
    , m_refresh(new VisibleRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("PredictionsView"));
    m_summary->setObjectName(QStringLiteral("clvSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_splitDate->setObjectName(QStringLiteral("clvSplitDate"));
    m_splitDate->setCalendarPopup(true);
    m_splitDate->setDisplayFormat(core::analytics::shortDateFormat(QLocale())); // as every date on screen
    m_splitDate->setToolTip(
        tr("The predictions are made from the purchases before this day only, then set against what "
           "the customers really bought from this day on."));
    m_splitDate->setEnabled(false);
    blankSplitDate();
    m_compare->setObjectName(QStringLiteral("clvCompare"));
    m_wholeHistory->setObjectName(QStringLiteral("clvWholeHistory"));
    m_wholeHistory->setEnabled(false);

    auto *splitLabel = new QLabel(tr("Check the predictions &from:"), this);
    splitLabel->setBuddy(m_splitDate);
    auto *controls = new QHBoxLayout;
    controls->addWidget(splitLabel);
    controls->addWidget(m_splitDate);
    controls->addWidget(m_compare);
    controls->addWidget(m_wholeHistory);
    controls->addStretch(1);

    m_stack->setObjectName(QStringLiteral("clvStack"));
    m_message->setObjectName(QStringLiteral("clvMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);

    m_holdoutHint->setObjectName(QStringLiteral("clvHoldoutHint"));
    m_holdoutHint->setWordWrap(true);
    m_holdoutHint->setAlignment(Qt::AlignCenter);
    m_holdoutHint->setMargin(16);
    m_holdoutHint->setText(
        tr("To see how far to trust the predictions, pick a day above and choose Check "
           "against what happened: the predictions are then made from the purchases before "
           "that day only, and the repeat purchases they expect after it are set against "
           "the ones the customers really made, grouped by how often they had bought "
           "before."));
    // The hint and the check's chart take turns in the grid (showHoldout); the chart's height is its own, not
    // the hint's (trial 16: in a stack, the hint's two lines had the chart's 280 pixels to themselves).
    m_holdout->setMinimumHeight(280);
    m_holdout->hide();

    m_fit->setObjectName(QStringLiteral("clvFit"));
    m_fit->setWordWrap(true);
    m_fit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parameters->setObjectName(QStringLiteral("clvParameters"));
    m_parameters->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Meaning")});
    m_parameters->verticalHeader()->hide();
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableActions::install(m_parameters, tr("model parameters"));
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->setWordWrap(true);
    m_parameters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_parameters->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_parameters->setAccessibleName(tr("Model parameters and their meaning"));
    // As tall as its rows (trial 16: seven rows in 260 pixels left a blank under them).
    m_parameters->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    for (QWidget *w : {static_cast<QWidget *>(m_distribution), static_cast<QWidget *>(m_tracking),
                       static_cast<QWidget *>(m_holdout), static_cast<QWidget *>(m_parameters)})
        w->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Model details (issue 17): the model names, parameters and log-likelihoods, closed by default.
    m_detailsButton->setObjectName(QStringLiteral("clvModelDetails"));
    m_detailsButton->setText(tr("&Model details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolTip(
        tr("The statistical models behind the predictions, their fitted parameters and how well they fit."));
    m_details->setObjectName(QStringLiteral("clvModelDetailsPane"));
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_fit);
    detailsLayout->addWidget(m_parameters, 1);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        setDetailsShown(shown);
        if (!shown)
            return;
        // Opened below the fold (1280 x 800 in trial 16, where nothing seemed to happen): laid out now, the
        // scrolled content grown by them at once (setWidgetResizable sizes it again), and scrolled into view.
        m_grid->activate();
        m_scroll->setWidgetResizable(true);
        m_scroll->ensureWidgetVisible(m_details, 0, 0);
    });

    auto *content = new QWidget(this);
    m_grid = new QGridLayout(content);
    m_grid->addWidget(m_distribution, 0, 0);
    m_grid->addWidget(m_tracking, 0, 1);
    m_grid->addWidget(m_holdoutHint, HintRow, 0, 1, 2);
    m_grid->addWidget(m_holdout, HoldoutRow, 0, 1, 2);
    m_grid->addWidget(m_detailsButton, HoldoutRow + 1, 0, 1, 2, Qt::AlignLeft);
    m_grid->addWidget(m_details, HoldoutRow + 2, 0, 1, 2);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    // The charts take the room left; the check's chart shares it when shown (showHoldout).
    m_grid->setRowStretch(0, 1);
    m_grid->setRowMinimumHeight(0, 300);
    setDetailsShown(false);
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);

    // The summary first: its first line says that the date range does not apply here (issue 17).
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    (new BusyOverlay(m_stack))->track(m_task);
    showMessage(
        tr("Open a workspace to see predicted customer lifetime value: import orders or open the sample "
           "store from the File menu."));

    connect(m_context, &AnalysisContext::changed, m_refresh, &VisibleRefresh::invalidate);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        m_dateChosen = true;
        setHoldoutFrom(m_splitDate->date());
    });
    connect(m_wholeHistory, &QPushButton::clicked, this, [this] { setHoldoutFrom(QDate()); });
}

void PredictionsView::setHoldoutFrom(const QDate &from)
{
    if (from.isValid())
        m_splitDate->setDate(from);
    if (from == m_holdoutFrom && !m_refresh->isStale())
        return;
    m_holdoutFrom = from;
    m_wholeHistory->setEnabled(from.isValid());
    m_refresh->invalidate();
}

void PredictionsView::setDetailsShown(bool shown)
{
    m_detailsButton->setChecked(shown);
    m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(shown);
}

void PredictionsView::resetState()
{
    m_task->cancel();
    m_staged->cancel();
    m_data.reset();
    m_holdoutFrom = QDate();
    m_dateChosen = false;
    m_wholeHistory->setEnabled(false);
    setDetailsShown(false);
    m_refresh->markStale();
}

void PredictionsView::refresh()
{
    if (!m_refresh->begin())
        return;
    if (!m_context->hasWorkspace()) {
        m_task->cancel();
        m_data.reset();
        showMessage(tr("Open a workspace to see predicted customer lifetime value: import orders or open the "
                       "sample store from the File menu."));
        Q_EMIT resultShown();
        return;
    }
    const QDate calibrationEnd = m_holdoutFrom.isValid() ? m_holdoutFrom.addDays(-1) : QDate();
    startForContext<PredictionsResultPtr>(
        m_task, m_context,
        [calibrationEnd](core::session::WorkspaceSession &session, const Query &query,
                         const TaskControl &control) {
            return session.predictions(query, calibrationEnd, control);
        },
        [this](const PredictionsResultPtr &data) { showResult(data); }, [this] { m_refresh->invalidate(); },
        [this](const core::Error &error) {
            m_data.reset();
            showMessage(tr("The predictions could not be computed: %1").arg(error.message()));
            Q_EMIT resultShown();
        });
}

PredictionsResultPtr PredictionsView::currentData() const
{
    return m_staged->isRunning() ? nullptr : m_data; // null while a new result is put on screen
}

void PredictionsView::showMessage(const QString &text)
{
    m_staged->cancel();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_summary->clear();
}

// Without a day to check from (no workspace, too few customers) the disabled date edit is empty, not the
// date edit's default day (the trial saw a greyed "1 Jan 2000").
void PredictionsView::blankSplitDate()
{
    m_splitDate->setSpecialValueText(QStringLiteral(" "));
    m_splitDate->setDate(m_splitDate->minimumDate());
}

void PredictionsView::updateDateRange(const PredictionsResult &data)
{
    const QDate asOf = data.snapshot ? data.snapshot->asOfDate() : QDate();
    // Without predictions from the whole history (under the minimum of customers, METRICS.md section 8, or
    // no stable fit) there is nothing to check. A check refused for its day stays open: a later day counts
    // more customers (trial 17: the refusal said so beside a blank, disabled date box).
    const bool checking = m_holdoutFrom.isValid();
    const bool noPrediction = !checking && data.clv && data.clv->status != ClvStatus::Ok;
    const bool usable = data.firstDate.isValid() && asOf.isValid() && data.firstDate < asOf && !noPrediction;
    m_splitDate->setEnabled(usable);
    m_compare->setEnabled(usable);
    if (!noPrediction)
        m_compare->setToolTip(QString());
    else if (data.clv->status == ClvStatus::TooFewCustomers)
        m_compare->setToolTip(
            tr("Predictions need at least %n customers within the filters, so there is nothing to check.",
               nullptr, ClvOptions().minimumCustomers));
    else
        m_compare->setToolTip(tr("There are no predictions to check: the message below says why."));
    if (!usable) {
        blankSplitDate();
        return;
    }
    m_splitDate->setSpecialValueText(QString());
    m_splitDate->setDateRange(data.firstDate.addDays(1), asOf);
    if (!m_dateChosen && !m_holdoutFrom.isValid())
        m_splitDate->setDate(defaultHoldoutFrom(data.firstDate, asOf));
}

QDate PredictionsView::defaultHoldoutFrom(const QDate &firstDate, const QDate &asOf)
{
    const QDate middle = firstDate.addDays(std::max<qint64>(1, firstDate.daysTo(asOf) / 2));
    return std::max(middle, asOf.addDays(-181));
}

void PredictionsView::showResult(const PredictionsResultPtr &data)
{
    m_staged->cancel();
    m_data = data;
    updateDateRange(*data);
    const WorkspaceClv &clv = *data->clv;
    if (!data->snapshot || data->snapshot->isEmpty()) {
        showMessage(tr("No data yet: import orders with customer ids to see predicted lifetime value."));
        Q_EMIT resultShown();
        return;
    }
    if (clv.status != ClvStatus::Ok) {
        showMessage(clv.message);
        Q_EMIT resultShown();
        return;
    }
    // Plain words first (issue 17): what the predictions say and how far to trust them, one point a line; the
    // models' names and numbers are in Model details.
    const QStringList lines =
        QStringList{tr("The date range does not apply here: these predictions use every purchase up to %1 "
                       "(within the filters).")
                        .arg(formatDate(clv.calibrationEnd))} +
        predictionSummaryLines(clv);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    // Chart by chart, one per pass of the event loop (StagedUpdate): each rebuilds a QChart.
    m_staged->run({[this] { showDistribution(*m_data); },
                   [this] {
                       std::vector<ClvTrackingChart::Point> points;
                       for (const ClvTrackingMonth &m : m_data->clv->tracking)
                           points.push_back({m.to, m.forecast, m.hasActual, m.actual, m.expected});
                       m_tracking->setData(points, m_data->clv->calibrationEnd);
                   },
                   [this] {
                       showParameters(*m_data->clv);
                       showHoldout(*m_data->clv);
                       m_stack->setCurrentIndex(1);
                       Q_EMIT resultShown();
                   }});
}

void PredictionsView::showDistribution(const PredictionsResult &data)
{
    const QLocale locale;
    const ClvHistogram &h = data.histogram;
    // Whole amounts in the workspace's currency ("€0–€50", "0 €–50 €"); plain numbers when it is not known.
    const auto amount = [&locale](double value) { return formatMoneyAmount(value, locale, 0); };
    QStringList labels;
    std::vector<double> counts;
    for (size_t i = 0; i < h.edges.size(); ++i) {
        labels << (i + 1 < h.edges.size() ? tr("%1–%2").arg(amount(h.edges[i]), amount(h.edges[i + 1]))
                                          : tr("%1+").arg(amount(h.edges[i])));
        counts.push_back(double(h.counts[i]));
    }
    const int horizon = int(data.clv->result.expectedPurchasesByMonth.size());
    if (!data.clv->hasSpend()) {
        m_distribution->setMessage(
            tr("Customers by what they are expected to spend in the next %1 months").arg(horizon),
            tr("Not predicted: the spend model gave no average spend (see the summary above)."));
        return;
    }
    m_distribution->setData(
        tr("Customers by what they are expected to spend in the next %1 months").arg(horizon),
        tr("Expected spend per customer (predicted lifetime value)"), tr("Customers"), labels,
        {{tr("Customers"), counts, 0}}, 0);
}

void PredictionsView::showParameters(const WorkspaceClv &clv)
{
    const QLocale locale;
    // The purchase model in use (METRICS.md section 8: chosen by its holdout test), not always BG/NBD.
    const clv::PurchaseModelFit *fit = clv.result.fitOf(clv.result.model);
    const QString purchaseModel = tr("Purchase model (%1)").arg(clv::purchaseModelName(clv.result.model));
    const QString spendFit = describeFit(clv.result.gammaGamma, locale);
    m_fit->setText(tr("%1\n%2: %3\nSpend model (Gamma-Gamma): %4")
                       .arg(clv.choice.sentence, purchaseModel,
                            fit ? describeFit(*fit, locale)
                                : describeFit(clv.result.bgNbd.diagnostics, locale,
                                              purchaseModelSymbols(PurchaseModelKind::BgNbd)),
                            clv.hasSpend() ? spendFit : tr("not used (%1)").arg(spendFit)));
    std::vector<ParameterExplanation> rows =
        fit ? explainPurchaseModel(*fit, locale) : explainBgNbd(clv.result.bgNbd.parameters, locale);
    // A spend fit that is not used has no parameters to read (they describe no average spend).
    if (clv.hasSpend()) {
        for (ParameterExplanation &p : explainGammaGamma(clv.result.gammaGamma.parameters, locale))
            rows.push_back(std::move(p));
    }
    m_parameters->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const ParameterExplanation &p = rows[size_t(r)];
        auto *name = new QTableWidgetItem(p.symbol);
        name->setData(Qt::UserRole, p.key);
        name->setToolTip(r < 4 ? purchaseModel : tr("Spend model (Gamma-Gamma)"));
        auto *value = new QTableWidgetItem(formatParameterValue(p.value, locale));
        value->setData(Qt::UserRole, p.value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_parameters->setItem(r, 0, name);
        m_parameters->setItem(r, 1, value);
        m_parameters->setItem(r, 2, new QTableWidgetItem(p.meaning));
    }
}

void PredictionsView::showHoldout(const WorkspaceClv &clv)
{
    // An empty row keeps its stretch, so the check's row stretches only while its chart shows.
    const auto showChart = [this](bool shown) {
        m_holdoutHint->setVisible(!shown);
        m_holdout->setVisible(shown);
        m_grid->setRowStretch(HoldoutRow, shown ? 1 : 0);
    };
    if (!clv.hasHoldout()) {
        showChart(false);
        return;
    }
    const ClvHoldout &h = clv.holdout.front();
    QStringList labels;
    std::vector<double> actual;
    std::vector<double> expected;
    for (const HoldoutGroup &g : h.groups) {
        labels << (g.orMore ? tr("%1+").arg(g.repeatPurchases) : QString::number(g.repeatPurchases));
        actual.push_back(g.actualMean);
        expected.push_back(g.expectedMean);
    }
    const QLocale locale;
    m_holdout->setData(tr("%1 to %2: %3 repeat purchases expected, %4 made")
                           .arg(formatDate(h.from), formatDate(h.to),
                                locale.toString(h.expectedTotal, 'f', 0),
                                locale.toString(h.actualTotal, 'f', 0)),
                       tr("Repeat purchases before %1").arg(formatDate(h.from)),
                       tr("Repeat purchases per customer from %1").arg(formatDate(h.from)), labels,
                       {{tr("Actual"), actual, 0}, {tr("Expected"), expected, 2}}, 2);
    showChart(true);
}

} // namespace storelens::ui
