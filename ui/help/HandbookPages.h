#pragma once

#include "core/analytics/kpi/KpiCatalog.h"

#include <QString>
#include <QUrl>

class QWidget;

namespace storelens::ui {

// The offline handbook, every page made when it is shown: the written pages (getting started, importing, one
// page per view; HandbookText.cpp) paragraph by paragraph through tr(), so they are in the user's language,
// and two pages that cannot drift from the program: "figures" from the KPI catalogue (label, definition,
// formula, which way is better) and "shortcuts" from the window's actions. A page is named by its file name
// without ".html" ("cohorts"), its URL qrc:/handbook/<page>.html.
QUrl handbookUrl(const QString &page);
QString handbookPageOf(const QUrl &url); // "cohorts" for …/cohorts.html
// A page's HTML; an empty string for a page that does not exist.
QString generatedHandbookPage(const QString &page, const QWidget *window);
QString writtenHandbookPage(const QString &page); // the written pages only
// A page around `body`: its title as the heading, a link back to the contents first when `backLink`.
QString handbookPageHtml(const QString &title, const QString &body, bool backLink = true);
QString figuresPageHtml();
QString shortcutsPageHtml(const QWidget *window);
// What a KPI means in a few lines of rich text (label, definition, formula, which way is better), for the
// "What's this?" help of its tile and its row of the figures page.
QString kpiWhatsThis(core::analytics::KpiId id);
QString goodDirectionText(core::analytics::GoodDirection direction);

} // namespace storelens::ui
