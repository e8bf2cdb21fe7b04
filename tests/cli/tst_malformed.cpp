#include "cli/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The malformed-input corpus (tests/data/malformed, described in its README.md): each file is imported with
// `storelens import` into a workspace that already holds base_orders.csv (2 lines, gross and net
// sales 25.50). A file that must be refused exits with 2, names the file, line and column and the reason's
// key words, and leaves the workspace byte-identical. A valid odd file imports, and `info` then shows exactly
// the totals worked out by hand below.
class TestMalformed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void import_data();
    void import();
    void notAWorkspace_data();
    void notAWorkspace();
    void newWorkspaceLeftOut_data();
    void newWorkspaceLeftOut();
    void lockedWorkspace();
    void readOnlyCommandsWriteNothing();
    void hugeHeaderCell();

private:
    static QByteArray digest(const QString &dir);
    QTemporaryDir m_dir;
    QString m_base; // a workspace holding base_orders.csv, copied for every row
};

namespace {

using storelens::test::runCli;

QString corpus(const QString &name)
{
    return QStringLiteral(STORELENS_TEST_DATA "/malformed/") + name;
}

} // namespace

void TestMalformed::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), corpus(QStringLiteral("base_orders.csv")),
                     QStringLiteral("--workspace"), m_base},
                    &out, &err),
             0);
}

// Every file of a directory, with its bytes: the workspace and any -wal / -shm / journal beside it.
QByteArray TestMalformed::digest(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(name.toUtf8());
        hash.addData(f.readAll());
    }
    return hash.result();
}

