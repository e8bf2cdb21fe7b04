#include "ui/common/ViewPrinter.h"

#include <QAction>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QWidget>

#include <algorithm>

namespace storelens::ui {

ViewPrinter::ViewPrinter(std::function<QWidget *()> currentView, QWidget *window)
    : QObject(window)
    , m_currentView(std::move(currentView))
    , m_window(window)
    , m_action(new QAction(tr("&Print…"), this))
{
    m_action->setObjectName(QStringLiteral("printAction"));
    m_action->setShortcut(QKeySequence::Print);
    m_action->setStatusTip(tr("Print the view on screen"));
    connect(m_action, &QAction::triggered, this, &ViewPrinter::printWithDialog);
}

void ViewPrinter::updateAction()
{
    m_action->setEnabled(m_currentView() != nullptr);
}

bool ViewPrinter::print(QPrinter *printer) const
{
    QWidget *view = m_currentView();
    return view && printWidget(view, printer);
}

bool ViewPrinter::printWidget(QWidget *widget, QPrinter *printer)
{
    const QSize size = widget->size();
    if (size.isEmpty())
        return false;
    printer->setPageOrientation(size.width() > size.height() ? QPageLayout::Landscape
                                                             : QPageLayout::Portrait);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const double scale = std::min(page.width() / size.width(), page.height() / size.height());
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return painter.end();
}

void ViewPrinter::printWithDialog()
{
    if (!m_currentView())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() == QDialog::Accepted && !print(&printer))
        QMessageBox::warning(m_window, tr("Print"), tr("The view could not be printed."));
}

} // namespace storelens::ui
