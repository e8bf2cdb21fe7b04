#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QString>

namespace storelens::ui {

// QPdfWriter (Qt 6.4) writes Title and Creator into the document information dictionary but no Author.
// Appends an incremental update to `pdf` that redefines the information dictionary with /Author added, the
// way any PDF editor saves a change: the original bytes stay as they are.
core::Result<void> addPdfAuthor(QByteArray &pdf, const QString &author);

// The XMP packet for QPdfWriter::setDocumentXmpMetadata: title, author, creator tool and producer.
QByteArray reportXmpMetadata(const QString &title, const QString &author, const QString &creator);

} // namespace storelens::ui
