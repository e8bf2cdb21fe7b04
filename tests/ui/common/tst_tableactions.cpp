// TableActions: Ctrl+C on a selection puts tab-separated text with a header row on the clipboard, Export to
// CSV writes the whole table through CsvWriter (formula-looking cells neutralised), the context menu offers
// both.
#include "ui/common/TableActions.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using storelens::ui::TableActions;

namespace {

// Three customers, four columns: a name with a comma, a formula-looking note, a negative number written with
// the screen's minus sign (copies and exports give spreadsheets the hyphen they read as a sign).
QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 4, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Customer"), QStringLiteral("Orders"),
                                      QStringLiteral("Net sales"), QStringLiteral("Note")});
    const QList<QStringList> rows = {
        {QStringLiteral("Ada Lovelace"), QStringLiteral("3"), QStringLiteral("120.50"),
         QStringLiteral("vip")},
        {QStringLiteral("Smith, John"), QStringLiteral("1"), QChar(0x2212) + QStringLiteral("4.00"),
         QStringLiteral("=1+2")},
        {QStringLiteral("Grace\tHopper"), QStringLiteral("7"), QStringLiteral("980.00"),
         QStringLiteral("@ref")},
    };
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row)
            items.append(new QStandardItem(cell));
        model->appendRow(items);
    }
    return model;
}

} // namespace

class TestTableActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void copiesTheSelection_data();
    void copiesTheSelection();
    void ctrlCCopiesFromTheKeyboard();
    void exportsTheWholeTableAsFormulaSafeCsv();
    void exportNamesAFileThatCannotBeWritten();
    void contextMenuOffersTheActions();
    void rowNamesOfAComparisonAreKept();
    void optionalColumnsWaitInTheHeaderMenu();
    void wrappedTitlesNeedTheirWiderLine();
    void cutValuesTakeTheRoomLeft();

private:
    std::unique_ptr<QTableView> m_view;
};

void TestTableActions::init()
{
    m_view = std::make_unique<QTableView>();
    m_view->setModel(makeModel(m_view.get()));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    TableActions::install(m_view.get(), QStringLiteral("customers"));
}

void TestTableActions::copiesTheSelection_data()
{
    QTest::addColumn<QList<QPoint>>("cells"); // (column, row) selected
    QTest::addColumn<QString>("expected");
    // Row 1 whole: the header row, then the row; the formula-looking note gets an apostrophe, -4.00 stays.
    QTest::newRow("one whole row") << QList<QPoint>{{0, 1}, {1, 1}, {2, 1}, {3, 1}}
                                   << QStringLiteral("Customer\tOrders\tNet sales\tNote\n"
                                                     "Smith, John\t1\t-4.00\t'=1+2\n");
    // Two cells of different rows and columns: the rectangle they span, the cells not selected empty; the
    // tab inside "Grace\tHopper" becomes a space.
    QTest::newRow("two cells") << QList<QPoint>{{0, 2}, {2, 0}}
                               << QStringLiteral("Customer\tNet sales\n\t120.50\nGrace Hopper\t\n");
    // Nothing selected: the whole table.
    QTest::newRow("nothing selected") << QList<QPoint>{}
                                      << QStringLiteral("Customer\tOrders\tNet sales\tNote\n"
                                                        "Ada Lovelace\t3\t120.50\tvip\n"
                                                        "Smith, John\t1\t-4.00\t'=1+2\n"
                                                        "Grace Hopper\t7\t980.00\t'@ref\n");
}

void TestTableActions::copiesTheSelection()
{
    QFETCH(QList<QPoint>, cells);
    QFETCH(QString, expected);
    // install() lets a single-row table pick several cells.
    QCOMPARE(m_view->selectionMode(), QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    for (const QPoint &cell : cells)
        m_view->selectionModel()->select(m_view->model()->index(cell.y(), cell.x()),
                                         QItemSelectionModel::Select);
    TableActions *actions = TableActions::of(m_view.get());
    QVERIFY(actions);
    QCOMPARE(actions->selectionText(), expected);
    actions->copyAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), expected);
}

