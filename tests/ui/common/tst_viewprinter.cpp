// ViewPrinter: File › Print… (Ctrl+P) prints the view on screen; tested with PDF output to a file.
#include "ui/common/ViewPrinter.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPageLayout>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using storelens::ui::ViewPrinter;

class TestViewPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsTheCurrentViewToPdf_data();
    void printsTheCurrentViewToPdf();
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
    QVERIFY(printer.print(&pdf));
    QCOMPARE(int(pdf.pageLayout().orientation()), orientation);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // One page: one page object besides the page tree ("/Type /Pages").
    QCOMPARE(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1);
    QVERIFY2(bytes.size() > 1000, QByteArray::number(bytes.size()).constData());
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
    QVERIFY(!printer.print(&pdf));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
}

QTEST_MAIN(TestViewPrinter)
#include "tst_viewprinter.moc"
