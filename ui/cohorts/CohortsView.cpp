#include "ui/cohorts/CohortsView.h"

#include "core/analytics/customers/CustomerLinks.h"
#include "ui/charts/CohortCurveChart.h"
#include "ui/cohorts/CohortHeatmapModel.h"
#include "ui/cohorts/CohortHeatmapView.h"
#include "ui/cohorts/CohortLabels.h"
#include "ui/cohorts/CohortLegend.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/ContextComputation.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/common/StagedUpdate.h"
#include "ui/common/VisibleRefresh.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace storelens::ui {

using namespace core::analytics;

namespace {

const QString MetricSetting = QStringLiteral("cohorts/metric");

} // namespace

CohortsView::CohortsView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new LatestTask(this))
    , m_staged(new StagedUpdate(this))
    , m_drillTask(new LatestTask(this))
    , m_metricBox(new QComboBox(this))
    , m_grainBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(m_stack))
    , m_model(new CohortHeatmapModel(this))
    , m_heatmap(new CohortHeatmapView(this))
    , m_legend(new CohortLegend(this))
    , m_chart(new CohortCurveChart(this))
    , m_refresh(new VisibleRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("CohortsView"));
    m_metricBox->setObjectName(QStringLiteral("cohortMetric"));
    for (CohortMetric metric : {CohortMetric::Retention, CohortMetric::Revenue,
                                CohortMetric::CumulativeRevenue, CohortMetric::Orders})
        m_metricBox->addItem(CohortHeatmapModel::metricName(metric), int(metric));
    const auto saved = cohortMetricFromKey(QSettings().value(MetricSetting).toString());
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(saved.value_or(CohortMetric::Retention))));
    m_grainBox->setObjectName(QStringLiteral("cohortGrain"));
    m_grainBox->addItem(tr("Week"), int(Grain::Week));
    m_grainBox->addItem(tr("Month"), int(Grain::Month));
    m_grainBox->addItem(tr("Quarter"), int(Grain::Quarter));
    m_summary->setObjectName(QStringLiteral("cohortSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricBox);
    auto *grainLabel = new QLabel(tr("Cohorts &by:"), this);
    grainLabel->setBuddy(m_grainBox);
    auto *controls = new QHBoxLayout;
    controls->addWidget(metricLabel);
    controls->addWidget(m_metricBox);
    controls->addSpacing(12);
    controls->addWidget(grainLabel);
    controls->addWidget(m_grainBox);
    controls->addSpacing(12);
    controls->addWidget(m_summary, 1);

    m_heatmap->setModel(m_model);
    auto *heatmapPane = new QWidget(this);
    auto *heatmapLayout = new QVBoxLayout(heatmapPane);
    heatmapLayout->setContentsMargins(0, 0, 0, 0);
    heatmapLayout->addWidget(m_heatmap, 1);
    heatmapLayout->addWidget(m_legend);
    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(QStringLiteral("cohortSplitter"));
    splitter->addWidget(heatmapPane);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 400}); // scaled to the real width when laid out
    m_chart->setMinimumWidth(280);

    m_emptyState->setObjectName(QStringLiteral("cohortEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    (new BusyOverlay(m_stack))->track(m_task);
    showEmptyState(tr("Open a workspace to see how customers come back: import orders or open the sample "
                      "store from the File menu."));
    syncGrainFromQuery();

    connect(m_context, &AnalysisContext::changed, this, [this] {
        syncGrainFromQuery();
        m_refresh->invalidate();
    });
    connect(m_grainBox, &QComboBox::activated, this, &CohortsView::onGrainChosen);
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, &CohortsView::onMetricChosen);
    connect(m_heatmap, &CohortHeatmapView::cellActivated, this, &CohortsView::drill);
}

void CohortsView::setMetric(CohortMetric metric)
{
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
}

void CohortsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        updateLegend();
    }
    QWidget::changeEvent(event);
}

