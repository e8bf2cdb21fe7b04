#pragma once

#include "core/analytics/query/Query.h"
#include "core/session/AnalysisResults.h"
#include "ui/dashboard/DateRangePreset.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace storelens::ui {

class AnalysisContext;
class LatestTask;
class MultiSelectButton;

// The filter bar every view shares: a date range preset (relative to the workspace's as-of date) or a custom
// range, the comparison, multi-value pickers for store, channel, country and category, and a saved segment.
// Every change reaches AnalysisContext::setQuery() after a short pause (so a burst of clicks computes once).
// The choices are kept in QSettings and restored on start; another workspace starts without the dimension
// filters, the segment and a custom range.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(AnalysisContext *context, QWidget *parent = nullptr);

    DateRangePreset preset() const;
    void setPreset(DateRangePreset preset);
    // Switches to a custom range.
    void setCustomRange(QDate from, QDate to);
    void setComparison(core::analytics::Comparison comparison);
    core::analytics::Comparison comparison() const;
    // Store, channel, country and category pickers.
    MultiSelectButton *storePicker() const { return m_stores; }
    MultiSelectButton *channelPicker() const { return m_channels; }
    MultiSelectButton *countryPicker() const { return m_countries; }
    MultiSelectButton *categoryPicker() const { return m_categories; }
    void setSegment(const QString &name); // empty: all customers
    QString segment() const;

    // The query the controls describe now (the period resolved against the as-of date when it is known).
    core::analytics::Query currentQuery() const;
    // The as-of date of the open workspace, once known.
    QDate asOf() const { return m_choices.asOf; }
    // Applies a pending change at once instead of after the pause.
    void applyNow();
    // Shows only `member` of a dimension ("store", "channel", "country", "category", "segment"), applied at
    // once (a "Why?" contribution clicked). False when the dimension or the member is not offered.
    bool filterTo(const QString &dimensionKey, const QString &member);

Q_SIGNALS:
    void choicesLoaded(); // the values of the open workspace are in the pickers

private:
    void buildUi();
    void onWorkspaceChanged();
    void loadChoices();
    void applyChoices(const core::session::FilterChoices &choices);
    void onPresetChanged();
    void onDateEdited();
    void showResolvedRange();
    void scheduleApply();
    void restoreSettings();
    void saveSettings() const;
    bool canResolve() const;

    AnalysisContext *m_context = nullptr;
    LatestTask *m_task = nullptr;
    QTimer *m_debounce = nullptr;
    core::session::FilterChoices m_choices;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_comparison = nullptr;
    MultiSelectButton *m_stores = nullptr;
    MultiSelectButton *m_channels = nullptr;
    MultiSelectButton *m_countries = nullptr;
    MultiSelectButton *m_categories = nullptr;
    QComboBox *m_segment = nullptr;
    QString m_pendingSegment;
    QString m_filtersWorkspace; // the workspace the dimension filters and the segment were chosen in
    QLabel *m_asOfLabel = nullptr;
    bool m_updating = false;
};

} // namespace storelens::ui
