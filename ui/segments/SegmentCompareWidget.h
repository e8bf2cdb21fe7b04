#pragma once

#include "core/session/AnalysisResults.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QTableWidget;

namespace storelens::ui {

// Two segments side by side: every summary figure of each (SegmentSummaryModel's columns) and the difference
// B − A. Any named segment can be picked: RFM segments, lifecycle stages, value tiers and saved segments.
class SegmentCompareWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentCompareWidget(QWidget *parent = nullptr);

    void setData(core::session::SegmentsResultPtr data); // keeps the picked segments when they still exist
    void setSegments(const core::session::SegmentKey &a, const core::session::SegmentKey &b);
    QComboBox *firstCombo() const { return m_first; }
    QComboBox *secondCombo() const { return m_second; }
    QTableWidget *table() const { return m_table; }

private:
    void fillCombo(QComboBox *combo, int fallback);
    void refresh();
    core::session::SegmentKey keyAt(const QComboBox *combo) const;

    core::session::SegmentsResultPtr m_data;
    std::vector<core::session::SegmentKey> m_keys;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace storelens::ui
