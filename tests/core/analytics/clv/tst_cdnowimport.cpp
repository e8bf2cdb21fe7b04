#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/analytics/clv/WorkspaceClv.h"
#include "core/import/FieldCatalog.h"
#include "core/import/Importer.h"
#include "core/store/Workspace.h"

#include "CdnowData.h"
#include "CompareNear.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace storelens::core;
using namespace storelens::core::analytics;
using namespace storelens::core::analytics::clv;

// End to end (issue 7, section 6): CDNOW_sample.txt goes through the normal Importer into a workspace, the
// snapshot is loaded from it, and computeWorkspaceClv builds the 39-week calibration summary and fits both
// models. The published summary and parameters (../shared/datasets/README.md) must come out.
class TestCdnowImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summaryMatchesThePublishedOne();
    void publishedParameters();

private:
    QTemporaryDir m_dir;
    SnapshotPtr m_snapshot;
    WorkspaceClv m_clv;
};

// The file is whitespace separated without a header (master id, sample id, date YYYYMMDD, CDs, dollars) and
// has no order id: it is rewritten as a CSV with a header, the line number as the order id and one SKU for
// every CD. The dollars are the transaction's value, so they map to the line total; the CDs to the quantity.
void TestCdnowImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString csvPath = m_dir.filePath(QStringLiteral("cdnow.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("order,master_id,customer,day,cds,dollars,item\n");
        int n = 0;
        for (const QByteArray &line : cdnow::readLines("CDNOW_sample.txt")) {
            const QList<QByteArray> f = line.simplified().split(' ');
            QCOMPARE(f.size(), qsizetype(5));
            csv.write(QByteArray::number(++n) + ',' + f.join(',') + ",CD\n");
        }
        QCOMPARE(n, 6919);
    }

    ImportProfile profile;
    profile.name = QStringLiteral("CDNOW");
    profile.entity = Entity::Orders;
    profile.dateOrder = csv::DateOrder::YearMonthDay;
    const QList<std::pair<const char *, QString>> columns = {
        {"order", field::OrderId}, {"master_id", QString()}, {"customer", field::CustomerId},
        {"day", field::Date},      {"cds", field::Quantity}, {"dollars", field::LineTotal},
        {"item", field::Sku}};
    int index = 0;
    for (const auto &[column, fieldKey] : columns)
        profile.columns.append({QLatin1String(column), index++, fieldKey});
    QVERIFY2(profile.missingRequiredFields().isEmpty(),
             qPrintable(profile.missingRequiredFields().join(u',')));

    const QString workspacePath = m_dir.filePath(QStringLiteral("cdnow.storelens"));
    QVERIFY(Workspace::open(workspacePath).ok());
    const Result<ImportReport> report = Importer::run(workspacePath, csvPath, profile);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rowsRead, qint64(6919));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->firstDate, QDate(1997, 1, 1));
    QCOMPARE(report->lastDate, QDate(1998, 6, 30));

    const Result<SnapshotPtr> snapshot = loadSnapshot(workspacePath);
    QVERIFY(snapshot.ok());
    m_snapshot = snapshot.value();
    QCOMPARE(m_snapshot->customers.size(), size_t(2357));

    WorkspaceClvRequest request;
    request.calibrationEnd = QDate(1997, 9, 30); // weeks 1-39: T of a 1997-01-01 customer is 272 / 7 = 38.86
    const Result<WorkspaceClv> clv = computeWorkspaceClv(*m_snapshot, request);
    QVERIFY(clv.ok());
    QCOMPARE(clv->status, ClvStatus::Ok);
    m_clv = clv.value();
}

// Every customer's x and t_x as published, T to the file's two places, zbar (the mean value of the repeat
// purchase days) within a cent: the importer keeps the dollars (a line total over several CDs becomes a unit
// price to four places, so a total can move by a hundredth of a cent).
void TestCdnowImport::summaryMatchesThePublishedOne()
{
    const std::vector<RfmSummaryRow> published =
        cdnow::summary("cdnow_customers_summary_with_transactions.csv");
    QCOMPARE(published.size(), size_t(2357));
    QCOMPARE(m_clv.summary.size(), size_t(2357));
    QHash<int, const RfmSummaryRow *> byId;
    for (const RfmSummaryRow &row : m_clv.summary)
        byId.insert(row.customerId.toInt(), &row);
    int repeatBuyers = 0;
    for (const RfmSummaryRow &expected : published) {
        const RfmSummaryRow *row = byId.value(expected.customerId.toInt());
        QVERIFY2(row, qPrintable(expected.customerId));
        QCOMPARE(row->x, expected.x);
        COMPARE_NEAR(row->tx, expected.tx, 0.005);
        COMPARE_NEAR(row->T, expected.T, 0.005);
        COMPARE_NEAR(row->monetary, expected.monetary, 0.01);
        repeatBuyers += row->x > 0 ? 1 : 0;
    }
    QCOMPARE(repeatBuyers, 946);
}

void TestCdnowImport::publishedParameters()
{
    const BgNbdParameters &p = m_clv.result.bgNbd.parameters;
    COMPARE_NEAR(p.r / 0.2426, 1.0, 1e-3);
    COMPARE_NEAR(p.alpha / 4.4136, 1.0, 1e-3);
    COMPARE_NEAR(p.a / 0.7929, 1.0, 1e-3);
    COMPARE_NEAR(p.b / 2.4259, 1.0, 1e-3);
    COMPARE_NEAR(m_clv.result.bgNbd.diagnostics.logLikelihood, -9582.43, 0.01);
    QVERIFY(m_clv.result.bgNbd.diagnostics.converged);
    const GammaGammaParameters &g = m_clv.result.gammaGamma.parameters;
    COMPARE_NEAR(g.p, 6.25, 0.01);
    COMPARE_NEAR(g.q, 3.74, 0.01);
    COMPARE_NEAR(g.gamma, 15.44, 0.01);
    COMPARE_NEAR(m_clv.result.gammaGamma.diagnostics.logLikelihood, -4055.92, 0.01);
    QVERIFY(m_clv.result.gammaGamma.diagnostics.converged);
    // The published conditional expected spend of customers 1, 2 and 3.
    const GammaGammaModel spend(g);
    const double expected[] = {24.66, 18.91, 35.17};
    for (int id = 1; id <= 3; ++id) {
        const CustomerClv *c = m_clv.find(QStringLiteral("%1").arg(id, 4, 10, QLatin1Char('0')));
        QVERIFY(c);
        COMPARE_NEAR(c->expectedAverageSpend, expected[id - 1], 0.01);
    }
}

QTEST_GUILESS_MAIN(TestCdnowImport)
#include "tst_cdnowimport.moc"
