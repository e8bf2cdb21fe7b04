#pragma once

#include "core/import/DataQuality.h"

#include <QGroupBox>

class QCheckBox;
class QPushButton;
class QVBoxLayout;

namespace storelens::ui {

// The Check page's choice for order statuses StoreLens does not know (counted as sales until told): a check
// box per value with its orders, ticked for the values the user already marked as cancellations in this
// wizard, and a button that checks the file again with the ticked values as the profile's cancellation
// values, so that their orders count as a sale and a return (METRICS.md section 1). Unticking a marked value
// and checking again undoes the choice. A second button leaves the ticked values' orders out as not sold
// (a status that took no payment, such as a bank transfer still pending), the profile's not-sold values.
class CancelStatusOffer : public QGroupBox
{
    Q_OBJECT

public:
    explicit CancelStatusOffer(QWidget *parent = nullptr);

    // Shows the unknown values (unticked) and the marked ones (ticked), or hides when there are none.
    void showFor(const QList<core::DataQuality::StatusCount> &unknown, const QStringList &marked,
                 const QStringList &markedNotSold = {});
    QStringList ticked() const;

Q_SIGNALS:
    // The button was pressed: these values (and no others of this offer) mark cancellations.
    void cancellationsChosen(const QStringList &values);
    // The second button was pressed: these values (and no others of this offer) mean "not sold".
    void notSoldChosen(const QStringList &values);

private:
    void updateButton();

    QVBoxLayout *m_boxes;
    QPushButton *m_apply;
    QPushButton *m_notSold;
    QStringList m_marked;
    QStringList m_markedNotSold;
    QList<QCheckBox *> m_checks;
};

} // namespace storelens::ui
