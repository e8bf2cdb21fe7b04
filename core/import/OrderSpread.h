#pragma once

#include <QString>

namespace storelens::core {

struct FilePreview; // MappingSuggester.h

// How a money column's values fall on the rows of each order of the preview (trial 20: Ecwid's
// coupon_discount, the order's coupon written again on each of its item rows, was left unread).
//  - RepeatedPerOrder: every order of several rows writes one value on all of its rows (empty reads as 0),
//    and at least two such orders write one other than 0: the order's money, repeated with the order's
//    other fields.
//  - VariesPerLine: some order writes two different values other than 0 on its rows: each line's own.
//  - Unknown: neither (no order of several rows with money, or money on some of an order's rows only).
enum class OrderSpread { Unknown, RepeatedPerOrder, VariesPerLine };

OrderSpread orderSpread(const FilePreview &preview, int idColumn, int column, char decimalSeparator);

} // namespace storelens::core
