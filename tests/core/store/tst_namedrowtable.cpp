#include "core/store/NamedRowTable.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace storelens::core;

namespace {

struct Row
{
    qint64 id = 0;
    QString name;
};

// The lookup a store supplies: by trimmed name, without case.
Result<Row> findRow(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name FROM segments WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("missing %1").arg(name));
    return Row{q.value(0).toLongLong(), q.value(1).toString()};
}

NamedRowTable::Messages messages()
{
    return {QStringLiteral("Cannot read the list: %1"), QStringLiteral("No item named \"%1\"."),
            QStringLiteral("An item needs a name."), QStringLiteral("An item named \"%1\" exists already.")};
}

} // namespace

class TestNamedRowTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void remove_data();
    void remove();
    void renameTarget_data();
    void renameTarget();
    void setName();
    void databaseError();

private:
    QStringList names();
    QString ruleOf(qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestNamedRowTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w.storelens")));
    QVERIFY(ws.ok());
    m_connection = std::make_unique<Connection>(ws->path());
    QVERIFY(m_connection->isOpen());
}

void TestNamedRowTable::init()
{
    QSqlQuery q(m_connection->db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM segments")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO segments(id, name, rule_json) VALUES(1, 'France', '{}'),"
                                  " (2, 'Germany', '{}')")));
}

void TestNamedRowTable::cleanupTestCase()
{
    m_connection.reset();
}

QStringList TestNamedRowTable::names()
{
    QSqlQuery q(m_connection->db());
    q.exec(QStringLiteral("SELECT name FROM segments ORDER BY id"));
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QString TestNamedRowTable::ruleOf(qint64 id)
{
    QSqlQuery q(m_connection->db());
    q.prepare(QStringLiteral("SELECT rule_json FROM segments WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TestNamedRowTable::remove_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("left");
    QTest::newRow("exact name") << QStringLiteral("France") << ErrorCode::None << QString()
                                << QStringList{QStringLiteral("Germany")};
    QTest::newRow("other case, blanks around") << QStringLiteral("  gErMaNy ") << ErrorCode::None << QString()
                                               << QStringList{QStringLiteral("France")};
    QTest::newRow("unknown name") << QStringLiteral(" Spain") << ErrorCode::NotFound
                                  << QStringLiteral("No item named \" Spain\".")
                                  << QStringList{QStringLiteral("France"), QStringLiteral("Germany")};
}

void TestNamedRowTable::remove()
{
    QFETCH(QString, name);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    QFETCH(QStringList, left);
    const NamedRowTable table(m_connection->db(), QStringLiteral("segments"), messages());
    const Result<void> removed = table.remove(name);
    QCOMPARE(removed.error().code(), code);
    QCOMPARE(removed.error().message(), message);
    QCOMPARE(names(), left);
}

void TestNamedRowTable::renameTarget_data()
{
    QTest::addColumn<QString>("oldName");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("id");
    QTest::newRow("free name") << QStringLiteral("france") << QStringLiteral("French customers")
                               << ErrorCode::None << QString() << qint64(1);
    QTest::newRow("same row, other case") << QStringLiteral("Germany") << QStringLiteral(" GERMANY ")
                                          << ErrorCode::None << QString() << qint64(2);
    QTest::newRow("blank new name") << QStringLiteral("France") << QStringLiteral("   ")
                                    << ErrorCode::InvalidValue << QStringLiteral("An item needs a name.")
                                    << qint64(0);
    QTest::newRow("unknown old name") << QStringLiteral("Spain") << QStringLiteral("Portugal")
                                      << ErrorCode::NotFound << QStringLiteral("missing Spain") << qint64(0);
    QTest::newRow("name of another row")
        << QStringLiteral("France") << QStringLiteral(" germany ") << ErrorCode::InvalidValue
        << QStringLiteral("An item named \"germany\" exists already.") << qint64(0);
}

void TestNamedRowTable::renameTarget()
{
    QFETCH(QString, oldName);
    QFETCH(QString, newName);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    QFETCH(qint64, id);
    const NamedRowTable table(m_connection->db(), QStringLiteral("segments"), messages());
    const Result<Row> target = table.renameTarget(oldName, newName, &findRow);
    QCOMPARE(target.error().code(), code);
    QCOMPARE(target.error().message(), message);
    QCOMPARE(target ? target->id : qint64(0), id);
    QCOMPARE(names(), (QStringList{QStringLiteral("France"), QStringLiteral("Germany")})); // only checks
}

void TestNamedRowTable::setName()
{
    const NamedRowTable table(m_connection->db(), QStringLiteral("segments"), messages());
    QVERIFY(table.setName(1, QStringLiteral("French customers")).ok());
    QCOMPARE(names(), (QStringList{QStringLiteral("French customers"), QStringLiteral("Germany")}));
    QCOMPARE(ruleOf(1), QStringLiteral("{}"));
    QVERIFY(table.setName(2, QStringLiteral("DACH"), QStringLiteral("rule_json"), QStringLiteral("{\"x\":1}"))
                .ok());
    QCOMPARE(names(), (QStringList{QStringLiteral("French customers"), QStringLiteral("DACH")}));
    QCOMPARE(ruleOf(2), QStringLiteral("{\"x\":1}"));
    QCOMPARE(ruleOf(1), QStringLiteral("{}"));
}

void TestNamedRowTable::databaseError()
{
    const NamedRowTable table(m_connection->db(), QStringLiteral("no_such_table"), messages());
    const Result<void> removed = table.remove(QStringLiteral("France"));
    QCOMPARE(removed.error().code(), ErrorCode::Database);
    QVERIFY2(removed.error().message().startsWith(QStringLiteral("Cannot read the list: ")),
             qPrintable(removed.error().message()));
    QVERIFY(removed.error().message().size() >
            QStringLiteral("Cannot read the list: ").size()); // SQL's reason
    QCOMPARE(removed.error().file(), m_connection->db().databaseName());
    QCOMPARE(table.setName(1, QStringLiteral("x")).error().code(), ErrorCode::Database);
}

QTEST_GUILESS_MAIN(TestNamedRowTable)
#include "tst_namedrowtable.moc"
