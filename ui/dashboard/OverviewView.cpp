#include "ui/dashboard/OverviewView.h"

#include "core/analytics/explain/Explain.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "core/model/TextLocale.h"
#include "core/session/WorkspaceSession.h"
#include "ui/charts/BreakdownBarChart.h"
#include "ui/charts/NetSalesTrendChart.h"
#include "ui/charts/NewReturningCustomersChart.h"
#include "ui/charts/YearOverYearChart.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/common/StagedUpdate.h"
#include "ui/common/ViewPrinter.h"
#include "ui/dashboard/BreakdownLabels.h"
#include "ui/dashboard/ExplainPanel.h"
#include "ui/dashboard/FlowLayout.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/TileChoice.h"
#include "ui/dashboard/TileSettingsDialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace storelens::ui {

namespace {

using core::analytics::BreakdownDimension;
using core::analytics::Comparison;
using core::analytics::Grain;
using core::analytics::KpiId;

// Why a change without colour was not tested (METRICS.md section 9), for the tile's short note.
KpiTile::VariationCheck variationCheck(const core::analytics::explain::Verdict &verdict)
{
    if (verdict.tested)
        return KpiTile::VariationCheck::Tested;
    if (verdict.sourceEndsEarly)
        return KpiTile::VariationCheck::SourceEndsEarly;
    if (verdict.noVariation)
        return KpiTile::VariationCheck::NoVariation;
    if (verdict.test == QLatin1String("welch"))
        return KpiTile::VariationCheck::TooFewDays;
    return KpiTile::VariationCheck::NotTestable;
}

constexpr int kTwoChartColumnsFrom = 900; // px of view width

const core::analytics::Breakdown *findBreakdown(const core::session::OverviewResult &result,
                                                BreakdownDimension dimension)
{
    for (const auto &breakdown : result.breakdowns) {
        if (breakdown.dimension == dimension)
            return &breakdown;
    }
    return nullptr;
}

// A chart property: true when the data give the chart nothing to say, so it is not placed.
constexpr char kUnwanted[] = "storelensUnwanted";

QString noWorkspaceMessage()
{
    return QCoreApplication::translate(
        "storelens::ui::OverviewView",
        "No workspace is open: open one (File ▸ Open…) or the sample store (File ▸ Open the Sample Store).");
}

QString noDataMessage()
{
    return QCoreApplication::translate(
        "storelens::ui::OverviewView",
        "No data yet: import orders (File ▸ Import…) to see the Overview, or open "
        "the sample store (File ▸ Open the Sample Store).");
}

// Why retention, churn and the other tiles of the look-back window cannot tell yet
// (core::analytics::lookBackTooShort()); empty when they can.
QString tooEarlyNote(const core::analytics::KpiReport &kpis)
{
    const auto window = core::analytics::lookBackTooShort(kpis);
    if (!window)
        return {};
    return QCoreApplication::translate(
               "storelens::ui::OverviewView",
               "A customer counts as lost after %1 days without buying; the data before "
               "this period covers only %2 of those days.")
        .arg(QLocale().toString(window->range.days()), QLocale().toString(window->daysWithData));
}

// The coverage notes under the heading, each said once (METRICS.md section 1). When the comparison period
// holds too little data the heading says so, and its own notes would repeat it; a look-back window without a
// day of data leaves retention and churn without a value, and their tiles say why; a window too short to
// tell is said on those tiles (tooEarlyNote), and then its comparison's window needs no word either.
QStringList coverageNotes(const core::analytics::KpiReport &kpis)
{
    using Kind = core::analytics::DataCoverageWarning::Kind;
    const bool tooEarly = core::analytics::lookBackTooShort(kpis).has_value();
    QStringList notes;
    for (const auto &warning : kpis.warnings) {
        const bool ofComparison =
            warning.kind == Kind::ComparisonPeriod || warning.kind == Kind::ComparisonRetentionWindow;
        const bool ofWindow =
            warning.kind == Kind::RetentionWindow || warning.kind == Kind::ComparisonRetentionWindow;
        if ((ofComparison && !kpis.comparable) ||
            (warning.kind == Kind::RetentionWindow && warning.daysWithData == 0) || (ofWindow && tooEarly) ||
            notes.contains(warning.message))
            continue;
        notes.append(warning.message);
    }
    return notes;
}

} // namespace

