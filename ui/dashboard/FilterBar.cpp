#include "ui/dashboard/FilterBar.h"

#include "core/analytics/kpi/KpiJson.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "core/analytics/query/Periods.h"
#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"
#include "core/session/WorkspaceSession.h"

#include "ui/common/AnalysisContext.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/dashboard/MultiSelectButton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

using core::analytics::Comparison;
using core::session::FilterChoices;

const QString kGroup = QStringLiteral("filters");

Comparison comparisonFromKey(const QString &key)
{
    for (Comparison c : {Comparison::SamePeriodLastYear, Comparison::None}) {
        if (key == core::analytics::comparisonKey(c))
            return c;
    }
    return Comparison::PreviousPeriod;
}

bool sameFilter(const core::analytics::Filter &a, const core::analytics::Filter &b)
{
    return a.stores == b.stores && a.channels == b.channels && a.countries == b.countries &&
           a.categories == b.categories && a.segment == b.segment;
}

bool sameQuery(const core::analytics::Query &a, const core::analytics::Query &b)
{
    return a.period.from == b.period.from && a.period.to == b.period.to && a.comparison == b.comparison &&
           a.comparisonPeriod.from == b.comparisonPeriod.from &&
           a.comparisonPeriod.to == b.comparisonPeriod.to && sameFilter(a.filter, b.filter) &&
           a.cohortGrain == b.cohortGrain && a.activityWindowDays == b.activityWindowDays;
}

// A whole calendar month or quarter compares with the one before (core::analytics::
// previousWholeCalendarPeriod), whichever preset or dates made it, as the report templates and the command
// line do; any other period keeps the engine's period of the same length (an invalid period: none set).
core::analytics::Period calendarComparison(const core::analytics::Query &query)
{
    if (query.comparison != Comparison::PreviousPeriod)
        return {};
    return core::analytics::previousWholeCalendarPeriod(query.period);
}

} // namespace

FilterBar::FilterBar(AnalysisContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new LatestTask(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("FilterBar"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::applyNow);
    buildUi();
    restoreSettings();
    showResolvedRange();

    connect(m_context, &AnalysisContext::workspaceChanged, this, &FilterBar::onWorkspaceChanged);
    connect(m_context, &AnalysisContext::dataChanged, this, &FilterBar::loadChoices);
    connect(m_context, &AnalysisContext::segmentsChanged, this, &FilterBar::loadChoices);
    if (m_context->hasWorkspace())
        onWorkspaceChanged();
    // Ranges that need no as-of date apply at once, so the first computation already uses them.
    if (canResolve())
        applyNow();
}

void FilterBar::buildUi()
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(8, 4, 8, 4);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(6);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    rows->addLayout(layout);
    rows->addLayout(second);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (int i = 0; i < kDateRangePresetCount; ++i)
        m_preset->addItem(dateRangePresetLabel(DateRangePreset(i)), i);
    m_preset->setToolTip(tr("The period to analyse, counted back from the last day with data."));
    m_preset->setSizeAdjustPolicy(
        QComboBox::AdjustToContents); // "Last complete month (October 2026)" once loaded
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(core::analytics::shortDateFormat(QLocale()));
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_from->setToolTip(tr("First day of the period. Editing a date switches to a custom range."));
    m_to->setToolTip(tr("Last day of the period. Editing a date switches to a custom range."));

    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->addItem(tr("Previous period"), int(Comparison::PreviousPeriod));
    m_comparison->addItem(tr("Same period last year"), int(Comparison::SamePeriodLastYear));
    m_comparison->addItem(tr("No comparison"), int(Comparison::None));
    auto *compareLabel = new QLabel(tr("Co&mpare:"), this);
    compareLabel->setBuddy(m_comparison);

    m_stores = new MultiSelectButton(tr("Store"), this);
    m_channels = new MultiSelectButton(tr("Channel"), this);
    m_countries = new MultiSelectButton(tr("Country"), this);
    m_categories = new MultiSelectButton(tr("Category"), this);
    m_stores->setDisplayText(core::storeChannelDisplayName);
    m_channels->setDisplayText(core::storeChannelDisplayName);
    m_countries->setDisplayText([](const QString &key) { return core::countryDisplayName(key); });
    m_stores->setObjectName(QStringLiteral("storePicker"));
    m_channels->setObjectName(QStringLiteral("channelPicker"));
    m_countries->setObjectName(QStringLiteral("countryPicker"));
    m_categories->setObjectName(QStringLiteral("categoryPicker"));

    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("segmentPicker"));
    m_segment->addItem(tr("All customers"), QString());
    m_segment->setToolTip(
        tr("Only the order lines of a saved segment's customers (guest sales are left out)."));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *segmentLabel = new QLabel(tr("Se&gment:"), this);
    segmentLabel->setBuddy(m_segment);

    m_asOfLabel = new QLabel(this);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    m_asOfLabel->setForegroundRole(QPalette::PlaceholderText);

    layout->addWidget(periodLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(compareLabel);
    layout->addWidget(m_comparison);
    layout->addStretch(1);
    layout->addWidget(m_asOfLabel);
    auto *filterLabel = new QLabel(tr("Filter:"), this);
    second->addWidget(filterLabel);
    for (MultiSelectButton *picker : {m_stores, m_channels, m_countries, m_categories}) {
        second->addWidget(picker);
        connect(picker, &MultiSelectButton::selectionChanged, this, &FilterBar::scheduleApply);
    }
    second->addSpacing(8);
    second->addWidget(segmentLabel);
    second->addWidget(m_segment);
    second->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &FilterBar::onPresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::onDateEdited);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &FilterBar::scheduleApply);
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            m_pendingSegment.clear();
            scheduleApply();
        }
    });
}

