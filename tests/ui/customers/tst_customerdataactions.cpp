// The profile's privacy actions on a small sample store: the profile shows the customer's phone number (the
// sample's customers are given one here), the confirmation names the customer, the export writes their data,
// phone included, and a forget removes them from the list while the view reloads the new revision. A grab
// of the profile with the two actions is saved under <build>/screenshots/ for a reviewer.
#include "common/SampleFixture.h"
#include "common/TestSettings.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"
#include "ui/ViewFixture.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/LatestTask.h"
#include "ui/customers/CustomerDataActions.h"
#include "ui/customers/CustomerListModel.h"
#include "ui/customers/CustomerProfilePane.h"
#include "ui/customers/CustomersView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace storelens;

namespace {

constexpr int Timeout = 60000;

} // namespace

class TestCustomerDataActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void profileShowsTheirPhone();
    void confirmationNamesTheCustomer();
    void exportWritesTheirData_data();
    void exportWritesTheirData();
    void forgetRemovesThemFromTheList();

private:
    void showAndWait();

    storelens::test::SettingsFolder m_dir;
    QString m_path;
    test::ViewUnderTest<ui::CustomersView> m_view;
};

void TestCustomerDataActions::initTestCase()
{
    QVERIFY(m_dir.setUp());
    m_path = m_dir.filePath(QStringLiteral("sample.storelens"));
    const auto stats = storelens::test::writeSample(m_path, 120, 1);
    QVERIFY2(stats.ok(), qPrintable(stats.error().toString()));
    {
        // Customer 7 is "+34 600 000 007", as a web shop writes it.
        core::Connection c(m_path);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE customers SET phone = '+34 600 ' || substr(printf('%06d', id), 1, 3) "
                           "|| ' ' || substr(printf('%06d', id), 4)")));
        QVERIFY(core::bumpWorkspaceRevision(c.db()).ok());
    }
    m_view.create(QSize(1280, 800));
    showAndWait();
}

void TestCustomerDataActions::cleanupTestCase()
{
    m_view.reset();
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestCustomerDataActions::showAndWait()
{
    QSignalSpy shown(m_view.get(), &ui::CustomersView::resultShown);
    QSignalSpy profile(m_view->profile(), &ui::CustomerProfilePane::profileShown);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view.context()->setWorkspace(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_view->task()->isRunning(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(profile.count() > 0, Timeout);
}

void TestCustomerDataActions::profileShowsTheirPhone()
{
    ui::CustomerProfilePane *pane = m_view->profile();
    core::Connection c(m_path);
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT phone FROM customers WHERE external_id = ?"));
    q.addBindValue(pane->customerId());
    QVERIFY(q.exec() && q.next());
    const QString phone = q.value(0).toString();
    QVERIFY2(phone.startsWith(QStringLiteral("+34 600 ")), qPrintable(phone));
    const QString subtitle = pane->findChild<QLabel *>(QStringLiteral("profileSubtitle"))->text();
    // With no-break spaces, so that the number never wraps in the middle (trial 18).
    QVERIFY2(
        subtitle.endsWith(QStringLiteral(" · ") + QString(phone).replace(QLatin1Char(' '), QChar(0x00A0))),
        qPrintable(subtitle));
}

void TestCustomerDataActions::confirmationNamesTheCustomer()
{
    ui::CustomerProfilePane *pane = m_view->profile();
    const QString id = pane->customerId();
    QVERIFY(!id.isEmpty());
    const QString name = pane->findChild<QLabel *>(QStringLiteral("profileName"))->text();
    QVERIFY(pane->dataActions()->exportButton()->isVisible());
    QVERIFY(pane->dataActions()->forgetButton()->isVisible());
    std::unique_ptr<QMessageBox> box(pane->dataActions()->confirmation());
    QCOMPARE(box->text(), QStringLiteral("Forget %1 (ID %2)?").arg(name, id));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));

    const QString dir = QStringLiteral(STORELENS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/customer-data-actions.png")));
}

void TestCustomerDataActions::exportWritesTheirData_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("start"); // the file's first bytes
    QTest::newRow("JSON") << QStringLiteral("customer.json") << QByteArray("{");
    QTest::newRow("CSV") << QStringLiteral("customer.csv") << QByteArray("field,value\r\ncustomer_id,");
}

void TestCustomerDataActions::exportWritesTheirData()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, start);
    ui::CustomerDataActions *actions = m_view->profile()->dataActions();
    const QString id = m_view->profile()->customerId();
    const QString path = m_dir.filePath(fileName);
    QSignalSpy exported(actions, &ui::CustomerDataActions::exported);
    actions->exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, Timeout);
    QCOMPARE(exported.at(0).at(0).toString(), path);
    QVERIFY(actions->note()->text().contains(QDir::toNativeSeparators(path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
    QVERIFY(bytes.contains(id.toUtf8()));
    if (fileName.endsWith(QLatin1String(".json"))) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QStringLiteral("customer_id")).toString(), id);
        QVERIFY(root.value(QStringLiteral("customer"))
                    .toObject()
                    .value(QStringLiteral("phone"))
                    .toString()
                    .startsWith(QStringLiteral("+34 600 ")));
    }
}

void TestCustomerDataActions::forgetRemovesThemFromTheList()
{
    ui::CustomerProfilePane *pane = m_view->profile();
    const QString id = pane->customerId();
    const int before = m_view->listModel()->rowCount();
    QVERIFY(m_view->listModel()->result()->rowOfId.contains(id));
    QSignalSpy forgotten(pane->dataActions(), &ui::CustomerDataActions::forgotten);
    QSignalSpy shown(m_view.get(), &ui::CustomersView::resultShown);
    pane->dataActions()->forget();
    QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, Timeout);
    QCOMPARE(forgotten.at(0).at(0).toString(), id);
    QVERIFY(forgotten.at(0).at(1).toLongLong() > 0);
    // The view reloads the new revision: one customer fewer, and not this one.
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_view->task()->isRunning(), Timeout);
    QCOMPARE(m_view->listModel()->rowCount(), before - 1);
    QVERIFY(!m_view->listModel()->result()->rowOfId.contains(id));
}

QTEST_MAIN(TestCustomerDataActions)
#include "tst_customerdataactions.moc"
