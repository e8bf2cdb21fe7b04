#pragma once

#include "core/analytics/segments/RuleSegment.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
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
};

} // namespace storelens::ui