DateRangePreset FilterBar::preset() const
{
    return DateRangePreset(m_preset->currentData().toInt());
}

void FilterBar::setPreset(DateRangePreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void FilterBar::setCustomRange(QDate from, QDate to)
{
    m_updating = true;
    setPreset(DateRangePreset::Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    scheduleApply();
}

void FilterBar::setComparison(Comparison comparison)
{
    m_comparison->setCurrentIndex(m_comparison->findData(int(comparison)));
}

Comparison FilterBar::comparison() const
{
    return Comparison(m_comparison->currentData().toInt());
}

void FilterBar::setSegment(const QString &name)
{
    const int index = m_segment->findData(name);
    if (index >= 0) {
        m_pendingSegment.clear();
        m_segment->setCurrentIndex(index);
    } else {
        m_pendingSegment = name; // applied when the workspace's segments are known
    }
}

QString FilterBar::segment() const
{
    return m_pendingSegment.isEmpty() ? m_segment->currentData().toString() : m_pendingSegment;
}

bool FilterBar::canResolve() const
{
    const DateRangePreset p = preset();
    return p == DateRangePreset::Custom || p == DateRangePreset::Last12Months || m_choices.asOf.isValid();
}

core::analytics::Query FilterBar::currentQuery() const
{
    core::analytics::Query query = m_context->query();
    const DateRangePreset p = preset();
    if (p == DateRangePreset::Custom)
        query.period = core::analytics::Period{m_from->date(), m_to->date()};
    else if (p == DateRangePreset::Last12Months)
        query.period = {}; // the engine's default period: the 12 months ending at the as-of date
    else
        query.period = resolveDateRangePreset(p, m_choices.asOf, m_choices.firstDay);
    // All time has no days with data before it: nothing to compare with (the period sentence says so).
    query.comparison = p == DateRangePreset::AllTime ? Comparison::None : comparison();
    query.comparisonPeriod = calendarComparison(query);
    query.filter.stores = m_stores->selected();
    query.filter.channels = m_channels->selected();
    query.filter.countries = m_countries->selected();
    query.filter.categories = m_categories->selected();
    query.filter.segment = segment();
    return query;
}

void FilterBar::scheduleApply()
{
    if (m_updating)
        return;
    saveSettings();
    m_debounce->start();
}

void FilterBar::applyNow()
{
    m_debounce->stop();
    if (!canResolve())
        return; // the as-of date is still loading; loadChoices() applies then
    const core::analytics::Query query = currentQuery();
    if (!sameQuery(query, m_context->query()))
        m_context->setQuery(query);
}

bool FilterBar::filterTo(const QString &dimensionKey, const QString &member)
{
    if (dimensionKey == QLatin1String("segment")) {
        if (m_segment->findData(member) < 0)
            return false;
        setSegment(member);
    } else {
        const std::pair<const char *, MultiSelectButton *> pickers[] = {{"store", m_stores},
                                                                        {"channel", m_channels},
                                                                        {"country", m_countries},
                                                                        {"category", m_categories}};
        MultiSelectButton *picker = nullptr;
        for (const auto &[key, button] : pickers) {
            if (dimensionKey == QLatin1String(key))
                picker = button;
        }
        if (!picker || !picker->values().contains(member))
            return false;
        picker->setSelected({member});
    }
    saveSettings();
    applyNow();
    return true;
}

void FilterBar::onPresetChanged()
{
    const bool allTime = preset() == DateRangePreset::AllTime;
    m_comparison->setEnabled(!allTime);
    m_comparison->setToolTip(allTime ? tr("All time has no earlier data to compare with.") : QString());
    showResolvedRange();
    scheduleApply();
}

void FilterBar::onDateEdited()
{
    if (m_updating)
        return;
    m_updating = true;
    if (m_from->date() > m_to->date()) {
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    setPreset(DateRangePreset::Custom);
    m_updating = false;
    scheduleApply();
}

void FilterBar::showResolvedRange()
{
    if (preset() == DateRangePreset::Custom)
        return;
    const core::analytics::Period period =
        resolveDateRangePreset(preset(), m_choices.asOf, m_choices.firstDay);
    const bool wasUpdating = m_updating;
    m_updating = true;
    if (period.isValid()) {
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    m_updating = wasUpdating;
}

void FilterBar::onWorkspaceChanged()
{
    // Stores, channels, countries, categories, segments and custom dates belong to one workspace: another one
    // starts with all of its data (the last workspace's choices come back when it is reopened after a start).
    if (m_context->workspacePath() != m_filtersWorkspace) {
        m_updating = true;
        for (MultiSelectButton *picker : {m_stores, m_channels, m_countries, m_categories})
            picker->setSelected({});
        m_pendingSegment.clear();
        m_segment->setCurrentIndex(0);
        if (preset() == DateRangePreset::Custom)
            setPreset(DateRangePreset::Last12Months);
        m_updating = false;
        m_filtersWorkspace = m_context->workspacePath();
        saveSettings();
    }
    loadChoices();
}

void FilterBar::loadChoices()
{
    const auto &session = m_context->session();
    if (!session) {
        m_task->cancel();
        m_choices = FilterChoices();
        m_asOfLabel->clear();
        return;
    }
    m_task->start<FilterChoices>(
        [session](const TaskControl &control) { return session->filterChoices(control); },
        [this](const FilterChoices &choices) { applyChoices(choices); },
        [this](const core::Error &error) {
            m_asOfLabel->setText(tr("The filter values could not be read."));
            m_asOfLabel->setToolTip(error.toString());
        });
}

void FilterBar::applyChoices(const FilterChoices &choices)
{
    m_choices = choices;
    m_updating = true;
    m_stores->setValues(choices.stores);
    m_channels->setValues(choices.channels);
    m_countries->setValues(choices.countries);
    m_categories->setValues(choices.categories);
    const QString wanted = segment();
    m_segment->clear();
    m_segment->addItem(tr("All customers"), QString());
    for (const QString &name : choices.segments)
        m_segment->addItem(name, name);
    const int index = m_segment->findData(wanted);
    m_segment->setCurrentIndex(qMax(0, index));
    m_pendingSegment.clear();
    if (choices.asOf.isValid()) {
        for (QDateEdit *edit : {m_from, m_to})
            edit->setDateRange(choices.firstDay.addYears(-1), choices.asOf.addYears(1));
        m_asOfLabel->setText(tr("Data up to %1").arg(formatDate(choices.asOf)));
        for (int i = 0; i < m_preset->count(); ++i)
            m_preset->setItemText(i, dateRangePresetLabel(DateRangePreset(i), choices.asOf));
        m_asOfLabel->setToolTip(
            tr("Order lines from %1 to %2. Periods count back from the last day with data.")
                .arg(formatDate(choices.firstDay), formatDate(choices.asOf)));
    } else {
        for (int i = 0; i < m_preset->count(); ++i)
            m_preset->setItemText(i, dateRangePresetLabel(DateRangePreset(i)));
        m_asOfLabel->setText(m_context->hasWorkspace() ? tr("No orders imported yet.") : QString());
        m_asOfLabel->setToolTip({});
    }
    m_updating = false;
    showResolvedRange();
    saveSettings();
    applyNow();
    Q_EMIT choicesLoaded();
}

void FilterBar::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    m_updating = true;
    setPreset(dateRangePresetFromKey(settings.value(QStringLiteral("preset")).toString(),
                                     DateRangePreset::Last12Months));
    const QDate from = QDate::fromString(settings.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(settings.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && from <= to) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setComparison(comparisonFromKey(settings.value(QStringLiteral("comparison")).toString()));
    m_stores->setSelected(settings.value(QStringLiteral("stores")).toStringList());
    m_channels->setSelected(settings.value(QStringLiteral("channels")).toStringList());
    // Keys; a choice saved before countries had keys ("Germany") reads as its key ("DE").
    m_countries->setSelected(core::countryKeys(settings.value(QStringLiteral("countries")).toStringList()));
    m_categories->setSelected(settings.value(QStringLiteral("categories")).toStringList());
    setSegment(settings.value(QStringLiteral("segment")).toString());
    m_filtersWorkspace = settings.value(QStringLiteral("workspace")).toString();
    m_updating = false;
}

void FilterBar::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("preset"), dateRangePresetKey(preset()));
    settings.setValue(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("comparison"), core::analytics::comparisonKey(comparison()));
    settings.setValue(QStringLiteral("stores"), m_stores->selected());
    settings.setValue(QStringLiteral("channels"), m_channels->selected());
    settings.setValue(QStringLiteral("countries"), m_countries->selected());
    settings.setValue(QStringLiteral("categories"), m_categories->selected());
    settings.setValue(QStringLiteral("segment"), segment());
    settings.setValue(QStringLiteral("workspace"), m_filtersWorkspace);
}

} // namespace storelens::ui
