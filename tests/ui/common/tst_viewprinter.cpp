// ViewPrinter: File › Print… (Ctrl+P) prints the whole of the view on screen, not only what is scrolled into
// sight: scroll areas and tables are opened out and cut into pages. Tested with PDF output to a file.
#include "ui/common/PageBreaks.h"
#include "ui/common/PictureRecorder.h"
#include "ui/common/ViewPrinter.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPicture>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using storelens::ui::ViewPrinter;

namespace {

// The page objects of a PDF (besides the page tree, "/Type /Pages").
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-"))
        return -1;
    return int(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

// The view's height in the widget's pixels that one page takes, as ViewPrinter scales it (the page's width
// is the view's width).
double pageHeight(const QPrinter &printer, int viewWidth)
{
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    return std::floor(page.height() / (page.width() / viewWidth));
}

// Counts the paint events of the widgets it watches.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestViewPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsTheCurrentViewToPdf_data();
    void printsTheCurrentViewToPdf();
    void printsAllOfAScrolledView_data();
    void printsAllOfAScrolledView();
    void nothingToPrintWithoutAView();
    void chartsAreNotCutAcrossPages();
    void widgetsStayInsideTheirRectangles();
    void chartLegendsPrintWhole();
    void printDialogWritesToDocuments();

private:
    QTemporaryDir m_dir;
    QString m_home;
};

void TestViewPrinter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A fresh account: a home folder without Documents.
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    qputenv("HOME", m_home.toLocal8Bit());
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DOCUMENTS_DIR");
}

void TestViewPrinter::printsTheCurrentViewToPdf_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("orientation");
    QTest::newRow("wide view, landscape") << QSize(1000, 600) << int(QPageLayout::Landscape);
    QTest::newRow("tall view, portrait") << QSize(500, 900) << int(QPageLayout::Portrait);
}

