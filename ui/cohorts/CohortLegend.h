#pragma once

#include "ui/cohorts/CohortColourScale.h"

#include <QWidget>

namespace storelens::ui {

// The heatmap's key: the colour ramp from its lowest to its highest value with both ends labelled, and a
// hatched swatch that explains partial periods.
class CohortLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CohortLegend(QWidget *parent = nullptr);

    // `lowText` / `highText`: the formatted ends of the ramp; `title`: the metric shown.
    void setScale(const CohortColourScale &scale, const QString &title, const QString &lowText,
                  const QString &highText);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString partialText() const;

    CohortColourScale m_scale;
    QString m_title;
    QString m_lowText;
    QString m_highText;
};

} // namespace storelens::ui