void TestMalformed::import_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("words"); // in standard error (refused) or standard output (imported)
    // For an imported file: info's gross and net sales afterwards, base included; empty: workspace unchanged.
    QTest::addColumn<QString>("grossSales");
    QTest::addColumn<QString>("netSales");

    const QStringList none;
    // ---- 1. range and overflow ----
    QTest::newRow("quantity × price beyond 64 bits")
        << QStringLiteral("range_quantity_times_price.csv") << none << 2
        << QStringList{QStringLiteral("range_quantity_times_price.csv:3:6"),
                       QStringLiteral("beyond the range"), QStringLiteral("Nothing was imported")}
        << QString() << QString();
    // 500,000,000,000,000 = 5·10^18 ten-thousandths, above the range of ±(10^18 − 1)
    QTest::newRow("price above the fixed-point range")
        << QStringLiteral("range_price_too_large.csv") << none << 2
        << QStringList{QStringLiteral("range_price_too_large.csv:2:6"), QStringLiteral("too large"),
                       QStringLiteral("99,999,999,999,999.9999")}
        << QString() << QString();
    // 900,000,000,000 each (9·10^15 ten-thousandths, the most one line's quantity × price may reach is
    // 9.22·10^15): after the base and 111 lines Σ|gross| is 99,900,000,000,025.50; line 113 (the 112th) would
    // take it to 100,800,000,000,025.50 > 99,999,999,999,999.9999
    QTest::newRow("running total leaves the range")
        << QStringLiteral("range_running_total.csv") << none << 2
        << QStringList{QStringLiteral("range_running_total.csv:113:6"), QStringLiteral("total"),
                       QStringLiteral("would leave the range")}
        << QString() << QString();
    QTest::newRow("quantity above the range")
        << QStringLiteral("range_quantity_too_large.csv") << none << 2
        << QStringList{QStringLiteral("range_quantity_too_large.csv:2:5"), QStringLiteral("too large")}
        << QString() << QString();
    // −9 × 100,000,000,000 = −900,000,000,000; minus a discount of 99,999,999,999,999.9999 leaves the range
    QTest::newRow("line amount minus discount")
        << QStringLiteral("range_line_amount.csv") << none << 2
        << QStringList{QStringLiteral("range_line_amount.csv:2:7"), QStringLiteral("discount"),
                       QStringLiteral("beyond the range")}
        << QString() << QString();
    // 999,999,999,999 ÷ 0.001 = 999,999,999,999,000 per unit, above 99,999,999,999,999.9999
    QTest::newRow("unit price behind a line total")
        << QStringLiteral("range_unit_price_behind_total.csv") << none << 2
        << QStringList{QStringLiteral("range_unit_price_behind_total.csv:2:6"), QStringLiteral("line total")}
        << QString() << QString();
    QTest::newRow("quantity × cost beyond 64 bits")
        << QStringLiteral("range_quantity_times_cost.csv") << none << 2
        << QStringList{QStringLiteral("range_quantity_times_cost.csv:2:7"), QStringLiteral("unit cost")}
        << QString() << QString();
    // skip: lines 113-121 (9 lines) are left out, 111 land: 25.50 + 111 × 900,000,000,000
    QTest::newRow("running total, skip")
        << QStringLiteral("range_running_total.csv")
        << QStringList{QStringLiteral("--on-error"), QStringLiteral("skip")} << 0
        << QStringList{QStringLiteral("rejected: 9")} << QStringLiteral("99900000000025.5000")
        << QStringLiteral("99900000000025.5000");

    // ---- 2. dates ----
    QTest::newRow("year 9999") << QStringLiteral("date_year_9999.csv") << none << 2
                               << QStringList{QStringLiteral("date_year_9999.csv:3:2"),
                                              QStringLiteral("1900-01-01"), QStringLiteral("2100-12-31")}
                               << QString() << QString();
    QTest::newRow("year 1899") << QStringLiteral("date_year_1899.csv") << none << 2
                               << QStringList{QStringLiteral("date_year_1899.csv:2:2"),
                                              QStringLiteral("outside")}
                               << QString() << QString();
    QTest::newRow("year 2101") << QStringLiteral("date_year_2101.csv") << none << 2
                               << QStringList{QStringLiteral("date_year_2101.csv:2:2"),
                                              QStringLiteral("outside")}
                               << QString() << QString();
    // 25.50 + 1 × 1.00 + 2 × 2.50 = 31.50
    QTest::newRow("first and last day of the range")
        << QStringLiteral("date_range_edges.csv") << none << 0
        << QStringList{QStringLiteral("1900-01-01 to 2100-12-31"),
                       QStringLiteral("1 lines are dated after today")}
        << QStringLiteral("31.5000") << QStringLiteral("31.5000");
    // 25.50 + 10.00 + 3 × 1.25 = 39.25; the 2099 line is imported and reported
    QTest::newRow("a date after today")
        << QStringLiteral("date_future.csv") << none << 0
        << QStringList{QStringLiteral("1 lines are dated after today"), QStringLiteral("2099-06-01")}
        << QStringLiteral("39.2500") << QStringLiteral("39.2500");

    // ---- 3. numbers ----
    // 0,750 kg and 1,250 kg at 12: 9.00 + 15.00 = 24.00; 25.50 + 24.00 = 49.50
    QTest::newRow("0,750 is three quarters") << QStringLiteral("number_leading_zero_group.csv") << none << 0
                                             << QStringList{QStringLiteral("gross sales 24.00")}
                                             << QStringLiteral("49.5000") << QStringLiteral("49.5000");
    QTest::newRow("0,750 with a dot decimal separator")
        << QStringLiteral("number_leading_zero_group.csv")
        << QStringList{QStringLiteral("--decimal"), QStringLiteral(".")} << 2
        << QStringList{QStringLiteral("number_leading_zero_group.csv:2:5"), QStringLiteral("not a quantity")}
        << QString() << QString();
    QTest::newRow("grouping or decimals: asked")
        << QStringLiteral("number_ambiguous_grouping.csv") << none << 2
        << QStringList{QStringLiteral("unit_price"), QStringLiteral("1,500"), QStringLiteral("--decimal")}
        << QString() << QString();
    // 1 × 1.500 + 2 × 2.250 = 6.00; 25.50 + 6.00 = 31.50
    QTest::newRow("grouping or decimals: --decimal ,")
        << QStringLiteral("number_ambiguous_grouping.csv")
        << QStringList{QStringLiteral("--decimal"), QStringLiteral(",")} << 0 << QStringList()
        << QStringLiteral("31.5000") << QStringLiteral("31.5000");
    // 1 × 1500 + 2 × 2250 = 6000; 25.50 + 6000 = 6025.50
    QTest::newRow("grouping or decimals: --decimal .")
        << QStringLiteral("number_ambiguous_grouping.csv")
        << QStringList{QStringLiteral("--decimal"), QStringLiteral(".")} << 0 << QStringList()
        << QStringLiteral("6025.5000") << QStringLiteral("6025.5000");
    // 1001 ambiguous "1,500" rows, then "2,25" on line 1003 decides ',': 1001 × 1.5 + 2.25 = 1503.75;
    // 25.50 + 1503.75 = 1529.25
    QTest::newRow("decided by the whole column")
        << QStringLiteral("number_decided_late.csv") << none << 0
        << QStringList{QStringLiteral("gross sales 1503.75")} << QStringLiteral("1529.2500")
        << QStringLiteral("1529.2500");

    // ---- 4. encodings and NUL bytes ----
    // UTF-8 names; line 3 holds two Windows-1252 bytes: the file stays UTF-8 and line 3 is named
    QTest::newRow("one stray Windows-1252 line")
        << QStringLiteral("enc_utf8_one_stray_byte.csv") << none << 2
        << QStringList{QStringLiteral("enc_utf8_one_stray_byte.csv:3:5"), QStringLiteral("not valid UTF-8")}
        << QString() << QString();
    // skip: lines 2 and 4 land, 4.00 + 2 × 4.00 = 12.00; 25.50 + 12.00 = 37.50
    QTest::newRow("one stray Windows-1252 line, skip")
        << QStringLiteral("enc_utf8_one_stray_byte.csv")
        << QStringList{QStringLiteral("--on-error"), QStringLiteral("skip")} << 0
        << QStringList{QStringLiteral("rejected: 1")} << QStringLiteral("37.5000")
        << QStringLiteral("37.5000");
    // Windows-1252 only after the sniffed 64 KiB: 2200 × 1.00 + 4.00 + 2 × 2.50 = 2209.00; + 25.50 = 2234.50
    QTest::newRow("Windows-1252 after the head")
        << QStringLiteral("enc_cp1252_after_head.csv") << none << 0
        << QStringList{QStringLiteral("rejected: 0")} << QStringLiteral("2234.5000")
        << QStringLiteral("2234.5000");
    QTest::newRow("NUL byte in a field")
        << QStringLiteral("text_nul_in_field.csv") << none << 2
        << QStringList{QStringLiteral("text_nul_in_field.csv:2:4"), QStringLiteral("NUL byte")} << QString()
        << QString();
    // the NUL is in "notes", which feeds no field: 25.50 + 4.00 = 29.50
    QTest::newRow("NUL byte in an ignored column")
        << QStringLiteral("text_nul_in_ignored_column.csv") << none << 0 << QStringList()
        << QStringLiteral("29.5000") << QStringLiteral("29.5000");

    // ---- 5. headers ----
    // EAN13, Q1, vat2 and 1st are names, not amounts: row 1 is the header. 2 × 3.00 + 4.50 = 10.50; + 25.50
    QTest::newRow("codes as header names") << QStringLiteral("header_code_names.csv") << none << 0
                                           << QStringList{QStringLiteral("gross sales 10.50")}
                                           << QStringLiteral("36.0000") << QStringLiteral("36.0000");
    // one of seven header cells is a number: still the header. 2.00 + 3 × 1.00 = 5.00; + 25.50 = 30.50
    QTest::newRow("a year among header names") << QStringLiteral("header_year_name.csv") << none << 0
                                               << QStringList{QStringLiteral("gross sales 5.00")}
                                               << QStringLiteral("30.5000") << QStringLiteral("30.5000");

    // ---- 6. side tables ----
    // months as YYYY-MM need no date order; the order lines stay the base's 25.50
    QTest::newRow("staffing months") << QStringLiteral("side_staffing_months.csv")
                                     << QStringList{QStringLiteral("--entity"), QStringLiteral("staffing")}
                                     << 0 << QStringList{QStringLiteral("new: 2")}
                                     << QStringLiteral("25.5000") << QStringLiteral("25.5000");
    QTest::newRow("marketing months")
        << QStringLiteral("side_marketing_months.csv")
        << QStringList{QStringLiteral("--entity"), QStringLiteral("marketing")} << 0
        << QStringList{QStringLiteral("new: 2")} << QStringLiteral("25.5000") << QStringLiteral("25.5000");
}