void CohortsView::syncGrainFromQuery()
{
    const Grain grain =
        m_context->query().cohortGrain == Grain::Day ? Grain::Month : m_context->query().cohortGrain;
    m_grainBox->setCurrentIndex(m_grainBox->findData(int(grain)));
}

void CohortsView::onGrainChosen()
{
    const Grain grain = Grain(m_grainBox->currentData().toInt());
    if (grain == m_context->query().cohortGrain)
        return;
    Query query = m_context->query();
    query.cohortGrain = grain;
    m_context->setQuery(query);
}

void CohortsView::onMetricChosen()
{
    const CohortMetric metric = CohortMetric(m_metricBox->currentData().toInt());
    QSettings().setValue(MetricSetting, cohortMetricKey(metric));
    m_model->setMetric(metric);
    updateLegend();
}

void CohortsView::refresh()
{
    if (!m_refresh->begin())
        return;
    if (!m_context->hasWorkspace()) {
        m_task->cancel();
        m_data.reset();
        m_model->clear();
        showEmptyState(tr("Open a workspace to see how customers come back: import orders or open the sample "
                          "store from the File menu."));
        Q_EMIT resultShown();
        return;
    }
    startForContext<core::session::CohortsResultPtr>(
        m_task, m_context,
        [](core::session::WorkspaceSession &session, const Query &query, const TaskControl &control) {
            return session.cohorts(query, control);
        },
        [this](const core::session::CohortsResultPtr &data) { showResult(data); },
        [this] { m_refresh->invalidate(); },
        [this](const core::Error &error) {
            m_data.reset();
            m_model->clear();
            showEmptyState(tr("The cohorts could not be computed: %1").arg(error.message()));
            Q_EMIT resultShown();
        });
}

void CohortsView::resetState()
{
    m_task->cancel();
    m_drillTask->cancel();
    m_staged->cancel();
    m_data.reset();
    m_model->clear();
    m_heatmap->setCurrentIndex(QModelIndex());
    m_summary->clear();
    m_refresh->markStale();
}

void CohortsView::showEmptyState(const QString &text)
{
    m_staged->cancel();
    m_emptyState->setText(text);
    m_stack->setCurrentWidget(m_emptyState);
    m_summary->clear();
}

void CohortsView::showResult(const core::session::CohortsResultPtr &data)
{
    m_staged->cancel();
    m_data = data;
    if (!data->hasData()) {
        m_model->clear();
        showEmptyState(tr("No orders yet: import orders (File, Import) or open the sample store to see "
                          "cohorts."));
        Q_EMIT resultShown();
        return;
    }
    if (!data->hasCohorts()) {
        m_model->clear();
        // No sale names a customer at all (guest sales only): say so, not "clear a filter" (trial 12b).
        const QString noCustomers = core::analytics::noIdentifiedCustomersReason(*data->snapshot);
        showEmptyState(!noCustomers.isEmpty()
                           ? noCustomers
                           : tr("No customer made a first purchase in the selected date range with these "
                                "filters. Widen the date range or clear a filter."));
        Q_EMIT resultShown();
        return;
    }
    const CohortMetric metric = CohortMetric(m_metricBox->currentData().toInt());
    const QModelIndex previous = m_heatmap->currentIndex();
    m_model->setResult(data, metric, palette());
    m_heatmap->fitSizeColumn();
    m_heatmap->setCurrentIndex(m_model->index(
        std::clamp(previous.row(), 0, m_model->rowCount() - 1),
        std::clamp(previous.isValid() ? previous.column() : 1, 0, m_model->columnCount() - 1)));
    updateLegend();
    // The curve chart in the next pass of the event loop (StagedUpdate): it rebuilds a QChart.
    m_staged->runFromNextPass({[this] { showCurves(*m_data); }});
}