void TestViewPrinter::printsTheCurrentViewToPdf()
{
    QFETCH(QSize, size);
    QFETCH(int, orientation);
    QWidget window;
    auto *view = new QWidget(&window);
    auto *layout = new QVBoxLayout(view);
    layout->addWidget(new QLabel(QStringLiteral("Net sales 12,345.67"), view));
    view->resize(size);
    ViewPrinter printer([view] { return view; }, &window);
    QCOMPARE(printer.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    printer.updateAction();
    QVERIFY(printer.printAction()->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.pdf"));
    QPrinter pdf(QPrinter::HighResolution);
    pdf.setOutputFormat(QPrinter::PdfFormat);
    pdf.setOutputFileName(path);
    QCOMPARE(printer.print(&pdf), 1); // nothing hidden: one page
    QCOMPARE(int(pdf.pageLayout().orientation()), orientation);
    QCOMPARE(pdfPages(path), 1);
    QVERIFY2(QFile(path).size() > 1000, QByteArray::number(QFile(path).size()).constData());
}

void TestViewPrinter::printsAllOfAScrolledView_data()
{
    QTest::addColumn<bool>("table"); // a table of 150 rows, else a scroll area over 4,000 px of content
    QTest::newRow("scroll area") << false;
    QTest::newRow("table") << true;
}

// A 1000 × 600 view showing a part of its content: printed whole over several pages (content height ÷ the
// view's height a page takes, rounded up; a table's pages end after their last whole row), then shown as
// before, scrolled where it was.
void TestViewPrinter::printsAllOfAScrolledView()
{
    QFETCH(bool, table);
    QWidget view;
    auto *layout = new QVBoxLayout(&view);
    layout->setContentsMargins(0, 0, 0, 0);
    QAbstractScrollArea *area = nullptr;
    int contentHeight = 0;
    if (table) {
        auto *model = new QStandardItemModel(150, 3, &view);
        for (int r = 0; r < 150; ++r) {
            for (int c = 0; c < 3; ++c)
                model->setItem(r, c, new QStandardItem(QStringLiteral("row %1 col %2").arg(r).arg(c)));
        }
        auto *tableView = new QTableView(&view);
        tableView->setModel(model);
        area = tableView;
        layout->addWidget(tableView);
    } else {
        auto *scroll = new QScrollArea(&view);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        auto *content = new QLabel(QStringLiteral("4,000 px of figures"));
        content->setFixedHeight(4000);
        scroll->setWidget(content);
        area = scroll;
        layout->addWidget(scroll);
    }
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (auto *tableView = qobject_cast<QTableView *>(area))
        contentHeight = tableView->horizontalHeader()->height() + tableView->verticalHeader()->length() +
                        2 * tableView->frameWidth();
    else
        contentHeight = 4000;
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum() / 2);
    const int scrolledTo = area->verticalScrollBar()->value();
    QVERIFY(scrolledTo > 0);

    // Kept for a reviewer: <build>/screenshots/print-<row>.pdf (pdftoppm -png turns it into images).
    QVERIFY(QDir().mkpath(QStringLiteral(STORELENS_SCREENSHOT_DIR)));
    const QString path = QStringLiteral(STORELENS_SCREENSHOT_DIR "/print-%1.pdf")
                             .arg(QString::fromLatin1(QTest::currentDataTag()));
    QPrinter pdf(QPrinter::HighResolution);
    pdf.setOutputFormat(QPrinter::PdfFormat);
    pdf.setOutputFileName(path);
    ViewPrinter::orientFor(&pdf, &view); // landscape, as print() and the dialog have it
    // A control marked screen-only keeps its place but is not drawn on paper.
    auto *why = new QPushButton(QStringLiteral("Why?"), &view);
    why->move(10, 10);
    why->show();
    ViewPrinter::setScreenOnly(why);
    PaintCounter whyPaints;
    why->installEventFilter(&whyPaints);
    bool truncated = true;
    PaintCounter barPaints;
    area->verticalScrollBar()->installEventFilter(&barPaints);
    const int pages = ViewPrinter::printWidget(&view, &pdf, &truncated);
    area->verticalScrollBar()->removeEventFilter(&barPaints);
    // The scroll bar stays off the paper, and is back on screen afterwards (trial 18: a grey strip).
    QCOMPARE(barPaints.paints, 0);
    QCOMPARE(whyPaints.paints, 0);
    QVERIFY(!why->graphicsEffect());
    QCOMPARE(why->pos(), QPoint(10, 10));
    QCOMPARE(area->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
    QTRY_VERIFY(area->verticalScrollBar()->isVisible());
    const int page = int(pageHeight(pdf, 1000));
    int expected = int(std::ceil(double(contentHeight) / page));
    if (auto *tableView = qobject_cast<QTableView *>(area)) {
        // A page ends after its last whole row: rows of `row` pixels below the frame and the header.
        const int row = tableView->verticalHeader()->defaultSectionSize();
        const int firstRow = tableView->frameWidth() + tableView->horizontalHeader()->height();
        expected = 1;
        for (int top = 0; contentHeight - top > page; ++expected)
            top = firstRow + (top + page - firstRow) / row * row;
    }
    QVERIFY2(expected > 3, qPrintable(QString::number(expected)));
    QCOMPARE(pages, expected);
    QCOMPARE(pdfPages(path), expected);
    QCOMPARE(truncated, false);
    QCOMPARE(view.size(), QSize(1000, 600));
    QCOMPARE(area->verticalScrollBar()->value(), scrolledTo);
}

void TestViewPrinter::nothingToPrintWithoutAView()
{
    QWidget window;
    ViewPrinter printer([] { return nullptr; }, &window);
    printer.updateAction();
    QVERIFY(!printer.printAction()->isEnabled());
    QPrinter pdf;
    pdf.setOutputFormat(QPrinter::PdfFormat);
    QTemporaryDir dir;
    pdf.setOutputFileName(dir.filePath(QStringLiteral("none.pdf")));
    QCOMPARE(printer.print(&pdf), 0);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
}

// Trial 17: the Overview's charts were cut across pages where a page happened to end. Eight "charts" of 0.6
// of a page's height, one under the other in a scroll area: two never fit on a page, so each page holds one
// whole chart (8 pages; cut every page's height, 8 × 0.6 = 4.8 pages would take 5, each chart but the first
// cut or split).
void TestViewPrinter::chartsAreNotCutAcrossPages()
{
    QPrinter pdf(QPrinter::HighResolution);
    pdf.setOutputFormat(QPrinter::PdfFormat);
    pdf.setPageOrientation(QPageLayout::Landscape);
    const int chartHeight = int(0.6 * pageHeight(pdf, 1000));
    QWidget view;
    auto *layout = new QVBoxLayout(&view);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(&view);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget;
    auto *charts = new QVBoxLayout(content);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(0);
    std::vector<QLabel *> chartWidgets;
    for (int i = 0; i < 8; ++i) {
        auto *chart = new QLabel(QStringLiteral("chart %1").arg(i + 1), content);
        chart->setFrameShape(QFrame::Box);
        chart->setFixedHeight(chartHeight);
        charts->addWidget(chart);
        chartWidgets.push_back(chart);
    }
    scroll->setWidget(content);
    layout->addWidget(scroll);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Where the pages start: at each chart's top.
    const int height = ViewPrinter::openOut(&view, 100000);
    QCOMPARE(height, 8 * chartHeight);
    std::vector<int> expectedTops;
    for (const QLabel *chart : chartWidgets)
        expectedTops.push_back(chart->mapTo(&view, QPoint(0, 0)).y());
    QCOMPARE(storelens::ui::pageTops(&view, height, int(pageHeight(pdf, 1000))), expectedTops);
    view.resize(1000, 600);

    QVERIFY(QDir().mkpath(QStringLiteral(STORELENS_SCREENSHOT_DIR)));
    const QString path = QStringLiteral(STORELENS_SCREENSHOT_DIR "/print-charts.pdf");
    pdf.setOutputFileName(path);
    QCOMPARE(ViewPrinter::printWidget(&view, &pdf), 8);
    QCOMPARE(pdfPages(path), 8);
}

namespace {

// Pixels of `image` inside `area` that are not `colour`.
int pixelsNot(const QImage &image, const QRect &area, QRgb colour)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += image.pixel(x, y) != colour ? 1 : 0;
    }
    return count;
}

} // namespace

