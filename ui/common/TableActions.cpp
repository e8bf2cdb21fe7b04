#include "ui/common/TableActions.h"

#include "core/csv/CsvWriter.h"
#include "core/csv/FormulaSafety.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <set>

namespace storelens::ui {

namespace {

// One clipboard cell: tabs and line breaks would split it, so they become spaces.
QString clipboardCell(const QString &text)
{
    QString cell = text;
    for (QChar &c : cell) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return core::csv::neutraliseFormula(cell);
}

// A cell as copied or exported: the screen's minus sign ("−4.00") becomes the hyphen spreadsheets read as a
// number's sign.
QString cellText(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    if (text.startsWith(QChar(0x2212)))
        text[0] = QLatin1Char('-');
    return text;
}

// Whether the rows are named in a shown vertical header (a comparison's measures), not merely numbered.
bool namedRows(const QAbstractItemView *view)
{
    const auto *table = qobject_cast<const QTableView *>(view);
    return table && !table->verticalHeader()->isHidden() && table->model()->rowCount() > 0 &&
           table->model()->headerData(0, Qt::Vertical).userType() == QMetaType::QString;
}

QHeaderView *columnHeader(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

TableActions::TableActions(QAbstractItemView *view, const QString &exportName)
    : QObject(view)
    , m_view(view)
    , m_exportName(exportName)
{
    setObjectName(QStringLiteral("tableActions"));
    m_copy = new QAction(tr("&Copy"), view);
    m_copy->setObjectName(QStringLiteral("copyTableAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &TableActions::copySelection);
    m_selectAll = new QAction(tr("Select &All"), view);
    m_selectAll->setObjectName(QStringLiteral("selectAllTableAction"));
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(m_selectAll, &QAction::triggered, view, &QAbstractItemView::selectAll);
    m_export = new QAction(tr("&Export to CSV…"), view);
    m_export->setObjectName(QStringLiteral("exportTableAction"));
    connect(m_export, &QAction::triggered, this, &TableActions::exportWithDialog);
    auto *separator = new QAction(view);
    separator->setSeparator(true);
    view->addActions({m_copy, m_selectAll, separator, m_export});
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (view->selectionMode() == QAbstractItemView::SingleSelection)
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_selectAll->setEnabled(view->selectionMode() != QAbstractItemView::NoSelection);
    if (QHeaderView *header = columnHeader(view)) {
        // Queued: the sections take their new count and titles first.
        connect(header, &QHeaderView::sectionCountChanged, this, &TableActions::fitColumnTitles,
                Qt::QueuedConnection);
        connect(header, &QHeaderView::geometriesChanged, this, &TableActions::fitColumnTitles,
                Qt::QueuedConnection);
        // Only the sorted column draws the sort indicator, so only it needs the room.
        connect(header, &QHeaderView::sortIndicatorChanged, this, &TableActions::fitColumnTitles,
                Qt::QueuedConnection);
        QTimer::singleShot(0, this, &TableActions::fitColumnTitles);
    }
}

void TableActions::fitColumnTitles()
{
    QHeaderView *header = columnHeader(m_view);
    if (!header || !header->model())
        return;
    const int last = header->logicalIndex(header->count() - 1);
    QList<std::pair<int, int>> capped; // sections narrower than their values, and the width those need
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || section == last ||
            header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue;
        const int values = m_view->sizeHintForColumn(section);
        const int hint = m_wrappedTitles
                             ? std::max(titleWidth(header, section),
                                        m_widestValues > 0 ? std::min(values, m_widestValues) : values)
                             : header->sectionSizeHint(section);
        if (header->sectionSize(section) < hint || (m_wrappedTitles && header->sectionSize(section) > hint))
            header->resizeSection(section, hint);
        if (m_wrappedTitles && values > hint)
            capped.append({section, values});
    }
    // Room the last column would stretch over goes first to the values cut at widestValues, left to right
    // (trial 21de: at 1920 px the e-mail addresses elided beside a wide empty consent column).
    if (!capped.isEmpty() && last >= 0 && !header->isSectionHidden(last)) {
        int room =
            header->width() - (header->length() - header->sectionSize(last)) - titleWidth(header, last);
        for (const auto &[section, values] : std::as_const(capped)) {
            const int grow = std::min(values - header->sectionSize(section), room);
            if (grow <= 0)
                break;
            header->resizeSection(section, header->sectionSize(section) + grow);
            room -= grow;
        }
    }
    // A stretched last column fills the room left, which may be less than its title needs: then it stops
    // stretching (the table scrolls) until there is room again.
    const char *const stretches = "storelensStretchesLast";
    if (!header->property(stretches).isValid())
        header->setProperty(stretches, header->stretchLastSection());
    if (last < 0 || header->isSectionHidden(last))
        return;
    const int hint = m_wrappedTitles ? titleWidth(header, last) : header->sectionSizeHint(last);
    if (header->property(stretches).toBool()) {
        const int others = header->length() - header->sectionSize(last);
        header->setStretchLastSection(others + hint <= header->width());
    }
    if (!header->stretchLastSection() && header->sectionResizeMode(last) == QHeaderView::Interactive &&
        header->sectionSize(last) < hint)
        header->resizeSection(last, hint);
}

void TableActions::setOptionalColumns(const QList<int> &columns)
{
    QHeaderView *header = columnHeader(m_view);
    if (!header || !header->model())
        return;
    qDeleteAll(m_columnActions);
    m_columnActions.clear();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < header->count(); ++column) {
        const bool optional = columns.contains(column);
        header->setSectionHidden(column, optional);
        auto *action = new QAction(header->model()->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(!optional);
        action->setEnabled(column > 0); // the first column names the row
        action->setToolTip(tr("Show or hide this column"));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            fitColumnTitles();
        });
        header->addAction(action);
        m_columnActions << action;
    }
}

void TableActions::setWrappedTitles(int widestValues)
{
    m_widestValues = widestValues;
    auto *table = qobject_cast<QTableView *>(m_view);
    if (!table)
        return;
    QHeaderView *header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(int(header->defaultAlignment()) | Qt::TextWordWrap));
    // A selected row would draw every title bold (highlighted sections), wider than the room worked out for
    // it: the titles then broke onto a third line and were cut.
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    header->setMinimumHeight(2 * header->fontMetrics().lineSpacing() + margin + 2);
    m_wrappedTitles = true;
    // New values may need wider (or allow narrower) columns.
    connect(table->model(), &QAbstractItemModel::modelReset, this, &TableActions::fitColumnTitles,
            Qt::QueuedConnection);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, &TableActions::fitColumnTitles,
            Qt::QueuedConnection);
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, &TableActions::fitColumnTitles,
            Qt::QueuedConnection);
    // A wider table may show more of the values cut at widestValues.
    if (widestValues > 0)
        table->installEventFilter(this);
    fitColumnTitles();
}

