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
// and checking again undoes the choice.
class CancelStatusOffer : public QGroupBox
{
    Q_OBJECT

public:
    explicit CancelStatusOffer(QWidget *parent = nullptr);

    // Shows the unknown values (unticked) and the marked ones (ticked), or hides when there are none.
    void showFor(const QList<core::DataQuality::StatusCount> &unknown, const QStringList &marked);
    QStringList ticked() const;

Q_SIGNALS:
    // The button was pressed: these values (and no others of this offer) mark cancellations.
    void cancellationsChosen(const QStringList &values);

private:
    void updateButton();

    QVBoxLayout *m_boxes;
    QPushButton *m_apply;
    QStringList m_marked;
    QList<QCheckBox *> m_checks;
};

} // namespace storelens::ui
