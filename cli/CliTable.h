#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace storelens::cli {

// A plain-text table for the terminal: each column is as wide as its widest cell, header included, so a
// translated header ("Vergleichszeitraum") or a long label never pushes the columns after it out of line.
class CliTable
{
public:
    enum class Align { Left, Right };
    struct Column
    {
        QString header;
        Align align = Align::Right;
    };

    explicit CliTable(std::vector<Column> columns);

    // One cell per column; `trailing` follows the last column unmeasured (a reason or a warning).
    void addRow(QStringList cells, QString trailing = {});
    // The header, then the rows, columns two spaces apart.
    void print(QTextStream &out) const;

private:
    struct Row
    {
        QStringList cells;
        QString trailing;
    };
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace storelens::cli
