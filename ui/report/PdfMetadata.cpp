#include "ui/report/PdfMetadata.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace storelens::ui {

namespace {

class PdfMetadataText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::PdfMetadata)
};

// lupdate loses the class of a tr() call inside a function whose return type is qualified (core::Error),
// so the message is made in a function returning QString.
QString formatMessage()
{
    return PdfMetadataText::tr("The PDF writer produced a file whose trailer could not be read.");
}

core::Error formatError()
{
    return core::Error(core::ErrorCode::Format, formatMessage());
}

// A PDF text string in UTF-16BE with a byte order mark, as hex.
QByteArray pdfTextString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

core::Result<void> addPdfAuthor(QByteArray &pdf, const QString &author)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startXrefAt < trailerAt)
        return formatError();
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startXrefAt - trailerAt));
    const QString tail = QString::fromLatin1(pdf.mid(startXrefAt));
    const auto info = QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R")).match(trailer);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R")).match(trailer);
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const auto previous = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(tail);
    if (!info.hasMatch() || !root.hasMatch() || !size.hasMatch() || !previous.hasMatch())
        return formatError();
    const QByteArray objectHeader = '\n' + info.captured(1).toLatin1() + " 0 obj";
    const qsizetype objectAt = pdf.indexOf(objectHeader);
    const qsizetype dictStart = objectAt < 0 ? -1 : pdf.indexOf("<<", objectAt);
    const qsizetype objectEnd = objectAt < 0 ? -1 : pdf.indexOf("endobj", objectAt);
    const qsizetype dictEnd = objectEnd < 0 ? -1 : pdf.lastIndexOf(">>", objectEnd);
    if (dictStart < 0 || dictEnd < dictStart)
        return formatError();
    const QByteArray entries = pdf.mid(dictStart + 2, dictEnd - dictStart - 2);

    if (!pdf.endsWith('\n'))
        pdf.append('\n');
    const qsizetype offset = pdf.size();
    pdf.append(info.captured(1).toLatin1() + " 0 obj\n<<" + entries + "/Author " + pdfTextString(author) +
               "\n>>\nendobj\n");
    const qsizetype xrefAt = pdf.size();
    pdf.append("xref\n" + info.captured(1).toLatin1() + " 1\n" +
               QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n");
    pdf.append("trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Info " +
               info.captured(1).toLatin1() + " 0 R\n/Root " + root.captured(1).toLatin1() + " 0 R\n/Prev " +
               previous.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) +
               "\n%%EOF\n");
    return {};
}

QByteArray reportXmpMetadata(const QString &title, const QString &author, const QString &creator)
{
    const QString xmp =
        QStringLiteral("<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                       "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                       "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                       "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                       "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
                       "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
                       "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "<xmp:CreatorTool>%3</xmp:CreatorTool>\n"
                       "<pdf:Producer>%3</pdf:Producer>\n"
                       "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
            .arg(xmlEscaped(title), xmlEscaped(author), xmlEscaped(creator));
    return xmp.toUtf8();
}

} // namespace storelens::ui