OverviewView::OverviewView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new LatestTask(this))
    , m_targetsTask(new LatestTask(this))
    , m_verdictTask(new LatestTask(this))
    , m_staged(new StagedUpdate(this))
    , m_tileChoice(loadTileChoice())
{
    setObjectName(QStringLiteral("OverviewView"));
    connect(m_staged, &StagedUpdate::finished, this, [this] {
        m_shownGeneration = m_data->generation;
        m_awaitingPaint = true;
        m_content->update();
    });
    // The tiles' normal-variation verdicts only colour changes already shown: they start once the result has
    // painted, so that at 10,000,000 lines their pass over both periods does not hold up the first paint on
    // two cores (issue 20's start-up). Until then a change is plain, as before any verdict.
    connect(this, &OverviewView::resultShown, this, [this] {
        if (m_verdictsAfterPaint && m_data && m_data->generation == m_shownGeneration) {
            m_verdictsAfterPaint = false;
            computeVerdicts();
        }
    });
    buildUi();
    rebuildTiles();
    auto *overlay = new BusyOverlay(this);
    overlay->track(m_task);

    connect(m_context, &AnalysisContext::changed, this, &OverviewView::recompute);
    connect(m_context, &AnalysisContext::workspaceChanged, this, &OverviewView::loadTargets);
    if (m_context->hasWorkspace()) {
        loadTargets();
        recompute();
    } else {
        showEmpty(noWorkspaceMessage());
    }
}

void OverviewView::buildUi()
{
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("overviewContent"));
    m_heading = new QLabel(m_content);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_chooseTiles = new QPushButton(tr("Choose &tiles…"), m_content);
    m_chooseTiles->setObjectName(QStringLiteral("chooseTiles"));
    m_chooseTiles->setToolTip(tr("Choose and order the KPI tiles and set targets."));
    ViewPrinter::setScreenOnly(m_chooseTiles);
    connect(m_chooseTiles, &QPushButton::clicked, this, &OverviewView::chooseTiles);
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(80);
    m_message->hide();
    m_warnings = new QLabel(m_content);
    m_warnings->setObjectName(QStringLiteral("overviewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->hide();

    m_tileArea = new QWidget(m_content);
    m_tileLayout = new FlowLayout(m_tileArea, 8);

    m_chartArea = new QWidget(m_content);
    m_chartLayout = new QGridLayout(m_chartArea);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(8);
    m_trend = new NetSalesTrendChart(m_chartArea);
    m_yoy = new YearOverYearChart(m_chartArea);
    m_newReturning = new NewReturningCustomersChart(m_chartArea);
    m_byStore = new BreakdownBarChart(tr("Net sales by store"), m_chartArea);
    m_byChannel = new BreakdownBarChart(tr("Net sales by channel"), m_chartArea);
    m_byCategory = new BreakdownBarChart(tr("Net sales by category"), m_chartArea);
    // By the customer's country (METRICS.md section 1): a till line of a customer the web shop knows is
    // counted in that country (trials 21 and 21b read the title as the line's own country).
    m_byCountry = new BreakdownBarChart(tr("Net sales by customer's country"), m_chartArea);
    m_topProducts = new BreakdownBarChart(tr("Top products by net sales"), m_chartArea);
    m_yoy->setDataKeyTitle(grainTitle(Grain::Month));
    m_byStore->setDataKeyTitle(tr("Store"));
    m_byChannel->setDataKeyTitle(tr("Channel"));
    m_byCategory->setDataKeyTitle(tr("Category"));
    m_byCountry->setDataKeyTitle(tr("Country"));
    m_topProducts->setDataKeyTitle(tr("Product"));
    // Shown only when the data hold more than one country (fillBreakdown).
    m_byCountry->setProperty(kUnwanted, true);
    m_byCountry->hide();
    m_byStore->setObjectName(QStringLiteral("storeChart"));
    m_byChannel->setObjectName(QStringLiteral("channelChart"));
    m_byCategory->setObjectName(QStringLiteral("categoryChart"));
    m_byCountry->setObjectName(QStringLiteral("countryChart"));
    m_topProducts->setObjectName(QStringLiteral("topProductsChart"));
    m_topProducts->setMinimumHeight(320);
    placeCharts();

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_chooseTiles);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_warnings);
    layout->addWidget(m_message);
    layout->addWidget(m_tileArea);
    layout->addWidget(m_chartArea);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("overviewScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);
    m_explain = new ExplainPanel(m_context, this);
    connect(m_explain, &ExplainPanel::filterRequested, this, &OverviewView::filterRequested);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_scroll);
    m_splitter->addWidget(m_explain);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_splitter);
    m_scroll->viewport()->installEventFilter(this);
    m_content->installEventFilter(this);
}

