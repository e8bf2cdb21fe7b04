#pragma once

#include "core/analytics/segments/RuleSegment.h"

#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace storelens::ui {

// The value part of one rule condition, with editors that suit the field and operator: date edits for dates,
// spin boxes for numbers and money, a combo of the known values for categorical fields (editable for free
// text), a checkable list for "is any of", two editors for "is between". Values are read and written in the
// "C" form rules store: a known value shows its name (a country's, a store's in the user's language) and is
// stored as the catalog gives it, also when typed as shown.
class RuleValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleValueEditor(QWidget *parent = nullptr);

    // Rebuilds the editors; `known`: the field's known values (SegmentRuleCatalog). Keeps the current values
    // when only the operator changes; a new field starts from its first known value (or none).
    void configure(core::analytics::RuleField field, core::analytics::RuleOperator op,
                   const QStringList &known);
    void setValues(const QStringList &values);
    QStringList values() const;

Q_SIGNALS:
    void changed();

private:
    QWidget *createSingleEditor(const QString &objectName);
    static void setEditorValue(QWidget *editor, const QString &value);
    static QString editorValue(const QWidget *editor);

    QHBoxLayout *m_layout = nullptr;
    core::analytics::RuleField m_field = core::analytics::RuleField::Country;
    core::analytics::RuleOperator m_op = core::analytics::RuleOperator::Equal;
    QStringList m_known;
    QList<QWidget *> m_editors;
};

} // namespace storelens::ui