void TestMalformed::import()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QStringList, words);
    QFETCH(QString, grossSales);
    QFETCH(QString, netSales);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = dir.filePath(QStringLiteral("shop.storelens"));
    QVERIFY(QFile::copy(m_base, workspace));
    const QByteArray before = digest(dir.path());

    QString out;
    QString err;
    const int status =
        runCli(QStringList{QStringLiteral("import"), corpus(file), QStringLiteral("--workspace"), workspace} +
                   options,
               &out, &err);
    if (status != exitCode)
        qWarning("%s", qPrintable(out + err));
    QCOMPARE(status, exitCode);
    const QString text = exitCode == 0 ? out : err;
    for (const QString &word : words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            QFAIL(qPrintable(QStringLiteral("\"%1\" not in: %2").arg(word, text)));
    }
    if (grossSales.isEmpty()) {
        QCOMPARE(digest(dir.path()), before);
        return;
    }
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace,
                     QStringLiteral("--format"), QStringLiteral("json")},
                    &out, &err),
             0);
    const QJsonObject info = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("gross_sales")).toString(), grossSales);
    QCOMPARE(info.value(QStringLiteral("net_sales")).toString(), netSales);
}

void TestMalformed::notAWorkspace_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: a 0-byte file; "sqlite": another program's database
    QTest::addColumn<QString>("command");
    for (const char *command : {"info", "kpi", "import"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("empty file, %s", command) << QByteArray() << c;
        QTest::addRow("foreign SQLite, %s", command) << QByteArray("sqlite") << c;
        QTest::addRow("text file, %s", command) << QByteArray("order_id,date\n1,2024-01-01\n") << c;
    }
}

