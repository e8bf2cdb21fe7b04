#pragma once

#include <QGroupBox>
#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;
class QGridLayout;
class QScrollArea;

namespace storelens::ui {

// What a fee-like SKU is to the manager: merchandise, a fee that stays in sales but leaves product rankings
// (ImportOptions::notProducts), or money that is not the store's sales at all (tips, deposits: left out,
// ImportProfile::leaveTipsOut and notSalesSkus).
enum class FeeChoice { Product, NotProduct, NotSales };

// The Check page's choice for each fee-like SKU (core::DataQuality::feeSkus, notSales): the SKU and its name,
// its lines and money, and a combo box with the three answers. Rows are rebuilt after every check; the combo
// box the user last changed gets the focus back (keyboard use: the page checks again after a change).
class FeeChoices : public QGroupBox
{
    Q_OBJECT

public:
    struct Row
    {
        QString sku;
        QString name;
        qint64 lines = 0;
        QString amount; // the lines' money, as the page shows money
        FeeChoice choice = FeeChoice::NotProduct;
    };

    explicit FeeChoices(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    // The SKUs with this answer.
    QStringList skus(FeeChoice choice) const;
    // Gives the focus back to the combo box the user last changed, once the rows are shown again.
    void restoreFocus();

Q_SIGNALS:
    void choiceChanged(const QString &sku, FeeChoice choice);

private:
    void addRow(const Row &row, int index);
    QList<QComboBox *> combos() const;

    QWidget *m_rows;
    QGridLayout *m_grid;
    QScrollArea *m_scroll;
    QString m_focusSku;
};

} // namespace storelens::ui
