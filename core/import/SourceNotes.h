#pragma once

#include "core/import/ExportStyles.h"
#include "core/import/ImportProfile.h"
#include "core/model/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

#include <vector>

// What each source's export cannot give, kept with the workspace: the orders profile a source was last
// imported with is stored in its imports row (Schema migration 6), so its notes (exportstyles::styleNotes())
// are said again wherever its numbers are shown, not only at import.
namespace storelens::core {

// A source and what its export cannot give.
struct SourceNotes
{
    QString source;
    QList<exportstyles::StyleNote> notes; // translated when loaded
};

// The notes of an orders profile: its export style's (exportstyles::styleNotes()), and discounts that lie
// inside totals after them with no column that names them.
QList<exportstyles::StyleNote> sourceNotes(const ImportProfile &profile);

// One per source whose last orders import stored a profile with notes, by source name.
Result<std::vector<SourceNotes>> loadSourceNotes(const QSqlDatabase &db);

// What `profile` reads that its source's last orders import read and this one does not, as one translated
// sentence; empty when the file reads at least as much or the source has no earlier profile. Two exports of
// one shop mixed in one source (the shop's own profile, then its default one) would otherwise turn refunds
// into sales and channels into the default without a word.
QString lessThanEarlierImports(const QSqlDatabase &db, const ImportProfile &profile);

// The orders profile `source`'s last import stored, if any.
std::optional<ImportProfile> lastOrdersProfile(const QSqlDatabase &db, const QString &source);

} // namespace storelens::core
