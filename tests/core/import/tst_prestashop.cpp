// PrestaShop's orders list export (issue 18's seventh trial, a French delicatessen): the wizard left ID, the
// delivery country and the state unmapped, took "A. Fabre" for a customer number, and counted cancelled,
// refunded and unpaid orders as sales, because it knew no French state.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/CustomerMatch.h"
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

// prestashop_customers_fr.csv (trial 12b), by hand: five customers 521-517, Thomas Perrin
// (thomas.perrin@orange.fr, Newsletter 1), Sophie Gaillard (0), Stéphane Marchand (0), Marie Benoît (1),
// Théo Martin (0); Ventes "433,87 €", "--", "236,00 €", "93,54 €", "--": decimal commas.
const QString CustomersFile = QStringLiteral("prestashop_customers_fr.csv");

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
    void customersExportRecognised_data();
    void customersExportRecognised();
    void customersExportInAnyBackOfficeLanguage();
    void customersExportImportsNamesEmailsAndConsent();

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

void TestPrestaShop::customersExportRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("customer number") << field::CustomerId << "ID";
    QTest::newRow("e-mail") << QStringLiteral("email") << "Adresse e-mail";
    QTest::newRow("newsletter is the e-mail consent") << QStringLiteral("consent_email") << "Newsletter";
    QTest::newRow("no gender from the title") << QStringLiteral("gender") << "";
}

// Trial 12b: only ID and Newsletter were proposed; Prénom, Nom and the e-mail stayed on Ignore, the decimal
// separator was guessed as a point for "433,87 €" and the profile was named after its first columns.
void TestPrestaShop::customersExportRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(CustomersFile));
    QVERIFY(preview.ok());
    QVERIFY(isPrestaShopCustomersExport(preview->header));
    QVERIFY(!isPrestaShopOrdersExport(preview->header));
    QCOMPARE(detectEntity(preview.value()).entity, Entity::Customers);
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.entity, Entity::Customers);
    QCOMPARE(p.columnFor(field), column);
    QStringList names;
    for (const ColumnMapping &c : p.columns) {
        if (c.field == QLatin1String("name"))
            names << c.column;
    }
    QCOMPARE(names, QStringList({QStringLiteral("Prénom"), QStringLiteral("Nom")}));
    QCOMPARE(p.decimalSeparator, ',');
    QVERIFY(!p.decimalSeparatorOpen);
    QCOMPARE(p.name + QLatin1Char('|') + p.source, QStringLiteral("PrestaShop customers|PrestaShop"));
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestPrestaShop::customersExportInAnyBackOfficeLanguage()
{
    QVERIFY(isPrestaShopCustomersExport(
        QStringLiteral("ID;Social title;First name;Last name;Email address;Sales;Enabled;Newsletter;Partner "
                       "offers;Registration;Last visit")
            .split(QLatin1Char(';'))));
    QVERIFY(isPrestaShopCustomersExport(
        QStringLiteral("ID;Anrede;Vorname;Nachname;E-Mail-Adresse;Verkäufe;Aktiviert;Newsletter;"
                       "Partnerangebote;Registrierung;Letzter Besuch")
            .split(QLatin1Char(';'))));
    // A customer list of another system with a newsletter column is not PrestaShop's.
    QVERIFY(!isPrestaShopCustomersExport(
        QStringLiteral("Customer ID;First Name;Last Name;Email;Accepts Email Marketing;Total Spent")
            .split(QLatin1Char(';'))));
}

void TestPrestaShop::customersExportImportsNamesEmailsAndConsent()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(File)).ok()); // guest orders only
    auto report = importWithSuggestion(ws, importFixture(CustomersFile));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    // The orders name no customer: the import says these 5 link to nothing (trial 12b said only "521 new").
    QCOMPARE(customerMatchSentence(report->customerMatch),
             QStringLiteral("No imported order names a customer (they are guest sales), so none of the 5 "
                            "customers in this file links to an order, and customer figures and segments "
                            "leave them out. They link when an order export names each order's customer by "
                            "this file's id or e-mail address."));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")), qint64(5));
    // The first name first, then the surname, as the file's columns run.
    QCOMPARE(storelens::test::text(ws, QStringLiteral("SELECT name || '|' || email FROM customers WHERE "
                                                      "external_id = '518'")),
             QStringLiteral("Marie Benoît|marie.benoit@laposte.net"));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE consent_email = 1")), qint64(2));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE consent_email = 0")), qint64(3));
}

QTEST_GUILESS_MAIN(TestPrestaShop)
#include "tst_prestashop.moc"
