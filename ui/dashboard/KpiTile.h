#pragma once

#include "core/analytics/kpi/KpiResult.h"

#include <QFrame>
#include <QStringList>

#include <optional>
#include <vector>

class QLabel;
class QProgressBar;

namespace storelens::ui {

class Sparkline;

// One KPI on the Overview: its name, value, the comparison value, the absolute and relative change coloured
// by whether it is good (METRICS.md section 2), a sparkline of the period, progress towards a target when one
// is set, and a tooltip with the definition and the exact inputs. A KPI without data says which import would
// enable it.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(core::analytics::KpiId id, QWidget *parent = nullptr);

    core::analytics::KpiId kpi() const { return m_id; }
    // `comparisonLabel` names the comparison ("vs previous period"); empty when there is none.
    void setResult(const core::analytics::KpiComparison &kpi, const QString &comparisonLabel);
    // The sparkline's values; `periods` names them (its Copy Data lists each period's value).
    void setSeries(std::vector<double> values, std::vector<uint8_t> hasValue, QStringList periods = {});
    void setTarget(std::optional<double> target);
    void clear(); // no result yet

    // What the tile shows, for tests and accessibility.
    QString valueText() const;
    QString comparisonText() const;
    QString changeText() const;
    QString targetText() const;
    bool hasSparkline() const;
    Sparkline *sparkline() const { return m_sparkline; }

    QSize sizeHint() const override { return QSize(232, 136); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    core::analytics::KpiId m_id;
    std::optional<core::analytics::KpiComparison> m_kpi;
    QString m_comparisonLabel;
    std::optional<double> m_target;
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_comparison = nullptr;
    QLabel *m_note = nullptr;
    Sparkline *m_sparkline = nullptr;
    QProgressBar *m_targetBar = nullptr;
};

} // namespace storelens::ui
