#include "core/import/FieldCatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace storelens::core {

namespace {

QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

FieldSpec spec(const QString &key, FieldType type, bool required, const char *label, const char *synonyms)
{
    return FieldSpec{key, type, required, label, words(synonyms)};
}

// Synonyms cover the exports store managers have: Shopify and WooCommerce order exports, Square item sales,
// Lightspeed sales lines, line-level ERP exports (InvoiceNo, StockCode, ...), plain POS files and German
// tills (Bon-Nr., Kunden-Nr., Artikelnummer, Warengruppe, Rabatt, Gesamtbetrag, Filiale), Spanish exports
// (Fecha, Cantidad, Categoría, Tienda, Descuentos, Ventas brutas: accents are kept, as normaliseHeader()
// keeps them, and the plain spelling is listed beside them; a Spanish till's abbreviations too: Ágora's
// Precio, Local and Dto., the discount in money, whose rate "% Dto." normalises alike and is left out by
// preferMoneyDiscount()), French tills (Numéro de reçu, N° ticket, Heure, Référence, Produit, Quantité, Prix
// unitaire TTC, Remise, Total TTC, Catégorie, E-mail client, Téléphone client; a till's register, Caisse,
// Kasse or Caja, is no store and stays unmapped, as Ágora's TPV does)
// and Wix's orders export (Contact email, Payment status, Delivery country); Italian tills and shops (trial
// 23it: Cassa in Cloud's Data, Ora, Punto vendita, Numero documento, Codice cliente, Codice articolo,
// Descrizione, Reparto, Quantità, Prezzo unitario, Sconto and its rate "Sconto %", Totale, Stato riga;
// Storeden's Numero ordine, Stato pagamento, Nazione, Prodotto; a till's Cassa is its register again, and
// Imponibile, Imposta and Aliquota IVA are tax, not sales, and stay unmapped); Toast's Item Selection Details
// (trial 23us: Menu Item, Menu Group, Customer beside Customer Id; ExportStylesToast.h reads Gross Price);
// Dutch tills and web shops (trial 24nl: Bonnummer, Datum, Tijd, Filiaal, Klantnummer, Klantnaam,
// Omschrijving, Omzetgroep, Aantal, Prijs, Korting, Totaal, Regelstatus; CCV Shop's Ordernummer, Besteldatum,
// E-mailadres, Artikelcode, Productnaam, Stukprijs, Land; a till's Kassa is its register, and "BTW %" and
// "BTW bedrag" are tax, both unmapped), a French web shop's plainest names (trial 24fr: N° commande, Date
// commande, Code produit), and Swedish tills and web shops with the Danish and Norwegian words where they
// differ (trial 25se: a Sitoo-style till's Kvittonummer, Tid, Butik, Kundnummer, Kundnamn, E-post, Artikel,
// Varugrupp, Antal, Pris, Belopp inkl. moms, Radstatus; Abicart's Ordernummer, Orderdatum, Artikelnamn,
// Styckpris, Radsumma; a till's Kassa is its register, and Moms and Momssats are tax, all unmapped;
// Kvittotyp, Försäljning or Retur, is left unread as the negative Antal of a return says it).
QList<FieldSpec> orderFields()
{
    return {
        spec(
            field::OrderId, FieldType::Id, true,
            QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Order ID"),
            "orderid invoiceno invoice invoicenumber invoiceid ordernumber orderno order transactionid saleid"
            " receiptid receiptno receiptnumber receipt ticketno ticket documentno billno transaction sale "
            "name beleg belegnr belegnummer bonnr rechnungsnr rechnungsnummer numérodereçu numeroderecu "
            "numérodecommande "
            "numerodecommande numéroduticket numeroduticket númerodeorden numerodeorden númerodepedido "
            "numerodepedido númerodopedido numerodopedido nticket ndeticket nºticket nºdeticket "
            "numérodeticket "
            "numerodeticket númerodeticket bonnummer númeroderecibo numeroderecibo numfactura númfactura"
            " númerodefactura numerodefactura nºfactura nºdefactura nfactura ndefactura factura nvente"
            " nºvente ndevente nºdevente numérodevente numerodevente référencecommande referencecommande"
            " référencedecommande referencedecommande bestellnummer bestellnr auftragsnummer auftragsnr"
            " number numerodocumento numerodoc ndocumento nºdocumento numeroscontrino nscontrino"
            " numeroordine nordine nºordine idordine numerofattura nfattura ncommande nºcommande ordernummer"
            " ordernr bestelnummer kvittonummer kvittonr kvitto kvittoid kvitteringsnummer kvitteringsnr"
            " ordrenummer ordrenr fakturanummer fakturanr"),
        // No synonyms: suggestOrderSeries() maps it only beside an order number (OrderSeries.h).
        spec(field::OrderSeries, FieldType::Id, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog",
                               "Order ID series (joined with the order ID: T1 + 5 = T1/5)"),
             ""),
        spec(field::Date, FieldType::DateTime, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Order date"),
             "businessday fechadenegocio geschäftstag geschaftstag invoicedate orderdate date createdat "
             "saledate transactiondate datetime timestamp paidat"
             " completedat purchasedate dateofpurchase salesdate day datum belegdatum fecha fechadepago"
             " datedecommande datedelacommande datedevente"
             " datadepagamento bestelldatum auftragsdatum kaufdatum rechnungsdatum data dataordine"
             " datadocumento datavendita datecommande besteldatum orderdatum dato ordredato köpdatum"
             " kopdatum fakturadatum fakturadato"),
        spec(field::Time, FieldType::Time, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Time of day"),
             "time ordertime saletime uhrzeit zeit heure hora ora orario tijd tid klockslag klokkeslæt"
             " klokkeslett"),
        spec(field::CustomerId, FieldType::Id, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Customer ID"),
             "customerid customer customerno customernumber customeruserid clientid nclient nºclient"
             " numéroclient numeroclient numérodeclient numerodeclient codeclient client memberid loyaltyid"
             " customerreferenceid email billingemail customeremail kundennr kundennummer kunde kundenid"
             " buyeruserid buyer customercode kundencode codigocliente códigocliente codigodecliente"
             " códigodecliente codicecliente idcliente numerocliente codcliente klantnummer klantnr"
             " kundnummer kundnr kundid kundenummer kundenr"),
        // The customer's name, e-mail address and marketing consent, as the order gives them. Without a
        // customer id column the e-mail address is the customer's key (RecordConverter).
        spec(field::CustomerName, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Customer name"),
             "billingname customername customerfullname kundenname nombredelcliente nomduclient"
             " nombredelcomprador nomedocomprador nomedocliente nombredelcontacto nomclient client cliente"
             " nomecliente nominativo customer klantnaam kundnamn kundenavn"),
        spec(field::CustomerEmail, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Customer email"),
             "email billingemail customeremail emailaddress kundenemail correoelectrónico correoelectronico"
             " contactemail emailduclient courriel emailclient emailcliente emailkunde"
             " correoelectrónicodelcliente correoelectronicodelcliente emaildelcliente correodelcliente"
             " buyeremail buyeremailaddress emailadresse indirizzoemail emailcliente emailadres epost"
             " epostadress epostadresse"),
        // A till keeps a phone number where the web shop has an address (trial 16: Ágora's Teléfono), so a
        // person can be found by it (EmailKeyMatch.h). Not a recipient's or a shipping phone.
        spec(field::CustomerPhone, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Customer phone"),
             "phone telephone phonenumber telephonenumber mobile mobilephone mobilenumber cellphone"
             " customerphone billingphone contactphone tel teléfono telefono teléfonodelcliente móvil movil"
             " celular telefone telefon telefonnummer handy handynummer téléphone portable téléphoneclient"
             " telephoneclient teléfonocliente telefonocliente telefonkunde buyerphone buyerphonenumber"
             " cellulare telefoon telefoonnummer mobiel mobil mobilnummer mobiltelefon"),
        spec(field::ConsentEmail, FieldType::Bool, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Email marketing consent"),
             "acceptsmarketing acceptsemailmarketing emailconsent emailoptin marketingconsent newsletter"
             " buyeroptedintomarketing optedintomarketing newsletteroptin newsletteranmeldung"
             " newsletterabonniert marketingoptin nieuwsbrief nyhetsbrev nyhedsbrev"),
        spec(field::Sku, FieldType::Id, true, QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "SKU"),
             "stockcode sku lineitemsku itemcode productcode productid articleno article barcode upc ean "
             "itemid"
             " itemnumber customsku systemid partno artikelnr artikelnummer artnr référence réf codebarre"
             " codebarres codesbarres référenceproduit referenceproduit codicearticolo codiceprodotto"
             " codice codiceabarre codicebarre codeproduit artikelcode varenummer varenr streckkod"
             " stregkode strekkode"),
        spec(
            field::ProductName, FieldType::Text, false,
            QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Product name"),
            "description lineitemname itemname productname item product title itemdescription artikel"
            " bezeichnung artikelbezeichnung artikelname produkt artículo articulo producto nombredelproducto"
            " nomedoproduto produit nomduproduit désignation libellé concepto descripción descripcion"
            " descrizione prodotto articolo nomeprodotto menuitem omschrijving productnaam artikelnaam"
            " artikelomschrijving artikelnamn produktnamn benämning benamning vare varenavn produktnavn"),
        spec(field::Category, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Category"),
             "category productcategory department productgroup itemcategory producttype warengruppe "
             "produktgruppe artikelgruppe "
             "kategorie categoría categoria catégorie reparto menugroup omzetgroep productgroep categorie "
             "varugrupp kategori produktgrupp artikelgrupp varegruppe"),
        spec(field::Quantity, FieldType::Quantity, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Quantity"),
             "quantity qty lineitemquantity units itemquantity itemcount menge anzahl cantidad quantité "
             "quantite"
             " qté cantidaddelproducto quantidadecomprada quantidade unidades quantità qtà qta aantal"
             " antal antall"),
        spec(field::UnitPrice, FieldType::Money, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Unit price"),
             "unitprice price lineitemprice itemprice priceperunit sellingprice saleprice retailprice "
             "itemcost preis einzelpreis einzelpreisbrutto bruttoeinzelpreis verkaufspreis prixunitaire"
             " preciodelproducto preçodoproduto precodoproduto preciounitario preçounitário precio"
             " prixunitairettc preciounidad prezzounitario prezzo prijs stukprijs verkoopprijs eenheidsprijs "
             "prijsperstuk pris styckpris àpris ápris apris stykpris stykkpris enhetspris enhedspris"
             " prisinklmoms"),
        spec(field::LineTotal, FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Line total (instead of unit price)"),
             "linetotal grosssales lineamount lineitemtotal extendedprice itemtotal linesubtotal subtotal "
             "total netsales sales gesamtbetrag gesamtpreis betrag umsatz gesamtbrutto bruttobetrag "
             "ventasbrutas totalttc montantttc totale totaleriga importo totaal regeltotaal bedrag "
             "beloppinklmoms belopp radsumma radbelopp summa totalt totalbelopp beløb beløbinklmoms beløp"
             " beløpinklmva"),
        spec(field::Discount, FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Line discount"),
             "discount lineitemdiscount discounts discountamount linediscount markdown rabatt rabattbetrag "
             "nachlass descuentos descuento remise dto remisettc sconto importosconto korting kortingsbedrag "
             "rabat rabattbelopp rabatbeløb rabattbeløp"),
        spec(field::DiscountRate, FieldType::Rate, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Line discount as a rate (0.2 = 20 %)"),
             "discountrate discountpercent discountpercentage discountpct rabattsatz rabattprozent"
             " percentualesconto scontopercentuale"),
        // Odoo's "Discount (%)": 20.00 is 20 % (MappingSuggester maps it from its values).
        spec(field::DiscountPercent, FieldType::Percent, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Line discount as a percentage (20 = 20 %)"),
             ""),
        spec(field::UnitCost, FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Unit cost"),
             "unitcost cost costprice avgcost averagecost purchaseprice"),
        // Order-level money, given once per order (Shopify writes it on the order's first line) or on each
        // of its rows (Ecwid's coupon_discount, trial 20). A coupon's or a cart's discount is the order's;
        // MappingSuggester makes one that varies along an order's rows the line discount (OrderSpread.h).
        spec(field::OrderDiscount, FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Order discount (for the whole order)"),
             "orderdiscount orderdiscountamount totaldiscounts discountamount valordodesconto coupondiscount"
             " coupondiscountamount couponamount couponvalue voucherdiscount voucheramount discounttotal"
             " totaldiscount cartdiscount cartdiscountamount ordercoupondiscount bestellrabatt"
             " warenkorbrabatt gutscheinrabatt remisecommande remisecommandettc remiseglobale "
             "descuentodelpedido"
             " descuentototal descuentocupón descuentocupon orderrabatt ordrerabat ordrerabatt"),
        // Never suggested: shipping is not sales (METRICS.md section 2: gross = Σ quantity × unit price), so
        // a web shop's Shipping column is left out and the summary names it (unmappedShippingColumn()). A
        // column the user maps to it on purpose is spread over its order's lines like an order discount.
        spec(field::Shipping, FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Shipping (for the whole order)"), ""),
        spec(field::Store, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Store"),
             "store shop location branch outlet storename site filiale standort pointofsale tienda local"
             " pointdevente magasin puntovendita puntodivendita negozio filiaal vestiging winkel butik butikk"
             " butiksnamn butiksnavn butikknavn"),
        spec(field::Channel, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Channel"),
             "channel saleschannel source ordersource canaldeventa canal kanal försäljningskanal salgskanal"),
        spec(field::Country, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Country"),
             "country billingcountry shippingcountry deliverycountry customercountry countrycode país pais"
             " pays paysdelivraison paysdefacturation lieferland rechnungsland nazione paese land"
             " leveransland leveringsland"),
        spec(field::Status, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Status (marks cancellations)"),
             "status financialstatus orderstatus paymentstatus eventtype transactiontype statut estadodelpago"
             " statusdopagamento estadodelaorden estadodelpedido statusdopedido estado statopagamento"
             " statoordine statoriga stato regelstatus bestelstatus radstatus ordrestatus linjestatus"),
        spec(field::RefundDate, FieldType::DateTime, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Refund date (of a cancelled order)"),
             "refunddate refundedat refunddatetime cancelledat canceledat cancellationdate"
             " fechayhoradecancelación fechayhoradecancelacion fechadecancelación fechadecancelacion"),
        // Order-level: the amount refunded on the order, once per order (METRICS.md section 1).
        spec(field::RefundAmount, FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Refund amount (for the whole order)"),
             "refundamount refundedamount amountrefunded totalrefunded"),
        // One cell that lists the order's items, each becoming a line (RecordConverterItems.cpp).
        spec(field::ProductDetails, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog",
                               "Product details (all of the order's items in one cell)"),
             "productdetails"),
        // No synonyms: Clover's style maps them (ExportStylesClover.h), a user by hand.
        spec(field::LineRefunded, FieldType::Bool, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog",
                               "Line refunded (yes: the line is a sale and a return)"),
             ""),
        spec(field::ServiceCharge, FieldType::Bool, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog",
                               "Service charge (yes: the line is no sale and is left out)"),
             ""),
        // Suggested only for a column of yes/no values (MappingSuggester.cpp), and only under a void's own
        // name: a German till's "Storniert" flag may sit on the negative storno receipt, which is no void of
        // the line it carries (a mapped one still leaves its line out).
        spec(field::Voided, FieldType::Bool, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog",
                               "Voided (yes: taken off before payment, no sale: left out)"),
             "void voided isvoid voideditem voidedline"),
        spec(field::LineId, FieldType::Id, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Line ID (the export's own id of a line)"),
             "lineid lineitemid orderlineid salelineid transactionlineid invoicelineid"),
    };
}

