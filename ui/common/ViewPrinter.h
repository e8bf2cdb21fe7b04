#pragma once

#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace storelens::ui {

// File › Print… (Ctrl+P): prints the widget the window shows at the moment (the current view), scaled to fit
// one page and turned to landscape when it is wider than tall. The window supplies that widget through
// `currentView`; the action is disabled while it returns nullptr.
class ViewPrinter : public QObject
{
    Q_OBJECT

public:
    ViewPrinter(std::function<QWidget *()> currentView, QWidget *window);

    QAction *printAction() const { return m_action; }
    // Prints the current view on `printer` (set up already, e.g. PDF output to a file); false when there is
    // no view or the printer cannot be painted on.
    bool print(QPrinter *printer) const;
    // Renders `widget` onto `printer`, scaled to the page keeping its proportions.
    static bool printWidget(QWidget *widget, QPrinter *printer);

public Q_SLOTS:
    void printWithDialog();
    void updateAction();

private:
    std::function<QWidget *()> m_currentView;
    QWidget *m_window;
    QAction *m_action;
};

} // namespace storelens::ui
