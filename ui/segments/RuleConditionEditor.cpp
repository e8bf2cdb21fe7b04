#include "ui/segments/RuleConditionEditor.h"

#include "core/analytics/segments/SegmentRuleCatalog.h"
#include "ui/segments/RuleValueEditor.h"
#include "ui/segments/SegmentRuleText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>

namespace storelens::ui {

using namespace core::analytics;

RuleConditionEditor::RuleConditionEditor(const QHash<int, QStringList> &knownValues, QWidget *parent)
    : QWidget(parent)
    , m_knownValues(knownValues)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new RuleValueEditor(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("ruleCondition"));
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_field->setAccessibleName(tr("Field"));
    m_operator->setObjectName(QStringLiteral("conditionOperator"));
    m_operator->setAccessibleName(tr("Operator"));
    // The operators change with the field: the box follows its longest one ("is more than", "ist größer
    // als").
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_remove->setObjectName(QStringLiteral("removeCondition"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this condition"));

    // Fields under non-selectable headings: Customer, Behaviour, Purchases.
    QString heading;
    for (const RuleField f : ruleFields()) {
        if (SegmentRuleText::fieldGroupLabel(f) != heading) {
            heading = SegmentRuleText::fieldGroupLabel(f);
            m_field->addItem(heading);
            auto *model = qobject_cast<QStandardItemModel *>(m_field->model());
            QStandardItem *item = model->item(m_field->count() - 1);
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_field->addItem(SegmentRuleText::fieldLabel(f), int(f));
    }
    m_field->setCurrentIndex(m_field->findData(int(RuleField::Country)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_operator);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_remove, 0, Qt::AlignTop);

    connect(m_field, &QComboBox::currentIndexChanged, this, &RuleConditionEditor::fieldChanged);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &RuleConditionEditor::operatorChanged);
    connect(m_value, &RuleValueEditor::changed, this, &RuleConditionEditor::changed);
    connect(m_remove, &QToolButton::clicked, this, &RuleConditionEditor::removeRequested);
    fieldChanged();
}

void RuleConditionEditor::fieldChanged()
{
    const auto field = RuleField(m_field->currentData().toInt());
    fillOperators(field, m_operator->currentData());
    operatorChanged();
}

void RuleConditionEditor::fillOperators(RuleField field, const QVariant &preferred)
{
    const QSignalBlocker blocker(m_operator);
    m_operator->clear();
    for (const RuleOperator op : ruleOperators(field))
        m_operator->addItem(SegmentRuleText::operatorLabel(op), int(op));
    const int keep = preferred.isValid() ? m_operator->findData(preferred) : -1;
    m_operator->setCurrentIndex(keep >= 0 ? keep : 0);
}

void RuleConditionEditor::operatorChanged()
{
    const auto field = RuleField(m_field->currentData().toInt());
    const auto op = RuleOperator(m_operator->currentData().toInt());
    m_value->configure(field, op, m_knownValues.value(int(field)));
    Q_EMIT changed();
}

void RuleConditionEditor::setCondition(const RuleCondition &condition)
{
    {
        const QSignalBlocker blocker(m_field);
        m_field->setCurrentIndex(m_field->findData(int(condition.field)));
    }
    fillOperators(condition.field, int(condition.op));
    m_value->configure(condition.field, RuleOperator(m_operator->currentData().toInt()),
                       m_knownValues.value(int(condition.field)));
    m_value->setValues(condition.values);
    Q_EMIT changed();
}

RuleCondition RuleConditionEditor::condition() const
{
    RuleCondition c;
    c.field = RuleField(m_field->currentData().toInt());
    c.op = RuleOperator(m_operator->currentData().toInt());
    c.values = m_value->values();
    return c;
}

} // namespace storelens::ui
