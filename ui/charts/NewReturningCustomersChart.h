#pragma once

#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace storelens::ui {

// Buying customers per bucket split into new (first purchase in the bucket) and returning, stacked.
class NewReturningCustomersChart : public ChartView
{
    Q_OBJECT

public:
    explicit NewReturningCustomersChart(QWidget *parent = nullptr);

    void setData(const QStringList &labels, const std::vector<double> &newCustomers,
                 const std::vector<double> &returningCustomers, int partialIndex = -1);
    // The bucket that is not over at the as-of date, hatched (-1: none).
    int partialIndex() const { return m_partialIndex; }
    // What the chart says instead of bars when no bucket has a customer; empty when it draws bars.
    QString emptyMessage() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild() override;

    QStringList m_labels;
    std::vector<double> m_new;
    std::vector<double> m_returning;
    int m_partialIndex = -1;
    bool m_empty = true;
};

} // namespace storelens::ui
