#include "core/import/DsfinvkReceipts.h"

#include "core/import/ExportStylesDsfinvk.h"
#include "core/import/FieldCatalog.h"

#include <QCoreApplication>

#include <cstring>

namespace storelens::core {

namespace {

class DsfinvkText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::DsfinvkReceipts)
};

// Anhang B's processes that are no sale: training (no effect on the till's closing), an order taken (its sale
// is the receipt that closes it), a process moved to another table or till (likewise), a receipt voided in
// full (its amounts leave the closing) and a receipt aborted before payment (no payment may be taken).
const char *const OtherProcesses[] = {"AVTraining", "AVBestellung", "AVTransfer", "AVBelegstorno",
                                      "AVBelegabbruch"};
// Anhang C's business cases that move cash without any takings: to or from the bank or another till, the
// owner's withdrawals and deposits, wages, the opening float and a counted difference.
const char *const CashMovements[] = {"Geldtransit",   "Einzahlung",  "Auszahlung",     "Privatentnahme",
                                     "Privateinlage", "Lohnzahlung", "Anfangsbestand", "DifferenzSollIst"};

template<size_t N> bool isOneOf(QByteArrayView value, const char *const (&values)[N])
{
    for (const char *v : values) {
        const qsizetype n = qsizetype(std::strlen(v));
        if (value.size() == n && qstrnicmp(value.data(), n, v, n) == 0)
            return true;
    }
    return false;
}

} // namespace

DsfinvkColumns dsfinvkColumns(const QStringList &header)
{
    DsfinvkColumns columns;
    if (!isDsfinvkReceiptsExport(header))
        return columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normaliseHeader(header.at(i));
        if (name == QLatin1String("bontyp"))
            columns.type = i;
        else if (name == QLatin1String("bonname"))
            columns.name = i;
        else if (name == QLatin1String("bonstorno"))
            columns.storno = i;
    }
    return columns;
}

QByteArrayView dsfinvkNoSaleValue(QByteArrayView type, QByteArrayView name)
{
    type = type.trimmed();
    name = name.trimmed();
    if (isOneOf(type, OtherProcesses) || isOneOf(type, CashMovements))
        return type;
    if (isOneOf(name, CashMovements))
        return name;
    return {};
}

DsfinvkReceipt dsfinvkReceipt(QByteArrayView type, QByteArrayView name, QByteArrayView storno)
{
    if (!dsfinvkNoSaleValue(type, name).isEmpty())
        return DsfinvkReceipt::NoSale;
    return storno.trimmed() == QByteArrayView("1") ? DsfinvkReceipt::Storno : DsfinvkReceipt::Sale;
}

QString dsfinvkNoSaleReason(const QString &value)
{
    const QByteArray v = value.trimmed().toUtf8();
    if (isOneOf(v, CashMovements))
        return DsfinvkText::tr("money moved into or out of the till, not sold");
    if (v.compare("AVBelegabbruch", Qt::CaseInsensitive) == 0)
        return DsfinvkText::tr("receipts aborted before payment");
    if (v.compare("AVTraining", Qt::CaseInsensitive) == 0)
        return DsfinvkText::tr("receipts made for training");
    if (v.compare("AVBestellung", Qt::CaseInsensitive) == 0)
        return DsfinvkText::tr("orders taken, sold on the receipt that closes them");
    if (v.compare("AVTransfer", Qt::CaseInsensitive) == 0)
        return DsfinvkText::tr("receipts moved to another table or till, sold on the receipt that closes "
                               "them");
    return DsfinvkText::tr("receipts voided in full, which the till's takings leave out");
}

} // namespace storelens::core
