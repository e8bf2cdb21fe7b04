#include "ui/segments/RuleBuilderDialog.h"

#include "core/analytics/clv/WorkspaceClv.h"
#include "core/model/PercentText.h"
#include "core/session/WorkspaceSession.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/segments/RuleConditionEditor.h"
#include "ui/segments/RuleGroupEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace storelens::ui {

using core::session::SegmentsResultPtr;

using namespace core::analytics;

namespace {
constexpr int RecountDelayMs = 200;
}

RuleBuilderDialog::RuleBuilderDialog(SegmentsResultPtr data,
                                     std::shared_ptr<core::session::WorkspaceSession> session,
                                     const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_data(std::move(data))
    , m_session(std::move(session))
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_join(new QComboBox(this))
    , m_groupLayout(new QVBoxLayout)
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_recountTimer(new QTimer(this))
    , m_countTask(new LatestTask(this))
{
    setObjectName(QStringLiteral("ruleBuilderDialog"));
    setWindowTitle(tr("New Segment"));
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("For example: Lapsed big spenders in Germany"));
    m_join->setObjectName(QStringLiteral("ruleJoin"));
    m_join->addItem(tr("every group"), int(RuleJoin::And));
    m_join->addItem(tr("at least one group"), int(RuleJoin::Or));
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_count->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setWordWrap(true);
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(RecountDelayMs);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Customers must match &conditions of:"), m_join);

    auto *groupsWidget = new QWidget;
    auto *groupsOuter = new QVBoxLayout(groupsWidget);
    groupsOuter->addLayout(m_groupLayout);
    auto *addGroupButton = new QPushButton(tr("Add &Group"), groupsWidget);
    addGroupButton->setObjectName(QStringLiteral("addGroup"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addGroupButton);
    addRow->addStretch(1);
    groupsOuter->addLayout(addRow);
    groupsOuter->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(groupsWidget);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &RuleBuilderDialog::updateState);
    connect(m_join, &QComboBox::currentIndexChanged, this, &RuleBuilderDialog::ruleChanged);
    connect(addGroupButton, &QPushButton::clicked, this, [this] { addGroup()->addCondition(); });
    connect(m_recountTimer, &QTimer::timeout, this, &RuleBuilderDialog::recount);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    addGroup()->addCondition();
    resize(860, 520);
    ruleChanged();
}

RuleGroupEditor *RuleBuilderDialog::addGroup()
{
    auto *group = new RuleGroupEditor(m_data ? m_data->fieldValues : QHash<int, QStringList>(), this);
    m_groups.append(group);
    m_groupLayout->addWidget(group);
    connect(group, &RuleGroupEditor::changed, this, &RuleBuilderDialog::ruleChanged);
    connect(group, &RuleGroupEditor::removeRequested, this, [this, group] { removeGroup(group); });
    renumber();
    ruleChanged();
    return group;
}

void RuleBuilderDialog::removeGroup(RuleGroupEditor *group)
{
    m_groups.removeOne(group);
    group->hide();
    group->deleteLater();
    renumber();
    ruleChanged();
}

void RuleBuilderDialog::renumber()
{
    for (int i = 0; i < m_groups.size(); ++i)
        m_groups.at(i)->setNumber(i + 1);
}

void RuleBuilderDialog::setSegment(const QString &name, const SegmentRule &rule)
{
    setWindowTitle(tr("Edit Segment %1").arg(name));
    m_originalName = name;
    m_name->setText(name);
    for (RuleGroupEditor *group : std::as_const(m_groups))
        delete group;
    m_groups.clear();
    m_join->setCurrentIndex(m_join->findData(int(rule.join())));
    for (const RuleGroup &g : rule.groups())
        addGroup()->setGroup(g);
    ruleChanged();
}

QString RuleBuilderDialog::segmentName() const
{
    return m_name->text().trimmed();
}

void RuleBuilderDialog::setSegmentName(const QString &name)
{
    m_name->setText(name);
}

