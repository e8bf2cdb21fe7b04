#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QAction;
class QHeaderView;
class QIODevice;

namespace storelens::ui {

// What other desktop apps let a user do with a table, for any item view: select cells and press Ctrl+C (or
// Copy in the context menu) to put them on the clipboard tab-separated under a header row, so they paste
// into a spreadsheet; Select All; Export to CSV… writes the whole table (every row, the visible columns in
// their shown order) through core's CsvWriter, which neutralises formula-looking cells. Column titles are
// never cut off (fitColumnTitles). Every view installs it with one call; the object lives as the view's
// child.
class TableActions : public QObject
{
    Q_OBJECT

public:
    // Adds the actions and the context menu to `view`; a view that picks single rows may now pick several.
    static TableActions *install(QAbstractItemView *view, const QString &exportName = {});
    // The actions installed on `view` (nullptr when none).
    static TableActions *of(const QAbstractItemView *view);

    // Columns a narrow window can do without (issue 18: at 1280 px the important ones must show without
    // scrolling): hidden at first, shown again from the column header's context menu, which lists every
    // column but the first with a check box.
    void setOptionalColumns(const QList<int> &columns);
    // The header menu's action of a column (nullptr before setOptionalColumns()).
    QAction *columnAction(int column) const;
    // Lets the column titles wrap onto two lines (a long German title over a narrow column of percentages)
    // and keeps every column as wide as its values and the wider of its title's two lines; the last column
    // fills the room left. `widestValues` > 0: values wider than that (a long e-mail address) elide instead
    // of widening their column, unless the room the last column would stretch over holds them.
    void setWrappedTitles(int widestValues = 0);
    // The width `section`'s title needs: on one line, or on two lines when the header wraps its titles.
    static int titleWidth(const QHeaderView *header, int section);

    QAction *copyAction() const { return m_copy; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *exportAction() const { return m_export; }

    // The selected cells (the whole table when nothing is selected) as tab-separated lines, a header row
    // first, each line ending in "\n"; cells not selected inside the selection's rows and columns are empty.
    QString selectionText() const;
    // The whole table as CSV ("\r\n" line ends) with a header row; false when the device fails.
    bool writeCsv(QIODevice *device) const;
    // writeCsv() into the file at `path`; a translated message naming the file in `error` on failure.
    bool exportCsv(const QString &path, QString *error) const;

public Q_SLOTS:
    void copySelection() const;
    void exportWithDialog();
    // Widens each column the user sizes (QHeaderView::Interactive) that is narrower than its title, so no
    // column title is cut off; install() does it whenever the columns or their titles change.
    void fitColumnTitles();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableActions(QAbstractItemView *view, const QString &exportName);
    QList<int> visibleColumns() const; // logical columns in their shown order
    QStringList headerRow(const QList<int> &columns) const;
    QStringList row(int row, const QList<int> &columns) const;

    QAbstractItemView *m_view;
    QString m_exportName;
    QAction *m_copy = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_export = nullptr;
    QList<QAction *> m_columnActions;
    bool m_wrappedTitles = false;
    int m_widestValues = 0; // 0: no limit
};

} // namespace storelens::ui