void TestTableActions::ctrlCCopiesFromTheKeyboard()
{
    QApplication::clipboard()->clear();
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
    m_view->selectRow(0);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("Customer\tOrders\tNet sales\tNote\nAda Lovelace\t3\t120.50\tvip\n"));
}

void TestTableActions::exportsTheWholeTableAsFormulaSafeCsv()
{
    // A hidden column is left out and a moved one follows its shown order; the selection does not matter.
    m_view->setColumnHidden(1, true);
    m_view->horizontalHeader()->moveSection(3, 0);
    m_view->selectRow(1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QString error;
    QVERIFY(TableActions::of(m_view.get())->exportCsv(path, &error));
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // CsvWriter: "\r\n" line ends, the comma cell quoted, '=' and '@' cells behind an apostrophe; the tab
    // inside a cell is kept (CSV can hold it).
    QCOMPARE(file.readAll(), QByteArray("Note,Customer,Net sales\r\n"
                                        "vip,Ada Lovelace,120.50\r\n"
                                        "'=1+2,\"Smith, John\",-4.00\r\n"
                                        "'@ref,Grace\tHopper,980.00\r\n"));
}

void TestTableActions::exportNamesAFileThatCannotBeWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/customers.csv"));
    QString error;
    QVERIFY(!TableActions::of(m_view.get())->exportCsv(path, &error));
    QVERIFY2(error.contains(QStringLiteral("customers.csv")), qPrintable(error));
}

