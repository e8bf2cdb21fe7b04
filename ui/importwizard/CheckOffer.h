#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace storelens::ui {

// One offer of the Check page: a sentence that names what the check found (plain text, wrapped, selectable)
// and a button beside it that applies the remedy to the profile, after which the page checks again
// (GuestOffer, EmailKeyOffer). Hidden until offered. Its object names are `name`, `name` + "Text" and `name`
// + "Button", for tests.
class CheckOffer : public QWidget
{
    Q_OBJECT

public:
    QString text() const;

Q_SIGNALS:
    // The button was pressed.
    void chosen();

protected:
    CheckOffer(const QString &name, QWidget *parent);

    // Shows `sentence` with the button's `label` and `toolTip`.
    void offer(const QString &sentence, const QString &label, const QString &toolTip);
    // Shows `sentence` without the button: what the remedy did, once it is applied.
    void confirm(const QString &sentence);

private:
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace storelens::ui
