// The rule builder on its own: operators and value editors follow the field's type, and a rule loaded into
// the dialog comes back out unchanged (what "reopen a saved segment" relies on). Stores and channels read
// as on every other screen, in German too, and a value that names nothing is flagged (trial 22de).
#include "core/analytics/SnapshotFixture.h"
#include "core/analytics/customers/CustomerBase.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

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

constexpr int Timeout = 30000;

// Stores and channels as the importer names them (core::defaultStoreName(), onlineShopStoreName(), …).
core::session::SegmentsResultPtr storesAndChannelsOnly()
{
    auto data = std::make_shared<core::session::SegmentsResult>();
    data->fieldValues.insert(int(RuleField::BoughtInStore),
                             {QStringLiteral("Main store"), QStringLiteral("Online shop")});
    data->fieldValues.insert(int(RuleField::BoughtInChannel),
                             {QStringLiteral("In store"), QStringLiteral("Online")});
    return data;
}

// Five customers with lines: C0, C1 and C4 in the till's "Main store" / "In store", C3 in the web shop's
// "Online shop" / "Online", C2 in both. The dialog counts on this base and flags values against it.
core::session::SegmentsResultPtr shopAndTill()
{
    test::SnapshotFixture fx;
    const char *ids[] = {"C0", "C1", "C2", "C3", "C4"};
    int order = 0;
    auto sale = [&](const char *customer, bool online) {
        auto line = test::SnapshotFixture::line(QDate(2026, 11, 2 + order), QStringLiteral("O%1").arg(order),
                                                QString::fromLatin1(customer), 1000);
        if (online) {
            line.store = QStringLiteral("Online shop");
            line.channel = QStringLiteral("Online");
        }
        fx.add(line);
        ++order;
    };
    for (const char *id : ids)
        sale(id, QLatin1String(id) == QLatin1String("C3"));
    sale("C2", true);
    auto data = std::make_shared<core::session::SegmentsResult>();
    data->snapshot = fx.build();
    data->base = std::make_shared<CustomerBase>(CustomerBase::build(*data->snapshot, nullptr));
    for (const RuleField f : ruleFields())
        data->fieldValues.insert(int(f), ruleFieldValues(f, *data->snapshot, SegmentGrid::defaultGrid()));
    return data;
}

