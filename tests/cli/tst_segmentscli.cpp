#include "cli/CliCommand.h"
#include "cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens::cli;

using storelens::test::runCli;
using storelens::test::runSample;

// End-to-end checks of `storelens cohorts` and `storelens segments` on a generated sample store: the numbers
// themselves are covered by the engine tests; these check the wiring, the JSON fields and the consistency
// between tables.
class TestSegmentsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cohortsJson();
    void segmentsOverview();
    void segmentMembersAndExport();
    void badUsage();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestSegmentsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("sample.storelens"));
    QCOMPARE(runSample(m_workspace, 300, 2), int(Success));
}

void TestSegmentsCli::cohortsJson()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("cohorts"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--metric"),
                     QStringLiteral("retention")},
                    &out),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("metric")).toString(), QStringLiteral("retention"));
    QCOMPARE(root.value(QStringLiteral("grain")).toString(), QStringLiteral("month"));
    const QJsonArray cohorts = root.value(QStringLiteral("cohorts")).toArray();
    QVERIFY(!cohorts.isEmpty());
    // The default range is 12 months to the as-of date, so at most 13 monthly cohorts overlap it.
    QVERIFY(cohorts.size() <= 13);
    for (const QJsonValue &c : cohorts) {
        const QJsonArray cells = c.toObject().value(QStringLiteral("cells")).toArray();
        // Age 0 is the whole cohort: retention 1.
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("value")).toDouble(), 1.0);
        // Only the last cell (the as-of date's month) can be partial.
        for (int i = 0; i + 1 < cells.size(); ++i)
            QCOMPARE(cells.at(i).toObject().value(QStringLiteral("partial")).toBool(), false);
    }
    // Each later cohort has one cell fewer: cells past the as-of date are absent.
    QCOMPARE(cohorts.at(0).toObject().value(QStringLiteral("cells")).toArray().size(),
             root.value(QStringLiteral("age_count")).toInt());
}

void TestSegmentsCli::segmentsOverview()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--format"), QStringLiteral("json")},
                    &out),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    const int customers = root.value(QStringLiteral("customers")).toInt();
    QVERIFY(customers > 0);
    for (const QString &table :
         {QStringLiteral("rfm_segments"), QStringLiteral("lifecycle"), QStringLiteral("value_tiers")}) {
        int total = 0;
        for (const QJsonValue &row : root.value(table).toArray())
            total += row.toObject().value(QStringLiteral("size")).toInt();
        QCOMPARE(total, customers); // every table partitions the customer base
    }
    QCOMPARE(root.value(QStringLiteral("rfm_segments")).toArray().size(), 11);
}

void TestSegmentsCli::segmentMembersAndExport()
{
    const QString file = m_dir.filePath(QStringLiteral("lapsed.csv"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--segment"), QStringLiteral("active"), QStringLiteral("--members"),
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--export"), file,
                     QStringLiteral("--columns"), QStringLiteral("customer_id,consent_email")},
                    &out, &err),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    const int size = root.value(QStringLiteral("segment")).toObject().value(QStringLiteral("size")).toInt();
    const QJsonArray members = root.value(QStringLiteral("members")).toArray();
    // A member list written as JSON is an export too: only customers with email consent.
    for (const QJsonValue &m : members)
        QCOMPARE(m.toObject().value(QStringLiteral("consent_email")).toBool(), true);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("customer_id,consent_email"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY(lines.at(i).trimmed().endsWith(",true")); // only consenting customers are exported
    QVERIFY(err.contains(QString::number(lines.size() - 1)));
    // Members were left out, so the message says how to write them too.
    QVERIFY2(err.contains(QStringLiteral("Add --include-without-consent")), qPrintable(err));
    QCOMPARE(members.size(), lines.size() - 1);
    QVERIFY2(members.size() < size, "the sample store has members without consent");

    // Asked for explicitly, every member is listed, in CSV as in JSON.
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--segment"), QStringLiteral("active"), QStringLiteral("--members"),
                     QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--include-without-consent")},
                    &out, &err),
             int(Success));
    QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), size + 1);
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--segment"), QStringLiteral("active"), QStringLiteral("--members"),
                     QStringLiteral("--format"), QStringLiteral("csv")},
                    &out, &err),
             int(Success));
    QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), members.size() + 1);
    QVERIFY(err.contains(QString::number(size - members.size())));
}

void TestSegmentsCli::badUsage()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("cohorts"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--metric"), QStringLiteral("profit")},
                    &out),
             int(BadUsage));
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--members")},
                    &out),
             int(BadUsage));
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--segment"), QStringLiteral("No such segment")},
                    &out),
             int(InputRejected));
}

QTEST_GUILESS_MAIN(TestSegmentsCli)
#include "tst_segmentscli.moc"
