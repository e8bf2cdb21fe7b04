#include "cli/LineTotalCheck.h"

#include "cli/CliSupport.h"
#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"

#include <QDir>

#include <algorithm>
#include <climits>

namespace storelens::cli {

using namespace storelens::core;

namespace {

QString contradictionText(const QString &file, const ImportProfile &profile, const LineTotalEvidence &e)
{
    const int rows = int(std::min<qint64>(e.rows, INT_MAX));
    const QString text =
        e.says == LineTotalEvidence::Says::AfterDiscount
            ? CliText::tr("%1: \"%2\" is read as before the line discount, but on %n discounted row(s) it is "
                          "the amount after the discount (line %3: %4): each discount is taken off twice. "
                          "Use --line-total after-discount.",
                          nullptr, rows)
            : CliText::tr(
                  "%1: \"%2\" is read as after the line discount, but on %n discounted row(s) it is "
                  "the amount before the discount (line %3: %4): each discount stays in net sales. Use "
                  "--line-total before-discount.",
                  nullptr, rows);
    return text.arg(QDir::toNativeSeparators(file), profile.columnFor(field::LineTotal))
        .arg(e.exampleLine)
        .arg(e.example);
}

} // namespace

void checkLineTotalReading(const QString &file, const std::optional<FilePreview> &preview, bool readingChosen,
                           ImportProfile &profile, CliStreams &io)
{
    if (profile.entity != Entity::Orders || profile.columnFor(field::LineTotal).isEmpty() ||
        !profile.columnFor(field::UnitPrice).isEmpty())
        return;
    std::optional<FilePreview> head = preview;
    if (!head) {
        auto read = previewFile(file, profile.dialect);
        if (!read)
            return; // the import names what is wrong with the file
        head = std::move(read).value();
    }
    const LineTotalEvidence evidence = lineTotalEvidence(*head, profile);
    if (!readingChosen && evidence.says != LineTotalEvidence::Says::Nothing)
        profile.lineTotalAfterDiscount = evidence.says == LineTotalEvidence::Says::AfterDiscount;
    if (evidence.contradicts(profile))
        io.err << CliText::tr("Warning: %1").arg(contradictionText(file, profile, evidence)) << '\n';
}

} // namespace storelens::cli
