#pragma once

#include <QStringList>

#include <initializer_list>

namespace storelens::core {

struct ImportProfile;

// The file's header as a profile maps it: its columns' names, in order. The export styles recognise a saved
// profile's file by it (isEbayOrdersReport(profileHeader(profile)), ...).
QStringList profileHeader(const ImportProfile &profile);

// Each name of `header` as normaliseHeader() writes it ("Order Number" → "ordernumber").
QStringList normalisedHeader(const QStringList &header);

// Whether `header` holds every one of `columns` (as normaliseHeader() writes them): an export style's mark.
bool hasAllColumns(const QStringList &header, std::initializer_list<const char *> columns);

} // namespace storelens::core
