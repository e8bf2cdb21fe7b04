#include "ui/importwizard/FeeChoices.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace storelens::ui {

namespace {

constexpr int VisibleRows = 5; // more scroll inside the box, so the rejected rows keep their room

} // namespace

FeeChoices::FeeChoices(QWidget *parent)
    : QGroupBox(tr("Fees, tips and other lines that may not be merchandise"), parent)
    , m_rows(new QWidget)
    , m_grid(new QGridLayout(m_rows))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("notProductBox"));
    auto *intro =
        new QLabel(tr("Tips belong to the staff and deposits are paid back: they are not sales. A gift "
                      "card sold becomes a sale when it is spent, so it starts as \"Not sales: leave out\"; "
                      "keep it in sales only if the purchases paid with it are not in your exports. Fees "
                      "and postage stay in sales but leave the product rankings."),
                   this);
    intro->setObjectName(QStringLiteral("feeChoicesIntro"));
    intro->setWordWrap(true);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    m_scroll->setWidget(m_rows);
    m_scroll->setWidgetResizable(true);
    // The rows on the box's own background, not a lighter band (setWidget() fills it).
    m_rows->setAutoFillBackground(false);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_scroll);
}

void FeeChoices::setRows(const QList<Row> &rows)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < rows.size(); ++i)
        addRow(rows.at(i), i);
    m_rows->adjustSize();
    const int rowHeight = m_grid->rowCount() > 0 ? m_rows->sizeHint().height() / m_grid->rowCount() : 0;
    m_scroll->setFixedHeight(std::min<int>(m_rows->sizeHint().height(), rowHeight * VisibleRows + 2));
}

void FeeChoices::addRow(const Row &row, int index)
{
    auto *name = new QLabel(
        row.name.isEmpty() || row.name == row.sku ? row.sku : tr("%1 (%2)").arg(row.sku, row.name), m_rows);
    name->setTextFormat(Qt::PlainText);
    name->setWordWrap(true);
    const int lines = int(std::min<qint64>(row.lines, INT_MAX));
    auto *stake = new QLabel(tr("%n line(s), %1", nullptr, lines).arg(row.amount), m_rows);
    stake->setObjectName(QStringLiteral("feeStake_") + row.sku);
    auto *combo = new QComboBox(m_rows);
    combo->setObjectName(QStringLiteral("feeChoice_") + row.sku);
    combo->addItem(tr("Product (merchandise)"), int(FeeChoice::Product));
    combo->addItem(tr("Not a product: keep in sales"), int(FeeChoice::NotProduct));
    combo->addItem(tr("Not sales: leave out"), int(FeeChoice::NotSales));
    combo->setCurrentIndex(combo->findData(int(row.choice)));
    combo->setProperty("sku", row.sku);
    combo->setAccessibleName(name->text());
    combo->setAccessibleDescription(stake->text());
    name->setBuddy(combo);
    m_grid->addWidget(name, index, 0);
    m_grid->addWidget(stake, index, 1);
    m_grid->addWidget(combo, index, 2);
    for (QWidget *w :
         {static_cast<QWidget *>(name), static_cast<QWidget *>(stake), static_cast<QWidget *>(combo)})
        w->show(); // at once: rows rebuilt while the box is in view would only show after the event loop
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        m_focusSku = combo->property("sku").toString();
        Q_EMIT choiceChanged(m_focusSku, FeeChoice(combo->currentData().toInt()));
    });
}

QList<QComboBox *> FeeChoices::combos() const
{
    return m_rows->findChildren<QComboBox *>(Qt::FindDirectChildrenOnly);
}

QStringList FeeChoices::skus(FeeChoice choice) const
{
    QStringList out;
    for (const QComboBox *combo : combos()) {
        if (FeeChoice(combo->currentData().toInt()) == choice)
            out << combo->property("sku").toString();
    }
    return out;
}

void FeeChoices::restoreFocus()
{
    for (QComboBox *combo : combos()) {
        if (!m_focusSku.isEmpty() && combo->property("sku").toString() == m_focusSku) {
            combo->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(combo);
        }
    }
    m_focusSku.clear();
}

} // namespace storelens::ui