QList<FieldSpec> customerFields()
{
    return {
        spec(field::CustomerId, FieldType::Id, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Customer ID"),
             "customerid id customer customerno customernumber clientid memberid loyaltyid email"
             " buyeruserid buyer iddecliente"),
        spec(QStringLiteral("name"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Name"),
             "name customername fullname nombredelcliente nombre"),
        spec(QStringLiteral("email"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Email"),
             "email emailaddress correoelectrónico correoelectronico"),
        spec(QStringLiteral("phone"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Phone"),
             "phone telephone phonenumber telephonenumber mobile mobilephone mobilenumber cellphone"
             " defaultaddressphone tel teléfono telefono móvil movil celular telefone telefon telefonnummer"
             " handy téléphone portable"),
        spec(QStringLiteral("birth_date"), FieldType::Date, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Birth date"),
             "birthdate dateofbirth dob birthday"),
        spec(QStringLiteral("age_band"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Age band"), "ageband agegroup agerange"),
        spec(QStringLiteral("gender"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Gender"), "gender sex"),
        spec(QStringLiteral("city"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "City"), "city town defaultaddresscity"),
        spec(QStringLiteral("region"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Region"),
             "region state province county provincecode"),
        spec(field::Country, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Country"), "country countrycode país pais"),
        spec(QStringLiteral("postal_code"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Postal code"),
             "postalcode postcode zip zipcode"),
        spec(QStringLiteral("loyalty_tier"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Loyalty tier"),
             "loyaltytier tier memberlevel loyaltylevel"),
        spec(QStringLiteral("acquisition_channel"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Acquisition channel"),
             "acquisitionchannel signupsource source channel"),
        spec(QStringLiteral("consent_email"), FieldType::Bool, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Email marketing consent"),
             "consentemail emailconsent acceptsemailmarketing acceptsmarketing emailoptin newsletter "
             "marketingconsent"),
        spec(QStringLiteral("consent_sms"), FieldType::Bool, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "SMS marketing consent"),
             "consentsms smsconsent acceptssmsmarketing smsoptin"),
    };
}

QList<FieldSpec> productFields()
{
    return {
        spec(field::Sku, FieldType::Id, true, QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "SKU"),
             "sku stockcode itemcode productcode productid articleno barcode upc ean itemid variantsku "
             "productnumber"),
        spec(QStringLiteral("name"), FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Product name"),
             "name productname description title itemname item"),
        spec(field::Category, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Category"),
             "category productcategory department productgroup producttype type"),
        spec(QStringLiteral("cost"), FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Unit cost"),
             "cost unitcost costprice costperitem avgcost averagecost purchaseprice"),
        spec(QStringLiteral("price"), FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Price"),
             "price unitprice retailprice sellingprice variantprice pricegross"),
    };
}

QList<FieldSpec> inventoryFields()
{
    return {
        spec(field::Date, FieldType::Date, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Snapshot date"),
             "date snapshotdate asof day"),
        spec(field::Store, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Store"),
             "store shop location branch outlet"),
        spec(field::Sku, FieldType::Id, true, QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "SKU"),
             "sku stockcode itemcode productcode productid barcode"),
        spec(QStringLiteral("on_hand"), FieldType::Quantity, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "On hand"),
             "onhand stock quantity qty inventory stocklevel available"),
        spec(field::UnitCost, FieldType::Money, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Unit cost"),
             "unitcost cost costprice avgcost"),
    };
}

QList<FieldSpec> trafficFields()
{
    return {
        spec(field::Store, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Store"),
             "store shop location branch outlet"),
        spec(field::Date, FieldType::Date, true, QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Day"),
             "date day"),
        spec(QStringLiteral("visitors"), FieldType::Integer, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Visitors"),
             "visitors footfall traffic visits entries count"),
    };
}

QList<FieldSpec> staffingFields()
{
    return {
        spec(field::Store, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Store"),
             "store shop location branch outlet"),
        spec(QStringLiteral("month"), FieldType::Month, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Month"), "month period date"),
        spec(QStringLiteral("headcount"), FieldType::Quantity, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Headcount"),
             "headcount staff employees fte"),
    };
}

QList<FieldSpec> marketingFields()
{
    return {
        spec(field::Channel, FieldType::Text, false,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Channel"), "channel source medium"),
        spec(field::Date, FieldType::Month, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Day or month"), "date day month period"),
        spec(QStringLiteral("amount"), FieldType::Money, true,
             QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", "Amount spent"), "amount spend cost budget"),
    };
}

} // namespace

const QList<FieldSpec> &fieldsFor(Entity entity)
{
    static const QList<FieldSpec> lists[] = {orderFields(),     customerFields(), productFields(),
                                             inventoryFields(), trafficFields(),  staffingFields(),
                                             marketingFields()};
    return lists[int(entity)];
}

const FieldSpec *findField(Entity entity, const QString &key)
{
    for (const FieldSpec &f : fieldsFor(entity)) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString fieldLabel(const FieldSpec &spec)
{
    return QCoreApplication::translate("storelens::core::FieldCatalog", spec.label);
}

bool headerSaysWithVat(const QString &header)
{
    static const QRegularExpression withVat(QStringLiteral(
        "brutto|ttc$|ttc[^a-z]|(inc|incl|including|inkl|inklusive|mit|with|con|avec)(vat|tax|taxes|mwst|ust|"
        "tva|iva|btw|moms|gst)|ivaincluid|(vat|tax|mwst|tva|iva|btw|moms)(inc|incl|included|inklusive|inclus|"
        "incluido|incluida)"));
    return !header.isEmpty() && normaliseHeader(header).contains(withVat);
}

QString normaliseHeader(const QString &header)
{
    // A header cell this long is no column name any export writes; a hostile file's 10 MB cell was normalised
    // again by every export style's check (tst_malformed::hugeHeaderCell). Its first characters stand for
    // it, with its length: no synonym matches it, and two such cells still differ by their length.
    constexpr qsizetype kLongHeader = 1024;
    if (header.size() > kLongHeader)
        return normaliseHeader(header.first(kLongHeader)) + QLatin1Char('#') + QString::number(header.size());
    // ASCII without QChar's Unicode tables.
    QString out(header.size(), Qt::Uninitialized);
    QChar *to = out.data();
    qsizetype n = 0;
    for (const QChar c : header) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z'))
                to[n++] = c;
            else if (u >= 'A' && u <= 'Z')
                to[n++] = QChar(char16_t(u - 'A' + 'a'));
        } else if (c.isLetterOrNumber()) {
            to[n++] = c.toLower();
        }
    }
    out.truncate(n);
    return out;
}

} // namespace storelens::core
