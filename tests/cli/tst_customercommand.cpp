// `storelens customer export|forget` on a small sample store: what each writes, its exit statuses, and that
// forgetting keeps `storelens info`'s sales totals while the customer count drops by one.
#include "CliRunner.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using storelens::test::runCli;

namespace {

// The stored id of the customer with the most order lines, and how many lines that is.
std::pair<QString, int> busiestCustomer(const QString &path)
{
    storelens::core::Connection c(path);
    QSqlQuery q(c.db());
    if (!q.exec(
            QStringLiteral("SELECT c.external_id, COUNT(*) AS n FROM order_lines l JOIN customers c ON "
                           "c.id = l.customer_id GROUP BY c.id ORDER BY n DESC, c.external_id LIMIT 1")) ||
        !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toInt()};
}

QJsonObject info(const QString &path)
{
    QString out;
    runCli({QStringLiteral("info"), QStringLiteral("--workspace"), path, QStringLiteral("--format"),
            QStringLiteral("json")},
           &out);
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace

class TestCustomerCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exitStatuses_data();
    void exitStatuses();
    void exportJson();
    void exportCsvToFile();
    void forgetKeepsTotals();
    void emailIdInAnyCase();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_customer;
    int m_customerLines = 0;
    int m_count = 0;
};

void TestCustomerCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCustomerCommand::init()
{
    m_path = m_dir.filePath(QStringLiteral("ws%1.storelens").arg(++m_count));
    QCOMPARE(storelens::test::runSample(m_path, 40, 1), 0);
    std::tie(m_customer, m_customerLines) = busiestCustomer(m_path);
    QVERIFY(!m_customer.isEmpty());
}

void TestCustomerCommand::exitStatuses_data()
{
    QTest::addColumn<QStringList>("arguments"); // after `storelens customer`; WS and ID are replaced
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // a part of standard error
    const QString ws = QStringLiteral("WS");
    const QString id = QStringLiteral("ID");
    const QString nobody = QStringLiteral("NO-SUCH-CUSTOMER");
    QTest::newRow("export of an unknown id")
        << QStringList{QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--id"),
                       nobody}
        << 2 << nobody;
    QTest::newRow("forget of an unknown id") << QStringList{QStringLiteral("forget"),
                                                            QStringLiteral("--workspace"),
                                                            ws,
                                                            QStringLiteral("--id"),
                                                            nobody,
                                                            QStringLiteral("--yes")}
                                             << 2 << nobody;
    QTest::newRow("forget without --yes only says whom")
        << QStringList{QStringLiteral("forget"), QStringLiteral("--workspace"), ws, QStringLiteral("--id"),
                       id}
        << 1 << QStringLiteral("--yes");
    QTest::newRow("export in an unknown format") << QStringList{QStringLiteral("export"),
                                                                QStringLiteral("--workspace"),
                                                                ws,
                                                                QStringLiteral("--id"),
                                                                id,
                                                                QStringLiteral("--format"),
                                                                QStringLiteral("xml")}
                                                 << 1 << QStringLiteral("--format");
    QTest::newRow("export without an id")
        << QStringList{QStringLiteral("export"), QStringLiteral("--workspace"), ws} << 1
        << QStringLiteral("--id");
    QTest::newRow("an unknown action")
        << QStringList{QStringLiteral("delete"), QStringLiteral("--workspace"), ws} << 1
        << QStringLiteral("delete");
}

void TestCustomerCommand::exitStatuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("WS"), m_path);
    arguments.replaceInStrings(QStringLiteral("ID"), m_customer);
    const qint64 customersBefore = info(m_path).value(QStringLiteral("customers")).toInteger();
    QString out;
    QString err;
    QCOMPARE(runCli(QStringList{QStringLiteral("customer")} + arguments, &out, &err), status);
    QVERIFY2(err.contains(message), qPrintable(err));
    // None of these changes anything.
    QCOMPARE(info(m_path).value(QStringLiteral("customers")).toInteger(), customersBefore);
}

