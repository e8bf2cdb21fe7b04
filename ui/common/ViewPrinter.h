#pragma once

#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace storelens::ui {

// File › Print… (Ctrl+P): prints the whole of the view the window shows at the moment (the current view), not
// only its visible part: its scroll areas and tables are opened out to their full content (the view made as
// tall as that needs while it is drawn, then put back), scaled to the page's width and cut into pages between
// whole charts, tiles and table rows (pageTops), at most MaxPages (a longer table is better exported to CSV;
// the user is told). The print dialog starts in landscape when the view is wider than tall on screen, and
// writes a PDF to the Documents folder named after the view (its windowTitle: "Overview.pdf"). The window
// supplies the view through `currentView`; the action is disabled while it returns nullptr.
class ViewPrinter : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPages = 50;

    ViewPrinter(std::function<QWidget *()> currentView, QWidget *window);

    QAction *printAction() const { return m_action; }
    // Prints the current view on `printer` (set up already, e.g. PDF output to a file), turned as orientFor
    // says: the pages printed, 0 when there is no view or the printer cannot be painted on.
    int print(QPrinter *printer, bool *truncated = nullptr) const;
    // Landscape for a view wider than tall on screen, else portrait.
    static void orientFor(QPrinter *printer, const QWidget *view);
    // What the print dialog starts with: orientFor, the view's name as the document's, and as output file
    // <Documents>/<name>.pdf (the folder made when missing, as for the report; "StoreLens.pdf" without a
    // name).
    static void prepare(QPrinter *printer, const QWidget *view);
    // Prints the whole of `widget` on `printer` in the printer's orientation (see above); the pages printed,
    // 0 on failure. `truncated`: whether more than MaxPages were needed.
    static int printWidget(QWidget *widget, QPrinter *printer, bool *truncated = nullptr);
    // Makes `widget` as tall as it needs to be for none of its scroll areas and item views to scroll (at most
    // `maxHeight`); returns that height. The caller puts the old size back.
    static int openOut(QWidget *widget, int maxHeight);
    // Marks a control that means nothing on paper ("Why?", "Choose tiles…"): it keeps its place in the
    // layout but is left blank when the view prints.
    static void setScreenOnly(QWidget *widget);

public Q_SLOTS:
    void printWithDialog();
    void updateAction();

private:
    std::function<QWidget *()> m_currentView;
    QWidget *m_window;
    QAction *m_action;
};

} // namespace storelens::ui
