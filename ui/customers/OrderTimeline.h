#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace storelens::ui {

class ChartActions;

// A customer's orders over time: a stem per order from the first purchase to the as-of date, its height the
// order's net sales (returns below the line, in a warm colour). Hovering shows the order. Its context menu is
// every chart's (ChartActions): Copy Data lists the orders.
class OrderTimeline : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QDate date;
        QString orderId;
        qint64 netSales = 0; // ten-thousandths, returns included
    };

    explicit OrderTimeline(QWidget *parent = nullptr);

    void setEntries(std::vector<Entry> entries, QDate from, QDate to);
    void clear();
    // Date, order and net sales of each order (ChartActions' Copy Data).
    QList<QStringList> dataTable() const;
    ChartActions *actions() const { return m_actions; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    int xOf(QDate date) const;
    int entryAt(const QPoint &pos) const;

    std::vector<Entry> m_entries;
    QDate m_from;
    QDate m_to;
    qint64 m_maxAbs = 0;
    ChartActions *m_actions = nullptr;
};

} // namespace storelens::ui
