#include "CliRunner.h"
#include "common/ImportFiles.h"
#include "common/SampleFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <utility>

using namespace storelens::cli;
using storelens::test::runCli;

// `storelens explain` on a generated sample store: the JSON fields of README.md, and parts that sum to the
// change (the bridge to the cent, every dimension's members within 1e-9 relative, rounding to 4 places
// aside).
class TestExplainCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json_data();
    void json();
    void notComparable();
    void customerRates_data();
    void customerRates();
    void notExplained();
    void badUsage();
    void bySource();
    void sourceEndingEarly();

private:
    QJsonObject explain(const QStringList &extra);
    storelens::test::SampleStoreFile m_store; // 200 customers over 2 years
};

void TestExplainCommand::initTestCase()
{
    QVERIFY(m_store.write(200, 2));
}

QJsonObject TestExplainCommand::explain(const QStringList &extra)
{
    QString out;
    QString err;
    const int status =
        runCli(QStringList{QStringLiteral("explain"), QStringLiteral("--workspace"), m_store.path(),
                           QStringLiteral("--format"), QStringLiteral("json")} +
                   extra,
               &out, &err);
    if (status != Success)
        qWarning() << err;
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

void TestExplainCommand::json_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("bridgeKind");
    QTest::addColumn<int>("dimensions");
    QTest::newRow("net sales, all dimensions")
        << QStringList{QStringLiteral("--kpi"), QStringLiteral("net_sales")} << QStringLiteral("traffic")
        << 7;
    QTest::newRow("net sales by store, one quarter")
        << QStringList{QStringLiteral("--kpi"), QStringLiteral("net_sales"), QStringLiteral("--by"),
                       QStringLiteral("store"), QStringLiteral("--from"),    QStringLiteral("2025-10-01"),
                       QStringLiteral("--to"),  QStringLiteral("2025-12-31")}
        << QStringLiteral("traffic") << 1;
    QTest::newRow("aov by channel and category")
        << QStringList{QStringLiteral("--kpi"),   QStringLiteral("aov"),  QStringLiteral("--by"),
                       QStringLiteral("channel"), QStringLiteral("--by"), QStringLiteral("category")}
        << QString() << 2;
}

void TestExplainCommand::json()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, bridgeKind);
    QFETCH(int, dimensions);
    const QJsonObject o = explain(extra);
    QVERIFY2(o.value(QStringLiteral("comparable")).toBool(),
             qPrintable(o.value(QStringLiteral("not_comparable_reason")).toString()));
    for (const char *key :
         {"kpi", "label", "period", "comparison_period", "value", "comparison", "change", "relative_change",
          "sentence", "bridge_kind", "bridge_note", "bridge", "contributions", "normal_variation"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("bridge_kind")).toString(), bridgeKind);
    const double change = o.value(QStringLiteral("change")).toDouble();
    QVERIFY(std::fabs(o.value(QStringLiteral("value")).toDouble() -
                      o.value(QStringLiteral("comparison")).toDouble() - change) < 1e-3);
    if (!bridgeKind.isEmpty()) {
        qint64 sum = 0;
        for (const QJsonValue &b : o.value(QStringLiteral("bridge")).toArray())
            sum += std::llround(b.toObject().value(QStringLiteral("effect")).toDouble() * 10000);
        QCOMPARE(sum, std::llround(change * 10000)); // to the ten-thousandth, so to the cent
    }
    const QJsonArray dims = o.value(QStringLiteral("contributions")).toArray();
    QCOMPARE(dims.size(), qsizetype(dimensions));
    for (const QJsonValue &d : dims) {
        double sum = 0;
        const QJsonArray members = d.toObject().value(QStringLiteral("members")).toArray();
        QVERIFY(!members.isEmpty());
        for (const QJsonValue &m : members)
            sum += m.toObject().value(QStringLiteral("change")).toDouble();
        // Each member is rounded to 4 places in JSON: at most half a ten-thousandth each.
        QVERIFY2(std::fabs(sum - change) <= 0.00005 * double(members.size()) + 1e-9 * std::fabs(change),
                 qPrintable(d.toObject().value(QStringLiteral("dimension")).toString()));
    }
    const QJsonObject v = o.value(QStringLiteral("normal_variation")).toObject();
    QCOMPARE(v.value(QStringLiteral("test")).toString(), QStringLiteral("welch"));
    QVERIFY(v.value(QStringLiteral("tested")).toBool());
    QVERIFY(!o.value(QStringLiteral("sentence")).toString().isEmpty());
}

void TestExplainCommand::notComparable()
{
    // The sample's first year compared with the year before it, which holds no data: the reason, no parts.
    QString out;
    QString info;
    runCli({QStringLiteral("info"), QStringLiteral("--workspace"), m_store.path(), QStringLiteral("--format"),
            QStringLiteral("json")},
           &out);
    const QString first =
        QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("first_day")).toString();
    QVERIFY(!first.isEmpty());
    const QJsonObject o =
        explain({QStringLiteral("--kpi"), QStringLiteral("net_sales"), QStringLiteral("--from"), first,
                 QStringLiteral("--to"), first, QStringLiteral("--compare"), QStringLiteral("year")});
    QCOMPARE(o.value(QStringLiteral("comparable")).toBool(true), false);
    QVERIFY(!o.value(QStringLiteral("not_comparable_reason")).toString().isEmpty());
    QVERIFY(!o.contains(QStringLiteral("bridge")));
}