void TestCustomerCommand::exportJson()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--workspace"),
                     m_path, QStringLiteral("--id"), m_customer},
                    &out),
             0);
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("customer_id")).toString(), m_customer);
    QCOMPARE(
        root.value(QStringLiteral("customer")).toObject().value(QStringLiteral("external_id")).toString(),
        m_customer);
    QVERIFY(!root.value(QStringLiteral("customer"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString()
                 .isEmpty());
    QCOMPARE(root.value(QStringLiteral("lines")).toArray().size(), m_customerLines);
    QVERIFY(root.value(QStringLiteral("figures")).toObject().value(QStringLiteral("orders")).toInt() > 0);
}

void TestCustomerCommand::exportCsvToFile()
{
    const QString file = m_dir.filePath(QStringLiteral("customer.csv"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--workspace"),
                     m_path, QStringLiteral("--id"), m_customer, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--output"), file},
                    &out, &err),
             0);
    QVERIFY(out.isEmpty());
    QVERIFY(err.contains(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = f.readAll().split('\n');
    QCOMPARE(rows.at(0), QByteArray("field,value\r"));
    QCOMPARE(rows.at(1), QByteArray("customer_id,") + m_customer.toUtf8() + '\r');
    // field block, empty row, header, one row per line, and the final line end
    const qsizetype header = rows.indexOf(QByteArray("\r")) + 1;
    QVERIFY(header > 0);
    QCOMPARE(rows.size() - header - 2, qsizetype(m_customerLines));
}

void TestCustomerCommand::forgetKeepsTotals()
{
    const QJsonObject before = info(m_path);
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("customer"), QStringLiteral("forget"), QStringLiteral("--workspace"),
                     m_path, QStringLiteral("--id"), m_customer, QStringLiteral("--yes")},
                    &out, &err),
             0);
    QVERIFY2(out.contains(m_customer), qPrintable(out));
    QVERIFY2(out.contains(QString::number(m_customerLines)), qPrintable(out));
    const QJsonObject after = info(m_path);
    for (const char *unchanged : {"order_lines", "orders", "gross_sales", "returns", "net_sales"}) {
        const QString key = QLatin1String(unchanged);
        QCOMPARE(after.value(key), before.value(key));
    }
    QCOMPARE(after.value(QStringLiteral("customers")).toInteger(),
             before.value(QStringLiteral("customers")).toInteger() - 1);
    QCOMPARE(after.value(QStringLiteral("guest_lines")).toInteger(),
             before.value(QStringLiteral("guest_lines")).toInteger() + m_customerLines);
    // A second time the id is unknown.
    QCOMPARE(runCli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--workspace"),
                     m_path, QStringLiteral("--id"), m_customer},
                    &out, &err),
             2);
}

// An export without a customer id column keys customers by their e-mail address, lower-cased; the id as the
// shop writes it ("Aoife.Taylor252@icloud.com", trial 10's Magento export) finds them, trimmed too.
void TestCustomerCommand::emailIdInAnyCase()
{
    const QString stored = QStringLiteral("aoife.taylor252@icloud.com");
    {
        storelens::core::Connection c(m_path);
        QSqlQuery q(c.db());
        q.prepare(QStringLiteral("UPDATE customers SET external_id = ? WHERE external_id = ?"));
        q.addBindValue(stored);
        q.addBindValue(m_customer);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"))); // a new snapshot
    }
    for (const QString &given :
         {QStringLiteral("Aoife.Taylor252@icloud.com"), QStringLiteral(" AOIFE.TAYLOR252@ICLOUD.COM ")}) {
        QString out;
        QString err;
        QCOMPARE(runCli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--workspace"),
                         m_path, QStringLiteral("--id"), given},
                        &out, &err),
                 0);
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("customer_id")).toString(), stored);
        QCOMPARE(root.value(QStringLiteral("lines")).toArray().size(), m_customerLines);
    }
    // Forget names the stored id, and asks first.
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("customer"), QStringLiteral("forget"), QStringLiteral("--workspace"),
                     m_path, QStringLiteral("--id"), QStringLiteral("Aoife.Taylor252@icloud.com")},
                    &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("forget customer ") + stored), qPrintable(err));
    // Only an e-mail address is folded: another id stays as given (and is no customer).
    QCOMPARE(runCli({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--workspace"),
                     m_path, QStringLiteral("--id"), QStringLiteral("Aoife.Taylor252")},
                    &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("Aoife.Taylor252")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCustomerCommand)
#include "tst_customercommand.moc"