bool TableActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &TableActions::fitColumnTitles, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

int TableActions::titleWidth(const QHeaderView *header, int section)
{
    const QString title = header->model()->headerData(section, header->orientation()).toString();
    // Highlighted sections (those of a selected row or column) are drawn bold.
    QFont font = header->font();
    font.setBold(font.bold() || header->highlightSections());
    const QFontMetrics fm(font);
    const int headerMargin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int margin = 2 * headerMargin;
    // The sort indicator takes room beside the title of the sorted column: as much as the style gives it (a
    // section's height and a margin; trial 15: a sorted "Nettoumsatz" lost its "N" with only the font's
    // height).
    const int indicator = header->isSortIndicatorShown() && header->sortIndicatorSection() == section
                              ? fm.height() + margin + headerMargin
                              : 0;
    int width = fm.horizontalAdvance(title);
    if (int(header->defaultAlignment()) & Qt::TextWordWrap) {
        // The best break into two lines: the narrowest wider line.
        for (qsizetype space = title.indexOf(QLatin1Char(' ')); space > 0;
             space = title.indexOf(QLatin1Char(' '), space + 1))
            width = std::min(width, std::max(fm.horizontalAdvance(title.left(space)),
                                             fm.horizontalAdvance(title.mid(space + 1))));
    }
    return width + margin + indicator + 2;
}

