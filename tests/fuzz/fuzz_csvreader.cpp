#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/csv/Dialect.h"
#include "core/csv/FieldParsers.h"
#include "core/csv/FileFormat.h"
#include "core/csv/FormulaSafety.h"
#include "tests/fuzz/FuzzInput.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdio>

// The CSV reader and the field parsers on any bytes: the dialect sniffer, the streaming reader (with a chunk
// size taken from the input, so records cross chunk boundaries), every field parser on every field, the
// column votes, and a round trip of the clean records through CsvWriter and back.
using namespace storelens;
using namespace storelens::core;
using namespace storelens::core::csv;

namespace {

constexpr int MaxRoundTripRecords = 64;
constexpr int MaxSamples = 512;

void parseEveryWay(QByteArrayView field)
{
    for (const char separator : {'.', ','}) {
        if (const Result<Money> money = parseMoney(field, separator))
            fuzz::require(money.value().units() >= -MaxFixedPoint && money.value().units() <= MaxFixedPoint);
        if (const Result<Quantity> quantity = parseQuantity(field, separator))
            fuzz::require(quantity.value().milli() >= -MaxFixedPoint &&
                          quantity.value().milli() <= MaxFixedPoint);
        if (const Result<qint64> rate = parseRate(field, separator))
            fuzz::require(rate.value() >= 0 && rate.value() < Money::Scale);
    }
    (void)parseInteger(field);
    for (const DateOrder order :
         {DateOrder::Unknown, DateOrder::YearMonthDay, DateOrder::DayMonthYear, DateOrder::MonthDayYear}) {
        if (const Result<DateTimeValue> date = parseDateTime(field, order)) {
            fuzz::require(isDateInRange(date.value().date));
            fuzz::require(date.value().secondsOfDay >= -1 && date.value().secondsOfDay < 86400);
        }
    }
    (void)dateReading(field);
    (void)normaliseId(field);
    (void)parseBool(field);
}

// Records with valid UTF-8 and no NUL, written by CsvWriter and read back, are the same fields (each
// through neutraliseFormula()). A record of one empty field is an empty line, which is no record.
void roundTrip(const QList<QStringList> &records)
{
    QByteArray written;
    {
        QBuffer buffer(&written);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QStringList &record : records)
            writer.writeRow(record);
        fuzz::require(writer.ok());
    }
    const QString path = fuzz::writeFile(QStringLiteral("roundtrip.csv"), written);
    // A table whose first cell starts like another format ("PK\x03\x04…" is ZIP) is refused by design, each
    // with its own message (FileFormat.h): the round trip holds for the rest.
    if (!checkTextFormat(written, path))
        return;
    CsvReader reader{Dialect()};
    const Result<void> opened = reader.open(path);
    if (!opened)
        std::fprintf(stderr, "round trip refused: %s\nwritten: %s\n", qPrintable(opened.error().toString()),
                     written.left(64).toHex(' ').constData());
    fuzz::require(opened.ok());
    qsizetype index = 0;
    while (reader.next()) {
        fuzz::require(index < records.size());
        const QStringList &expected = records.at(index++);
        fuzz::require(reader.fieldCount() == expected.size());
        for (int i = 0; i < reader.fieldCount(); ++i)
            fuzz::require(reader.field(i) == neutraliseFormula(expected.at(i)).toUtf8());
    }
    fuzz::require(reader.error().code() == ErrorCode::None);
    fuzz::require(index == records.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)sniffDialect(bytes);
    const QString path = fuzz::writeFile(QStringLiteral("input.csv"), bytes);
    const Result<Dialect> dialect = sniffFile(path);
    if (!dialect)
        return 0;
    CsvReader reader(dialect.value());
    reader.setChunkSize(size > 0 ? 4 + data[0] % 61 : 4);
    if (!reader.open(path))
        return 0;
    QList<QByteArray> samples;
    QList<QStringList> clean;
    while (reader.next()) {
        fuzz::require(reader.recordLine() >= 1);
        bool cleanRecord = reader.fieldCount() > 1 || !reader.field(0).isEmpty();
        QStringList record;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            const QByteArrayView field = reader.field(i);
            parseEveryWay(field);
            (void)reader.fieldText(i);
            if (samples.size() < MaxSamples)
                samples << field.toByteArray();
            cleanRecord = cleanRecord && reader.fieldProblem(i) == CsvReader::TextProblem::None &&
                          QString::fromUtf8(field).toUtf8() == field;
            record << QString::fromUtf8(field);
        }
        // A leading byte order mark would be skipped on reading back.
        if (cleanRecord && !record.front().startsWith(QChar(0xFEFF)) && clean.size() < MaxRoundTripRecords)
            clean << record;
    }
    (void)decideDecimalSeparator(samples);
    (void)detectDateOrder(samples);
    roundTrip(clean);
    return 0;
}
