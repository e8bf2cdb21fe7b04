#include "ui/common/ViewPrinter.h"

#include "ui/common/FileActions.h"
#include "ui/common/PageBreaks.h"
#include "ui/common/PictureRecorder.h"
#include "ui/report/ReportOptions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QGraphicsOpacityEffect>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPicture>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace storelens::ui {

namespace {

// Item views scroll by pixels while the view is opened out, so their scroll bars measure what is hidden.
class PixelScrolling
{
public:
    explicit PixelScrolling(QWidget *root)
    {
        const auto views = root->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            m_views.push_back({view, view->verticalScrollMode()});
            view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        }
    }
    ~PixelScrolling()
    {
        for (const auto &[view, mode] : m_views) {
            if (view)
                view->setVerticalScrollMode(mode);
        }
    }
    PixelScrolling(const PixelScrolling &) = delete;
    PixelScrolling &operator=(const PixelScrolling &) = delete;

private:
    std::vector<std::pair<QPointer<QAbstractItemView>, QAbstractItemView::ScrollMode>> m_views;
};

// The scroll areas' bars stay off the paper (trial 18: a printed view showed its scroll bar as a grey strip
// down the page). With its bar switched off a scroll area still keeps its range, which measures what is
// hidden.
class ScrollBarsOff
{
public:
    explicit ScrollBarsOff(QWidget *root)
    {
        const auto areas = root->findChildren<QAbstractScrollArea *>();
        for (QAbstractScrollArea *area : areas) {
            m_areas.push_back({area, area->verticalScrollBarPolicy(), area->horizontalScrollBarPolicy()});
            area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        }
    }
    ~ScrollBarsOff()
    {
        for (const Area &a : m_areas) {
            if (a.area) {
                a.area->setVerticalScrollBarPolicy(a.vertical);
                a.area->setHorizontalScrollBarPolicy(a.horizontal);
            }
        }
    }
    ScrollBarsOff(const ScrollBarsOff &) = delete;
    ScrollBarsOff &operator=(const ScrollBarsOff &) = delete;

private:
    struct Area
    {
        QPointer<QAbstractScrollArea> area;
        Qt::ScrollBarPolicy vertical;
        Qt::ScrollBarPolicy horizontal;
    };
    std::vector<Area> m_areas;
};

const char *const ScreenOnly = "storelensScreenOnly";

// Controls marked with setScreenOnly are drawn fully transparent while the view prints: hiding them would
// move the rest of the layout.
class ScreenOnlyBlank
{
public:
    explicit ScreenOnlyBlank(QWidget *root)
    {
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->property(ScreenOnly).toBool() || w->graphicsEffect())
                continue;
            auto *blank = new QGraphicsOpacityEffect(w);
            blank->setOpacity(0.0);
            w->setGraphicsEffect(blank);
            m_widgets.emplace_back(w);
        }
    }
    ~ScreenOnlyBlank()
    {
        for (const QPointer<QWidget> &w : m_widgets) {
            if (w)
                w->setGraphicsEffect(nullptr); // deletes the effect
        }
    }
    ScreenOnlyBlank(const ScreenOnlyBlank &) = delete;
    ScreenOnlyBlank &operator=(const ScreenOnlyBlank &) = delete;

private:
    std::vector<QPointer<QWidget>> m_widgets;
};

// The pixels the most hidden scroll area or item view under `root` still hides below its visible part.
int hiddenHeight(QWidget *root)
{
    int hidden = 0;
    const auto areas = root->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        if (!area->isVisibleTo(root))
            continue;
        const QScrollBar *bar = area->verticalScrollBar();
        hidden = std::max(hidden, bar->maximum() - bar->minimum());
    }
    return hidden;
}

} // namespace

ViewPrinter::ViewPrinter(std::function<QWidget *()> currentView, QWidget *window)
    : QObject(window)
    , m_currentView(std::move(currentView))
    , m_window(window)
    , m_action(new QAction(tr("&Print…"), this))
{
    m_action->setObjectName(QStringLiteral("printAction"));
    m_action->setShortcut(QKeySequence::Print);
    m_action->setStatusTip(tr("Print the whole of the view on screen"));
    connect(m_action, &QAction::triggered, this, &ViewPrinter::printWithDialog);
}

void ViewPrinter::updateAction()
{
    m_action->setEnabled(m_currentView() != nullptr);
}

int ViewPrinter::print(QPrinter *printer, bool *truncated) const
{
    QWidget *view = m_currentView();
    if (!view)
        return 0;
    orientFor(printer, view);
    return printWidget(view, printer, truncated);
}

void ViewPrinter::orientFor(QPrinter *printer, const QWidget *view)
{
    printer->setPageOrientation(view->width() > view->height() ? QPageLayout::Landscape
                                                               : QPageLayout::Portrait);
}