// Refused with "not a StoreLens workspace" and left byte-identical: no table added, no switch to WAL.
void TestMalformed::notAWorkspace()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.db"));
    if (content == "sqlite") {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes(body) VALUES('keep me')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = digest(dir.path());
    QStringList args{command, QStringLiteral("--workspace"), path};
    if (command == QLatin1String("import"))
        args << corpus(QStringLiteral("base_orders.csv"));
    QString out;
    QString err;
    QCOMPARE(runCli(args, &out, &err), 2);
    QVERIFY2(err.contains(QLatin1String("not a StoreLens workspace")), qPrintable(err));
    QVERIFY2(err.contains(path), qPrintable(err));
    QCOMPARE(digest(dir.path()), before);
}

void TestMalformed::newWorkspaceLeftOut_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("dry run") << QStringLiteral("base_orders.csv") << QStringList{QStringLiteral("--dry-run")}
                             << 0;
    QTest::newRow("rejected import") << QStringLiteral("date_year_9999.csv") << QStringList() << 2;
    QTest::newRow("rejected dry run")
        << QStringLiteral("date_year_9999.csv") << QStringList{QStringLiteral("--dry-run")} << 2;
}

// An import that changes nothing into a path that did not exist leaves no file behind.
void TestMalformed::newWorkspaceLeftOut()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli(QStringList{QStringLiteral("import"), corpus(file), QStringLiteral("--workspace"), path} +
                        options,
                    &out, &err),
             exitCode);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// Another connection holds the write lock (an import in progress): the import waits for the busy timeout,
// then says so in words, and the workspace is unchanged.
void TestMalformed::lockedWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = dir.filePath(QStringLiteral("shop.storelens"));
    QVERIFY(QFile::copy(m_base, workspace));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(workspace);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QString out;
        QString err;
        QCOMPARE(runCli({QStringLiteral("import"), corpus(QStringLiteral("date_future.csv")),
                         QStringLiteral("--workspace"), workspace},
                        &out, &err),
                 2);
        QVERIFY2(err.contains(QLatin1String("Another import is running")), qPrintable(err));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QString out;
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace,
                     QStringLiteral("--format"), QStringLiteral("json")},
                    &out),
             0);
    // base_orders.csv only: 2 × 10.00 + 5.50 = 25.50
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("net_sales")).toString(),
             QStringLiteral("25.5000"));
}

// info and kpi on a workspace of the current schema write nothing.
void TestMalformed::readOnlyCommandsWriteNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = dir.filePath(QStringLiteral("shop.storelens"));
    QVERIFY(QFile::copy(m_base, workspace));
    const QByteArray before = digest(dir.path());
    QString out;
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace}, &out), 0);
    QCOMPARE(digest(dir.path()), before);
    QCOMPARE(runCli({QStringLiteral("kpi"), QStringLiteral("--workspace"), workspace}, &out), 0);
    QCOMPARE(digest(dir.path()), before);
}

// A 10 MB header cell: the dry run reads, maps and checks the file in well under a second (measured about
// 0.1 s on a 2-core machine); it used to normalise the cell once per field and entity.
void TestMalformed::hugeHeaderCell()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("huge_header.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("order_id,date,customer_id,sku,quantity,unit_price,");
        f.write(QByteArray(10 * 1024 * 1024, 'x'));
        f.write("\n1,2024-01-01,C1,A,2,3.00,note\n");
    }
    const QString workspace = dir.filePath(QStringLiteral("shop.storelens"));
    QVERIFY(QFile::copy(m_base, workspace));
    QElapsedTimer timer;
    timer.start();
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), csv, QStringLiteral("--workspace"), workspace,
                     QStringLiteral("--dry-run")},
                    &out, &err),
             0);
    const qint64 elapsed = timer.elapsed();
    qInfo("10 MB header cell: %lld ms", elapsed);
    QVERIFY2(out.contains(QLatin1String("gross sales 6.00")), qPrintable(out + err));
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
