#include "ui/dashboard/ExplainPanel.h"

#include "core/session/WorkspaceSession.h"
#include "ui/charts/WaterfallChart.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/dashboard/ExplainFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace storelens::ui {

namespace {

using core::analytics::KpiId;
using core::analytics::explain::Contribution;
using core::analytics::explain::DimensionContributions;

constexpr int kRowsShown = 12;
// The dimensions a row can filter the dashboard by (the filter bar has no new-or-returning or source
// filter).
bool filterable(Dimension dimension)
{
    const QString key = core::analytics::explain::dimensionKey(dimension);
    return key != QLatin1String("customer_type") && key != QLatin1String("source");
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ExplainPanel::ExplainPanel(AnalysisContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_task(new LatestTask(this))
{
    setObjectName(QStringLiteral("explainPanel"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(380);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("explainTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("explainClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the explanation (Esc)"));
    m_close->setAccessibleName(tr("Close the explanation"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("explainSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont sentenceFont = m_sentence->font();
    sentenceFont.setPointSizeF(sentenceFont.pointSizeF() * 1.1);
    m_sentence->setFont(sentenceFont);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("explainNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_variation = new QLabel(this);
    m_variation->setObjectName(QStringLiteral("explainVariation"));
    m_variation->setWordWrap(true);
    m_variation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_body = new QWidget(this);
    m_waterfall = new WaterfallChart(m_body);
    m_dimension = new QComboBox(m_body);
    m_dimension->setObjectName(QStringLiteral("explainDimension"));
    for (Dimension d : explainDimensions())
        m_dimension->addItem(dimensionTitle(d), int(d));
    m_dimensionLabel = new QLabel(tr("Largest parts &by"), m_body);
    m_dimensionLabel->setBuddy(m_dimension);
    m_table = new QTableWidget(m_body);
    m_table->setObjectName(QStringLiteral("explainContributions"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(160);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ExplainPanel::fillDimension);
    connect(m_dimension, &QComboBox::activated, this, [this] { m_dimensionChosen = true; });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { onRowActivated(row); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { onRowActivated(row); });

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_dimensionLabel);
    pick->addWidget(m_dimension);
    pick->addStretch(1);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_waterfall, 3);
    body->addLayout(pick);
    body->addWidget(m_table, 2);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_close, 0, Qt::AlignTop);
    // Below the title, everything scrolls when the window is too short for the chart, the choice and the
    // table at their minimum heights: squeezed, the "Largest parts by" box was drawn over the waterfall's
    // axis (trials 23us and 23it).
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("explainContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_sentence);
    contentLayout->addWidget(m_note);
    contentLayout->addWidget(m_variation);
    contentLayout->addWidget(m_body, 1);
    // Without the body (a message alone) the text stays at the top, not in the middle of the panel (trial
    // 25b).
    contentLayout->addStretch(0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("explainScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    auto *overlay = new BusyOverlay(this);
    overlay->track(m_task);
    // Open but out of sight (another view is in front): recompute when it is shown again, not for a query
    // nobody sees, and never show the explanation of the query before.
    connect(m_context, &AnalysisContext::changed, this, [this] {
        if (isHidden())
            return;
        if (isVisible())
            recompute();
        else
            m_stale = true;
    });
    hide();
}

bool ExplainPanel::isComputing() const
{
    return m_task->isRunning();
}

QString ExplainPanel::sentence() const
{
    return m_sentence->text().remove(QChar(0x2060));
}

QString ExplainPanel::variationText() const
{
    return m_variation->text();
}

void ExplainPanel::explain(KpiId kpi)
{
    m_kpi = kpi;
    m_title->setText(tr("Why did %1 change?").arg(core::analytics::kpiLabel(kpi)));
    show();
    recompute();
}

void ExplainPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_stale)
        recompute();
}

void ExplainPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_close->click();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ExplainPanel::showMessage(const QString &text)
{
    m_explanation.reset();
    m_sentence->setText(text);
    m_note->hide();
    m_variation->hide();
    m_body->hide();
    Q_EMIT explanationShown();
}

void ExplainPanel::recompute()
{
    m_stale = false;
    m_explanation.reset();
    if (!core::analytics::explain::canExplain(m_kpi)) {
        m_task->cancel();
        showMessage(notExplainedText(m_kpi));
        return;
    }
    const auto &session = m_context->session();
    if (!session) {
        m_task->cancel();
        showMessage(tr("Open a workspace to see why a figure changed."));
        return;
    }
    m_sentence->setText(tr("Working out where the change came from…"));
    const quint64 generation = m_context->generation();
    m_task->start<std::shared_ptr<const Explanation>>(
        [session, query = m_context->query(), kpi = m_kpi](const TaskControl &control) {
            return session->explain(query, kpi, explainDimensions(), control);
        },
        [this, generation](const std::shared_ptr<const Explanation> &e) {
            if (generation != m_context->generation())
                return; // the panel recomputes for the new query
            m_explanation = e;
            showExplanation();
        },
        [this](const core::Error &error) {
            showMessage(tr("The change could not be explained: %1").arg(error.message()));
        });
}

void ExplainPanel::showExplanation()
{
    const Explanation &e = *m_explanation;
    if (!e.comparable) {
        showMessage(tr("There is no change to explain: %1").arg(e.notComparableReason));
        return;
    }
    m_sentence->setText(keepSignsWithAmounts(e.sentence));
    m_note->setText(e.bridgeNote.isEmpty() ? periodsText(e)
                                           : periodsText(e) + QLatin1Char(' ') + e.bridgeNote);
    m_note->show();
    m_variation->setText(ui::variationText(e, QLocale(), TestNamed::No));
    // The test by name for whoever wants it (trial 17: "Welch's t-test … p = 0.003" read as jargon).
    m_variation->setToolTip(e.verdict.testDetail.isEmpty()
                                ? QString()
                                : tr("How this was judged: %1.").arg(e.verdict.testDetail));
    m_variation->show();
    m_body->show();
    // Until the user picks one, the first dimension that splits the figure (trial 14: one store, so the
    // table opened on a single row holding the whole change while the web shop and the counter were two
    // channels).
    if (!m_dimensionChosen) {
        for (int i = 0; i < m_dimension->count(); ++i) {
            const DimensionContributions *d =
                contributionsFor(e, Dimension(m_dimension->itemData(i).toInt()));
            if (d && d->members.size() >= 2) {
                const QSignalBlocker blocker(m_dimension);
                m_dimension->setCurrentIndex(i);
                break;
            }
        }
    }
    fillDimension();
    Q_EMIT explanationShown();
}

void ExplainPanel::fillDimension()
{
    m_table->clearContents();
    m_table->setRowCount(0);
    if (!m_explanation || !m_explanation->comparable)
        return;
    const Explanation &e = *m_explanation;
    const auto dimension = Dimension(m_dimension->currentData().toInt());
    m_waterfall->setData(
        waterfallTitle(e, dimension), explanationSteps(e, dimension),
        [kpi = e.kpi](double value, bool part) { return formatExplainAmount(kpi, value, part); },
        core::analytics::kpiUnit(e.kpi) == core::analytics::KpiUnit::Money);
    const DimensionContributions *d = contributionsFor(e, dimension);
    const bool ratio = hasMixAndRate(d);
    QStringList headers{dimensionTitle(dimension), tr("Before"), tr("Now")};
    if (ratio)
        headers << tr("Mix") << tr("Rate");
    headers << tr("Part of the change");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const int rows = d ? int(std::min<size_t>(d->members.size(), kRowsShown)) : 0;
    m_table->setRowCount(rows);
    const bool canFilter = filterable(dimension);
    for (int r = 0; r < rows; ++r) {
        const Contribution &c = d->members[size_t(r)];
        int column = 0;
        const QString member = memberText(dimension, c.member);
        QTableWidgetItem *name = cell(member, Qt::AlignLeft | Qt::AlignVCenter);
        name->setToolTip(canFilter ? tr("Click to show only %1 on the dashboard.").arg(member)
                                   : tr("The dashboard cannot be filtered by this."));
        m_table->setItem(r, column++, name);
        m_table->setItem(r, column++, cell(formatExplainAmount(e.kpi, c.value0, false)));
        m_table->setItem(r, column++, cell(formatExplainAmount(e.kpi, c.value1, false)));
        if (ratio) {
            m_table->setItem(r, column++, cell(formatExplainAmount(e.kpi, c.mix, true)));
            m_table->setItem(r, column++, cell(formatExplainAmount(e.kpi, c.rate, true)));
        }
        m_table->setItem(r, column++, cell(formatExplainAmount(e.kpi, c.change, true)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (d && d->members.size() > size_t(kRowsShown))
        m_table->setToolTip(tr("The %1 largest of %2 parts.").arg(kRowsShown).arg(d->members.size()));
    else
        m_table->setToolTip({});
}

void ExplainPanel::onRowActivated(int row)
{
    const auto dimension = Dimension(m_dimension->currentData().toInt());
    if (!m_explanation || !filterable(dimension) || row < 0)
        return;
    const DimensionContributions *d = contributionsFor(*m_explanation, dimension);
    if (!d || size_t(row) >= d->members.size())
        return;
    Q_EMIT filterRequested(core::analytics::explain::dimensionKey(dimension), d->members[size_t(row)].member);
}

} // namespace storelens::ui