// Trial 20: on paper the customer list's partly visible last column ran on over the profile beside it (on
// screen each widget is clipped to its rectangle; the picture a view is printed through had lost that clip).
// A 600 × 300 view: a table 300 px wide at its left, columns of 120 px with long texts, so the third column
// (from the vertical header's width + 240 px) is cut by the table's right edge; the window background right
// of it. Played back into an image, the picture of the view leaves all 300 × 300 px right of the table as
// that background, and still has the table's texts up to its edge (the last 40 px of its viewport hold some).
// The picture of the top 150 px (a page's cut through a row) leaves everything below 150 px untouched.
void TestViewPrinter::widgetsStayInsideTheirRectangles()
{
    QWidget view;
    auto *model = new QStandardItemModel(20, 4, &view);
    for (int r = 0; r < 20; ++r) {
        for (int c = 0; c < 4; ++c)
            model->setItem(r, c,
                           new QStandardItem(QStringLiteral("Long customer name %1-%2 Ltd").arg(r).arg(c)));
    }
    auto *table = new QTableView(&view);
    table->setModel(model);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setDefaultSectionSize(120);
    table->verticalHeader()->setDefaultSectionSize(30);
    table->setGeometry(0, 0, 300, 300);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect viewport(table->viewport()->mapTo(&view, QPoint(0, 0)), table->viewport()->size());
    QCOMPARE(table->columnViewportPosition(2) + 120 > viewport.width(), true); // the third column is cut
    const QRgb background = view.palette().color(QPalette::Window).rgb();
    const QRgb base = table->palette().color(QPalette::Base).rgb();

    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter player(&image);
    player.drawPicture(QPoint(), storelens::ui::PictureRecorder::record(&view, view.rect()));
    player.end();
    image.save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/print-clip.png"));
    QCOMPARE(pixelsNot(image, QRect(300, 0, 300, 300), background), 0);
    const QRect edge(viewport.right() - 39, viewport.top(), 40, viewport.height());
    QVERIFY(pixelsNot(image, edge, base) > 0);

    image.fill(Qt::transparent);
    player.begin(&image);
    player.drawPicture(QPoint(), storelens::ui::PictureRecorder::record(&view, QRect(0, 0, 600, 150)));
    player.end();
    QCOMPARE(pixelsNot(image, QRect(0, 150, 600, 150), qRgba(0, 0, 0, 0)), 0);
    QVERIFY(pixelsNot(image, QRect(0, 0, 600, 150), qRgba(0, 0, 0, 0)) > 0);
}

namespace {

// Pixels of `image` inside `area` that are `colour`.
int pixelsOf(const QImage &image, const QRect &area, QRgb colour)
{
    return area.width() * area.height() - pixelsNot(image, area, colour);
}

// Pixels of `image` inside `area` darker than mid-grey: text, and the markers' borders.
int darkPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    return count;
}

} // namespace

