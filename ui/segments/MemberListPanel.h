#pragma once

#include "core/analytics/segments/MemberExport.h"
#include "core/session/AnalysisResults.h"
#include "ui/segments/MemberTableModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace storelens::ui {

class AnalysisContext;
class LatestTask;
class MemberExportDialog;

// The members of the segment selected in the Segments view: a sortable, searchable table (rows computed off
// the GUI thread), "Show in Customers" (also on double-click) and "Export…" to CSV through
// MemberExportDialog, written off the GUI thread.
class MemberListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemberListPanel(AnalysisContext *context, QWidget *parent = nullptr);

    // Lists the members of `key` in `data` (recomputed in the background).
    void showSegment(core::session::SegmentsResultPtr data, const core::session::SegmentKey &key);
    void clear(const QString &message);
    // Empties the list and forgets the search, the sort and the last export message (a new workspace).
    void resetState();

    const core::session::SegmentKey &segment() const { return m_key; }
    QString title() const { return m_titleText; }
    MemberTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LatestTask *task() const { return m_task; }
    const QString &lastExportMessage() const { return m_exportMessage; }

    // Opens the export dialog (non-modal to the caller; the export starts when it is accepted).
    MemberExportDialog *openExportDialog();
    // Writes the current members to `path` off the GUI thread; exportFinished() tells the outcome.
    void exportTo(const QString &path, const core::analytics::MemberExportOptions &options);
    void showInCustomers();

Q_SIGNALS:
    void membersShown(int count);
    void exportFinished(bool ok, const QString &message);

private:
    void setRows(MemberRowsPtr rows);
    void updateCount();

    AnalysisContext *m_context = nullptr;
    LatestTask *m_task = nullptr;
    LatestTask *m_exportTask = nullptr;
    MemberTableModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_showButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    core::session::SegmentKey m_key;
    QString m_titleText;
    QString m_exportMessage;
};

} // namespace storelens::ui
