#include "ui/dashboard/TileChoice.h"
#include "ui/dashboard/TileSettingsDialog.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace storelens;
using core::analytics::KpiId;

class TestTileSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsEveryKpiChosenFirst();
    void reordersAndChecks();
    void targetsInDisplayUnits();
    void resetRestoresDefaults();
};

void TestTileSettingsDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTileSettingsDialog::listsEveryKpiChosenFirst()
{
    ui::TileSettingsDialog dialog({KpiId::Orders, KpiId::NetSales}, {});
    QCOMPARE(dialog.table()->rowCount(), core::analytics::kKpiCount);
    QCOMPARE(dialog.table()->item(0, 0)->text(), core::analytics::kpiLabel(KpiId::Orders));
    QCOMPARE(dialog.table()->item(1, 0)->text(), core::analytics::kpiLabel(KpiId::NetSales));
    const std::vector<KpiId> expected = {KpiId::Orders, KpiId::NetSales};
    QCOMPARE(dialog.tiles(), expected);
}

void TestTileSettingsDialog::reordersAndChecks()
{
    ui::TileSettingsDialog dialog({KpiId::Orders, KpiId::NetSales}, {});
    dialog.table()->setCurrentCell(1, 0);
    dialog.moveCurrent(-1);
    dialog.moveCurrent(-1);                                 // already at the top: stays
    dialog.table()->item(2, 0)->setCheckState(Qt::Checked); // the first unchosen KPI in enum order
    const std::vector<KpiId> expected = {KpiId::NetSales, KpiId::Orders, KpiId::GrossSales};
    QCOMPARE(dialog.tiles(), expected);
}

void TestTileSettingsDialog::targetsInDisplayUnits()
{
    ui::TileSettingsDialog dialog({KpiId::NetSales, KpiId::ReturnRate},
                                  {{QStringLiteral("return_rate"), 0.04}});
    // Ratios are shown and typed as percentages and kept as fractions.
    QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("4"));
    dialog.table()->item(0, 1)->setText(QStringLiteral("250,000.5"));
    dialog.table()->item(1, 1)->setText(QStringLiteral("3.5 %"));
    const auto targets = dialog.targets();
    QCOMPARE(targets.size(), size_t(2));
    QCOMPARE(targets.at(QStringLiteral("net_sales")), 250000.5);
    QCOMPARE(targets.at(QStringLiteral("return_rate")), 0.035);
    dialog.table()->item(0, 1)->setText(QStringLiteral("lots"));
    QCOMPARE(dialog.targets().count(QStringLiteral("net_sales")), size_t(0));
    bool okEnabled = true;
    for (auto *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("OK") || button->text() == QStringLiteral("&OK"))
            okEnabled = button->isEnabled();
    }
    QCOMPARE(okEnabled, false);
}

void TestTileSettingsDialog::resetRestoresDefaults()
{
    ui::TileSettingsDialog dialog({KpiId::Orders}, {});
    dialog.findChild<QPushButton *>(QStringLiteral("resetTiles"))->click();
    QCOMPARE(dialog.tiles(), ui::defaultTileChoice());
}

QTEST_MAIN(TestTileSettingsDialog)
#include "tst_tilesettingsdialog.moc"