// Trial 21: on paper the Overview's bar charts kept only their legend's first label: "Last year" without its
// colour square, "This period" and its square gone, so the one bar drawn read as last year.
// QPainter::restore() sets the clips it returns to again on the recorder's engine moved by where the chart
// sits in the view (a Qt bug the recorder makes up for), and each legend label's restore cut away what
// followed. A chart 200 px down a view, its legend of two entries at the top: played back into an image, the
// picture of the view has both colour squares and as much text in the legend as the view on screen.
void TestViewPrinter::chartLegendsPrintWhole()
{
    QWidget view;
    auto *layout = new QVBoxLayout(&view);
    auto *above = new QLabel(QStringLiteral("Tiles"), &view);
    above->setFixedHeight(200);
    layout->addWidget(above);
    auto *chart = new QChart;
    auto *series = new QBarSeries(chart);
    const QColor earlier(0x9a, 0x9a, 0x9a);
    const QColor now(0x00, 0x72, 0xb2);
    for (const auto &[name, colour] :
         {std::pair{QStringLiteral("A year earlier (no data for 1 of 1 months)"), earlier},
          std::pair{QStringLiteral("This period"), now}}) {
        auto *set = new QBarSet(name, series);
        set->append(name == QLatin1String("This period") ? 10000 : 0);
        set->setColor(colour);
        series->append(set);
    }
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *chartView = new QChartView(chart, &view);
    chartView->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(chartView);
    view.resize(600, 560);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50); // the legend's layout

    const QImage screen = view.grab().toImage().convertToFormat(QImage::Format_ARGB32);
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter player(&image);
    player.drawPicture(QPoint(), storelens::ui::PictureRecorder::record(&view, view.rect()));
    player.end();
    image.save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/print-legend.png"));

    const QRect legend = chartView->mapFromScene(chart->mapToScene(chart->legend()->geometry()))
                             .boundingRect()
                             .translated(chartView->viewport()->mapTo(&view, QPoint(0, 0)))
                             .intersected(view.rect());
    QVERIFY(legend.top() > 200);
    QVERIFY(pixelsOf(screen, legend, earlier.rgb()) > 0);
    QVERIFY(pixelsOf(screen, legend, now.rgb()) > 0);
    QCOMPARE(pixelsOf(image, legend, earlier.rgb()), pixelsOf(screen, legend, earlier.rgb()));
    QCOMPARE(pixelsOf(image, legend, now.rgb()), pixelsOf(screen, legend, now.rgb()));
    // Both labels: about as many dark pixels as on screen (the text is drawn as vectors, antialiased alike).
    const int onScreen = darkPixels(screen, legend);
    const int printed = darkPixels(image, legend);
    QVERIFY(onScreen > 100);
    QVERIFY2(std::abs(printed - onScreen) < onScreen / 10,
             qPrintable(QStringLiteral("%1 dark pixels printed, %2 on screen").arg(printed).arg(onScreen)));
}

// Trial 17: the print dialog offered to write ~/print.pdf (Qt's default). It offers <Documents>/<view>.pdf,
// the Documents folder made when missing (as for the report), and what is printed goes there.
void TestViewPrinter::printDialogWritesToDocuments()
{
    const QString documents = QDir(m_home).filePath(QStringLiteral("Documents"));
    QDir(documents).removeRecursively();
    QWidget window;
    auto *view = new QWidget(&window);
    view->setWindowTitle(QStringLiteral("Overview"));
    auto *layout = new QVBoxLayout(view);
    layout->addWidget(new QLabel(QStringLiteral("Net sales 12,345.67"), view));
    view->resize(1000, 600);
    ViewPrinter printer([view] { return view; }, &window);

    QString offered;
    int orientation = -1;
    int paper = -1;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
            offered = dialog->printer()->outputFileName();
            orientation = int(dialog->printer()->pageLayout().orientation());
            paper = int(dialog->printer()->pageLayout().pageSize().id());
            dialog->accept();
        }
    });
    poll.start(50);
    // Trial 23us: in the United States, without a printer of the system's, US Letter as the report uses.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    printer.printAction()->trigger();
    QLocale::setDefault(before);
    poll.stop();
    QCOMPARE(paper, int(QPageSize::Letter));

    const QString expected = QDir(documents).filePath(QStringLiteral("Overview.pdf"));
    QCOMPARE(offered, expected);
    QCOMPARE(orientation, int(QPageLayout::Landscape)); // wider than tall on screen
    QCOMPARE(pdfPages(expected), 1);
    // Trial 20: printing to a file said nothing; it now says where the file went, as an export does.
    auto *written = window.findChild<QMessageBox *>(QStringLiteral("fileWrittenMessage"));
    QVERIFY(written);
    QVERIFY2(written->text().contains(QStringLiteral("1 page")), qPrintable(written->text()));
    QVERIFY2(written->informativeText().endsWith(QStringLiteral("Overview.pdf")),
             qPrintable(written->informativeText()));
    delete written;
}

QTEST_MAIN(TestViewPrinter)
#include "tst_viewprinter.moc"
