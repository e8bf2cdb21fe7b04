#pragma once

#include <QLayout>
#include <QList>

namespace storelens::ui {

// Lays its items out left to right, wrapping to the next row when the width runs out (after Qt's flow layout
// example). Items in a row share the row's spare width, so the tiles fill the view; a row is as tall as its
// tallest item at that width (heightForWidth when the item has one).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return doLayout(QRect(0, 0, width, 0), true); }
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    static int itemHeight(QLayoutItem *item, int width);

    QList<QLayoutItem *> m_items;
    int m_spacing = 8;
};

} // namespace storelens::ui
