#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractButton;

namespace storelens::ui {

// Keeps the second half of a double click, or a held Return key, from pressing a button that has just taken
// the place of the one the user meant. The import wizard's Check page puts "Import" where the File page had
// "Next": with a saved profile the wizard goes from File straight to Check, and a quick double click on
// "Next" imported the file before the user had seen the check (trial 19b). For a double-click interval after
// arm(), mouse presses on the button and Return or Enter typed in its window are dropped.
class HastyClickGuard : public QObject
{
    Q_OBJECT

public:
    // Watches `button` and the keys typed in its window; a child of the button.
    explicit HastyClickGuard(QAbstractButton *button);

    // Starts the interval in which the button does not take clicks (the page that shows it has just opened).
    void arm();
    bool isArmed() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractButton *m_button;
    QElapsedTimer m_armed;
};

} // namespace storelens::ui
