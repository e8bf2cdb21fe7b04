// PrestaShop's orders list export (issue 18's seventh trial, a French delicatessen): the wizard left ID, the
// delivery country and the state unmapped, took "A. Fabre" for a customer number, and counted cancelled,
// refunded and unpaid orders as sales, because it knew no French state.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"
#include "core/import/OrderStatus.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// prestashop_orders_fr.csv, by hand:
//   1001 Paiement accepté 25.10, 1002 Expédié 49.38, 1003 Livré 1 054.77: sales;
//   1004 Annulé 47.30, 1005 Remboursé 31.87: each a sale and a return;
//   1006 En attente de paiement par virement bancaire 12.00, 1007 Erreur de paiement 8.00: never paid, left
//   out.
// Gross 25.10 + 49.38 + 1 054.77 + 47.30 + 31.87 = 1 208.42; returns 47.30 + 31.87 = 79.17; net 1 129.25;
// 5 orders; no customer (initial and surname are no key): every order is a guest's.
const QString File = QStringLiteral("prestashop_orders_fr.csv");

} // namespace

class TestPrestaShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognised_data();
    void recognised();
    void englishBackOffice();
    void statesInTheBackOfficesLanguage_data();
    void statesInTheBackOfficesLanguage();
    void importsWhatWasPaid();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestPrestaShop::recognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order number") << field::OrderId << "ID";
    QTest::newRow("date") << field::Date << "Date";
    QTest::newRow("the order's total") << field::LineTotal << "Total";
    QTest::newRow("state") << field::Status << "État";
    QTest::newRow("delivery country") << field::Country << "Livraison";
    QTest::newRow("the customer's name") << field::CustomerName << "Client";
    QTest::newRow("no customer key") << field::CustomerId << "";
    QTest::newRow("the order reference is no SKU") << field::Sku << "";
}

void TestPrestaShop::recognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(File));
    QVERIFY(preview.ok());
    QVERIFY(isPrestaShopOrdersExport(preview->header));
    const EntityGuess guess = detectEntity(preview.value());
    QCOMPARE(guess.entity, Entity::Orders);
    QVERIFY(guess.clear);
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("PrestaShop orders|PrestaShop|Online"));
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestPrestaShop::englishBackOffice()
{
    const QStringList header =
        QStringLiteral("ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date")
            .split(QLatin1Char(';'));
    QVERIFY(isPrestaShopOrdersExport(header));
    QVERIFY(
        !isPrestaShopOrdersExport(QStringLiteral("ID;Customer;Total;Status;Date").split(QLatin1Char(';'))));
}

void TestPrestaShop::statesInTheBackOfficesLanguage_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("kind");
    QTest::newRow("livré") << "Livré" << int(OrderStatusKind::Sale);
    QTest::newRow("paiement accepté") << "Paiement accepté" << int(OrderStatusKind::Sale);
    QTest::newRow("virement") << "En attente de paiement par virement bancaire"
                              << int(OrderStatusKind::NotSold);
    QTest::newRow("erreur") << "Erreur de paiement" << int(OrderStatusKind::NotSold);
    QTest::newRow("capital É") << "Échouée" << int(OrderStatusKind::NotSold);
    QTest::newRow("payment error") << "Payment error" << int(OrderStatusKind::NotSold);
    QTest::newRow("entregado") << "Entregado" << int(OrderStatusKind::Sale);
    QTest::newRow("SumUp's sale") << "Vente" << int(OrderStatusKind::Sale);
    QTest::newRow("unknown") << "Irgendwas" << int(OrderStatusKind::Unknown);
}

void TestPrestaShop::statesInTheBackOfficesLanguage()
{
    QFETCH(QString, state);
    QFETCH(int, kind);
    QCOMPARE(int(orderStatusKind(state.toUtf8())), kind);
}

void TestPrestaShop::importsWhatWasPaid()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(File));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(12084200));
    QCOMPARE(s.returns.units(), qint64(791700));
    QCOMPARE(s.netSales.units(), qint64(11292500));
    QCOMPARE(s.orders, qint64(5));
    QCOMPARE(s.buyingCustomers, qint64(0));
    QCOMPARE(s.channels, qint64(1));
    QCOMPARE(report->quality.notSoldLines(), qint64(2));
    QVERIFY(report->quality.unknownStatuses.isEmpty());
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines WHERE customer_id IS NOT NULL")),
             qint64(0));
    const QString said = report->quality.sentences().join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QStringLiteral("\"Client\" names customers by an initial and a surname")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("\"Total\" is each order's total with tax and shipping")),
             qPrintable(said));
}

QTEST_GUILESS_MAIN(TestPrestaShop)
#include "tst_prestashop.moc"
