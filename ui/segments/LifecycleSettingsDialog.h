#pragma once

#include "core/analytics/segments/Lifecycle.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace storelens::ui {

// Edits the lifecycle and value-tier thresholds the workspace stores (METRICS.md section 6): days for New,
// At risk and Lapsed, and the percentiles of the High and Medium tiers.
class LifecycleSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LifecycleSettingsDialog(const core::analytics::LifecycleSettings &settings,
                                     QWidget *parent = nullptr);

    core::analytics::LifecycleSettings settings() const;
    QString problem() const; // empty when the thresholds are consistent

private:
    void updateState();

    QSpinBox *m_newDays = nullptr;
    QSpinBox *m_atRiskDays = nullptr;
    QSpinBox *m_lapsedDays = nullptr;
    QSpinBox *m_highPercent = nullptr;
    QSpinBox *m_mediumPercent = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace storelens::ui
