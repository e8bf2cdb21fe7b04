#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QImage;
class QPainter;
class QWidget;

namespace storelens::ui {

// The context menu every chart has, as in other desktop apps: Copy Image, Save as PNG…, Save as SVG… and Copy
// Data (tab-separated, a header row first, so it pastes into a spreadsheet). ChartView installs it on the
// Qt Charts views; the charts drawn with QPainter (the tiles' sparklines, the RFM grid, a customer's order
// timeline) install it too, each giving its figures as a table.
class ChartActions : public QObject
{
    Q_OBJECT

public:
    using Table = QList<QStringList>;

    // Adds the actions to `chart`'s context menu. `data` gives the plotted values (header row first); `title`
    // names the chart (the file name offered and the SVG's title), the accessible name when it is empty.
    ChartActions(QWidget *chart, std::function<Table()> data, std::function<QString()> title = {});

    QAction *copyImageAction() const { return m_copyImage; }
    QAction *savePngAction() const { return m_savePng; }
    QAction *saveSvgAction() const { return m_saveSvg; }
    QAction *copyDataAction() const { return m_copyData; }

    // Draws the chart for the SVG file; by default QWidget::render.
    void setSvgPainter(std::function<void(QPainter *)> paint) { m_svgPainter = std::move(paint); }

    // The chart drawn at its size.
    QImage image() const;
    bool savePng(const QString &path) const;
    bool saveSvg(const QString &path) const;
    Table dataTable() const { return m_data(); }
    // dataTable() as tab-separated lines, each ending in "\n".
    QString dataText() const;
    QString title() const;
    // A plotted value for dataTable(): the current locale, no group separators, as many decimals as it has up
    // to six.
    static QString number(double value);

private:
    void saveWithDialog(const QString &format);

    QWidget *m_chart;
    std::function<Table()> m_data;
    std::function<QString()> m_title;
    std::function<void(QPainter *)> m_svgPainter;
    QAction *m_copyImage = nullptr;
    QAction *m_savePng = nullptr;
    QAction *m_saveSvg = nullptr;
    QAction *m_copyData = nullptr;
};

} // namespace storelens::ui
