#include "ui/segments/RuleConditionEditor.h"

#include "core/analytics/segments/SegmentRuleCatalog.h"
#include "ui/segments/RuleValueEditor.h"
#include "ui/segments/SegmentRuleText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace storelens::ui {

using namespace core::analytics;

RuleConditionEditor::RuleConditionEditor(const QHash<int, QStringList> &knownValues, QWidget *parent)
    : QWidget(parent)
    , m_knownValues(knownValues)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new RuleValueEditor(this))
    , m_remove(new QToolButton(this))
    , m_warning(new QLabel(this))
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

    m_warning->setObjectName(QStringLiteral("conditionWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText); // the values are the user's text
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20)); // as the import's warnings
    m_warning->setPalette(warningPalette);
    m_warning->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_field);
    row->addWidget(m_operator);
    row->addWidget(m_value, 1);
    row->addWidget(m_remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_warning);

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

void RuleConditionEditor::setUnmatchedValues(const QStringList &values)
{
    m_unmatched = values;
    if (values.isEmpty()) {
        m_warning->clear();
        m_warning->hide();
        return;
    }
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(tr("\"%1\"").arg(v));
    // All of an "is" / "is any of" condition's values unmatched: nobody matches; with "is not": everybody.
    const RuleCondition c = condition();
    const bool allUnmatched = values.size() >= c.values.size();
    const QString joined = quoted.join(QStringLiteral(", "));
    QString text =
        c.op == RuleOperator::Contains
            ? tr("No name in the imported data contains %1: check the spelling.").arg(joined)
            : tr("Nothing in the imported data matches %1: check the spelling or pick a value from the list.")
                  .arg(joined);
    if (allUnmatched)
        text += QLatin1Char(' ') + (c.op == RuleOperator::NotEqual
                                        ? tr("As it stands, this condition holds for every customer.")
                                        : tr("As it stands, this condition holds for no customer."));
    m_warning->setText(text);
    m_warning->show();
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
