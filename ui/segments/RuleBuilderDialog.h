#pragma once

#include "core/analytics/segments/RuleSegment.h"
#include "core/session/AnalysisResults.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;
class QVBoxLayout;

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

class LatestTask;
class RuleGroupEditor;

// Builds or edits a rule segment (METRICS.md section 7): a name, groups of conditions joined by all / any,
// and a live count of the matching customers, recounted in the background a moment after each edit on the
// customer base the Segments view shows (a rule on predicted CLV reads the session's fit for the same lines).
// A value that names nothing in the data (a misspelt store) is flagged under its condition.
// The caller saves the result (segmentName(), rule()).
class RuleBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    // `existingNames`: the saved segments' names, so that a new name may not take an existing one.
    RuleBuilderDialog(core::session::SegmentsResultPtr data,
                      std::shared_ptr<core::session::WorkspaceSession> session,
                      const QStringList &existingNames, QWidget *parent = nullptr);

    // Loads a saved segment for editing (its name may change; originalName() keeps the old one).
    void setSegment(const QString &name, const core::analytics::SegmentRule &rule);
    QString originalName() const { return m_originalName; }
    QString segmentName() const;
    void setSegmentName(const QString &name);
    core::analytics::SegmentRule rule() const;

    RuleGroupEditor *addGroup();
    const QList<RuleGroupEditor *> &groups() const { return m_groups; }
    QComboBox *joinCombo() const { return m_join; }
    LatestTask *countTask() const { return m_countTask; }
    qint64 matchCount() const { return m_matchCount; } // -1 until counted or when the rule is not valid
    QString problem() const;                           // why Save is disabled; empty when it is not

Q_SIGNALS:
    void matchCountChanged(qint64 count);

private:
    void ruleChanged();
    void recount();
    void flagUnmatchedValues(); // a value no store, channel, category, … is called: under its condition
    void updateState();
    void removeGroup(RuleGroupEditor *group);
    void renumber();

    core::session::SegmentsResultPtr m_data;
    std::shared_ptr<core::session::WorkspaceSession> m_session;
    QStringList m_existingNames;
    QString m_originalName;
    QLineEdit *m_name = nullptr;
    QComboBox *m_join = nullptr;
    QVBoxLayout *m_groupLayout = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_recountTimer = nullptr;
    LatestTask *m_countTask = nullptr;
    QList<RuleGroupEditor *> m_groups;
    qint64 m_matchCount = -1;
};

} // namespace storelens::ui
