#pragma once

#include <QWidget>

class QTextBrowser;

namespace storelens::ui {

// Help › Handbook: the offline handbook (HandbookPages.h) in a plain browser window with Back, Forward and
// Contents. Links between pages work; links to other places open nothing.
class HandbookWindow : public QWidget
{
    Q_OBJECT

public:
    // `mainWindow` is where the shortcuts page reads the actions from; the handbook is a window of its own.
    explicit HandbookWindow(QWidget *mainWindow, QWidget *parent = nullptr);

    void showPage(const QString &page);
    QString currentPage() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace storelens::ui
