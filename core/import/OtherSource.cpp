#include "core/import/OtherSource.h"

#include "core/import/ImportProfile.h"
#include "core/import/OrderIdChange.h"
#include "core/import/ProfileHeader.h"
#include "core/import/SourceNotes.h"
#include "core/model/DateText.h"
#include "core/model/SourceNames.h"
#include "core/store/WorkspaceWriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class OtherSourceText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::OtherSource)
};

// Whether `header` holds fewer than half of the columns of the source's last import (Ecwid's 25 columns and
// Epos Now's 20 share one: "customer_email", "Customer Email").
bool columnsDifferFromLastImport(const QSqlDatabase &db, const QString &source, const QStringList &header)
{
    const std::optional<ImportProfile> earlier = lastOrdersProfile(db, source);
    if (!earlier)
        return false;
    const QStringList before = normalisedHeader(profileHeader(*earlier));
    const QStringList now = normalisedHeader(header);
    qsizetype kept = 0;
    for (const QString &column : before)
        kept += now.contains(column) ? 1 : 0;
    return !before.isEmpty() && 2 * kept < before.size();
}

// "Till 2", "Till 3", …: the source's name as the user reads it with the first number no source has.
Result<QString> freeSourceName(QSqlDatabase &db, const QString &source)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sources")))
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    QStringList names;
    while (q.next())
        names << sourceDisplayName(q.value(0).toString()).toCaseFolded();
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(sourceDisplayName(source)).arg(n);
        if (!names.contains(name.toCaseFolded()))
            return name;
    }
}

} // namespace

Result<OtherSource> findOtherSource(QSqlDatabase &db, const ImportProfile &profile, const QStringList &header,
                                    const QString &source, const QDate &from, const QDate &to,
                                    const UnmatchedLines &unmatched, const OrderIdChange &idChange)
{
    OtherSource other;
    other.source = source;
    other.from = from;
    other.to = to;
    if (profile.refundsOfEarlierOrders || unmatched.count == 0 || idChange.likely() ||
        20 * unmatched.sharedOrders > unmatched.storedOrders)
        return other;
    other.columnsDiffer = columnsDifferFromLastImport(db, source, header);
    if (unmatched.storedDays < 2 && !other.columnsDiffer)
        return other;
    auto name = freeSourceName(db, source);
    if (!name)
        return name.error();
    other.storedOrders = unmatched.storedOrders;
    other.sharedOrders = unmatched.sharedOrders;
    other.suggestedSource = name.value();
    return other;
}

QString OtherSource::sentence() const
{
    if (!likely())
        return {};
    const QLocale locale;
    const QString held =
        sharedOrders == 0
            ? OtherSourceText::tr("it holds none of the %1 orders of \"%2\" from %3 to %4")
                  .arg(locale.toString(storedOrders), sourceDisplayName(source), shortDateText(from, locale),
                       shortDateText(to, locale))
            : OtherSourceText::tr("it holds only %1 of the %2 orders of \"%3\" from %4 to %5")
                  .arg(locale.toString(sharedOrders), locale.toString(storedOrders),
                       sourceDisplayName(source), shortDateText(from, locale), shortDateText(to, locale));
    const QString columns =
        columnsDiffer ? OtherSourceText::tr(", and most of its columns are not those of the earlier imports "
                                            "into \"%1\"")
                            .arg(sourceDisplayName(source))
                      : QString();
    return OtherSourceText::tr("This file seems to come from another till or shop than \"%1\": %2%3. It is "
                               "not a new export of those days, so none of their orders is removed. To keep "
                               "its figures apart, import it as a source of its own, such as \"%4\".")
        .arg(sourceDisplayName(source), held, columns, suggestedSource);
}

QString OtherSource::replaceRefused(const QString &fileName) const
{
    return OtherSourceText::tr("%1 was not imported: replace would remove the orders of \"%2\" from %3 to %4 "
                               "that this file does not hold, yet it seems to come from another till or shop "
                               "(it holds %5 of those %6 orders%7). Import it without --replace, best as a "
                               "source of its own (--source \"%8\"); if it really is a new export of \"%2\", "
                               "add --replace-other-source.")
        .arg(fileName, sourceDisplayName(source), shortDateText(from), shortDateText(to),
             QLocale().toString(sharedOrders), QLocale().toString(storedOrders),
             columnsDiffer ? OtherSourceText::tr("; its columns differ from the earlier imports") : QString(),
             suggestedSource);
}

} // namespace storelens::core
