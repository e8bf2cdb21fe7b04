#pragma once

#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace storelens::ui {

// Horizontal bars of net sales by one dimension (store, channel, category, top products), largest at the
// top. Long labels are shortened; the hover tooltip shows the full label and the exact value.
class BreakdownBarChart : public ChartView
{
    Q_OBJECT

public:
    explicit BreakdownBarChart(const QString &title, QWidget *parent = nullptr);

    // Rows as given (largest first); `shares` (fractions of the total) may be empty. `toolTips`, where given,
    // name a row in full in its tooltip (a product's name and SKU); else the label does.
    // `note`, when given, stands under the bars (the rows left out).
    void setData(const QStringList &labels, const std::vector<double> &values,
                 const std::vector<double> &shares, const QStringList &toolTips = {},
                 const QString &note = {});
    const QString &note() const { return m_note; }
    QString title() const { return m_title; }
    const QStringList &labels() const { return m_labels; }

private:
    void rebuild() override;

    QString m_title;
    QStringList m_labels;
    QStringList m_toolTips;
    QString m_note;
    std::vector<double> m_values;
    std::vector<double> m_shares;
};

} // namespace storelens::ui
