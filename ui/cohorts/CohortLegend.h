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
    // Every cell holds one value (CohortColourScale::hasSpread() is false): one swatch in its colour,
    // labelled `valueText`, instead of a ramp from it to itself ("0.0 % … 0.0 % or more" in the trial).
    void setSingleValue(const CohortColourScale &scale, const QString &title, const QString &valueText);
    // Whether the table holds a partial cell: only then the legend shows the hatched swatch (trial 24c: it
    // explained a mark no cell had). Shown until told otherwise.
    void setShowsPartial(bool shows);
    // The words the legend shows, in order (the title with its colon, the labels, the partial note).
    QStringList labels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString titleText() const;
    QString partialText() const;
    void updateToolTip();
    int oneRowWidth() const;
    bool partialOnSecondRow() const;

    CohortColourScale m_scale;
    QString m_title;
    QString m_lowText;
    QString m_highText; // empty for a single value
    bool m_showsPartial = true;
};

} // namespace storelens::ui