QAction *TableActions::columnAction(int column) const
{
    return m_columnActions.value(column);
}

TableActions *TableActions::install(QAbstractItemView *view, const QString &exportName)
{
    if (TableActions *existing = of(view))
        return existing;
    return new TableActions(view, exportName);
}

TableActions *TableActions::of(const QAbstractItemView *view)
{
    return view->findChild<TableActions *>(QStringLiteral("tableActions"), Qt::FindDirectChildrenOnly);
}

QList<int> TableActions::visibleColumns() const
{
    QList<int> columns;
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return columns;
    const auto *table = qobject_cast<const QTableView *>(m_view);
    const QHeaderView *header = table ? table->horizontalHeader() : nullptr;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical >= 0 && !(table && table->isColumnHidden(logical)))
            columns.append(logical);
    }
    return columns;
}

QStringList TableActions::headerRow(const QList<int> &columns) const
{
    QStringList cells;
    if (namedRows(m_view))
        cells.append(QString());
    for (int column : columns)
        cells.append(m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    return cells;
}

QStringList TableActions::row(int row, const QList<int> &columns) const
{
    QStringList cells;
    if (namedRows(m_view))
        cells.append(m_view->model()->headerData(row, Qt::Vertical).toString());
    for (int column : columns)
        cells.append(cellText(m_view->model()->index(row, column)));
    return cells;
}

QString TableActions::selectionText() const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return {};
    const QModelIndexList selected =
        m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    const QList<int> shown = visibleColumns();
    QList<int> columns;
    std::set<int> rows;
    std::set<std::pair<int, int>> cells;
    if (selected.isEmpty()) {
        columns = shown;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.insert(r);
    } else {
        std::set<int> selectedColumns;
        for (const QModelIndex &index : selected) {
            rows.insert(index.row());
            selectedColumns.insert(index.column());
            cells.insert({index.row(), index.column()});
        }
        for (int column : shown) {
            if (selectedColumns.count(column))
                columns.append(column);
        }
    }
    auto line = [](const QStringList &fields) -> QString {
        QStringList cleaned;
        for (const QString &field : fields)
            cleaned.append(clipboardCell(field));
        return cleaned.join(QLatin1Char('\t')) + QLatin1Char('\n');
    };
    QString text = line(headerRow(columns));
    for (int r : rows) {
        QStringList fields;
        if (namedRows(m_view))
            fields.append(model->headerData(r, Qt::Vertical).toString());
        for (int column : columns) {
            const bool wanted = cells.empty() || cells.count({r, column});
            fields.append(wanted ? cellText(model->index(r, column)) : QString());
        }
        text += line(fields);
    }
    return text;
}

bool TableActions::writeCsv(QIODevice *device) const
{
    QAbstractItemModel *model = m_view->model();
    core::csv::CsvWriter writer(device);
    if (!model)
        return false;
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    const QList<int> columns = visibleColumns();
    writer.writeRow(headerRow(columns));
    for (int r = 0; r < model->rowCount() && writer.ok(); ++r)
        writer.writeRow(row(r, columns));
    return writer.ok();
}

bool TableActions::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeCsv(&file) || !file.commit()) {
        if (error)
            *error = tr("The table could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void TableActions::copySelection() const
{
    QApplication::clipboard()->setText(selectionText());
}

void TableActions::exportWithDialog()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    const QString name = m_exportName.isEmpty() ? tr("table") : m_exportName;
    const QString path = QFileDialog::getSaveFileName(m_view->window(), tr("Export to CSV"),
                                                      QDir(folder).filePath(name + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(m_view->window(), tr("Export to CSV"), error);
}

} // namespace storelens::ui
