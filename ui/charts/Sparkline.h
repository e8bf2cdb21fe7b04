#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

namespace storelens::ui {

class ChartActions;

// A small line of a KPI over time, drawn with QPainter (cheap enough for a dozen tiles): the period's values
// in the palette's highlight colour, the last point marked. The line breaks only where a period holds no
// data; a period with data but no value (a day without a new customer has no historical CLV) is passed over,
// the line running on to the next value (trial 22en: the CLV of "This month" by day was loose fragments). A
// value alone between breaks is a dot. Its context menu is every chart's (ChartActions): the data table lists
// each period's value under the accessible name.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    // `hasValue` may be empty (every point has a value); `labels` name the periods (empty: numbered);
    // `hasData` says which periods hold data (empty: those with a value).
    void setValues(std::vector<double> values, std::vector<uint8_t> hasValue = {}, QStringList labels = {},
                   std::vector<uint8_t> hasData = {});
    const std::vector<double> &values() const { return m_values; }
    ChartActions *actions() const { return m_actions; }
    QList<QStringList> dataTable() const;

    QSize sizeHint() const override { return QSize(160, 28); }
    QSize minimumSizeHint() const override { return QSize(60, 20); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_values;
    std::vector<uint8_t> m_hasValue;
    std::vector<uint8_t> m_hasData;
    QStringList m_labels;
    ChartActions *m_actions = nullptr;
};

} // namespace storelens::ui
