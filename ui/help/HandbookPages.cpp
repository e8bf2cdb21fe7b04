#include "ui/help/HandbookPages.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QKeySequence>
#include <QWidget>

#include <map>
#include <vector>

namespace storelens::ui {

using namespace core::analytics;

namespace {

class HandbookText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::Handbook)
};

const QString Figures = QStringLiteral("figures");
const QString Shortcuts = QStringLiteral("shortcuts");

QString row(const QString &first, const QString &second)
{
    return QStringLiteral(
               "<tr><td style=\"padding: 3px 12px 3px 0\"><b>%1</b></td><td style=\"padding: 3px 0\">"
               "%2</td></tr>")
        .arg(first.toHtmlEscaped(), second.toHtmlEscaped());
}

// An action's menu text without its mnemonic and ellipsis ("&Open…" → "Open").
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace

QString handbookPageHtml(const QString &title, const QString &body, bool backLink)
{
    const QString back = backLink ? QStringLiteral("<p><a href=\"index.html\">%1</a></p>")
                                        .arg(HandbookText::tr("Handbook").toHtmlEscaped())
                                  : QString();
    return QStringLiteral("<html><head><title>%1</title></head><body><h1>%1</h1>%2%3</body></html>")
        .arg(title.toHtmlEscaped(), back, body);
}

QUrl handbookUrl(const QString &page)
{
    return QUrl(QStringLiteral("qrc:/handbook/%1.html").arg(page));
}

QString handbookPageOf(const QUrl &url)
{
    return QFileInfo(url.path()).completeBaseName();
}

QString generatedHandbookPage(const QString &page, const QWidget *window)
{
    if (page == Figures)
        return figuresPageHtml();
    if (page == Shortcuts)
        return shortcutsPageHtml(window);
    return writtenHandbookPage(page);
}

QString goodDirectionText(GoodDirection direction)
{
    switch (direction) {
    case GoodDirection::Up:
        return HandbookText::tr("Higher is better.");
    case GoodDirection::Down:
        return HandbookText::tr("Lower is better.");
    case GoodDirection::Neutral:
        break;
    }
    return HandbookText::tr("Neither direction is better in itself.");
}

QString kpiWhatsThis(KpiId id)
{
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3 <i>%4</i></p><p>%5</p>")
        .arg(kpiLabel(id).toHtmlEscaped(), kpiDescription(id).toHtmlEscaped(),
             HandbookText::tr("Formula:").toHtmlEscaped(), kpiFormula(id).toHtmlEscaped(),
             goodDirectionText(kpiGoodDirection(id)).toHtmlEscaped());
}

QString figuresPageHtml()
{
    // The catalogue's groups in the order of their first KPI.
    std::vector<KpiGroup> groups;
    std::map<int, QString> rows;
    for (const KpiDefinition &d : kKpiCatalog) {
        const int group = int(d.group);
        if (!rows.count(group))
            groups.push_back(d.group);
        rows[group] += QStringLiteral("<tr><td style=\"padding: 4px 12px 4px 0\"><b>%1</b></td>"
                                      "<td style=\"padding: 4px 12px 4px 0\">%2</td>"
                                      "<td style=\"padding: 4px 12px 4px 0\"><i>%3</i></td>"
                                      "<td style=\"padding: 4px 0\">%4</td></tr>")
                           .arg(kpiLabel(d.id).toHtmlEscaped(), kpiDescription(d.id).toHtmlEscaped(),
                                kpiFormula(d.id).toHtmlEscaped(), goodDirectionText(d.good).toHtmlEscaped());
    }
    QString body =
        QStringLiteral("<p>%1</p>")
            .arg(HandbookText::tr(
                     "Every figure StoreLens shows, with the formula it is computed by and which way of "
                     "change is good. A figure is computed over the order lines of the period that pass "
                     "the filters; the change compares it with the comparison period.")
                     .toHtmlEscaped());
    for (KpiGroup group : groups) {
        body += QStringLiteral("<h2>%1</h2><table><tr><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                               "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>%6</table>")
                    .arg(kpiGroupTitle(group).toHtmlEscaped(), HandbookText::tr("Figure"),
                         HandbookText::tr("Meaning"), HandbookText::tr("Formula"),
                         HandbookText::tr("Better when"), rows[int(group)]);
    }
    return handbookPageHtml(HandbookText::tr("What every figure means"), body);
}

QString shortcutsPageHtml(const QWidget *window)
{
    QString rows;
    if (window) {
        for (const QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || plainText(action).isEmpty())
                continue;
            rows += row(action->shortcut().toString(QKeySequence::NativeText), plainText(action));
        }
    }
    const auto key = [](QKeySequence sequence) { return sequence.toString(QKeySequence::NativeText); };
    rows += row(HandbookText::tr("%1 … %2").arg(key(QKeySequence(Qt::CTRL | Qt::Key_1)),
                                                key(QKeySequence(Qt::CTRL | Qt::Key_5))),
                HandbookText::tr("Overview, Cohorts, Segments, Customers, Predictions"));
    rows += row(key(QKeySequence::Find), HandbookText::tr("Search the customers (Customers view)"));
    rows += row(key(QKeySequence(Qt::Key_Return)),
                HandbookText::tr("List the customers of the selected cohort cell (Cohorts view)"));
    return handbookPageHtml(HandbookText::tr("Keyboard shortcuts"),
                            QStringLiteral("<table>%1</table>").arg(rows));
}

} // namespace storelens::ui
