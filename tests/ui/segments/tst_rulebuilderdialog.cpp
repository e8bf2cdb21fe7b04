// The rule builder on its own: operators and value editors follow the field's type, and a rule loaded into
// the dialog comes back out unchanged (what "reopen a saved segment" relies on).
#include "core/analytics/segments/SegmentRuleCatalog.h"
#include "ui/segments/RuleBuilderDialog.h"
#include "ui/segments/RuleConditionEditor.h"
#include "ui/segments/RuleGroupEditor.h"
#include "ui/segments/RuleValueEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace storelens;
using namespace storelens::core::analytics;
using ui::RuleBuilderDialog;
using ui::RuleConditionEditor;

Q_DECLARE_METATYPE(storelens::core::analytics::RuleField)
Q_DECLARE_METATYPE(storelens::core::analytics::RuleOperator)

namespace {

// No workspace behind the dialog: known values come from this table instead of a snapshot.
core::session::SegmentsResultPtr knownValuesOnly()
{
    auto data = std::make_shared<core::session::SegmentsResult>();
    data->fieldValues.insert(int(RuleField::Country), {QStringLiteral("AT"), QStringLiteral("DE")});
    data->fieldValues.insert(int(RuleField::Lifecycle),
                             {QStringLiteral("new"), QStringLiteral("lapsed"), QStringLiteral("at_risk"),
                              QStringLiteral("active")});
    data->fieldValues.insert(int(RuleField::ConsentEmail),
                             {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("unknown")});
    data->fieldValues.insert(int(RuleField::BoughtCategory),
                             {QStringLiteral("Shoes"), QStringLiteral("Toys")});
    return data;
}

RuleCondition condition(RuleField field, RuleOperator op, std::initializer_list<const char *> values)
{
    RuleCondition c{field, op, {}};
    for (const char *v : values)
        c.values.append(QString::fromUtf8(v));
    return c;
}

} // namespace

class TestRuleBuilderDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operatorsFollowTheField_data();
    void operatorsFollowTheField();
    void valueEditorsFollowTheType_data();
    void valueEditorsFollowTheType();
    void ruleRoundTrips();
    void saveNeedsANameAndAValidRule();
    void cleanupTestCase();
};

void TestRuleBuilderDialog::operatorsFollowTheField_data()
{
    QTest::addColumn<RuleField>("field");
    QTest::addColumn<int>("operators");
    // Text: = != contains in; consent: = !=; choice: = != in; numbers and dates: all but contains.
    QTest::newRow("country (text)") << RuleField::Country << 4;
    QTest::newRow("email consent") << RuleField::ConsentEmail << 2;
    QTest::newRow("lifecycle (choice)") << RuleField::Lifecycle << 3;
    QTest::newRow("orders (integer)") << RuleField::Orders << 8;
    QTest::newRow("first purchase (date)") << RuleField::FirstPurchase << 8;
    QTest::newRow("predicted CLV (money)") << RuleField::PredictedClv << 8;
    QTest::newRow("probability alive (real)") << RuleField::ProbabilityAlive << 8;
    QTest::newRow("bought category") << RuleField::BoughtCategory << 4;
}

void TestRuleBuilderDialog::operatorsFollowTheField()
{
    QFETCH(RuleField, field);
    QFETCH(int, operators);
    RuleConditionEditor editor(knownValuesOnly()->fieldValues);
    editor.fieldCombo()->setCurrentIndex(editor.fieldCombo()->findData(int(field)));
    QCOMPARE(editor.operatorCombo()->count(), operators);
    const std::vector<RuleOperator> expected = ruleOperators(field);
    QCOMPARE(size_t(editor.operatorCombo()->count()), expected.size());
    for (int i = 0; i < editor.operatorCombo()->count(); ++i)
        QCOMPARE(editor.operatorCombo()->itemData(i).toInt(), int(expected[size_t(i)]));
}

void TestRuleBuilderDialog::valueEditorsFollowTheType_data()
{
    QTest::addColumn<RuleField>("field");
    QTest::addColumn<RuleOperator>("op");
    QTest::addColumn<QString>("editorClass");
    QTest::addColumn<int>("editors");
    QTest::newRow("date is a date edit") << RuleField::LastPurchase << RuleOperator::Less << "QDateEdit" << 1;
    QTest::newRow("between two dates")
        << RuleField::FirstPurchase << RuleOperator::Between << "QDateEdit" << 2;
    QTest::newRow("orders in a spin box")
        << RuleField::Orders << RuleOperator::GreaterOrEqual << "QSpinBox" << 1;
    QTest::newRow("money in a double spin box")
        << RuleField::NetSales << RuleOperator::Greater << "QDoubleSpinBox" << 1;
    QTest::newRow("probability in a double spin box")
        << RuleField::ProbabilityAlive << RuleOperator::Greater << "QDoubleSpinBox" << 1;
    QTest::newRow("country picks a known value")
        << RuleField::Country << RuleOperator::Equal << "QComboBox" << 1;
    QTest::newRow("country any of: a checklist")
        << RuleField::Country << RuleOperator::InList << "QListWidget" << 1;
    QTest::newRow("country contains: free text")
        << RuleField::Country << RuleOperator::Contains << "QLineEdit" << 1;
    QTest::newRow("lifecycle picks a stage")
        << RuleField::Lifecycle << RuleOperator::Equal << "QComboBox" << 1;
}

