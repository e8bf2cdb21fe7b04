// ViewPrinter: File › Print… (Ctrl+P) prints the whole of the view on screen, not only what is scrolled into
// sight: scroll areas and tables are opened out and cut into pages. Tested with PDF output to a file.
#include "ui/common/ViewPrinter.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPrinter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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

} // namespace

class TestViewPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsTheCurrentViewToPdf_data();
    void printsTheCurrentViewToPdf();
    void printsAllOfAScrolledView_data();
    void printsAllOfAScrolledView();
    void nothingToPrintWithoutAView();
};

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
// view's height a page takes, rounded up), then shown as before, scrolled where it was.
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
    bool truncated = true;
    const int pages = ViewPrinter::printWidget(&view, &pdf, &truncated);
    const int expected = int(std::ceil(contentHeight / pageHeight(pdf, 1000)));
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

QTEST_MAIN(TestViewPrinter)
#include "tst_viewprinter.moc"
