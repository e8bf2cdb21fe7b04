#pragma once

#include "core/analytics/segments/RuleSegment.h"

#include <QFrame>
#include <QHash>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace storelens::ui {

class RuleConditionEditor;

// One group of a rule: its conditions joined by "all" (AND) or "any" (OR), with buttons to add a condition
// and to remove the group.
class RuleGroupEditor : public QFrame
{
    Q_OBJECT

public:
    explicit RuleGroupEditor(const QHash<int, QStringList> &knownValues, QWidget *parent = nullptr);

    void setNumber(int number); // "Group 2"
    void setGroup(const core::analytics::RuleGroup &group);
    core::analytics::RuleGroup group() const;

    RuleConditionEditor *addCondition();
    const QList<RuleConditionEditor *> &conditions() const { return m_conditions; }
    QComboBox *joinCombo() const { return m_join; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void removeCondition(RuleConditionEditor *editor);

    QHash<int, QStringList> m_knownValues;
    QLabel *m_title = nullptr;
    QComboBox *m_join = nullptr;
    QVBoxLayout *m_conditionLayout = nullptr;
    QList<RuleConditionEditor *> m_conditions;
};

} // namespace storelens::ui