void CohortsView::showCurves(const core::session::CohortsResult &data)
{
    const CohortMatrix &matrix = data.matrix;
    const auto &cohorts = matrix.cohorts();
    std::vector<CohortCurve> curves;
    const size_t first = cohorts.size() > size_t(CurveCohorts) ? cohorts.size() - size_t(CurveCohorts) : 0;
    for (size_t c = first; c < cohorts.size(); ++c) {
        CohortCurve curve;
        curve.label = cohortPeriodName(matrix.grain(), cohorts[c].periodIndex);
        for (int age = 0; age < matrix.ageCount(); ++age) {
            const auto v = matrix.value(CohortMetric::CumulativeRevenue, int(c), age);
            if (!v)
                break;
            curve.values.push_back(*v);
        }
        curves.push_back(std::move(curve));
    }
    QString ageTitle;
    switch (matrix.grain()) {
    case Grain::Day:
    case Grain::Week:
        ageTitle = tr("Age in weeks");
        break;
    case Grain::Month:
        ageTitle = tr("Age in months");
        break;
    case Grain::Quarter:
        ageTitle = tr("Age in quarters");
        break;
    }
    // The currency in the axis title, as on the Overview's money axes.
    const QString symbol = displayCurrencySymbol();
    m_chart->setCurves(curves, ageTitle,
                       symbol.isEmpty() ? tr("Net sales per customer")
                                        : tr("Net sales per customer (%1)").arg(symbol),
                       int(cohorts.size()));

    qint64 customers = 0;
    for (const Cohort &cohort : cohorts)
        customers += cohort.size;
    // The period in force in one plain sentence (issue 17): whose first purchases, followed up to when, and
    // that nothing is compared with another period.
    QString summary =
        tr("Customers who first bought from %1 to %2 (%3, %4), followed up to %5; no comparison with "
           "another period.")
            .arg(formatDate(cohorts.front().from),
                 // The last cohort's bucket may end after the data does (30 Nov for data to 28 Nov).
                 formatDate(std::min(cohorts.back().to, QDate::fromJulianDay(matrix.asOfDay()))),
                 tr("%Ln cohort(s)", nullptr, int(cohorts.size())),
                 tr("%Ln customer(s)", nullptr, int(customers)),
                 formatDate(QDate::fromJulianDay(matrix.asOfDay())));
    if (matrix.hasUnpricedLines())
        summary +=
            QLatin1Char(' ') +
            tr("Some lines were imported without prices: revenue cells of those lines say \"no "
               "prices\" (their money is unknown, not 0); ~ marks a value that leaves such lines out.");
    m_summary->setText(summary);
    m_stack->setCurrentIndex(1);
    Q_EMIT resultShown();
}

void CohortsView::updateLegend()
{
    if (!m_model->result())
        return;
    const CohortMetric metric = m_model->metric();
    m_legend->setShowsPartial(m_model->result()->matrix.hasPartial());
    const QString high = m_model->formatValue(metric, m_model->scale().maximum());
    if (!m_model->scale().hasSpread()) {
        m_legend->setSingleValue(m_model->scale(), m_model->metricName(), high);
        return;
    }
    m_legend->setScale(m_model->scale(), m_model->metricName(), m_model->formatValue(metric, 0),
                       m_model->scale().hasValuesAbove() ? tr("%1 or more").arg(high) : high);
}

void CohortsView::drill(const QModelIndex &index)
{
    const core::session::CohortsResultPtr data = m_model->result();
    if (!data || !index.isValid())
        return;
    const int row = index.row();
    const int age = std::max(0, CohortHeatmapModel::ageOfColumn(index.column()));
    if (data->matrix.isEmpty(row, age))
        return;
    const QString title = m_model->drillTitle(row, index.column());
    m_drillTask->start<QStringList>(
        [data, row, age](const TaskControl &) {
            return core::Result<QStringList>(data->customerIds(row, age));
        },
        [this, title](const QStringList &ids) { m_context->showCustomers(title, ids); });
}

} // namespace storelens::ui