// The application in German while it lives: storelens_de.qm and a German locale.
class German
{
public:
    German()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/storelens_de.qm"));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~German()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
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
    void aNewFieldDropsTheOldValue();
    void germanStoresAndChannels();
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

// Trial 22de: switching "bought in channel: In store" to "bought in store" kept "In store", which no store is
// called, and counted nobody. A new field starts from its own first value; a new operator keeps the value.
void TestRuleBuilderDialog::aNewFieldDropsTheOldValue()
{
    RuleConditionEditor editor(storesAndChannelsOnly()->fieldValues);
    editor.setCondition(condition(RuleField::BoughtInChannel, RuleOperator::Equal, {"In store"}));
    QCOMPARE(editor.condition().values, QStringList{QStringLiteral("In store")});
    editor.fieldCombo()->setCurrentIndex(editor.fieldCombo()->findData(int(RuleField::BoughtInStore)));
    QCOMPARE(editor.condition().field, RuleField::BoughtInStore);
    QCOMPARE(editor.condition().values, QStringList{QStringLiteral("Main store")});

    // Free text ("contains") starts empty.
    editor.setCondition(condition(RuleField::BoughtInChannel, RuleOperator::Contains, {"store"}));
    editor.fieldCombo()->setCurrentIndex(editor.fieldCombo()->findData(int(RuleField::BoughtInStore)));
    QCOMPARE(editor.condition().op, RuleOperator::Contains);
    QCOMPARE(editor.condition().values, QStringList{QString()});

    // Only the operator changes: the value stays.
    editor.setCondition(condition(RuleField::BoughtInStore, RuleOperator::Equal, {"Online shop"}));
    editor.operatorCombo()->setCurrentIndex(editor.operatorCombo()->findData(int(RuleOperator::NotEqual)));
    QCOMPARE(editor.condition().op, RuleOperator::NotEqual);
    QCOMPARE(editor.condition().values, QStringList{QStringLiteral("Online shop")});
}

// Trial 22de: in German the store list offered "Main store" / "Online shop", and "Hauptfiliale" (the name
// every German screen shows) typed by hand counted 0 customers without a word. Now the lists show the German
// names, a listed name (picked or typed in any case) is stored by its stored name, and a value that names no
// store is flagged under its condition.
void TestRuleBuilderDialog::germanStoresAndChannels()
{
    German german;
    QVERIFY(german.loaded());
    RuleBuilderDialog dialog(shopAndTill(), nullptr, {});
    dialog.setSegmentName(QStringLiteral("Kunden der Hauptfiliale"));
    RuleConditionEditor *editor = dialog.groups().at(0)->conditions().at(0);
    editor->fieldCombo()->setCurrentIndex(editor->fieldCombo()->findData(int(RuleField::BoughtInChannel)));
    auto *combo = editor->valueEditor()->findChild<QComboBox *>(QStringLiteral("valueEditor"));
    QVERIFY(combo);
    QCOMPARE(itemTexts(combo), (QStringList{QStringLiteral("Im Laden"), QStringLiteral("Online")}));
    QCOMPARE(editor->condition().values, QStringList{QStringLiteral("In store")});
    QTRY_COMPARE_WITH_TIMEOUT(dialog.matchCount(), qint64(4), Timeout);

    editor->fieldCombo()->setCurrentIndex(editor->fieldCombo()->findData(int(RuleField::BoughtInStore)));
    combo = editor->valueEditor()->findChild<QComboBox *>(QStringLiteral("valueEditor"));
    QCOMPARE(itemTexts(combo), (QStringList{QStringLiteral("Hauptfiliale"), QStringLiteral("Onlineshop")}));
    combo->setCurrentIndex(1);
    QCOMPARE(editor->condition().values, QStringList{QStringLiteral("Online shop")});
    QTRY_COMPARE_WITH_TIMEOUT(dialog.matchCount(), qint64(2), Timeout);

    // Typed as the dashboard shows it, in any case: the stored name, and the customers of the till.
    combo->setEditText(QStringLiteral(" hauptfiliale"));
    QCOMPARE(editor->condition().values, QStringList{QStringLiteral("Main store")});
    QTRY_COMPARE_WITH_TIMEOUT(dialog.matchCount(), qint64(4), Timeout);
    QVERIFY(editor->warningLabel()->isHidden());
    QCOMPARE(dialog.problem(), QString());

    // A misspelt store: flagged, not silently 0.
    combo->setEditText(QStringLiteral("Hauptfilale"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.matchCount(), qint64(0), Timeout);
    QVERIFY(!editor->warningLabel()->isHidden());
    QCOMPARE(editor->unmatchedValues(), QStringList{QStringLiteral("Hauptfilale")});
    QVERIFY2(editor->warningLabel()->text().contains(QStringLiteral("„Hauptfilale“")),
             qPrintable(editor->warningLabel()->text()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (!qEnvironmentVariableIsEmpty("STORELENS_SCREENSHOT_DIR"))
        QVERIFY(dialog.grab().save(qEnvironmentVariable("STORELENS_SCREENSHOT_DIR") +
                                   QStringLiteral("/rulebuilder-unmatched-store-de.png")));

    // "is any of": the checklist shows the German names and stores the stored ones.
    editor->operatorCombo()->setCurrentIndex(editor->operatorCombo()->findData(int(RuleOperator::InList)));
    auto *list = editor->valueEditor()->findChild<QListWidget *>(QStringLiteral("valueList"));
    QVERIFY(list);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Hauptfiliale"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Onlineshop"));
    // The misspelt value stays, checked, after the listed names (a new operator keeps the value).
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(2)->text(), QStringLiteral("Hauptfilale"));
    QCOMPARE(list->item(2)->checkState(), Qt::Checked);
    list->item(2)->setCheckState(Qt::Unchecked);
    list->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(editor->condition().values, QStringList{QStringLiteral("Online shop")});
    QTRY_COMPARE_WITH_TIMEOUT(dialog.matchCount(), qint64(2), Timeout);
    QTRY_VERIFY(editor->warningLabel()->isHidden());
    if (!qEnvironmentVariableIsEmpty("STORELENS_SCREENSHOT_DIR"))
        QVERIFY(dialog.grab().save(qEnvironmentVariable("STORELENS_SCREENSHOT_DIR") +
                                   QStringLiteral("/rulebuilder-store-list-de.png")));
    dialog.close();
}

void TestRuleBuilderDialog::cleanupTestCase()
{
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

QTEST_MAIN(TestRuleBuilderDialog)
#include "tst_rulebuilderdialog.moc"
