#pragma once

#include <QChartView>
#include <QStringList>

#include <vector>

namespace storelens::ui {

// Buying customers per bucket split into new (first purchase in the bucket) and returning, stacked.
class NewReturningCustomersChart : public QChartView
{
    Q_OBJECT

public:
    explicit NewReturningCustomersChart(QWidget *parent = nullptr);

    void setData(const QStringList &labels, const std::vector<double> &newCustomers,
                 const std::vector<double> &returningCustomers);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QStringList m_labels;
    std::vector<double> m_new;
    std::vector<double> m_returning;
};

} // namespace storelens::ui
