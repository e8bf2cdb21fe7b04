#pragma once

#include "core/import/DataQuality.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace storelens::ui {

// The Check page's choice for order statuses StoreLens does not know (counted as sales until told): a check
// box per value with its orders, ticked for the values the user already marked as cancellations in this
// wizard, and a button that checks the file again with the ticked values as the profile's cancellation
// values, so that their orders count as a sale and a return (METRICS.md section 1). Unticking a marked value
// and checking again undoes the choice. A second button leaves the ticked values' orders out as not sold
// (a status that took no payment, such as a bank transfer still pending), the profile's not-sold values.
// Trial 21: the known cancellation values the file used are listed too, unticked, so that one which means
// "voided before payment, never charged" (a Spanish till's "Anulado") can be left out instead of counting as
// a sale and a return; values that say refunded are not offered (money was taken, then given back).
// Trial 24fr: a till's voided values are left out by default (core::leaveTillVoidsOut()); they are listed
// ticked as left out, and "Count Ticked as Sold, Then Refunded" counts one as a sale and a return instead.
class CancelStatusOffer : public QGroupBox
{
    Q_OBJECT

public:
    explicit CancelStatusOffer(QWidget *parent = nullptr);

    // Shows the unknown values and the known cancellation values (unticked) and the marked ones (ticked), or
    // hides when there are none. `knownLeftOut`: the values of markedNotSold that were cancellation values.
    void showFor(const QList<core::DataQuality::StatusCount> &unknown, const QStringList &marked,
                 const QStringList &markedNotSold = {},
                 const QList<core::DataQuality::StatusCount> &known = {},
                 const QStringList &knownLeftOut = {});
    QStringList ticked() const;

Q_SIGNALS:
    // The button was pressed: these values (and no others of this offer) mark cancellations.
    void cancellationsChosen(const QStringList &values);
    // The second button was pressed: these values (and no others of this offer) mean "not sold".
    void notSoldChosen(const QStringList &values);

private:
    void updateButton();

    QLabel *m_text;
    QLabel *m_knownText;
    QVBoxLayout *m_boxes;
    QPushButton *m_apply;
    QPushButton *m_notSold;
    QStringList m_marked;
    QStringList m_markedNotSold;
    QStringList m_known; // the known cancellation values listed
    QList<QCheckBox *> m_checks;
};

} // namespace storelens::ui
