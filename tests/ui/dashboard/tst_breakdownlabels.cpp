// How the Overview's bar charts and the PDF name a breakdown's rows (trial 15): a product by its name, not
// "SQ0030016 Filt…e Schauinsland" (the SKU first, cut in the middle), its SKU in the tooltip; two products of
// one name apart by their SKUs; a country in the user's language and "Unknown country" for lines without one,
// other missing values "(none)".
#include "ui/dashboard/BreakdownLabels.h"

#include <QTest>

using namespace storelens;
using core::analytics::Breakdown;
using core::analytics::BreakdownDimension;
using core::analytics::BreakdownRow;

namespace {

BreakdownRow product(int index, const QString &sku, const QString &name)
{
    BreakdownRow row;
    row.index = index;
    row.sku = sku;
    row.name = name;
    row.label = name.isEmpty() ? sku : sku + QLatin1Char(' ') + name;
    return row;
}

BreakdownRow member(int index, const QString &label)
{
    BreakdownRow row;
    row.index = index;
    row.label = label;
    return row;
}

} // namespace

class TestBreakdownLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productsByName();
    void countriesInTheLanguage();
    void noneOfOtherDimensions();
    void rowsLeftOutAreSaid();
};

void TestBreakdownLabels::productsByName()
{
    Breakdown b;
    b.dimension = BreakdownDimension::Product;
    b.rows = {product(0, QStringLiteral("SQ0030016"), QStringLiteral("Filterkaffee Schauinsland")),
              product(1, QStringLiteral("SQ1021555"), QStringLiteral("Gutschein")),
              product(2, QStringLiteral("ESPRESSO"), QString()), // a till without SKUs: the name is the SKU
              product(3, QStringLiteral("SQ1021999"), QStringLiteral("Gutschein")),
              product(4, QStringLiteral("SQ7673338"), QStringLiteral("Kaffee-Abo 3 Monate"))};
    const ui::BreakdownChartLabels labels = ui::breakdownChartLabels(b, 4);
    QCOMPARE(labels.names, (QStringList{QStringLiteral("Filterkaffee Schauinsland"),
                                        QStringLiteral("Gutschein (SQ1021555)"), QStringLiteral("ESPRESSO"),
                                        QStringLiteral("Gutschein (SQ1021999)")}));
    QCOMPARE(labels.toolTips,
             (QStringList{QStringLiteral("Filterkaffee Schauinsland (SQ0030016)"),
                          QStringLiteral("Gutschein (SQ1021555)"), QStringLiteral("ESPRESSO"),
                          QStringLiteral("Gutschein (SQ1021999)")}));
}

void TestBreakdownLabels::countriesInTheLanguage()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Breakdown b;
    b.dimension = BreakdownDimension::Country;
    b.rows = {member(0, QStringLiteral("DE")), member(-1, QString()), member(1, QStringLiteral("Kosovo"))};
    const ui::BreakdownChartLabels labels = ui::breakdownChartLabels(b, 12);
    QLocale::setDefault(QLocale::c());
    // No French translation is installed here: the unknown country in English, the names from the table.
    QCOMPARE(labels.names, (QStringList{QStringLiteral("Allemagne"), QStringLiteral("Unknown country"),
                                        QStringLiteral("Kosovo")}));
    QCOMPARE(labels.toolTips, labels.names);
}

void TestBreakdownLabels::noneOfOtherDimensions()
{
    QCOMPARE(ui::breakdownMemberName(BreakdownDimension::Category, member(-1, QString())),
             QStringLiteral("(none)"));
    QCOMPARE(ui::breakdownMemberName(BreakdownDimension::Category, member(0, QStringLiteral("Kaffee"))),
             QStringLiteral("Kaffee"));
    QCOMPARE(ui::breakdownMemberName(BreakdownDimension::Channel, member(0, QStringLiteral("In store"))),
             QStringLiteral("In store"));
}

// Trial 22b: thirteen categories showed twelve bars, and the gift cards' £50 were left out without a word.
void TestBreakdownLabels::rowsLeftOutAreSaid()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Breakdown b;
    b.dimension = BreakdownDimension::Category;
    for (int i = 0; i < 14; ++i) {
        BreakdownRow row = member(i, QStringLiteral("Category %1").arg(i));
        row.netSales = storelens::core::Money::fromUnits(i == 12 ? 500000 : i == 13 ? 255000 : 1000000);
        b.rows.push_back(row);
    }
    QCOMPARE(ui::breakdownRestNote(b, 12),
             QStringLiteral("The 12 largest are shown; 2 more with 75.50 of net sales."));
    QCOMPARE(ui::breakdownRestNote(b, 14), QString());
    b.rows.resize(3);
    QCOMPARE(ui::breakdownRestNote(b, 12), QString());
}

QTEST_GUILESS_MAIN(TestBreakdownLabels)
#include "tst_breakdownlabels.moc"
