#pragma once

#include "core/import/ImportProfile.h"

#include <QStringList>

// Toast's "Item Selection Details" (Toast Web › Reports › Data exports › ItemSelectionDetails.csv): one row
// per item sold, with the check's Order Id. Recognised by its columns (MappingSuggester's last step).
namespace storelens::core {

bool isToastItemSelectionExport(const QStringList &header);

namespace exportstyles {

void suggestToastItemSelections(const QStringList &header, ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