void OverviewView::placeCharts()
{
    const int columns = width() >= kTwoChartColumnsFrom ? 2 : 1;
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    const QList<QWidget *> all = {m_yoy,        m_newReturning, m_byStore,    m_byChannel,
                                  m_byCategory, m_byCountry,    m_topProducts};
    m_chartLayout->removeWidget(m_trend);
    QList<QWidget *> charts;
    for (QWidget *chart : all) {
        m_chartLayout->removeWidget(chart);
        if (!chart->property(kUnwanted).toBool())
            charts.append(chart);
    }
    m_chartLayout->addWidget(m_trend, 0, 0, 1, columns);
    for (int i = 0; i < charts.size(); ++i)
        m_chartLayout->addWidget(charts[i], 1 + i / columns, i % columns);
    for (int c = 0; c < 2; ++c)
        m_chartLayout->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCharts();
}

bool OverviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_awaitingPaint) {
        m_awaitingPaint = false;
        // After this paint has finished.
        QTimer::singleShot(0, this, &OverviewView::resultShown);
    }
    return QWidget::eventFilter(watched, event);
}

const OverviewData *OverviewView::shownData() const
{
    return m_data && !m_staged->isRunning() ? &*m_data : nullptr;
}

KpiTile *OverviewView::tile(KpiId id) const
{
    const auto it = m_tiles.find(id);
    return it == m_tiles.end() ? nullptr : it->second;
}

BreakdownBarChart *OverviewView::breakdownChart(BreakdownDimension dimension) const
{
    switch (dimension) {
    case BreakdownDimension::Store:
        return m_byStore;
    case BreakdownDimension::Channel:
        return m_byChannel;
    case BreakdownDimension::Category:
        return m_byCategory;
    case BreakdownDimension::Product:
        return m_topProducts;
    case BreakdownDimension::Country:
        return m_byCountry;
    }
    return nullptr;
}

void OverviewView::explain(KpiId id)
{
    const bool opening = m_explain->isHidden();
    m_explain->explain(id);
    if (opening) {
        const int total = m_splitter->width();
        const int panel = std::clamp(total * 2 / 5, m_explain->minimumWidth(), 720);
        m_splitter->setSizes({total - panel, panel});
    }
}

void OverviewView::setTileChoice(const std::vector<KpiId> &tiles)
{
    m_tileChoice = tiles;
    saveTileChoice(tiles);
    rebuildTiles();
    // A tile added now needs its own verdict; until it has one its change is plain.
    if (m_data && m_data->result->snapshot && !m_data->result->snapshot->isEmpty())
        computeVerdicts();
}

void OverviewView::setTargets(const core::analytics::KpiTargets &targets)
{
    m_targets = targets;
    fillTiles();
    const auto &session = m_context->session();
    if (!session)
        return;
    // Through the session's write queue: never dropped, in order with every other settings write.
    session->saveKpiTargets(targets).then(this, [this](const core::Result<void> &saved) {
        if (saved)
            return;
        m_warnings->setText(tr("The targets could not be saved: %1").arg(saved.error().message()));
        m_warnings->show();
    });
}