void ViewPrinter::prepare(QPrinter *printer, const QWidget *view)
{
    // Without a printer of the system's (printing to PDF), the paper the report uses in this country: US
    // Letter in the United States, not Qt's A4 (trial 23us). A printer's own default paper stays.
    if (printer->printerName().isEmpty())
        printer->setPageSize(QPageSize(defaultPageSize(QLocale())));
    orientFor(printer, view);
    const QString name = view->windowTitle().isEmpty() ? tr("StoreLens") : view->windowTitle();
    printer->setDocName(name);
    // Qt's default is print.pdf in the working folder (the home folder when started from a menu).
    printer->setOutputFileName(defaultSavePath(name + QStringLiteral(".pdf")));
}

void ViewPrinter::setScreenOnly(QWidget *widget)
{
    widget->setProperty(ScreenOnly, true);
}

int ViewPrinter::openOut(QWidget *widget, int maxHeight)
{
    // Each round grows the widget by what is still hidden; a scroll bar that appears or a layout that hands
    // the room to another part can leave some, so a few rounds.
    for (int round = 0; round < 8; ++round) {
        const int hidden = hiddenHeight(widget);
        if (hidden == 0 || widget->height() >= maxHeight)
            break;
        widget->resize(widget->width(), std::min(maxHeight, widget->height() + hidden));
    }
    return widget->height();
}

int ViewPrinter::printWidget(QWidget *widget, QPrinter *printer, bool *truncated)
{
    const QSize onScreen = widget->size();
    if (onScreen.isEmpty())
        return 0;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const double scale = page.width() / onScreen.width();
    // The page's height in the widget's pixels, never less than a tenth of the view (a very wide view).
    const int pageHeight = std::max(onScreen.height() / 10, int(std::floor(page.height() / scale)));

    // Where each scroll area was scrolled to, for afterwards.
    std::vector<std::pair<QPointer<QScrollBar>, int>> positions;
    const auto areas = widget->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas)
        positions.emplace_back(area->verticalScrollBar(), area->verticalScrollBar()->value());
    const int maximumHeight = widget->maximumHeight();
    widget->setMaximumHeight(QWIDGETSIZE_MAX);
    std::optional<ScrollBarsOff> bars(std::in_place, widget);
    const ScreenOnlyBlank blank(widget);
    int height = onScreen.height();
    {
        const PixelScrolling pixels(widget);
        height = openOut(widget, MaxPages * pageHeight);
        if (truncated)
            *truncated = hiddenHeight(widget) > 0;
    }
    // A view with nothing hidden is scaled to fit one page, as it looks on screen.
    const bool whole = height <= onScreen.height();
    const double pageScale = whole ? std::min(scale, page.height() / onScreen.height()) : scale;
    // Cut between whole charts, tiles and table rows (trial 17: a chart was cut across two pages).
    const std::vector<int> tops = whole ? std::vector<int>{0} : pageTops(widget, height, pageHeight);
    int pages = 0;
    QPainter painter;
    if (painter.begin(printer)) {
        painter.scale(pageScale, pageScale);
        for (size_t i = 0; i < tops.size() && pages < MaxPages; ++i) {
            if (pages > 0 && !printer->newPage())
                break;
            const int top = tops[i];
            const int step = (i + 1 < tops.size() ? tops[i + 1] : height) - top;
            // Through a picture: straight onto a printer Qt would draw the widget as a bitmap of the
            // printer's resolution (seconds a page, and large); a picture keeps its text and lines as they
            // are, and PictureRecorder keeps each widget inside its rectangle as the screen does.
            const QPicture picture = PictureRecorder::record(widget, QRect(0, top, onScreen.width(), step));
            // A picture plays back at the size it has on a screen of its own resolution: undo that.
            const double playback = double(picture.logicalDpiX()) / printer->logicalDpiX();
            painter.save();
            painter.scale(playback, playback);
            painter.drawPicture(QPoint(), picture);
            painter.restore();
            ++pages;
        }
        painter.end();
    }
    bars.reset();
    widget->setMaximumHeight(maximumHeight);
    widget->resize(onScreen);
    for (const auto &[bar, value] : positions) {
        if (bar)
            bar->setValue(value);
    }
    return pages;
}

void ViewPrinter::printWithDialog()
{
    QWidget *view = m_currentView();
    if (!view)
        return;
    QPrinter printer(QPrinter::HighResolution);
    prepare(&printer, view);
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // In the orientation chosen in the dialog (print() would turn the page back).
    bool truncated = false;
    const int pages = printWidget(view, &printer, &truncated);
    if (pages == 0) {
        QMessageBox::warning(m_window, tr("Print"), tr("The view could not be printed."));
        return;
    }
    if (truncated)
        QMessageBox::information(m_window, tr("Print"),
                                 tr("The view is longer than %n page(s): the first %n were printed. Export "
                                    "the table to CSV for all "
                                    "of it.",
                                    nullptr, MaxPages));
    // Printed to a file: where it went, as after every export (trial 20: printing said nothing).
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        showFileWritten(m_window, tr("Print"),
                        tr("The view was printed to a PDF file: %n page(s).", nullptr, pages),
                        printer.outputFileName());
}

} // namespace storelens::ui
