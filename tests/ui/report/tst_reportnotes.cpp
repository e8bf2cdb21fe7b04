// The report's notes say each thing once, and a figure that cannot tell yet is no headline (trial 25b).
// The workspace: the Oxatis-style web shop export (tests/data/import/oxatis_commandes_fr.csv, prices with
// VAT, orders from 1 to 9 August 2026). The report covers 5-9 August against the five days before.

#include "ReportTestSupport.h"
#include "common/ImportFiles.h"
#include "core/analytics/kpi/KpiCatalog.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/model/EnglishPlurals.h"
#include "core/store/Workspace.h"
#include "ui/report/ReportOptions.h"
#include "ui/report/ReportWriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;
using core::analytics::KpiId;

class TestReportNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void vatNoteSaidOnce();
    void retentionTooEarlyIsNoHeadline();
    void rateChangesInPointsOnly();

private:
    QTemporaryDir m_dir;
    QString m_text; // the report's text (pdftotext -layout)
};

void TestReportNotes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!reporttest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils (pdftotext) is not installed; scripts/setup.sh installs it.");
    core::installEnglishPlurals();
    const QString ws = m_dir.filePath(QStringLiteral("webshop.storelens"));
    const QString file = test::importFixture("oxatis_commandes_fr.csv");
    auto preview = core::previewFile(file);
    QVERIFY(preview.ok());
    QVERIFY(core::Workspace::open(ws, true).ok());
    const auto imported = core::Importer::run(ws, file, core::suggestProfile(preview.value()));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    ui::ReportOptions o;
    o.workspacePath = ws;
    o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    o.query.period = core::analytics::Period{QDate(2026, 8, 5), QDate(2026, 8, 9)};
    o.query.comparison = core::analytics::Comparison::PreviousPeriod;
    o.sections = ui::ReportSection::Kpis;
    const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
    const auto written = ui::writeReport(o, pdf, ui::TaskControl{});
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    m_text = reporttest::pdfText(pdf);
    QVERIFY(!m_text.isEmpty());
}

// The VAT note on the title page, and not again under gross sales, net sales and the average order value.
void TestReportNotes::vatNoteSaidOnce()
{
    const QString note =
        QStringLiteral("The prices of \"Web shop\" include VAT: its gross and net sales include the VAT.");
    QCOMPARE(m_text.simplified().count(note), 1);
}

// The look-back window of 5 August holds 4 days of data (1-4 August) of its 365: retention and churn say
// "too early" where a change would stand, and why, instead of "n/a".
void TestReportNotes::retentionTooEarlyIsNoHeadline()
{
    const QString kpis = m_text.mid(m_text.indexOf(QStringLiteral("Change % is (value")));
    for (KpiId id : {KpiId::RetentionRate, KpiId::ChurnRate}) {
        const QRegularExpression row(QStringLiteral("^\\s*") +
                                         QRegularExpression::escape(core::analytics::kpiLabel(id)) +
                                         QStringLiteral("\\s{2,}(\\S.*)$"),
                                     QRegularExpression::MultilineOption);
        const QString cells = row.match(kpis).captured(1);
        QVERIFY2(cells.count(QStringLiteral("too early")) == 2 && !cells.contains(QStringLiteral("n/a")),
                 qPrintable(cells));
    }
    QCOMPARE(m_text.simplified().count(
                 QStringLiteral("too early: a customer counts as lost after 365 days without buying, and the "
                                "data before the period covers only 4 of those days")),
             1);
}

// A rate's change is in points only: its Change % stays empty (trial 25c: the return rate "+3,075.1 %").
void TestReportNotes::rateChangesInPointsOnly()
{
    const QString kpis = m_text.mid(m_text.indexOf(QStringLiteral("Change % is (value")));
    const QRegularExpression row(
        QStringLiteral("^\\s*") + QRegularExpression::escape(core::analytics::kpiLabel(KpiId::ReturnRate)) +
            QStringLiteral("\\s{2,}(\\S.*)$"),
        QRegularExpression::MultilineOption);
    const QString cells = row.match(kpis).captured(1).trimmed();
    QVERIFY2(cells.endsWith(QStringLiteral("–")) && !cells.contains(QStringLiteral("%)")), qPrintable(cells));
    QVERIFY(m_text.simplified().contains(QStringLiteral("A rate's change is in percentage points (pp).")));
}

QTEST_MAIN(TestReportNotes)
#include "tst_reportnotes.moc"
