#include "ui/segments/RuleGroupEditor.h"

#include "ui/segments/RuleConditionEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens::ui {

using namespace core::analytics;

RuleGroupEditor::RuleGroupEditor(const QHash<int, QStringList> &knownValues, QWidget *parent)
    : QFrame(parent)
    , m_knownValues(knownValues)
    , m_title(new QLabel(this))
    , m_join(new QComboBox(this))
    , m_conditionLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("ruleGroup"));
    setFrameShape(QFrame::StyledPanel);
    m_join->setObjectName(QStringLiteral("groupJoin"));
    m_join->addItem(tr("all of these conditions"), int(RuleJoin::And));
    m_join->addItem(tr("any of these conditions"), int(RuleJoin::Or));
    auto *matchLabel = new QLabel(tr("Customers who match"), this);
    matchLabel->setBuddy(m_join);
    auto *removeGroup = new QPushButton(tr("Remove Group"), this);
    removeGroup->setObjectName(QStringLiteral("removeGroup"));
    auto *addButton = new QPushButton(tr("Add Condition"), this);
    addButton->setObjectName(QStringLiteral("addCondition"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(matchLabel);
    header->addWidget(m_join);
    header->addStretch(1);
    header->addWidget(removeGroup);
    auto *footer = new QHBoxLayout;
    footer->addWidget(addButton);
    footer->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_conditionLayout);
    layout->addLayout(footer);

    connect(m_join, &QComboBox::currentIndexChanged, this, &RuleGroupEditor::changed);
    connect(removeGroup, &QPushButton::clicked, this, &RuleGroupEditor::removeRequested);
    connect(addButton, &QPushButton::clicked, this, [this] {
        RuleConditionEditor *editor = addCondition();
        editor->fieldCombo()->setFocus();
    });
    setNumber(1);
}

void RuleGroupEditor::setNumber(int number)
{
    m_title->setText(tr("Group %1").arg(number));
}

RuleConditionEditor *RuleGroupEditor::addCondition()
{
    auto *editor = new RuleConditionEditor(m_knownValues, this);
    m_conditions.append(editor);
    m_conditionLayout->addWidget(editor);
    connect(editor, &RuleConditionEditor::changed, this, &RuleGroupEditor::changed);
    connect(editor, &RuleConditionEditor::removeRequested, this, [this, editor] { removeCondition(editor); });
    Q_EMIT changed();
    return editor;
}

void RuleGroupEditor::removeCondition(RuleConditionEditor *editor)
{
    m_conditions.removeOne(editor);
    editor->hide();
    editor->deleteLater();
    Q_EMIT changed();
}

void RuleGroupEditor::setGroup(const RuleGroup &group)
{
    for (RuleConditionEditor *editor : std::as_const(m_conditions))
        delete editor;
    m_conditions.clear();
    m_join->setCurrentIndex(m_join->findData(int(group.join)));
    for (const RuleCondition &c : group.conditions)
        addCondition()->setCondition(c);
    Q_EMIT changed();
}

RuleGroup RuleGroupEditor::group() const
{
    RuleGroup g;
    g.join = RuleJoin(m_join->currentData().toInt());
    for (const RuleConditionEditor *editor : m_conditions)
        g.conditions.push_back(editor->condition());
    return g;
}

} // namespace storelens::ui
