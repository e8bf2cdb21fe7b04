#pragma once

#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/kpi/KpiTargets.h"

#include <QDialog>

#include <vector>

class QTableWidget;
class QPushButton;

namespace storelens::ui {

// Chooses and orders the Overview's KPI tiles and sets a target per KPI: a table of every KPI with a check
// box (shown or not), its target (ratios entered as percentages), and Move up / Move down.
class TileSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    TileSettingsDialog(const std::vector<core::analytics::KpiId> &tiles,
                       const core::analytics::KpiTargets &targets, QWidget *parent = nullptr);

    // The checked KPIs in the order listed.
    std::vector<core::analytics::KpiId> tiles() const;
    // The targets entered (empty cells: no target), in the KPI's data unit (ratios as fractions).
    core::analytics::KpiTargets targets() const;

    QTableWidget *table() const { return m_table; }
    void moveCurrent(int delta);

private:
    void populate(const std::vector<core::analytics::KpiId> &tiles,
                  const core::analytics::KpiTargets &targets);
    void addRow(core::analytics::KpiId id, bool shown, const core::analytics::KpiTargets &targets);
    void validate();

    QTableWidget *m_table = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace storelens::ui