void TestTableActions::contextMenuOffersTheActions()
{
    QCOMPARE(m_view->contextMenuPolicy(), Qt::ActionsContextMenu);
    const TableActions *actions = TableActions::of(m_view.get());
    const QList<QAction *> menu = m_view->actions();
    QVERIFY(menu.contains(actions->copyAction()));
    QVERIFY(menu.contains(actions->selectAllAction()));
    QVERIFY(menu.contains(actions->exportAction()));
    QCOMPARE(actions->copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(actions->copyAction()->shortcutContext(), Qt::WidgetShortcut);
    // Installing twice keeps one set.
    QCOMPARE(TableActions::install(m_view.get()), actions);
    QCOMPARE(m_view->actions().size(), menu.size());
}

void TestTableActions::rowNamesOfAComparisonAreKept()
{
    QTableView view;
    auto *model = new QStandardItemModel(2, 2, &view);
    model->setHorizontalHeaderLabels({QStringLiteral("Champions"), QStringLiteral("At risk")});
    model->setVerticalHeaderLabels({QStringLiteral("Customers"), QStringLiteral("Net sales")});
    model->setItem(0, 0, new QStandardItem(QStringLiteral("12")));
    model->setItem(0, 1, new QStandardItem(QStringLiteral("40")));
    model->setItem(1, 0, new QStandardItem(QStringLiteral("900.00")));
    model->setItem(1, 1, new QStandardItem(QStringLiteral("310.00")));
    view.setModel(model);
    QCOMPARE(TableActions::install(&view)->selectionText(),
             QStringLiteral("\tChampions\tAt risk\nCustomers\t12\t40\nNet sales\t900.00\t310.00\n"));
}

// Optional columns start hidden; the header's context menu lists every column, and ticking one shows it. The
// hidden column is left out of a copy, like any column the user does not see.
void TestTableActions::optionalColumnsWaitInTheHeaderMenu()
{
    TableActions *actions = TableActions::of(m_view.get());
    actions->setOptionalColumns({3});
    QHeaderView *header = m_view->horizontalHeader();
    QCOMPARE(header->contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(header->actions().size(), 4);
    QVERIFY(header->isSectionHidden(3));
    QCOMPARE(actions->columnAction(3)->text(), QStringLiteral("Note"));
    QCOMPARE(actions->columnAction(3)->isChecked(), false);
    QCOMPARE(actions->columnAction(0)->isEnabled(), false); // the row's name stays
    QCOMPARE(actions->selectionText().section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("Customer\tOrders\tNet sales"));
    actions->columnAction(3)->setChecked(true);
    QVERIFY(!header->isSectionHidden(3));
    actions->columnAction(1)->setChecked(false);
    QVERIFY(header->isSectionHidden(1));
}

// A wrapping title needs the wider of its two best lines: "Share of net sales" breaks into "Share of" and
// "net sales" ("Share of net" / "sales" has a wider first line); a one-word title needs its whole width.
void TestTableActions::wrappedTitlesNeedTheirWiderLine()
{
    m_view->model()->setHeaderData(2, Qt::Horizontal, QStringLiteral("Share of net sales"));
    TableActions *actions = TableActions::of(m_view.get());
    QHeaderView *header = m_view->horizontalHeader();
    // A highlighted title is drawn bold and measured so; wrapped titles are never highlighted.
    QFont bold = header->font();
    bold.setBold(true);
    header->setHighlightSections(true);
    header->setSortIndicatorShown(false);
    QCOMPARE(
        TableActions::titleWidth(header, 1) - TableActions::titleWidth(header, 0),
        QFontMetrics(bold).horizontalAdvance(m_view->model()->headerData(1, Qt::Horizontal).toString()) -
            QFontMetrics(bold).horizontalAdvance(m_view->model()->headerData(0, Qt::Horizontal).toString()));
    header->setHighlightSections(false);
    const int plain = TableActions::titleWidth(header, 2);
    actions->setWrappedTitles();
    QVERIFY(!header->highlightSections());
    const QFontMetrics fm = header->fontMetrics();
    const int extra = plain - fm.horizontalAdvance(QStringLiteral("Share of net sales"));
    const int wider = std::max(fm.horizontalAdvance(QStringLiteral("Share of")),
                               fm.horizontalAdvance(QStringLiteral("net sales")));
    QCOMPARE(TableActions::titleWidth(header, 2), wider + extra);
    QCOMPARE(TableActions::titleWidth(header, 1),
             plain - fm.horizontalAdvance(QStringLiteral("Share of net sales")) +
                 fm.horizontalAdvance(QStringLiteral("Orders")));
    QVERIFY(header->minimumHeight() >= 2 * fm.lineSpacing());
    // Only the sorted column makes room for the sort indicator (the others gave the Segments table's median
    // recency no room at 1280 px in German), as much room as the style gives it (trial 15: the font's height
    // alone cut the "N" of a sorted "Nettoumsatz").
    const int noIndicator = header->sectionSizeHint(2);
    header->setSortIndicatorShown(true);
    const int withIndicator = header->sectionSizeHint(2);
    header->setSortIndicator(2, Qt::AscendingOrder);
    const int sorted = TableActions::titleWidth(header, 2);
    header->setSortIndicator(1, Qt::AscendingOrder);
    QCOMPARE(sorted - TableActions::titleWidth(header, 2), withIndicator - noIndicator);
}

// Values cut at widestValues (a long e-mail address) take the room the last column would stretch over: at
// 1920 px the segment members' e-mail addresses elided beside a wide consent column (trial 21de). In a narrow
// table they stay cut, and the last column keeps its title's width.
void TestTableActions::cutValuesTakeTheRoomLeft()
{
    const QString address = QStringLiteral("someone.with.a.long.address@example.org");
    m_view->model()->setData(m_view->model()->index(0, 0), address);
    const QAbstractItemView *view = m_view.get(); // sizeHintForColumn is public there
    const QFontMetrics fm = m_view->fontMetrics();
    const int cap = fm.horizontalAdvance(QStringLiteral("Smith, John"));
    QVERIFY(view->sizeHintForColumn(0) > cap + 40);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    m_view->resize(150, 200);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    TableActions::of(m_view.get())->setWrappedTitles(cap);
    QTRY_COMPARE(header->sectionSize(0), std::max(cap, TableActions::titleWidth(header, 0)));

    m_view->resize(1200, 200);
    QTRY_COMPARE(header->sectionSize(0), view->sizeHintForColumn(0));
    QVERIFY(header->sectionSize(3) >= TableActions::titleWidth(header, 3));

    m_view->resize(150, 200);
    QTRY_COMPARE(header->sectionSize(0), std::max(cap, TableActions::titleWidth(header, 0)));
}

QTEST_MAIN(TestTableActions)
#include "tst_tableactions.moc"
