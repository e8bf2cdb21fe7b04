#include "cli/CliTable.h"

#include <algorithm>

namespace storelens::cli {

CliTable::CliTable(std::vector<Column> columns)
    : m_columns(std::move(columns))
{
}

void CliTable::addRow(QStringList cells, QString trailing)
{
    while (cells.size() < qsizetype(m_columns.size()))
        cells << QString();
    m_rows.push_back(Row{std::move(cells), std::move(trailing)});
}

void CliTable::print(QTextStream &out) const
{
    std::vector<qsizetype> widths;
    for (const Column &c : m_columns)
        widths.push_back(c.header.size());
    for (const Row &row : m_rows) {
        for (size_t i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.cells[qsizetype(i)].size());
    }
    const auto line = [&](const QStringList &cells, const QString &trailing) {
        QString text;
        for (size_t i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            const QString &cell = cells[qsizetype(i)];
            const bool last = i + 1 == m_columns.size() && trailing.isEmpty();
            if (m_columns[i].align == Align::Right)
                text += cell.rightJustified(widths[i]);
            else
                text += last ? cell : cell.leftJustified(widths[i]);
        }
        if (!trailing.isEmpty())
            text += QStringLiteral("  ") + trailing;
        out << text << '\n';
    };
    QStringList headers;
    for (const Column &c : m_columns)
        headers << c.header;
    line(headers, QString());
    for (const Row &row : m_rows)
        line(row.cells, row.trailing);
}

} // namespace storelens::cli
