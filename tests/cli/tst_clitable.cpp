#include "cli/CliTable.h"

#include <QTest>

using storelens::cli::CliTable;

// The terminal tables of `storelens kpi`, `segments`, `explain` and `clv` (issue 18's German trial: fixed
// widths of 32 and 16 let a long German label push every later column out of line).
class TestCliTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsLineUpWhateverTheTextLength();
    void trailingTextIsNotMeasured();
};

namespace {

QStringList printed(const CliTable &table)
{
    QString text;
    QTextStream out(&text);
    table.print(out);
    out.flush();
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

void TestCliTable::columnsLineUpWhateverTheTextLength()
{
    CliTable table({{QStringLiteral("Kennzahl"), CliTable::Align::Left},
                    {QStringLiteral("Wert")},
                    {QStringLiteral("Vergleichszeitraum")}});
    table.addRow({QStringLiteral("Durchschnittlicher Bestellwert nach Rabatten"), QStringLiteral("52,88 €"),
                  QStringLiteral("1")});
    table.addRow({QStringLiteral("Umsatz"), QStringLiteral("7.233.026,18 €"), QStringLiteral("12,5 %")});
    const QStringList lines = printed(table);
    QCOMPARE(lines.size(), 3);
    // Right-aligned columns end at the same place on every line, the header's included.
    for (const QString &line : lines)
        QCOMPARE(line.size(), lines.front().size());
    QVERIFY(lines[0].endsWith(QStringLiteral("Vergleichszeitraum")));
    QVERIFY(lines[2].endsWith(QStringLiteral("12,5 %")));
    // The second column ends where the widest value does, two spaces after the widest label.
    const qsizetype valueEnd = lines[2].indexOf(QStringLiteral("€")) + 1;
    QCOMPARE(lines[1].indexOf(QStringLiteral("€")) + 1, valueEnd);
    QCOMPARE(valueEnd, qsizetype(QStringLiteral("Durchschnittlicher Bestellwert nach Rabatten").size() + 2 +
                                 QStringLiteral("7.233.026,18 €").size()));
}

void TestCliTable::trailingTextIsNotMeasured()
{
    CliTable table({{QStringLiteral("KPI"), CliTable::Align::Left}, {QStringLiteral("Value")}});
    table.addRow({QStringLiteral("Net sales"), QStringLiteral("-")},
                 QStringLiteral("No orders in the period."));
    table.addRow({QStringLiteral("Orders"), QStringLiteral("12")});
    const QStringList lines = printed(table);
    QCOMPARE(lines[1], QStringLiteral("Net sales      -  No orders in the period."));
    QCOMPARE(lines[2], QStringLiteral("Orders        12"));
    QCOMPARE(lines[0], QStringLiteral("KPI        Value"));
}

QTEST_GUILESS_MAIN(TestCliTable)
#include "tst_clitable.moc"
