#include "ui/common/PageBreaks.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QWidget>

#include <algorithm>

namespace storelens::ui {

namespace {

// A stretch of the view, in its pixels, that a cut must not go through: [top, bottom).
struct Span
{
    int top = 0;
    int bottom = 0;
};

bool insideItemView(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget->parentWidget(); w && w != root; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(w))
            return true;
    }
    return false;
}

// The rows of a list or table (top-level items of a tree), as the view lays them out now.
void addRows(const QAbstractItemView *view, const QWidget *root, std::vector<Span> *spans)
{
    const QAbstractItemModel *model = view->model();
    if (!model || qobject_cast<const QHeaderView *>(view))
        return;
    const int rows = std::min(model->rowCount(view->rootIndex()), 100000);
    for (int row = 0; row < rows; ++row) {
        const QRect rect = view->visualRect(model->index(row, 0, view->rootIndex()));
        if (rect.isEmpty())
            continue;
        const int top = view->viewport()->mapTo(root, rect.topLeft()).y();
        spans->push_back({top, top + rect.height()});
    }
}

std::vector<Span> wholeParts(const QWidget *root, int pageHeight)
{
    std::vector<Span> spans;
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || insideItemView(widget, root))
            continue;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
            addRows(view, root, &spans);
        if (widget->height() <= 0 || widget->height() > pageHeight)
            continue;
        const int top = widget->mapTo(root, QPoint(0, 0)).y();
        spans.push_back({top, top + widget->height()});
    }
    return spans;
}

bool cuts(int y, const std::vector<Span> &spans)
{
    return std::any_of(spans.begin(), spans.end(), [y](const Span &s) { return s.top < y && y < s.bottom; });
}

// The cut furthest down in (top, top + pageHeight] that goes through no part; top + pageHeight when each
// does.
int nextCut(int top, int pageHeight, const std::vector<Span> &spans)
{
    const int limit = top + pageHeight;
    std::vector<Span> near;
    std::vector<int> candidates{limit};
    for (const Span &s : spans) {
        if (s.bottom <= top || s.top >= limit)
            continue;
        near.push_back(s);
        for (const int y : {s.top, s.bottom}) {
            if (y > top && y < limit)
                candidates.push_back(y);
        }
    }
    std::sort(candidates.begin(), candidates.end(), std::greater<>());
    for (const int y : candidates) {
        if (!cuts(y, near))
            return y;
    }
    return limit;
}

} // namespace

std::vector<int> pageTops(const QWidget *root, int height, int pageHeight)
{
    std::vector<int> tops{0};
    if (pageHeight <= 0)
        return tops;
    const std::vector<Span> spans = wholeParts(root, pageHeight);
    while (height - tops.back() > pageHeight)
        tops.push_back(nextCut(tops.back(), pageHeight, spans));
    return tops;
}

} // namespace storelens::ui