void TestExplainCommand::customerRates_data()
{
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QString>("window");
    // One quarter against the quarter before. Kept customers look back a 90-day activity window before each
    // quarter, which lies inside the sample's two years, so both are comparable under the coverage rule.
    QTest::newRow("conversion") << QStringLiteral("conversion_rate") << QStringLiteral("365");
    QTest::newRow("kept customers") << QStringLiteral("kept_customers") << QStringLiteral("90");
}

void TestExplainCommand::customerRates()
{
    QFETCH(QString, kpi);
    QFETCH(QString, window);
    const QJsonObject o =
        explain({QStringLiteral("--kpi"), kpi, QStringLiteral("--from"), QStringLiteral("2025-10-01"),
                 QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--window"), window});
    QVERIFY2(o.value(QStringLiteral("comparable")).toBool(),
             qPrintable(o.value(QStringLiteral("not_comparable_reason")).toString()));
    QCOMPARE(o.value(QStringLiteral("explained")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("bridge_kind")).type(), QJsonValue::Null);
    const double value = o.value(QStringLiteral("value")).toDouble();
    const double comparison = o.value(QStringLiteral("comparison")).toDouble();
    const double change = o.value(QStringLiteral("change")).toDouble();
    QVERIFY(value > 0 && value <= 1);
    // Ratios are not rounded in JSON: value − comparison is the change to 1e-12.
    QVERIFY(std::fabs(value - comparison - change) <= 1e-12);
    const QJsonArray dims = o.value(QStringLiteral("contributions")).toArray();
    QCOMPARE(dims.size(), qsizetype(7));
    for (const QJsonValue &d : dims) {
        const QJsonObject dim = d.toObject();
        const QString split = dim.value(QStringLiteral("split")).toString();
        QVERIFY2(split == QLatin1String("mix_rate") || split == QLatin1String("share"), qPrintable(split));
        double sum = 0;
        for (const QJsonValue &m : dim.value(QStringLiteral("members")).toArray()) {
            const QJsonObject member = m.toObject();
            sum += member.value(QStringLiteral("change")).toDouble();
            if (split == QLatin1String("mix_rate"))
                QVERIFY(std::fabs(member.value(QStringLiteral("mix")).toDouble() +
                                  member.value(QStringLiteral("rate")).toDouble() -
                                  member.value(QStringLiteral("change")).toDouble()) <= 1e-12);
        }
        QVERIFY2(std::fabs(sum - change) <= 1e-9,
                 qPrintable(dim.value(QStringLiteral("dimension")).toString()));
    }
    // Conversion's visitors belong to stores: mix and rate by store, a share of the visitors elsewhere.
    if (kpi == QLatin1String("conversion_rate"))
        QCOMPARE(dims[1].toObject().value(QStringLiteral("split")).toString(), QStringLiteral("share"));
    const QJsonObject v = o.value(QStringLiteral("normal_variation")).toObject();
    QCOMPARE(v.value(QStringLiteral("test")).toString(), QStringLiteral("two_proportion"));
    QCOMPARE(v.value(QStringLiteral("interval_kind")).toString(), QStringLiteral("wilson"));
    QVERIFY(v.value(QStringLiteral("tested")).toBool());
    // The Wilson interval of the period holds its rate, that of the comparison period the comparison's.
    QVERIFY(v.value(QStringLiteral("interval_low")).toDouble() < value);
    QVERIFY(value < v.value(QStringLiteral("interval_high")).toDouble());
    QVERIFY(v.value(QStringLiteral("comparison_interval_low")).toDouble() < comparison);
    QVERIFY(comparison < v.value(QStringLiteral("comparison_interval_high")).toDouble());
    QCOMPARE(v.value(QStringLiteral("within")).toBool(),
             v.value(QStringLiteral("p_value")).toDouble() >= 0.05);
}

void TestExplainCommand::notExplained()
{
    // A KPI without a defined explanation: exit 0, the reason, no parts.
    const QJsonObject o = explain({QStringLiteral("--kpi"), QStringLiteral("yoy_growth")});
    QCOMPARE(o.value(QStringLiteral("explained")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("comparable")).toBool(true), false);
    QVERIFY(!o.value(QStringLiteral("not_explained_reason")).toString().isEmpty());
    QVERIFY(!o.contains(QStringLiteral("contributions")));
    QString out;
    QCOMPARE(runCli({QStringLiteral("explain"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--kpi"), QStringLiteral("cac")},
                    &out),
             int(Success));
    QVERIFY2(out.contains(QStringLiteral("marketing spend")), qPrintable(out));
}

void TestExplainCommand::badUsage()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("explain"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--kpi"), QStringLiteral("planet_sales")},
                    &out),
             int(BadUsage));
    QCOMPARE(runCli({QStringLiteral("explain"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--by"), QStringLiteral("planet")},
                    &out),
             int(BadUsage));
}

// The sample store has one source: `--by source` gives one member holding the whole change.
void TestExplainCommand::bySource()
{
    const QJsonObject o = explain({QStringLiteral("--by"), QStringLiteral("source")});
    QVERIFY(o.value(QStringLiteral("comparable")).toBool());
    const QJsonArray dims = o.value(QStringLiteral("contributions")).toArray();
    QCOMPARE(dims.size(), qsizetype(1));
    QCOMPARE(dims[0].toObject().value(QStringLiteral("dimension")).toString(), QStringLiteral("source"));
    const QJsonArray members = dims[0].toObject().value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), qsizetype(1));
    QCOMPARE(members[0].toObject().value(QStringLiteral("change")).toDouble(),
             o.value(QStringLiteral("change")).toDouble());
    QCOMPARE(o.value(QStringLiteral("source_ends")).toArray().size(), qsizetype(0));
    QString out;
    QCOMPARE(runCli({QStringLiteral("explain"), QStringLiteral("--help")}, &out), int(Success));
    QVERIFY2(out.simplified().contains(QStringLiteral("source (where the lines were imported from)")),
             qPrintable(out));
}

// Trial 12 from the command line: two imports with --source, the till's ending on 31 October. November
// against the 30 days before: net sales 250.00 -> 210.00 (−40.00): SumUp 70.00 -> 0 (−70.00), PrestaShop
// 180.00 -> 210.00 (+30.00).
void TestExplainCommand::sourceEndingEarly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ws = dir.filePath(QStringLiteral("two.storelens"));
    const QString web = dir.filePath(QStringLiteral("prestashop.csv"));
    const QString till = dir.filePath(QStringLiteral("sumup.csv"));
    QVERIFY(storelens::test::writeExport(web, "Receipt No,Date,Item Code,Qty,Unit Price\n"
                                              "P1,2026-10-02,MUG,2,50.00\n"
                                              "P2,2026-10-15,MUG,1,80.00\n"
                                              "P3,2026-11-10,MUG,1,150.00\n"
                                              "P4,2026-11-20,MUG,2,30.00\n"
                                              "P5,2026-12-02,MUG,1,20.00\n"));
    QVERIFY(storelens::test::writeExport(till, "Receipt No,Date,Item Code,Qty,Unit Price\n"
                                               "S1,2026-10-05,MUG,3,10.00\n"
                                               "S2,2026-10-31,MUG,1,40.00\n"));
    QString out;
    QString err;
    for (const auto &[file, source] :
         {std::pair{web, QStringLiteral("PrestaShop")}, std::pair{till, QStringLiteral("SumUp")}})
        QVERIFY2(runCli({QStringLiteral("import"), file, QStringLiteral("--workspace"), ws,
                         QStringLiteral("--source"), source},
                        &out, &err) == Success,
                 qPrintable(err));
    const QStringList args{
        QStringLiteral("explain"),    QStringLiteral("--workspace"), ws,
        QStringLiteral("--from"),     QStringLiteral("2026-11-01"),  QStringLiteral("--to"),
        QStringLiteral("2026-11-30"), QStringLiteral("--by"),        QStringLiteral("source")};
    QVERIFY2(runCli(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, &out, &err) ==
                 Success,
             qPrintable(err));
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("change")).toDouble(), -40.0);
    const QJsonArray ends = o.value(QStringLiteral("source_ends")).toArray();
    QCOMPARE(ends.size(), qsizetype(1));
    QCOMPARE(ends[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("SumUp"));
    QCOMPARE(ends[0].toObject().value(QStringLiteral("last_day")).toString(), QStringLiteral("2026-10-31"));
    QCOMPARE(ends[0].toObject().value(QStringLiteral("effect")).toDouble(), -70.0);
    const QJsonObject v = o.value(QStringLiteral("normal_variation")).toObject();
    QVERIFY(v.value(QStringLiteral("source_ends_early")).toBool());
    QVERIFY(!v.value(QStringLiteral("tested")).toBool());
    QCOMPARE(v.value(QStringLiteral("test")).type(), QJsonValue::Null);
    QVERIFY2(o.value(QStringLiteral("sentence"))
                 .toString()
                 .startsWith(QStringLiteral("\"SumUp\" has no data after ")),
             qPrintable(o.value(QStringLiteral("sentence")).toString()));
    double sum = 0;
    const QJsonArray members = o.value(QStringLiteral("contributions"))
                                   .toArray()[0]
                                   .toObject()
                                   .value(QStringLiteral("members"))
                                   .toArray();
    for (const QJsonValue &m : members)
        sum += m.toObject().value(QStringLiteral("change")).toDouble();
    QCOMPARE(sum, -40.0);
    QCOMPARE(members[0].toObject().value(QStringLiteral("member")).toString(), QStringLiteral("SumUp"));
    // The table says it in words.
    QCOMPARE(runCli(args, &out, &err), int(Success));
    QVERIFY2(out.contains(QStringLiteral("Not comparable: a source's data ends early")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Source")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestExplainCommand)
#include "tst_explaincommand.moc"
