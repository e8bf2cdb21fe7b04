#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

// What a receipt of the German DSFinV-K export's transactions.csv ("Bonkopf", one row per receipt) is: a
// sale, a storno receipt, or no sale at all. A till writes every process it signs there, so beside its sales
// stand receipts that sold nothing: the spec's other processes (BON_TYP, Anhang B) and money moved into or
// out of the till (BON_NAME naming a business case of Anhang C, as "Geldtransit" to the bank).
namespace storelens::core {

// The columns that say it (0-based; all -1 when the header is no Bonkopf: isDsfinvkReceiptsExport()).
struct DsfinvkColumns
{
    int type = -1;   // BON_TYP
    int name = -1;   // BON_NAME, the type's added description
    int storno = -1; // BON_STORNO, 1 on a storno receipt
};
DsfinvkColumns dsfinvkColumns(const QStringList &header);

// Sale: a receipt ("Beleg"); Storno: a receipt with BON_STORNO 1, which takes back an earlier one (with a
// negative amount it is a return, METRICS.md section 1); NoSale: a process the spec keeps out of the till's
// takings or a movement of cash (dsfinvkNoSaleValue()). Values compare trimmed and case-insensitively.
enum class DsfinvkReceipt { Sale, Storno, NoSale };
DsfinvkReceipt dsfinvkReceipt(QByteArrayView type, QByteArrayView name, QByteArrayView storno);

// The value that makes a receipt no sale, as the file writes it (trimmed): its BON_TYP (AVTraining,
// AVBestellung, AVTransfer, AVBelegstorno, AVBelegabbruch), else its BON_TYP or BON_NAME naming a movement of
// cash (Geldtransit, Einzahlung, Auszahlung, Privatentnahme, Privateinlage, Lohnzahlung, Anfangsbestand,
// DifferenzSollIst); empty for a receipt that is a sale. AVRechnung, AVSachbezug and AVSonstige may carry
// takings and stay sales.
QByteArrayView dsfinvkNoSaleValue(QByteArrayView type, QByteArrayView name);

// Why receipts of such a value are no sale, as a translated phrase for the import's data-quality sentence
// ("money moved into or out of the till, not sold").
QString dsfinvkNoSaleReason(const QString &value);

} // namespace storelens::core
