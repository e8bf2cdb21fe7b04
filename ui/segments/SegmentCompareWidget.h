#pragma once

#include "ui/segments/SegmentsData.h"

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

    void setData(SegmentsDataPtr data); // keeps the picked segments when they still exist
    void setSegments(const SegmentKey &a, const SegmentKey &b);
    QComboBox *firstCombo() const { return m_first; }
    QComboBox *secondCombo() const { return m_second; }
    QTableWidget *table() const { return m_table; }

private:
    void fillCombo(QComboBox *combo, int fallback);
    void refresh();
    SegmentKey keyAt(const QComboBox *combo) const;

    SegmentsDataPtr m_data;
    std::vector<SegmentKey> m_keys;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace storelens::ui
