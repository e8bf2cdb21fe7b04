#pragma once

#include <QString>
#include <QStringList>

// The names of the sources (METRICS.md section 1: an order is its source and its order id) that the importer
// gives a file whose profile names none. Like the default store and channel (DisplayNames.h) they are stored
// canonically in English whatever the language, so that an import in German and a later one in English land
// in one source, and read in the user's language on screen, in the PDF and from the command line. Any other
// source name (an export style's system, "Squarespace", or the user's own) is shown as it is.
namespace storelens::core {

QString webShopSourceName(); // "Web shop": a web shop's export of no system StoreLens knows by name
QString tillSourceName();    // "Till": any other order lines
// defaultSourceName() ("Default", Entities.h) stays the source of lines imported without a name before.

// For display only: the stored data, filters, CSV and JSON keep the canonical name.
QString sourceDisplayName(const QString &name);
QStringList sourceDisplayNames(const QStringList &names);
// The reverse, for a name the user types or picks (the wizard's source box, `storelens import --source`):
// a canonical name, in English or in the user's language and in any case ("kasse"), is that canonical name;
// any other name is returned trimmed, as the user's own. So is a name of `existing` (the workspace's
// sources): a source "Kasse" typed before these names existed stays the user's own.
QString canonicalSourceName(const QString &typed, const QStringList &existing = {});

} // namespace storelens::core