SegmentRule RuleBuilderDialog::rule() const
{
    SegmentRule rule;
    rule.setJoin(RuleJoin(m_join->currentData().toInt()));
    for (const RuleGroupEditor *group : m_groups)
        rule.addGroup(group->group());
    return rule;
}

QString RuleBuilderDialog::problem() const
{
    const QString name = segmentName();
    if (name.isEmpty())
        return tr("Give the segment a name.");
    const bool clash = std::any_of(m_existingNames.begin(), m_existingNames.end(), [&](const QString &n) {
        return n.compare(name, Qt::CaseInsensitive) == 0 &&
               n.compare(m_originalName, Qt::CaseInsensitive) != 0;
    });
    if (clash)
        return tr("A segment named \"%1\" exists already; choose another name.").arg(name);
    const SegmentRule r = rule();
    const bool anyCondition = std::any_of(r.groups().begin(), r.groups().end(),
                                          [](const RuleGroup &g) { return !g.conditions.empty(); });
    if (!anyCondition)
        return tr("Add at least one condition.");
    const core::Result<void> valid = r.validate();
    if (!valid)
        return valid.error().message();
    return {};
}

void RuleBuilderDialog::ruleChanged()
{
    m_matchCount = -1;
    m_countTask->cancel();
    m_recountTimer->start();
    updateState();
}

void RuleBuilderDialog::flagUnmatchedValues()
{
    const bool data = m_data && m_data->hasData();
    for (RuleGroupEditor *group : std::as_const(m_groups)) {
        for (RuleConditionEditor *editor : group->conditions())
            editor->setUnmatchedValues(data ? unmatchedRuleValues(editor->condition(), *m_data->snapshot)
                                            : QStringList());
    }
}

void RuleBuilderDialog::recount()
{
    flagUnmatchedValues();
    const SegmentRule r = rule();
    if (!m_data || !m_data->base) {
        m_count->setText(tr("No customers to count yet: import orders first."));
        return;
    }
    if (!r.validate()) {
        m_count->setText(tr("Complete the conditions to count the matching customers."));
        return;
    }
    m_count->setText(tr("Counting the matching customers…"));
    const SegmentsResultPtr data = m_data;
    // The count, and why the rule's prediction conditions hold for nobody when they cannot.
    using Counted = std::pair<qint64, QString>;
    m_countTask->start<Counted>(
        [data, r, session = m_session](const TaskControl &control) -> core::Result<Counted> {
            std::shared_ptr<const CustomerBase> base = data->base;
            QString problem;
            if (clv::ruleUsesClv(r) && base->predictedClv.empty() && session && data->resolved) {
                // The session's fit for these lines (cached per revision and filter); the shared base stays
                // untouched.
                const auto fitted = session->clv(*data->resolved, QDate(), control);
                if (!fitted)
                    return fitted.error();
                auto withClv = std::make_shared<CustomerBase>(*base);
                clv::attachClv(*withClv, *fitted.value());
                base = withClv;
                problem = clv::clvConditionsProblem(r, *fitted.value());
            }
            const auto flags = r.evaluate(*base, *data->snapshot, data->mask());
            if (!flags)
                return flags.error();
            return Counted{std::accumulate(flags->begin(), flags->end(), qint64(0)), problem};
        },
        [this](const Counted &counted) {
            const qint64 count = counted.first;
            m_matchCount = count;
            const qint64 population = m_data->population();
            const double share = population > 0 ? 100.0 * double(count) / double(population) : 0.0;
            QString text = core::keepPercentSignsWithNumbers(
                tr("%1 of %2 customers match (%3 %).")
                    .arg(formatCount(count), formatCount(population), QLocale().toString(share, 'f', 1)));
            if (!counted.second.isEmpty())
                text +=
                    QLatin1Char(' ') + tr("No customer meets a prediction condition: %1").arg(counted.second);
            m_count->setText(text);
            Q_EMIT matchCountChanged(count);
        },
        [this](const core::Error &error) { m_count->setText(error.message()); });
}

void RuleBuilderDialog::updateState()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(text.isEmpty());
}

} // namespace storelens::ui
