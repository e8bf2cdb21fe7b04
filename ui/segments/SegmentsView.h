#pragma once

#include "core/analytics/segments/RuleSegment.h"
#include "core/session/AnalysisResults.h"

#include <QFuture>
#include <QWidget>

#include <array>

class QAbstractButton;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace storelens::ui {

class AnalysisContext;
class LatestTask;
class MemberListPanel;
class RfmGridWidget;
class RuleBuilderDialog;
class SegmentCompareWidget;
class SegmentSummaryModel;

// The segment explorer (issue 4 §4): sub-views for RFM (the R × FM heatmap and the named-segment table),
// lifecycle stages, value tiers, the user's saved rule segments and a side-by-side comparison, above the
// member list of the selected segment. The view asks the session (WorkspaceSession::segments) in the
// background whenever the workspace, the filters or the saved segments change, and writes through it.
class SegmentsView : public QWidget
{
    Q_OBJECT

public:
    enum Page { RfmPage, LifecyclePage, ValueTierPage, SavedPage, ComparePage };

    explicit SegmentsView(AnalysisContext *context, QWidget *parent = nullptr);

    core::session::SegmentsResultPtr data() const { return m_data; }
    LatestTask *task() const { return m_task; }
    QTabWidget *pages() const { return m_pages; }
    QTableView *table(Page page) const { return m_tables[size_t(page)]; }
    SegmentSummaryModel *summaryModel(Page page) const { return m_models[size_t(page)]; }
    RfmGridWidget *grid() const { return m_grid; }
    MemberListPanel *members() const { return m_members; }
    SegmentCompareWidget *compare() const { return m_compare; }
    QString emptyStateText() const;
    bool isShowingEmptyState() const;

    // Shows a segment's members (and selects its row).
    void selectSegment(const core::session::SegmentKey &key);
    // The rule builder, opened non-modally; saving it stores the segment in the background.
    RuleBuilderDialog *newSegment();
    RuleBuilderDialog *editSegment(const QString &name);
    // Writes through the session's write queue (in order, never dropped); segmentsStored() follows, or
    // storeFailed() with the translated reason, which the view also shows.
    void saveSegment(const QString &originalName, const QString &name,
                     const core::analytics::SegmentRule &rule);
    void deleteSegment(const QString &name);
    // Forgets what the user did in the previous workspace (AnalysisContext::workspaceChanged): the selected
    // segment, the page, each table's sort, the member search and the last message.
    void resetState();

Q_SIGNALS:
    void resultShown();
    void segmentsStored();
    void storeFailed(const QString &message);

private:
    void refresh();
    void showData(const core::session::SegmentsResultPtr &data);
    void showEmptyState(const QString &text);
    void showMessage(const QString &text);
    QWidget *createRfmPage();
    QWidget *createSummaryPage(Page page, QWidget *toolbar);
    QWidget *createSavedToolbar();
    QWidget *createThresholdToolbar();
    core::session::SegmentKey keyForRow(Page page, int sourceRow) const;
    core::session::SegmentKey firstWithMembers(Page page) const;
    bool hasMembers(const core::session::SegmentKey &key) const;
    void rowActivated(Page page, const QModelIndex &index, bool showCustomers);
    void pageChosen(int page);
    void editThresholds();
    void confirmDelete();
    void updateButtons();
    void store(QFuture<core::Result<void>> write, const QString &failure, bool dataChanged);

    AnalysisContext *m_context = nullptr;
    LatestTask *m_task = nullptr;
    core::session::SegmentsResultPtr m_data;
    core::session::SegmentKey m_selected;
    bool m_userChose = false; // m_selected is the user's choice, not the view's first segment with members
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_pages = nullptr;
    RfmGridWidget *m_grid = nullptr;
    SegmentCompareWidget *m_compare = nullptr;
    MemberListPanel *m_members = nullptr;
    QLabel *m_savedEmpty = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    std::array<QTableView *, 4> m_tables{};
    std::array<SegmentSummaryModel *, 4> m_models{};
};

} // namespace storelens::ui