void TestRuleBuilderDialog::valueEditorsFollowTheType()
{
    QFETCH(RuleField, field);
    QFETCH(RuleOperator, op);
    QFETCH(QString, editorClass);
    QFETCH(int, editors);
    RuleConditionEditor editor(knownValuesOnly()->fieldValues);
    editor.setCondition(condition(field, op, {}));
    const QList<QWidget *> children =
        editor.valueEditor()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    int matching = 0;
    for (const QWidget *w : children)
        matching += w->inherits(editorClass.toLatin1().constData()) &&
                    QString::fromLatin1(w->metaObject()->className()) == editorClass;
    QCOMPARE(matching, editors);
    if (field == RuleField::Lifecycle) {
        // Choices show their names but store their keys.
        auto *combo = editor.valueEditor()->findChild<QComboBox *>();
        QVERIFY(!combo->isEditable());
        QCOMPARE(combo->itemText(2), QStringLiteral("At risk"));
        combo->setCurrentIndex(2);
        QCOMPARE(editor.condition().values, QStringList{QStringLiteral("at_risk")});
    }
}

void TestRuleBuilderDialog::ruleRoundTrips()
{
    SegmentRule rule;
    rule.setJoin(RuleJoin::Or);
    RuleGroup first;
    first.join = RuleJoin::And;
    first.conditions = {
        condition(RuleField::Country, RuleOperator::InList, {"AT", "DE"}),
        condition(RuleField::LastPurchase, RuleOperator::Between, {"2023-01-01", "2023-06-30"}),
        condition(RuleField::NetSales, RuleOperator::GreaterOrEqual, {"250.50"}),
        condition(RuleField::ConsentEmail, RuleOperator::Equal, {"true"})};
    RuleGroup second;
    second.join = RuleJoin::Or;
    second.conditions = {condition(RuleField::Lifecycle, RuleOperator::Equal, {"lapsed"}),
                         condition(RuleField::Orders, RuleOperator::Greater, {"3"}),
                         condition(RuleField::ProbabilityAlive, RuleOperator::Less, {"0.25"}),
                         condition(RuleField::BoughtCategory, RuleOperator::Contains, {"sho"}),
                         condition(RuleField::City, RuleOperator::Equal, {"Graz"})};
    rule.addGroup(first);
    rule.addGroup(second);
    QVERIFY(rule.validate().ok());

    RuleBuilderDialog dialog(knownValuesOnly(), nullptr, {QStringLiteral("Existing")});
    dialog.setSegment(QStringLiteral("Lapsed or far away"), rule);
    QCOMPARE(dialog.segmentName(), QStringLiteral("Lapsed or far away"));
    QCOMPARE(dialog.originalName(), QStringLiteral("Lapsed or far away"));
    QCOMPARE(dialog.groups().size(), 2);
    QCOMPARE(dialog.groups().at(1)->conditions().size(), 5);
    QCOMPARE(dialog.rule().toJson(), rule.toJson());
    QCOMPARE(dialog.rule(), rule);
    QCOMPARE(dialog.problem(), QString());
}

void TestRuleBuilderDialog::saveNeedsANameAndAValidRule()
{
    RuleBuilderDialog dialog(knownValuesOnly(), nullptr, {QStringLiteral("Existing")});
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog.problem(), QStringLiteral("Give the segment a name."));
    dialog.setSegmentName(QStringLiteral("existing"));
    QVERIFY(dialog.problem().contains(QStringLiteral("exists already")));
    dialog.setSegmentName(QStringLiteral("Germany"));
    // One empty condition: country = the first known value.
    QCOMPARE(dialog.rule().groups().size(), size_t(1));
    QCOMPARE(dialog.rule().groups()[0].conditions[0].values, QStringList{QStringLiteral("AT")});
    QVERIFY(save->isEnabled());
    dialog.groups().at(0)->conditions().at(0)->fieldCombo()->setCurrentIndex(
        dialog.groups().at(0)->conditions().at(0)->fieldCombo()->findData(int(RuleField::Country)));
    auto *group = dialog.groups().at(0);
    group->findChild<QPushButton *>(QStringLiteral("removeGroup"))->click();
    QCOMPARE(dialog.problem(), QStringLiteral("Add at least one condition."));
    QVERIFY(!save->isEnabled());
}

void TestRuleBuilderDialog::cleanupTestCase()
{
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

QTEST_MAIN(TestRuleBuilderDialog)
#include "tst_rulebuilderdialog.moc"
