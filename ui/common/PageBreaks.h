#pragma once

#include <vector>

class QWidget;

namespace storelens::ui {

// Where a printed view is cut into pages (File › Print…). Each page holds up to `pageHeight` of the view's
// pixels; a cut falls only between whole parts: never through a chart, a KPI tile, a label or any other
// widget that fits on one page, nor through a row of a table. A part taller than a page is cut where the page
// ends. `root` is the view as printed (opened out to `height`); the result is the top of each page in its
// pixels, starting with 0, in order (one entry when everything fits on one page).
std::vector<int> pageTops(const QWidget *root, int height, int pageHeight);

} // namespace storelens::ui