void OverviewView::chooseTiles()
{
    TileSettingsDialog dialog(m_tileChoice, m_targets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setTileChoice(dialog.tiles());
    setTargets(dialog.targets());
}

void OverviewView::loadTargets()
{
    m_targets.clear();
    const auto &session = m_context->session();
    if (!session)
        return;
    m_targetsTask->start<core::analytics::KpiTargets>(
        [session](const TaskControl &) -> core::Result<core::analytics::KpiTargets> {
            const auto settings = session->settings();
            if (!settings)
                return settings.error();
            if (!settings.value()->targetsProblem.isEmpty())
                return core::Error(core::ErrorCode::Format, settings.value()->targetsProblem);
            return settings.value()->targets;
        },
        [this](const core::analytics::KpiTargets &targets) {
            m_targets = targets;
            fillTiles();
        });
}

void OverviewView::recompute()
{
    const QString path = m_context->workspacePath();
    if (path.isEmpty()) {
        m_task->cancel();
        m_data.reset();
        m_shownGeneration = m_context->generation();
        showEmpty(noWorkspaceMessage());
        return;
    }
    const core::analytics::Query query = m_context->query();
    const quint64 generation = m_context->generation();
    m_task->start<OverviewData>(
        [session = m_context->session(), query,
         generation](const TaskControl &control) -> core::Result<OverviewData> {
            auto result = session->overview(query, core::session::OverviewRequest(), control);
            if (!result)
                return result.error();
            return OverviewData{generation, std::move(result).value()};
        },
        [this](const OverviewData &data) { showData(data); },
        [this, generation](const core::Error &error) { showFailure(generation, error); });
}

void OverviewView::showData(OverviewData data)
{
    if (data.generation != m_context->generation()) {
        Q_EMIT staleResultDropped();
        return;
    }
    const auto &result = *data.result;
    m_staged->cancel();
    if (!result.snapshot || result.snapshot->isEmpty()) {
        m_shownGeneration = data.generation;
        m_data = std::move(data);
        showEmpty(noDataMessage());
        m_awaitingPaint = true;
        m_content->update();
        return;
    }
    m_data = std::move(data);
    m_message->hide();
    m_tileArea->show();
    m_chartArea->show();
    m_chooseTiles->setEnabled(true);

    const auto &kpis = m_data->result->kpis;
    m_heading->setText(core::analytics::periodSentence(kpis));
    const QStringList warnings = coverageNotes(kpis);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    std::vector<std::function<void()>> steps{[this] { fillTiles(); }};
    for (auto &step : chartSteps())
        steps.push_back(std::move(step));
    m_staged->run(std::move(steps)); // finished() asks for the paint that emits resultShown
    m_verdictsAfterPaint = true;
}

// The normal-variation verdict of every tile the engine explains, in the background (METRICS.md section 9).
void OverviewView::computeVerdicts()
{
    std::vector<KpiId> kpis;
    for (KpiId id : m_tileChoice) {
        if (core::analytics::explain::canExplain(id) && m_data->result->kpis.kpi(id).hasChange)
            kpis.push_back(id);
    }
    using Verdicts = std::map<KpiId, TileVerdict>;
    const quint64 generation = m_data->generation;
    m_verdictTask->start<Verdicts>(
        [session = m_context->session(), query = m_context->query(),
         kpis](const TaskControl &control) -> core::Result<Verdicts> {
            auto resolved = session->resolve(query, control);
            if (!resolved)
                return resolved.error();
            // One call for every tile: the customer facts and the KPI report are built once; a verdict
            // needs no large orders.
            auto each = session->explainEach(resolved.value(), kpis, {},
                                             core::analytics::explain::Depth::Verdict, control);
            if (!each)
                return each.error();
            Verdicts verdicts;
            for (const auto &e : each.value()) {
                if (e->comparable)
                    verdicts[e->kpi] = {e->verdict.withinNormalVariation, variationCheck(e->verdict),
                                        e->verdict.sentence};
            }
            return verdicts;
        },
        [this, generation](const Verdicts &verdicts) {
            if (!m_data || m_data->generation != generation)
                return;
            m_verdicts = verdicts;
            m_verdictGeneration = generation;
            fillTiles();
            Q_EMIT verdictsShown();
        });
}

void OverviewView::showFailure(quint64 generation, const core::Error &error)
{
    if (generation != m_context->generation()) {
        Q_EMIT staleResultDropped();
        return;
    }
    m_data.reset();
    m_shownGeneration = generation;
    m_staged->cancel();
    if (error.code() == core::ErrorCode::TooLittleData)
        showEmpty(noDataMessage());
    else
        showEmpty(tr("The Overview could not be computed: %1").arg(error.message()));
    m_awaitingPaint = true;
    m_content->update();
}

void OverviewView::showEmpty(const QString &message)
{
    m_staged->cancel(); // the steps of a result still being shown read m_data
    m_heading->clear();
    m_warnings->hide();
    m_message->setText(message);
    m_message->show();
    m_tileArea->hide();
    m_chartArea->hide();
    m_chooseTiles->setEnabled(m_context->hasWorkspace());
}

void OverviewView::rebuildTiles()
{
    for (auto &[id, tile] : m_tiles) {
        m_tileLayout->removeWidget(tile);
        delete tile;
    }
    m_tiles.clear();
    for (KpiId id : m_tileChoice) {
        auto *tile = new KpiTile(id, m_tileArea);
        connect(tile, &KpiTile::whyRequested, this, &OverviewView::explain);
        m_tileLayout->addWidget(tile);
        m_tiles[id] = tile;
    }
    fillTiles();
}

QString OverviewView::comparisonName() const
{
    if (!m_data)
        return {};
    switch (m_data->result->kpis.comparisonKind) {
    case Comparison::PreviousPeriod:
        return tr("Previous period");
    case Comparison::SamePeriodLastYear:
        return tr("A year earlier");
    case Comparison::None:
        break;
    }
    return {};
}

void OverviewView::fillTiles()
{
    const bool hasResult = m_data && m_data->result->snapshot && !m_data->result->snapshot->isEmpty();
    const QString comparison =
        hasResult && m_data->result->kpis.comparisonPeriod.isValid() ? comparisonName() : QString();
    const QStringList periods = hasResult ? seriesLabels(m_data->result->series) : QStringList();
    // The buckets that hold data: the sparklines break only at the others.
    const std::vector<uint8_t> hasData =
        hasResult ? bucketsWithData(m_data->result->series, m_data->result->snapshot->firstDate())
                  : std::vector<uint8_t>();
    KpiTile::ViewNotes notes;
    if (hasResult) {
        notes.saidAbove = coverageNotes(m_data->result->kpis);
        notes.tooEarly = tooEarlyNote(m_data->result->kpis);
    }
    for (auto &[id, tile] : m_tiles) {
        const auto target = m_targets.find(core::analytics::kpiKey(id));
        tile->setTarget(target == m_targets.end() ? std::nullopt : std::optional<double>(target->second));
        if (!hasResult) {
            tile->clear();
            continue;
        }
        tile->setResult(m_data->result->kpis.kpi(id), comparison, notes);
        if (const auto verdict = m_verdicts.find(id);
            m_verdictGeneration == m_data->generation && verdict != m_verdicts.end())
            tile->setNormalVariation(verdict->second.within, verdict->second.sentence, verdict->second.check);
        std::vector<double> values;
        std::vector<uint8_t> hasValue;
        if (kpiSeries(m_data->result->series, id, &values, &hasValue)) {
            const QDate firstDay = m_data->result->snapshot->firstDate();
            for (size_t i = 0; i < hasValue.size(); ++i) {
                if (m_data->result->series.beforeData(i, firstDay))
                    hasValue[i] = 0; // not a 0 at the start of the sparkline (trial 21)
            }
            tile->setSeries(std::move(values), std::move(hasValue), periods, hasData);
        } else {
            tile->setSeries({}, {});
        }
    }
}

QString OverviewView::grainTitle(Grain grain) const
{
    switch (grain) {
    case Grain::Day:
        return tr("Day");
    case Grain::Week:
        return tr("Week");
    case Grain::Month:
        return tr("Month");
    case Grain::Quarter:
        return tr("Quarter");
    }
    return {};
}

QString OverviewView::bucketLabel(QDate start, Grain grain, bool withYear) const
{
    const QLocale locale = core::namesLocale();
    switch (grain) {
    case Grain::Day:
    case Grain::Week:
        return locale.toString(start, QStringLiteral("d MMM"));
    case Grain::Month:
        // "Nov 25" read as 25 November (trial 25se): a month with its year is written in full.
        return locale.toString(start, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
    case Grain::Quarter:
        return tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    }
    return {};
}

QStringList OverviewView::seriesLabels(const core::analytics::TimeSeries &series) const
{
    QStringList labels;
    for (const auto &bucket : series.buckets)
        labels.append(bucketLabel(bucket.start, series.grain, true) + toDate(bucket.start, series.grain));
    return labels;
}

// METRICS.md section 1, "Partial periods": the bucket that is not over at the as-of date is labelled "to
// date".
bool OverviewView::isToDate(QDate start, Grain grain) const
{
    const QDate asOf = m_data->result->kpis.asOf;
    const QDate end = core::analytics::nextBucketStart(start, grain).addDays(-1);
    return start <= asOf && end > asOf;
}

QString OverviewView::toDate(QDate start, Grain grain) const
{
    return isToDate(start, grain) ? tr(" (to date)") : QString();
}

// One step per chart: each rebuilds a QChart (about 10 ms), and StagedUpdate runs them in separate passes.
std::vector<std::function<void()>> OverviewView::chartSteps()
{
    std::vector<std::function<void()>> steps;
    steps.emplace_back([this] {
        const auto &result = *m_data->result;
        const auto &series = result.series;
        const QStringList labels = seriesLabels(series);
        int partial = -1; // the bucket that is not over at the as-of date, drawn as partial
        for (size_t i = 0; i < series.buckets.size(); ++i) {
            if (isToDate(series.buckets[i].start, series.grain))
                partial = int(i);
        }
        // A comparison the coverage rule refuses is not plotted: a line beside it would be read as a change.
        const bool comparable = result.kpis.kpi(KpiId::NetSales).comparable;
        const std::vector<double> comparisonNet = result.comparisonSeries.buckets.empty() || !comparable
                                                      ? std::vector<double>()
                                                      : result.comparisonSeries.series(KpiId::NetSales);
        // A bucket that ends before the first day with data has no point (NaN), so its 0 is not drawn as a
        // month without sales.
        std::vector<double> net = series.series(KpiId::NetSales);
        const QDate firstDay = result.snapshot ? result.snapshot->firstDate() : QDate();
        for (size_t i = 0; i < net.size(); ++i) {
            if (series.beforeData(i, firstDay))
                net[i] = std::numeric_limits<double>::quiet_NaN();
        }
        m_trend->setDataKeyTitle(grainTitle(series.grain));
        m_trend->setData(labels, net, tr("This period"), comparisonNet, comparisonName(), partial);
    });
    steps.emplace_back([this] {
        const auto &result = *m_data->result;
        QStringList months;
        int partial = -1;
        for (const QDate &start : result.months) {
            if (isToDate(start, Grain::Month))
                partial = int(months.size());
            months.append(bucketLabel(start, Grain::Month, result.months.size() > 12) +
                          toDate(start, Grain::Month));
        }
        m_yoy->setData(months, result.monthlyNet, tr("This period"), result.monthlyNetYearEarlier,
                       tr("A year earlier"), partial);
    });
    steps.emplace_back([this] {
        const auto &series = m_data->result->series;
        // Month names alone where a year holds every bucket (the half-width charts have little room).
        QStringList shortLabels;
        int partial = -1;
        for (const auto &bucket : series.buckets) {
            if (isToDate(bucket.start, series.grain))
                partial = int(shortLabels.size());
            shortLabels.append(bucketLabel(bucket.start, series.grain, series.buckets.size() > 12) +
                               toDate(bucket.start, series.grain));
        }
        std::vector<double> newCustomers;
        std::vector<double> returning;
        std::vector<uint8_t> ignored;
        kpiSeries(series, KpiId::NewCustomers, &newCustomers, &ignored);
        kpiSeries(series, KpiId::ReturningCustomers, &returning, &ignored);
        m_newReturning->setDataKeyTitle(grainTitle(series.grain));
        m_newReturning->setData(shortLabels, newCustomers, returning, partial);
    });
    for (BreakdownDimension dimension :
         {BreakdownDimension::Store, BreakdownDimension::Channel, BreakdownDimension::Category,
          BreakdownDimension::Country, BreakdownDimension::Product})
        steps.emplace_back([this, dimension] { fillBreakdown(dimension); });
    return steps;
}

void OverviewView::fillBreakdown(BreakdownDimension dimension)
{
    BreakdownChartLabels labels;
    std::vector<double> values;
    std::vector<double> shares;
    QString note;
    if (const auto *breakdown = findBreakdown(*m_data->result, dimension)) {
        const size_t limit = dimension == BreakdownDimension::Product ? 10 : 12;
        labels = breakdownChartLabels(*breakdown, limit);
        note = breakdownRestNote(*breakdown, limit);
        for (size_t i = 0; i < breakdown->rows.size() && i < limit; ++i) {
            values.push_back(breakdown->rows[i].netSales.toDouble());
            shares.push_back(breakdown->rows[i].shareOfNetSales);
        }
    }
    const QStringList &rowLabels = labels.names;
    BreakdownBarChart *chart = breakdownChart(dimension);
    chart->setData(rowLabels, values, shares, labels.toolTips, note);
    // A breakdown whose dimension has one value (one store, one channel, no categories) says nothing: the
    // breakdowns the data do have take its place (issue 17).
    const bool unwanted =
        dimension == BreakdownDimension::Product ? rowLabels.isEmpty() : rowLabels.size() < 2;
    if (chart->property(kUnwanted).toBool() != unwanted) {
        chart->setProperty(kUnwanted, unwanted);
        chart->setVisible(!unwanted);
        m_chartColumns = 0;
        placeCharts();
    }
}

} // namespace storelens::ui
