#pragma once

#include "core/analytics/segments/RuleSegment.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace storelens::ui {

class RuleValueEditor;

// One condition of a rule: field (grouped by customer, behaviour and purchases), the operators that field
// takes, and the value editors for both.
class RuleConditionEditor : public QWidget
{
    Q_OBJECT

public:
    // `knownValues`: known values by int(RuleField) (core::session::SegmentsResult::fieldValues).
    explicit RuleConditionEditor(const QHash<int, QStringList> &knownValues, QWidget *parent = nullptr);

    void setCondition(const core::analytics::RuleCondition &condition);
    core::analytics::RuleCondition condition() const;

    // Flags values that name nothing in the data (core::analytics::unmatchedRuleValues()) in a line under the
    // condition, so that a misspelt store does not silently count nobody; an empty list hides it.
    void setUnmatchedValues(const QStringList &values);
    const QStringList &unmatchedValues() const { return m_unmatched; }
    QLabel *warningLabel() const { return m_warning; }

    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *operatorCombo() const { return m_operator; }
    RuleValueEditor *valueEditor() const { return m_value; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void fieldChanged();
    void operatorChanged();
    void fillOperators(core::analytics::RuleField field, const QVariant &preferred);

    QHash<int, QStringList> m_knownValues;
    QComboBox *m_field = nullptr;
    QComboBox *m_operator = nullptr;
    RuleValueEditor *m_value = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_warning = nullptr;
    QStringList m_unmatched;
};

} // namespace storelens::ui
