#include "core/import/WebShopEvidence.h"

#include "core/import/FieldCatalog.h"
#include "core/model/DisplayNames.h"
#include "core/model/SourceNames.h"

#include <QCoreApplication>
#include <QLocale>

namespace storelens::core {

namespace {

class WebShopEvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::WebShopEvidence)
};

// The first column whose normalised name passes `test`, or -1.
template<typename Test> qsizetype firstColumn(const QStringList &names, Test test)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (test(names.at(i)))
            return i;
    }
    return -1;
}

} // namespace

QStringList webShopColumns(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    const auto has = [](const char *part) {
        return [part](const QString &name) { return name.contains(QLatin1String(part)); };
    };
    const qsizetype shipping = firstColumn(names, [](const QString &name) {
        return name.contains(QLatin1String("shipping")) || name.startsWith(QLatin1String("shipto"));
    });
    if (shipping < 0)
        return {};
    QStringList out{header.at(shipping)};
    for (const qsizetype sign :
         {firstColumn(names, has("fulfillmentstatus")), firstColumn(names, has("fulfilmentstatus")),
          firstColumn(names, has("paymentstatus")), firstColumn(names, has("financialstatus")),
          firstColumn(names,
                      [](const QString &name) { return name.startsWith(QLatin1String("billing")); })}) {
        if (sign >= 0)
            out << header.at(sign);
    }
    return out.size() >= 2 ? out : QStringList();
}

QString webShopColumnsSentence(const QStringList &header, const QString &source, const QString &channel)
{
    const QStringList columns = webShopColumns(header);
    if (columns.isEmpty())
        return {};
    return WebShopEvidenceText::tr(
               "The file looks like a web shop's order export (it has the columns %1: "
               "shipping, and an order's payment, fulfilment or billing): its lines go to "
               "the source \"%2\" and the channel \"%3\".")
        .arg(QLocale().createSeparatedList(columns), sourceDisplayName(source),
             storeChannelDisplayName(channel));
}

} // namespace storelens::core
